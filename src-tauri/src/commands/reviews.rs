//! Quarterly reviews and plan-review packets (PRODUCT.md section 5).

use std::sync::Mutex;

use chrono::NaiveDate;
use salesdesk_core::Error;
use salesdesk_core::print::PrintSettings;
use salesdesk_core::reviews::*;
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_opener::OpenerExt;

use super::export::{export_pdf, safe_file_name};
use super::{CommandResult, with_workspace};
use crate::AppState;

type St<'a> = State<'a, Mutex<AppState>>;

fn date(text: &str) -> Result<NaiveDate, salesdesk_core::ErrorPayload> {
    salesdesk_core::validate::parse_date("today", "The date", text).map_err(|e| e.payload())
}

#[tauri::command(async)]
pub fn get_review(state: St<'_>, rep_id: String, quarter: String) -> CommandResult<Review> {
    with_workspace(&state, |ws| ws.reviews_mut().open(&rep_id, &quarter))
}

#[tauri::command(async)]
pub fn list_reviews(state: St<'_>, quarter: String) -> CommandResult<Vec<Review>> {
    with_workspace(&state, |ws| ws.reviews().list(&quarter))
}

#[tauri::command(async)]
pub fn save_review(state: St<'_>, input: ReviewInput) -> CommandResult<Review> {
    with_workspace(&state, |ws| ws.reviews_mut().save_review(&input))
}

#[tauri::command(async)]
pub fn hold_review(state: St<'_>, id: String) -> CommandResult<Review> {
    with_workspace(&state, |ws| ws.reviews_mut().hold_review(&id))
}

#[tauri::command(async)]
pub fn agree_review(state: St<'_>, id: String, agreement_date: String) -> CommandResult<Review> {
    with_workspace(&state, |ws| {
        ws.reviews_mut().agree_review(&id, &agreement_date)
    })
}

#[tauri::command(async)]
pub fn amend_review(state: St<'_>, id: String, text: String) -> CommandResult<Review> {
    with_workspace(&state, |ws| ws.reviews_mut().amend_review(&id, &text))
}

/// Writes a rep's packet (or, without a rep, the team's) where the user
/// chooses; returns the path.
#[tauri::command(async)]
pub fn export_packet<R: Runtime>(
    app: AppHandle<R>,
    state: St<'_>,
    rep_id: Option<String>,
    quarter: String,
    today: String,
    open: bool,
) -> CommandResult<Option<String>> {
    let today = date(&today)?;
    let name = match &rep_id {
        Some(id) => {
            let rep = with_workspace(&state, |ws| ws.team().people())?
                .into_iter()
                .find(|p| &p.id == id)
                .map(|p| p.name)
                .unwrap_or_default();
            format!("Plan-review packet - {rep} - {quarter}.pdf")
        }
        None => format!("Plan-review packet - team - {quarter}.pdf"),
    };
    let written = export_pdf(&app, &state, &safe_file_name(&name), |ws| match &rep_id {
        Some(id) => ws.rep_packet_job(id, &quarter, today),
        None => ws.team_packet_job(&quarter, today),
    })?;
    if let (true, Some(path)) = (open, &written) {
        // The file is saved either way; a viewer that will not start is
        // reported, not fatal.
        app.opener()
            .open_path(path.clone(), None::<&str>)
            .map_err(|e| {
                Error::Invalid {
                    field: None,
                    message: format!("Saved to {path}, but it could not be opened: {e}"),
                }
                .payload()
            })?;
    }
    Ok(written)
}

#[tauri::command(async)]
pub fn get_print_settings(state: St<'_>) -> CommandResult<PrintSettings> {
    with_workspace(&state, |ws| ws.print_settings())
}

#[tauri::command(async)]
pub fn set_print_settings(state: St<'_>, input: PrintSettings) -> CommandResult<PrintSettings> {
    with_workspace(&state, |ws| ws.set_print_settings(&input))
}
