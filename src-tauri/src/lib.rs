//! The Tauri adapter: sets up the app and registers the commands. All logic
//! lives in `salesdesk-core`; commands only parse, call it and map errors.

mod commands;
mod state;

use std::sync::Mutex;

use tauri::{Manager, Runtime};

pub use state::AppState;

/// Builds and runs the app on any runtime, so tests can use tauri's mock
/// runtime.
pub fn run<R: Runtime>(builder: tauri::Builder<R>) {
    build(builder)
        .run(context())
        .expect("error while running Salesdesk");
}

/// The generated context: config, bundled UI, and the capabilities (ACL).
pub fn context<R: Runtime>() -> tauri::Context<R> {
    tauri::generate_context!()
}

/// The builder with plugins, state set-up and every command registered.
pub fn build<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .setup(|app| {
            // Tests may have managed a state of their own already.
            if app.try_state::<Mutex<AppState>>().is_some() {
                return Ok(());
            }
            let args: Vec<String> = std::env::args().collect();
            let default_dir = app.path().app_data_dir().ok();
            let state = AppState::open(
                &args,
                std::env::var(salesdesk_core::paths::DATA_DIR_ENV).ok(),
                default_dir,
            );
            app.manage(Mutex::new(state));
            Ok(())
        })
        .invoke_handler(commands::handler())
}
