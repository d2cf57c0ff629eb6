//! Tauri commands: thin wrappers that lock the state, call the library and
//! return its errors as `{code, message, field}`.

mod accounts;
mod export;
mod hiring;
mod plans;
mod playbook;
mod reviews;
mod workspace;

use std::sync::Mutex;

use salesdesk_core::{Error, ErrorPayload, Workspace};
use tauri::{Runtime, State};

use crate::AppState;

pub type CommandResult<T> = Result<T, ErrorPayload>;

/// Runs `f` on the open workspace. A poisoned lock (a panic in an earlier
/// command) is recovered: every write is a transaction, so the store is
/// still consistent.
pub fn with_workspace<T>(
    state: &State<'_, Mutex<AppState>>,
    f: impl FnOnce(&mut Workspace) -> Result<T, Error>,
) -> CommandResult<T> {
    let mut guard = state
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let ws = guard.workspace().map_err(|e| e.payload())?;
    f(ws).map_err(|e| e.payload())
}

pub fn handler<R: Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        workspace::workspace_status,
        workspace::open_workspace_file,
        workspace::create_workspace_file,
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
        plans::choose_csv,
        plans::import_actuals,
        plans::import_activities,
        plans::export_plan,
        accounts::list_accounts,
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
    ]
}
