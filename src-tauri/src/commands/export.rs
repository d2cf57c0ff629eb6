//! Where exported files go: the native save dialog, or (for the end-to-end
//! tests, which cannot drive a native dialog) the folder named by
//! `SALESDESK_EXPORT_DIR`.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use salesdesk_core::export::PdfJob;
use salesdesk_core::output::{self, Protected};
use salesdesk_core::{Error, ErrorPayload, Workspace};
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_dialog::DialogExt;

use super::with_workspace;
use crate::AppState;

pub const EXPORT_DIR_ENV: &str = "SALESDESK_EXPORT_DIR";

/// The file the open dialog returns in the end-to-end tests.
pub const OPEN_FILE_ENV: &str = "SALESDESK_OPEN_FILE";

/// Asks where to save `file_name` (a PDF); `None` when the user cancelled.
pub fn choose_pdf_path<R: Runtime>(app: &AppHandle<R>, file_name: &str) -> Option<PathBuf> {
    choose_save_path(app, file_name, "PDF document", "pdf")
}

/// Asks where to save `file_name`, a file of type `kind` (`extension`);
/// `None` when the user cancelled.
pub fn choose_save_path<R: Runtime>(
    app: &AppHandle<R>,
    file_name: &str,
    kind: &str,
    extension: &str,
) -> Option<PathBuf> {
    let mut path = match std::env::var_os(EXPORT_DIR_ENV) {
        Some(dir) => PathBuf::from(dir).join(file_name),
        None => app
            .dialog()
            .file()
            .add_filter(kind, &[extension])
            .set_file_name(file_name)
            .blocking_save_file()
            .and_then(|f| f.into_path().ok())?,
    };
    if path.extension().is_none() {
        path.set_extension(extension);
    }
    Some(path)
}

/// Asks for a file to open of type `kind` (`extensions`); `None` when the
/// user cancelled.
pub fn choose_open_path<R: Runtime>(
    app: &AppHandle<R>,
    kind: &str,
    extensions: &[&str],
) -> Option<PathBuf> {
    match std::env::var_os(OPEN_FILE_ENV) {
        Some(p) => Some(PathBuf::from(p)),
        None => app
            .dialog()
            .file()
            .add_filter(kind, extensions)
            .blocking_pick_file()
            .and_then(|f| f.into_path().ok()),
    }
}

/// Asks for a path, reads what the PDF needs with `read` and writes the
/// file; returns the path written. A path the rules of
/// `salesdesk_core::output` refuse (the workspace itself, its backups, a
/// read-only file…) is refused before anything is read. The PDF is
/// rendered after the state is released, so other commands answer while a
/// large one renders; the file is written once the workspace's page check
/// has passed (see `salesdesk_core::store::page_check`).
pub fn export_pdf<R: Runtime>(
    app: &AppHandle<R>,
    state: &State<'_, Mutex<AppState>>,
    file_name: &str,
    read: impl FnOnce(&mut Workspace) -> Result<PdfJob, Error>,
) -> Result<Option<String>, ErrorPayload> {
    let Some(path) = choose_pdf_path(app, file_name) else {
        return Ok(None);
    };
    let (job, protected, check) = with_workspace(state, |ws| {
        let protected = ws.protected_paths();
        output::check_target(&path, &protected)?;
        Ok((read(ws)?, protected, ws.page_check()))
    })?;
    let bytes = super::run_guarded(|| job.render())?;
    check.wait().map_err(|e| e.payload())?;
    write_output(&path, &bytes, &protected)
}

/// Writes an exported file by the library's rules; the path written.
pub fn write_output(
    path: &Path,
    bytes: &[u8],
    protected: &Protected,
) -> Result<Option<String>, ErrorPayload> {
    let written = output::write_file(path, bytes, protected).map_err(|e| e.payload())?;
    Ok(Some(written.display().to_string()))
}

/// A file name without characters that file systems refuse.
pub fn safe_file_name(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_control() || "/\\:*?\"<>|".contains(c) {
                '-'
            } else {
                c
            }
        })
        .collect::<String>()
        .trim()
        .to_string()
}
