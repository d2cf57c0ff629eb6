//! The floor: a window with one static page that reports when it is drawn,
//! exactly as Salesdesk reports its first screen.

use std::io::Write;

static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// `page_ms`: the page's own clock when it was drawn.
#[tauri::command]
fn ui_ready(page_ms: f64) {
    let ms = STARTED.get().map(|t| t.elapsed().as_millis()).unwrap_or(0);
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "salesdesk-ready {ms} page {}", page_ms.round());
    let _ = out.flush();
}

fn main() {
    STARTED.get_or_init(std::time::Instant::now);
    // The same webview setting as Salesdesk (salesdesk_app::use_webview_defaults).
    #[cfg(target_os = "linux")]
    if std::env::var_os("WEBKIT_DISABLE_COMPOSITING_MODE").is_none() {
        // SAFETY: no other thread exists yet.
        unsafe { std::env::set_var("WEBKIT_DISABLE_COMPOSITING_MODE", "1") };
    }
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![ui_ready])
        .run(tauri::generate_context!())
        .expect("error while running the floor app");
}
