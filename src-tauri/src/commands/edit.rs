//! The Edit menu's commands: search across the workspace (Ctrl+K) and the
//! undo of deletes (Ctrl+Z).

use std::sync::Mutex;

use salesdesk_core::search::SearchHit;
use salesdesk_core::store::trash::Restored;
use tauri::State;

use super::{CommandResult, with_workspace};
use crate::AppState;

type St<'a> = State<'a, Mutex<AppState>>;

#[tauri::command(async)]
pub fn search(state: St<'_>, query: String) -> CommandResult<Vec<SearchHit>> {
    with_workspace(&state, |ws| ws.search(&query))
}

/// What an undo would bring back ("Stage “Visit”"), if anything.
#[tauri::command(async)]
pub fn last_deleted(state: St<'_>) -> CommandResult<Option<String>> {
    with_workspace(&state, |ws| Ok(ws.last_deleted()))
}

/// Brings back the record deleted last.
#[tauri::command(async)]
pub fn undo_delete(state: St<'_>) -> CommandResult<Restored> {
    with_workspace(&state, |ws| ws.undo_delete())
}
