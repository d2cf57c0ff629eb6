//! The floor: a window with one static page that reports when it is drawn,
//! exactly as Salesdesk reports its first screen.

use std::io::Write;

static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

#[tauri::command]
fn ui_ready() {
    let ms = STARTED.get().map(|t| t.elapsed().as_millis()).unwrap_or(0);
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "salesdesk-ready {ms}");
    let _ = out.flush();
}

fn main() {
    STARTED.get_or_init(std::time::Instant::now);
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![ui_ready])
        .run(tauri::generate_context!())
        .expect("error while running the floor app");
}
