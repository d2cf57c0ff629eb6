// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    salesdesk_app::use_webview_defaults();
    salesdesk_app::run(tauri::Builder::default());
}
