//! Team and hiring commands (PRODUCT.md section 2).

use std::sync::Mutex;

use salesdesk_core::hiring::*;
use salesdesk_core::team::{Person, PersonInput};
use tauri::{AppHandle, Runtime, State};

use super::export::{export_pdf, safe_file_name};
use super::{CommandResult, with_workspace};
use crate::AppState;

type St<'a> = State<'a, Mutex<AppState>>;

#[tauri::command(async)]
pub fn get_team(state: St<'_>) -> CommandResult<Vec<Person>> {
    with_workspace(&state, |ws| ws.team().people())
}

#[tauri::command(async)]
pub fn save_person(state: St<'_>, input: PersonInput) -> CommandResult<Person> {
    with_workspace(&state, |ws| ws.team_mut().save_person(&input))
}

#[tauri::command(async)]
pub fn current_user(state: St<'_>) -> CommandResult<Option<Person>> {
    with_workspace(&state, |ws| ws.team().current_user())
}

#[tauri::command(async)]
pub fn set_current_user(state: St<'_>, person_id: String) -> CommandResult<Person> {
    with_workspace(&state, |ws| ws.team_mut().set_current_user(&person_id))
}

#[tauri::command(async)]
pub fn list_roles(state: St<'_>) -> CommandResult<Vec<RoleProfile>> {
    with_workspace(&state, |ws| ws.hiring().roles())
}

#[tauri::command(async)]
pub fn save_role(state: St<'_>, input: RoleInput) -> CommandResult<RoleProfile> {
    with_workspace(&state, |ws| ws.hiring_mut().save_role(&input))
}

#[tauri::command(async)]
pub fn remove_role(state: St<'_>, id: String) -> CommandResult<RoleRemoval> {
    with_workspace(&state, |ws| ws.hiring_mut().remove_role(&id))
}

#[tauri::command(async)]
pub fn restore_role(state: St<'_>, id: String) -> CommandResult<RoleProfile> {
    with_workspace(&state, |ws| ws.hiring_mut().restore_role(&id))
}

#[tauri::command(async)]
pub fn save_attribute(state: St<'_>, input: AttributeInput) -> CommandResult<RoleAttribute> {
    with_workspace(&state, |ws| ws.hiring_mut().save_attribute(&input))
}

#[tauri::command(async)]
pub fn delete_attribute(state: St<'_>, id: String) -> CommandResult<RoleProfile> {
    with_workspace(&state, |ws| ws.hiring_mut().delete_attribute(&id))
}

#[tauri::command(async)]
pub fn move_attribute(state: St<'_>, id: String, to_index: u32) -> CommandResult<RoleProfile> {
    with_workspace(&state, |ws| ws.hiring_mut().move_attribute(&id, to_index))
}

#[tauri::command(async)]
pub fn suggested_attributes(state: St<'_>) -> CommandResult<Vec<AttributeSuggestion>> {
    with_workspace(&state, |ws| ws.hiring().suggested_attributes())
}

#[tauri::command(async)]
pub fn list_candidates(state: St<'_>, role_id: String) -> CommandResult<Vec<Candidate>> {
    with_workspace(&state, |ws| ws.hiring().candidates(&role_id))
}

#[tauri::command(async)]
pub fn save_candidate(state: St<'_>, input: CandidateInput) -> CommandResult<Candidate> {
    with_workspace(&state, |ws| ws.hiring_mut().save_candidate(&input))
}

#[tauri::command(async)]
pub fn set_candidate_status(
    state: St<'_>,
    id: String,
    status: CandidateStatus,
) -> CommandResult<Candidate> {
    with_workspace(&state, |ws| {
        ws.hiring_mut().set_candidate_status(&id, status)
    })
}

#[tauri::command(async)]
pub fn hire(state: St<'_>, input: HireInput) -> CommandResult<Person> {
    with_workspace(&state, |ws| ws.hiring_mut().hire(&input))
}

#[tauri::command(async)]
pub fn list_scorecards(state: St<'_>, candidate_id: String) -> CommandResult<Vec<Scorecard>> {
    with_workspace(&state, |ws| ws.hiring().scorecards(&candidate_id))
}

#[tauri::command(async)]
pub fn new_scorecard(state: St<'_>, input: NewScorecard) -> CommandResult<Scorecard> {
    with_workspace(&state, |ws| ws.hiring_mut().new_scorecard(&input))
}

#[tauri::command(async)]
pub fn update_scorecard(state: St<'_>, input: ScorecardInput) -> CommandResult<Scorecard> {
    with_workspace(&state, |ws| ws.hiring_mut().update_scorecard(&input))
}

#[tauri::command(async)]
pub fn submit_scorecard(state: St<'_>, id: String) -> CommandResult<Scorecard> {
    with_workspace(&state, |ws| ws.hiring_mut().submit_scorecard(&id))
}

#[tauri::command(async)]
pub fn amend_scorecard(state: St<'_>, input: AmendmentInput) -> CommandResult<Scorecard> {
    with_workspace(&state, |ws| ws.hiring_mut().amend_scorecard(&input))
}

#[tauri::command(async)]
pub fn compare_candidates(state: St<'_>, role_id: String) -> CommandResult<RoleComparison> {
    with_workspace(&state, |ws| ws.hiring().compare_candidates(&role_id))
}

#[tauri::command(async)]
pub fn export_interview_kit<R: Runtime>(
    app: AppHandle<R>,
    state: St<'_>,
    role_id: String,
) -> CommandResult<Option<String>> {
    let title = with_workspace(&state, |ws| ws.hiring().role(&role_id))?.title;
    export_pdf(
        &app,
        &state,
        &safe_file_name(&format!("Interview kit - {title}.pdf")),
        |ws| ws.interview_kit_job(&role_id),
    )
}

#[tauri::command(async)]
pub fn export_candidate_summary<R: Runtime>(
    app: AppHandle<R>,
    state: St<'_>,
    candidate_id: String,
) -> CommandResult<Option<String>> {
    let name = with_workspace(&state, |ws| ws.hiring().candidate_by_id(&candidate_id))?.name;
    export_pdf(
        &app,
        &state,
        &safe_file_name(&format!("Candidate - {name}.pdf")),
        |ws| ws.candidate_summary_job(&candidate_id),
    )
}
