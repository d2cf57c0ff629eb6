//! Backups, the JSON export and import of the whole workspace, and the
//! About box.

use std::sync::Mutex;

use salesdesk_core::paths::AboutInfo;
use salesdesk_core::store::backup::{self, BackupInfo, BackupReason};
use salesdesk_core::store::transfer::JsonImported;
use salesdesk_core::{input, output};
use tauri::{AppHandle, Runtime, State};

use super::export::{choose_open_path, choose_save_path, write_output};
use super::{CommandResult, with_state, with_workspace};
use crate::AppState;

type St<'a> = State<'a, Mutex<AppState>>;

#[tauri::command(async)]
pub fn about(state: St<'_>) -> CommandResult<AboutInfo> {
    with_state(&state, |app| Ok(app.about()))
}

#[tauri::command(async)]
pub fn list_backups(state: St<'_>) -> CommandResult<Vec<BackupInfo>> {
    with_workspace(&state, |ws| backup::list_backups(ws.path()))
}

#[tauri::command(async)]
pub fn back_up_now(state: St<'_>) -> CommandResult<BackupInfo> {
    with_workspace(&state, |ws| {
        let taken = ws.back_up(&BackupReason::Manual)?;
        log::info!("backup taken: {}", taken.file_name);
        Ok(taken)
    })
}

/// Replaces the workspace with a backup from its backups folder (the UI
/// asks for confirmation first). Returns the backup of the state before.
#[tauri::command(async)]
pub fn restore_backup(state: St<'_>, file_name: String) -> CommandResult<BackupInfo> {
    with_workspace(&state, |ws| {
        let safety = ws.restore_backup(&file_name)?;
        log::info!(
            "restored backup {file_name}; the previous state is in {}",
            safety.file_name
        );
        Ok(safety)
    })
}

/// Writes the workspace as JSON where the user chooses; the path written,
/// or `None` when the dialog was cancelled.
#[tauri::command(async)]
pub fn export_workspace_json<R: Runtime>(
    app: AppHandle<R>,
    state: St<'_>,
) -> CommandResult<Option<String>> {
    let Some(path) = choose_save_path(&app, "Salesdesk workspace.json", "JSON file", "json") else {
        return Ok(None);
    };
    let (text, protected) = with_workspace(&state, |ws| {
        let protected = ws.protected_paths();
        output::check_target(&path, &protected)?;
        Ok((ws.export_json_text()?, protected))
    })?;
    write_output(&path, text.as_bytes(), &protected)
}

/// Replaces the workspace's contents with a JSON export the user picks
/// (the UI asks for confirmation first). A backup is taken before; a file
/// with any problem changes nothing. `None` when the dialog was cancelled.
#[tauri::command(async)]
pub fn import_workspace_json<R: Runtime>(
    app: AppHandle<R>,
    state: St<'_>,
) -> CommandResult<Option<JsonImported>> {
    let Some(path) = choose_open_path(&app, "Salesdesk JSON export", &["json"]) else {
        return Ok(None);
    };
    let text = input::read_bounded(&path, input::MAX_JSON_BYTES, "The JSON file")
        .and_then(input::json_text)
        .map_err(|e| e.payload())?;
    with_workspace(&state, |ws| {
        // A file that would be refused changes nothing and needs no backup.
        ws.check_json_import(&text)?;
        let backup = ws.back_up(&BackupReason::BeforeImport)?;
        let summary = ws.import_json_text(&text)?;
        log::info!(
            "imported {} rows from {}; the previous contents are in {}",
            summary.rows,
            path.display(),
            backup.file_name
        );
        Ok(Some(JsonImported { summary, backup }))
    })
}
