//! Business-plan commands (PRODUCT.md section 3).

use std::sync::Mutex;

use chrono::NaiveDate;
use salesdesk_core::Error;
use salesdesk_core::input;
use salesdesk_core::plans::csv_import::{self, CsvPreview};
use salesdesk_core::plans::*;
use tauri::{AppHandle, Runtime, State};

use super::export::{choose_open_path, export_pdf, safe_file_name};
use super::{CommandResult, with_workspace};
use crate::AppState;
use crate::state::ChosenFile;

type St<'a> = State<'a, Mutex<AppState>>;

fn date(text: &str) -> Result<NaiveDate, salesdesk_core::ErrorPayload> {
    salesdesk_core::validate::parse_date("asOf", "The date", text).map_err(|e| e.payload())
}

/// One rep's figures (the plan covering `as_of`), for the review screen.
#[tauri::command(async)]
pub fn rep_figures(
    state: St<'_>,
    rep_id: String,
    as_of: String,
) -> CommandResult<Option<PlanFigures>> {
    let as_of = date(&as_of)?;
    with_workspace(&state, |ws| ws.plans().rep_figures(&rep_id, as_of))
}

#[tauri::command(async)]
pub fn list_plans(state: St<'_>, rep_id: Option<String>) -> CommandResult<Vec<PlanSummary>> {
    with_workspace(&state, |ws| ws.plans().list(rep_id.as_deref()))
}

#[tauri::command(async)]
pub fn get_plan(state: St<'_>, id: String) -> CommandResult<Plan> {
    with_workspace(&state, |ws| ws.plans().plan(&id))
}

#[tauri::command(async)]
pub fn create_plan(state: St<'_>, input: NewPlan) -> CommandResult<Plan> {
    with_workspace(&state, |ws| ws.plans_mut().create_plan(&input))
}

#[tauri::command(async)]
pub fn save_plan_section(
    state: St<'_>,
    plan_id: String,
    section: PlanSection,
) -> CommandResult<Plan> {
    with_workspace(&state, |ws| {
        ws.plans_mut().save_plan_section(&plan_id, &section)
    })
}

#[tauri::command(async)]
pub fn submit_plan(state: St<'_>, id: String) -> CommandResult<Plan> {
    with_workspace(&state, |ws| ws.plans_mut().submit_plan(&id))
}

#[tauri::command(async)]
pub fn return_plan(state: St<'_>, id: String, comment: String) -> CommandResult<Plan> {
    with_workspace(&state, |ws| ws.plans_mut().return_plan(&id, &comment))
}

#[tauri::command(async)]
pub fn approve_plan(state: St<'_>, id: String) -> CommandResult<Plan> {
    with_workspace(&state, |ws| ws.plans_mut().approve_plan(&id))
}

#[tauri::command(async)]
pub fn set_actual(state: St<'_>, cell: ActualCell) -> CommandResult<()> {
    with_workspace(&state, |ws| ws.plans_mut().set_actual(&cell))
}

#[tauri::command(async)]
pub fn set_activity_count(state: St<'_>, count: ActivityCount) -> CommandResult<()> {
    with_workspace(&state, |ws| ws.plans_mut().set_activity_count(&count))
}

#[tauri::command(async)]
pub fn get_actuals(
    state: St<'_>,
    rep_id: String,
    from: String,
    to: String,
) -> CommandResult<Actuals> {
    let from = Month::parse("from", &from).map_err(|e| e.payload())?;
    let to = Month::parse("to", &to).map_err(|e| e.payload())?;
    with_workspace(&state, |ws| ws.plans().actuals(&rep_id, from, to))
}

#[tauri::command(async)]
pub fn plan_figures(state: St<'_>, plan_id: String, as_of: String) -> CommandResult<PlanFigures> {
    let as_of = date(&as_of)?;
    with_workspace(&state, |ws| ws.plans().plan_figures(&plan_id, as_of))
}

#[tauri::command(async)]
pub fn team_figures(state: St<'_>, as_of: String) -> CommandResult<Vec<PlanFigures>> {
    let as_of = date(&as_of)?;
    with_workspace(&state, |ws| ws.plans().team_figures(as_of))
}

/// The bytes of the CSV file chosen with [`choose_csv`].
fn chosen_bytes(state: &St<'_>) -> CommandResult<Vec<u8>> {
    let guard = state.lock().unwrap_or_else(|p| p.into_inner());
    guard
        .chosen_csv
        .as_ref()
        .map(|f| f.bytes.clone())
        .ok_or_else(|| Error::invalid("file", "Choose a CSV file first.").payload())
}

/// Asks for a CSV file with the open dialog, reads it once and keeps it
/// for the import; returns its columns and first rows. `None` if cancelled.
#[tauri::command(async)]
pub fn choose_csv<R: Runtime>(
    app: AppHandle<R>,
    state: St<'_>,
) -> CommandResult<Option<CsvPreview>> {
    let Some(path) = choose_open_path(&app, "CSV file", &["csv", "txt"]) else {
        return Ok(None);
    };
    let bytes = input::read_bounded(&path, csv_import::MAX_FILE_BYTES as u64, "The CSV file")
        .map_err(|e| e.payload())?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let preview = csv_import::preview(&name, &bytes, 8, None).map_err(|e| e.payload())?;
    let mut guard = state.lock().unwrap_or_else(|p| p.into_inner());
    guard.chosen_csv = Some(ChosenFile { name, bytes });
    Ok(Some(preview))
}

/// The chosen CSV file read again in another encoding (the mapping step's
/// encoding choice).
#[tauri::command(async)]
pub fn preview_chosen_csv(state: St<'_>, encoding: String) -> CommandResult<CsvPreview> {
    let name = {
        let guard = state.lock().unwrap_or_else(|p| p.into_inner());
        guard
            .chosen_csv
            .as_ref()
            .map(|f| f.name.clone())
            .unwrap_or_default()
    };
    let bytes = chosen_bytes(&state)?;
    csv_import::preview(&name, &bytes, 8, Some(&encoding)).map_err(|e| e.payload())
}

/// Previews (`dryRun`) or runs the import of the chosen CSV file.
#[tauri::command(async)]
pub fn import_actuals(
    state: St<'_>,
    import: RevenueImport,
    dry_run: bool,
) -> CommandResult<ImportReport> {
    let bytes = chosen_bytes(&state)?;
    with_workspace(&state, |ws| {
        ws.plans_mut().import_revenue(&bytes, &import, dry_run)
    })
}

/// Previews (`dryRun`) or runs the import of activity counts from the
/// chosen CSV file.
#[tauri::command(async)]
pub fn import_activities(
    state: St<'_>,
    import: ActivityImport,
    dry_run: bool,
) -> CommandResult<ImportReport> {
    let bytes = chosen_bytes(&state)?;
    with_workspace(&state, |ws| {
        ws.plans_mut().import_activities(&bytes, &import, dry_run)
    })
}

#[tauri::command(async)]
pub fn export_plan<R: Runtime>(
    app: AppHandle<R>,
    state: St<'_>,
    plan_id: String,
    as_of: String,
) -> CommandResult<Option<String>> {
    let as_of = date(&as_of)?;
    let plan = with_workspace(&state, |ws| ws.plans().plan(&plan_id))?;
    let name = safe_file_name(&format!(
        "Business plan - {} - {}.pdf",
        plan.summary.rep_name, plan.summary.first_month
    ));
    export_pdf(&app, &state, &name, |ws| {
        ws.business_plan_job(&plan_id, as_of)
    })
}
