//! Playbook commands (PRODUCT.md section 1).

use std::sync::Mutex;

use salesdesk_core::playbook::*;
use tauri::{AppHandle, Runtime, State};

use super::export::export_pdf;
use super::{CommandResult, with_workspace};
use crate::AppState;

type St<'a> = State<'a, Mutex<AppState>>;

#[tauri::command(async)]
pub fn get_playbook(state: St<'_>) -> CommandResult<Playbook> {
    with_workspace(&state, |ws| ws.playbook().get())
}

#[tauri::command(async)]
pub fn start_playbook(state: St<'_>, start: PlaybookStart) -> CommandResult<Playbook> {
    with_workspace(&state, |ws| ws.playbook_mut().start(&start))
}

#[tauri::command(async)]
pub fn set_company_name(state: St<'_>, name: String) -> CommandResult<()> {
    with_workspace(&state, |ws| ws.playbook_mut().set_company_name(&name))
}

#[tauri::command(async)]
pub fn create_stage(state: St<'_>, input: NewStage) -> CommandResult<Stage> {
    with_workspace(&state, |ws| ws.playbook_mut().create_stage(&input))
}

#[tauri::command(async)]
pub fn update_stage(state: St<'_>, input: StageInput) -> CommandResult<Stage> {
    with_workspace(&state, |ws| ws.playbook_mut().update_stage(&input))
}

#[tauri::command(async)]
pub fn move_item(
    state: St<'_>,
    list: PlaybookList,
    id: String,
    to_index: u32,
) -> CommandResult<Playbook> {
    with_workspace(&state, |ws| {
        ws.playbook_mut().move_item(list, &id, to_index)
    })
}

#[tauri::command(async)]
pub fn delete_item(state: St<'_>, list: PlaybookList, id: String) -> CommandResult<Playbook> {
    with_workspace(&state, |ws| ws.playbook_mut().delete_item(list, &id))
}

#[tauri::command(async)]
pub fn create_criterion(state: St<'_>, label: String) -> CommandResult<QualificationCriterion> {
    with_workspace(&state, |ws| ws.playbook_mut().create_criterion(&label))
}

#[tauri::command(async)]
pub fn update_criterion(
    state: St<'_>,
    input: CriterionInput,
) -> CommandResult<QualificationCriterion> {
    with_workspace(&state, |ws| ws.playbook_mut().update_criterion(&input))
}

#[tauri::command(async)]
pub fn update_profile(state: St<'_>, input: PlaybookProfile) -> CommandResult<PlaybookProfile> {
    with_workspace(&state, |ws| ws.playbook_mut().update_profile(&input))
}

#[tauri::command(async)]
pub fn create_objection(state: St<'_>, objection: String) -> CommandResult<Objection> {
    with_workspace(&state, |ws| ws.playbook_mut().create_objection(&objection))
}

#[tauri::command(async)]
pub fn update_objection(state: St<'_>, input: Objection) -> CommandResult<Objection> {
    with_workspace(&state, |ws| ws.playbook_mut().update_objection(&input))
}

#[tauri::command(async)]
pub fn create_competitor(state: St<'_>, name: String) -> CommandResult<Competitor> {
    with_workspace(&state, |ws| ws.playbook_mut().create_competitor(&name))
}

#[tauri::command(async)]
pub fn update_competitor(state: St<'_>, input: Competitor) -> CommandResult<Competitor> {
    with_workspace(&state, |ws| ws.playbook_mut().update_competitor(&input))
}

#[tauri::command(async)]
pub fn save_kpi(state: St<'_>, input: KpiInput) -> CommandResult<Kpi> {
    with_workspace(&state, |ws| ws.playbook_mut().save_kpi(&input))
}

#[tauri::command(async)]
pub fn save_training_module(
    state: St<'_>,
    input: TrainingModuleInput,
) -> CommandResult<TrainingModule> {
    with_workspace(&state, |ws| ws.playbook_mut().save_training_module(&input))
}

#[tauri::command(async)]
pub fn publish_version(
    state: St<'_>,
    change_note: String,
) -> CommandResult<PlaybookVersionSummary> {
    with_workspace(&state, |ws| ws.playbook_mut().publish_version(&change_note))
}

#[tauri::command(async)]
pub fn list_versions(state: St<'_>) -> CommandResult<Vec<PlaybookVersionSummary>> {
    with_workspace(&state, |ws| ws.playbook().versions())
}

#[tauri::command(async)]
pub fn get_version(state: St<'_>, id: String) -> CommandResult<PlaybookVersion> {
    with_workspace(&state, |ws| ws.playbook().version(&id))
}

/// Asks where to save with the system dialog, then writes the manual there.
/// Returns the path written, or `None` when the user cancelled.
#[tauri::command(async)]
pub fn export_manual<R: Runtime>(
    app: AppHandle<R>,
    state: St<'_>,
    version_id: Option<String>,
) -> CommandResult<Option<String>> {
    export_pdf(&app, &state, "Sales manual.pdf", |ws| {
        ws.manual_job(version_id.as_deref())
    })
}
