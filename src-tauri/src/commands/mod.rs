//! Tauri commands: thin wrappers that lock the state, call the library and
//! return its errors as `{code, message, field}`.

mod accounts;
mod edit;
mod export;
mod hiring;
mod plans;
mod playbook;
mod reviews;
mod safety;
mod workspace;

use std::sync::Mutex;

use salesdesk_core::{Error, ErrorPayload, Workspace};
use tauri::{Runtime, State};

use crate::AppState;

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

pub fn handler<R: Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        workspace::workspace_status,
        workspace::open_workspace_file,
        workspace::create_workspace_file,
        workspace::reopen_workspace,
        workspace::open_example_workspace,
        edit::search,
        edit::last_deleted,
        edit::undo_delete,
        crate::menu::menu_events,
        workspace::change_events,
        workspace::ui_ready,
        playbook::get_playbook,
        playbook::start_playbook,
        playbook::set_company_name,
        playbook::create_stage,
        playbook::update_stage,
        playbook::move_item,
        playbook::delete_item,
        playbook::create_criterion,
        playbook::update_criterion,
        playbook::update_profile,
        playbook::create_objection,
        playbook::update_objection,
        playbook::create_competitor,
        playbook::update_competitor,
        playbook::save_kpi,
        playbook::save_training_module,
        playbook::publish_version,
        playbook::list_versions,
        playbook::get_version,
        playbook::export_manual,
        hiring::get_team,
        hiring::save_person,
        hiring::current_user,
        hiring::set_current_user,
        hiring::list_roles,
        hiring::save_role,
        hiring::remove_role,
        hiring::restore_role,
        hiring::save_attribute,
        hiring::delete_attribute,
        hiring::move_attribute,
        hiring::suggested_attributes,
        hiring::list_candidates,
        hiring::save_candidate,
        hiring::set_candidate_status,
        hiring::hire,
        hiring::list_scorecards,
        hiring::new_scorecard,
        hiring::update_scorecard,
        hiring::submit_scorecard,
        hiring::amend_scorecard,
        hiring::compare_candidates,
        hiring::export_interview_kit,
        hiring::export_candidate_summary,
        plans::list_plans,
        plans::get_plan,
        plans::create_plan,
        plans::save_plan_section,
        plans::submit_plan,
        plans::return_plan,
        plans::approve_plan,
        plans::set_actual,
        plans::set_activity_count,
        plans::get_actuals,
        plans::plan_figures,
        plans::team_figures,
        plans::rep_figures,
        plans::choose_csv,
        plans::preview_chosen_csv,
        plans::import_actuals,
        plans::import_activities,
        plans::export_plan,
        accounts::list_accounts,
        accounts::get_account_plan,
        accounts::save_account,
        accounts::list_account_plans,
        accounts::create_account_plan,
        accounts::save_account_plan,
        accounts::copy_account_plan_forward,
        accounts::next_steps,
        accounts::account_roll_up,
        accounts::export_account_plan,
        accounts::export_rep_account_plans,
        reviews::get_review,
        reviews::list_reviews,
        reviews::save_review,
        reviews::hold_review,
        reviews::agree_review,
        reviews::amend_review,
        reviews::export_packet,
        reviews::get_print_settings,
        reviews::set_print_settings,
        safety::about,
        safety::list_backups,
        safety::back_up_now,
        safety::restore_backup,
        safety::export_workspace_json,
        safety::import_workspace_json,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_an_internal_error_and_its_transaction_is_undone() {
        let dir = tempfile::tempdir().unwrap();
        let mut ws = Workspace::create(dir.path().join("w.salesdesk")).unwrap();
        ws.set_company_name("Before").unwrap();
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
        assert_eq!(ws.playbook().unwrap().company_name, "Before");
        assert!(ws.integrity_ok().unwrap());
    }
}
