//! Where exported files go: the native save dialog, or (for the end-to-end
//! tests, which cannot drive a native dialog) the folder named by
//! `SALESDESK_EXPORT_DIR`.

use std::path::PathBuf;

use salesdesk_core::ErrorPayload;
use salesdesk_core::export::write_atomically;
use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::DialogExt;

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

/// Asks for a path, renders with `render` and writes the file; returns the
/// path written.
pub fn export_pdf<R: Runtime>(
    app: &AppHandle<R>,
    file_name: &str,
    render: impl FnOnce() -> Result<Vec<u8>, ErrorPayload>,
) -> Result<Option<String>, ErrorPayload> {
    let Some(path) = choose_pdf_path(app, file_name) else {
        return Ok(None);
    };
    let bytes = render()?;
    write_atomically(&path, &bytes).map_err(|e| e.payload())?;
    Ok(Some(path.display().to_string()))
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
