//! The daily backup while the app runs: checked right after start (off the
//! start-up path, on a connection of its own) and then every hour; taken
//! when the newest backup is a day old. A failure is logged, never shown
//! as an error: the user's work goes on.

use std::sync::Mutex;
use std::time::Duration;

use salesdesk_core::store::backup::back_up_file_if_due;
use tauri::{AppHandle, Manager, Runtime};

use crate::AppState;

const CHECK_EVERY: Duration = Duration::from_secs(60 * 60);

pub fn schedule_daily<R: Runtime>(app: AppHandle<R>) {
    std::thread::spawn(move || {
        loop {
            // Only the path is read under the lock; the copy runs without it.
            let opened = {
                let state = app.state::<Mutex<AppState>>();
                let mut guard = state.lock().unwrap_or_else(|p| p.into_inner());
                // Opens the workspace if no command has yet: off the main thread.
                guard.ensure_open();
                guard
                    .workspace
                    .as_ref()
                    .map(|w| (w.path().to_path_buf(), w.page_check()))
            };
            // A damaged file is not backed up (the pruning would push out a
            // good backup); the wait is outside the lock, so commands go on.
            let checked = opened.filter(|(_, check)| check.wait_without_starting().is_ok());
            if let Some((path, _)) = checked {
                match back_up_file_if_due(&path) {
                    Ok(Some(taken)) => log::info!("daily backup taken: {}", taken.file_name),
                    Ok(None) => {}
                    Err(e) => log::warn!("daily backup of {} failed: {e}", path.display()),
                }
            }
            std::thread::sleep(CHECK_EVERY);
        }
    });
}
