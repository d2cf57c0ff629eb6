//! The search box (Ctrl+K) across the workspace.

use std::sync::Mutex;

use salesdesk_core::search::SearchHit;
use tauri::State;

use super::{CommandResult, with_workspace};
use crate::AppState;

#[tauri::command(async)]
pub fn search(state: State<'_, Mutex<AppState>>, query: String) -> CommandResult<Vec<SearchHit>> {
    with_workspace(&state, |ws| ws.search(&query))
}
