//! The daily backup while the app runs: checked every hour, taken when the
//! newest backup is a day old (opening a workspace checks too).

use std::sync::Mutex;
use std::time::Duration;

use tauri::{AppHandle, Manager, Runtime};

use crate::AppState;

const CHECK_EVERY: Duration = Duration::from_secs(60 * 60);

pub fn schedule_daily<R: Runtime>(app: AppHandle<R>) {
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(CHECK_EVERY);
            let state = app.state::<Mutex<AppState>>();
            let mut guard = state.lock().unwrap_or_else(|p| p.into_inner());
            guard.back_up_if_due();
        }
    });
}
