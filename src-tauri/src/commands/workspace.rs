//! Which workspace is open, and switching to another file.

use std::path::PathBuf;
use std::sync::Mutex;

use salesdesk_core::store::WorkspaceStatus;
use salesdesk_core::store::seam::ChangeBatch;
use tauri::ipc::Channel;
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_dialog::DialogExt;

use super::CommandResult;
use crate::AppState;

#[tauri::command(async)]
pub fn workspace_status(state: State<'_, Mutex<AppState>>) -> WorkspaceStatus {
    let mut guard = state.lock().unwrap_or_else(|p| p.into_inner());
    guard.ensure_open();
    guard.close_if_damaged();
    guard.status.clone()
}

/// The page registers the channel that hears of every committed change
/// (what the write seam records), so screens follow the data.
#[tauri::command(async)]
pub fn change_events(channel: Channel<ChangeBatch>, state: State<'_, Mutex<AppState>>) {
    let guard = state.lock().unwrap_or_else(|p| p.into_inner());
    guard.changes.set(move |batch| {
        if let Err(err) = channel.send(batch.clone()) {
            log::warn!("a change did not reach the page: {err}");
        }
    });
}

/// Set by the start-up benchmark: print "salesdesk-ready" once the first
/// screen is drawn.
pub const REPORT_READY_ENV: &str = "SALESDESK_REPORT_READY";

/// The UI calls this once its first screen is drawn. The start-up time
/// goes to the log (and, for the benchmark, a line to stdout).
/// `page_ms`: the page's own clock (`performance.now()`), which tells the
/// webview's start-up apart from the page's work.
#[tauri::command(async)]
pub fn ui_ready(page_ms: Option<f64>, state: State<'_, Mutex<AppState>>) {
    let elapsed = crate::since_start();
    // The check of the workspace's pages waited for the first screen.
    if let Some(ws) = state
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .workspace
        .as_ref()
    {
        ws.page_check().start_now();
    }
    let page_ms = page_ms.filter(|ms| ms.is_finite()).unwrap_or(-1.0).round();
    log::info!(
        "first screen ready {} ms after start ({page_ms} ms after the page began loading)",
        elapsed.as_millis(),
    );
    if std::env::var_os(REPORT_READY_ENV).is_some() {
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        let _ = writeln!(
            out,
            "salesdesk-ready {} page {page_ms}",
            elapsed.as_millis()
        );
        let _ = out.flush();
    }
}

/// Tries the workspace of the data directory again (after it was busy).
#[tauri::command(async)]
pub fn reopen_workspace(state: State<'_, Mutex<AppState>>) -> CommandResult<WorkspaceStatus> {
    let mut guard = state.lock().unwrap_or_else(|p| p.into_inner());
    let path = salesdesk_core::paths::workspace_file(&guard.data_dir);
    guard.switch_to(&path, false).map_err(|e| e.payload())
}

/// Opens the example company in a workspace of its own (made the first
/// time, dated around today), to look around before starting one's own.
#[tauri::command(async)]
pub fn open_example_workspace(state: State<'_, Mutex<AppState>>) -> CommandResult<WorkspaceStatus> {
    let mut guard = state.lock().unwrap_or_else(|p| p.into_inner());
    guard
        .open_example(chrono::Local::now().date_naive())
        .map_err(|e| e.payload())
}

/// Asks for a workspace file with the system's open dialog and opens it.
/// `None` when the user cancelled.
#[tauri::command(async)]
pub fn open_workspace_file<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, Mutex<AppState>>,
) -> CommandResult<Option<WorkspaceStatus>> {
    let Some(path) = pick(
        app.dialog()
            .file()
            .add_filter("Salesdesk workspace", &["salesdesk"])
            .blocking_pick_file(),
    ) else {
        return Ok(None);
    };
    let mut guard = state.lock().unwrap_or_else(|p| p.into_inner());
    guard
        .switch_to(&path, false)
        .map(Some)
        .map_err(|e| e.payload())
}

/// Asks where to create a new workspace with the system's save dialog.
#[tauri::command(async)]
pub fn create_workspace_file<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, Mutex<AppState>>,
) -> CommandResult<Option<WorkspaceStatus>> {
    let Some(mut path) = pick(
        app.dialog()
            .file()
            .add_filter("Salesdesk workspace", &["salesdesk"])
            .set_file_name("Company.salesdesk")
            .blocking_save_file(),
    ) else {
        return Ok(None);
    };
    if path.extension().is_none() {
        path.set_extension("salesdesk");
    }
    let mut guard = state.lock().unwrap_or_else(|p| p.into_inner());
    guard
        .switch_to(&path, true)
        .map(Some)
        .map_err(|e| e.payload())
}

fn pick(file: Option<tauri_plugin_dialog::FilePath>) -> Option<PathBuf> {
    file.and_then(|f| f.into_path().ok())
}
