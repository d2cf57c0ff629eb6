//! Tauri commands: thin wrappers that lock the state, call the library and
//! return its errors as `{code, message, field}`.

mod accounts;
mod edit;
mod export;
mod hiring;
mod plans;
mod playbook;
// Generated from the #[tauri::command] functions (tests/commands.rs).
mod registry;
mod reviews;
mod safety;
mod workspace;

use std::sync::Mutex;

use salesdesk_core::{Error, ErrorPayload, Workspace};
use tauri::State;

use crate::AppState;

pub use registry::{COMMAND_NAMES, handler};

pub type CommandResult<T> = Result<T, ErrorPayload>;

/// Runs `f` on the open workspace. See [`with_state`] for what happens
/// when `f` panics.
pub fn with_workspace<T>(
    state: &State<'_, Mutex<AppState>>,
    f: impl FnOnce(&mut Workspace) -> Result<T, Error>,
) -> CommandResult<T> {
    with_state(state, |app| f(app.workspace()?))
}

/// Runs `f` on the app's state. A panic inside `f` (a bug) does not reach
/// the user as a frozen screen: it is logged by the panic hook and returned
/// as an internal error. Unwinding drops the open transaction, which rolls
/// it back, so the data stays as it was; a lock poisoned by the panic is
/// recovered for the same reason.
pub fn with_state<T>(
    state: &State<'_, Mutex<AppState>>,
    f: impl FnOnce(&mut AppState) -> Result<T, Error>,
) -> CommandResult<T> {
    let mut guard = state
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    run_guarded(|| {
        guard.ensure_open();
        f(&mut guard)
    })
}

/// `f()`, with a panic turned into an internal error.
pub fn run_guarded<T>(f: impl FnOnce() -> Result<T, Error>) -> CommandResult<T> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)) {
        Ok(result) => result.map_err(|e| e.payload()),
        Err(_) => Err(Error::Internal(
            "Salesdesk hit a bug and stopped this action; nothing was changed. The details are in the log file (see About)."
                .into(),
        )
        .payload()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_an_internal_error_and_its_transaction_is_undone() {
        let dir = tempfile::tempdir().unwrap();
        let mut ws = Workspace::create(dir.path().join("w.salesdesk")).unwrap();
        ws.playbook_mut().set_company_name("Before").unwrap();
        let result: CommandResult<()> = run_guarded(|| {
            ws.write(|tx| {
                tx.execute(
                    "UPDATE settings SET value = 'During' WHERE key = 'company_name'",
                    [],
                )?;
                panic!("a bug in the middle of a write");
            })
        });
        let err = result.unwrap_err();
        assert_eq!(err.code, salesdesk_core::ErrorCode::Internal);
        assert!(
            err.message.contains("nothing was changed"),
            "{}",
            err.message
        );
        assert_eq!(ws.playbook().get().unwrap().company_name, "Before");
        assert!(ws.integrity_ok().unwrap());
    }
}
