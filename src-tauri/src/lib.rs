//! The Tauri adapter: sets up the app and registers the commands. All logic
//! lives in `salesdesk-core`; commands only parse, call it and map errors.

mod backups;
mod commands;
mod logging;
pub mod menu;
mod state;

use std::path::PathBuf;
use std::sync::Mutex;

use salesdesk_core::paths::{DATA_DIR_ENV, resolve_data_dir};
use tauri::{Manager, Runtime};

pub use commands::COMMAND_NAMES;
pub use state::AppState;

/// When the process started, for the start-up time in the log.
static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// Time since [`run`] began (zero if it has not).
pub fn since_start() -> std::time::Duration {
    STARTED.get().map(|t| t.elapsed()).unwrap_or_default()
}

/// Linux: the window is drawn without WebKitGTK's GPU compositing, unless
/// the user has set `WEBKIT_DISABLE_COMPOSITING_MODE` themselves. A forms
/// app gains nothing from it; without a GPU (virtual machines, remote
/// desktops) it runs on Mesa's software GL and costs the web process
/// ~110 MiB (see BENCHMARKS.md), and some drivers show a blank window.
/// Call first thing in `main`, before any other thread exists.
pub fn use_webview_defaults() {
    #[cfg(target_os = "linux")]
    if std::env::var_os("WEBKIT_DISABLE_COMPOSITING_MODE").is_none() {
        // SAFETY: main calls this before it starts any thread.
        unsafe { std::env::set_var("WEBKIT_DISABLE_COMPOSITING_MODE", "1") };
    }
}

/// Builds and runs the app on any runtime, so tests can use tauri's mock
/// runtime.
pub fn run<R: Runtime>(builder: tauri::Builder<R>) {
    STARTED.get_or_init(std::time::Instant::now);
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
    let args: Vec<String> = std::env::args().collect();
    builder
        // First, so a second launch hands over before it opens anything.
        .plugin(single_instance(&args))
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .manage(menu::MenuChannel::default())
        .menu(menu::build)
        .on_menu_event(|app, event| menu::handle(app, event.id().as_ref()))
        .setup(move |app| {
            // Tests may have managed a state of their own already.
            if app.try_state::<Mutex<AppState>>().is_some() {
                return Ok(());
            }
            let default_dir = app.path().app_data_dir().ok();
            let data_dir = resolve_data_dir(&args, std::env::var(DATA_DIR_ENV).ok(), || {
                default_dir.unwrap_or_else(|| "salesdesk-data".into())
            });
            let logger = logging::start(&data_dir);
            // Opened on first use, off the main thread (see AppState::deferred).
            let state = AppState::deferred(data_dir);
            app.manage(Mutex::new(state));
            app.manage(logger);
            backups::schedule_daily(app.handle().clone());
            Ok(())
        })
        .invoke_handler(commands::handler())
}

/// One window per data directory: a second launch on the same data
/// directory hands over to the first, which comes to the front, and exits.
/// (On Linux the instances find each other on the D-Bus session bus; the
/// name includes the data directory, so different companies can be open
/// side by side. Without a session bus each launch runs on its own, and
/// the workspace lock still keeps a second one from writing.)
fn single_instance<R: Runtime>(args: &[String]) -> tauri::plugin::TauriPlugin<R> {
    let explicit = resolve_data_dir(args, std::env::var(DATA_DIR_ENV).ok(), PathBuf::new);
    let mut builder = tauri_plugin_single_instance::Builder::new().callback(|app, _args, _cwd| {
        log::info!("another launch asked for this window; bringing it to the front");
        if let Some(window) = app.get_webview_window("main") {
            let _ = window.unminimize();
            let _ = window.show();
            let _ = window.set_focus();
        }
    });
    if !explicit.as_os_str().is_empty() {
        let absolute = std::path::absolute(&explicit).unwrap_or(explicit);
        builder = builder.dbus_id(format!(
            "{}.d{:016x}",
            IDENTIFIER,
            stable_hash(&absolute.to_string_lossy())
        ));
    }
    builder.build()
}

/// The app's identifier, as in tauri.conf.json (a test checks they agree).
pub const IDENTIFIER: &str = "app.salesdesk.desktop";

/// FNV-1a: the same value in every run and build, unlike std's hasher.
fn stable_hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}
