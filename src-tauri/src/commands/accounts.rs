//! Account and account-plan commands (PRODUCT.md section 4).

use std::sync::Mutex;

use salesdesk_core::accounts::*;
use tauri::{AppHandle, Runtime, State};

use super::export::{export_pdf, safe_file_name};
use super::{CommandResult, with_workspace};
use crate::AppState;

type St<'a> = State<'a, Mutex<AppState>>;

/// Every account, or with `owner_id` only those that person may plan
/// (their own and the unassigned ones).
#[tauri::command(async)]
pub fn list_accounts(state: St<'_>, owner_id: Option<String>) -> CommandResult<Vec<Account>> {
    with_workspace(&state, |ws| match &owner_id {
        Some(owner) => ws.accounts().open_to(owner),
        None => ws.accounts().list(),
    })
}

/// The quarters the pickers offer on `today`, newest first, with their days.
#[tauri::command(async)]
pub fn quarter_choices(today: String) -> CommandResult<Vec<QuarterChoice>> {
    salesdesk_core::accounts::quarter_choices(&today).map_err(|e| e.payload())
}

#[tauri::command(async)]
pub fn save_account(state: St<'_>, input: AccountInput) -> CommandResult<Account> {
    with_workspace(&state, |ws| ws.accounts_mut().save_account(&input))
}

#[tauri::command(async)]
pub fn list_account_plans(
    state: St<'_>,
    rep_id: Option<String>,
    quarter: Option<String>,
) -> CommandResult<Vec<AccountPlan>> {
    with_workspace(&state, |ws| {
        ws.accounts().plans(rep_id.as_deref(), quarter.as_deref())
    })
}

#[tauri::command(async)]
pub fn create_account_plan(state: St<'_>, input: NewAccountPlan) -> CommandResult<AccountPlan> {
    with_workspace(&state, |ws| ws.accounts_mut().create_plan(&input))
}

#[tauri::command(async)]
pub fn save_account_plan(state: St<'_>, input: AccountPlanInput) -> CommandResult<AccountPlan> {
    with_workspace(&state, |ws| ws.accounts_mut().save_plan(&input))
}

#[tauri::command(async)]
pub fn copy_account_plan_forward(state: St<'_>, id: String) -> CommandResult<AccountPlan> {
    with_workspace(&state, |ws| ws.accounts_mut().copy_plan_forward(&id))
}

#[tauri::command(async)]
pub fn next_steps(
    state: St<'_>,
    rep_id: Option<String>,
    today: String,
    limit: u32,
) -> CommandResult<NextSteps> {
    let today = salesdesk_core::validate::parse_date("today", "The date", &today)
        .map_err(|e| e.payload())?;
    with_workspace(&state, |ws| {
        ws.accounts().next_steps(rep_id.as_deref(), today, limit)
    })
}

/// One account plan, for its editor (which must not ask for the whole
/// team's plans to show one).
#[tauri::command(async)]
pub fn get_account_plan(state: St<'_>, id: String) -> CommandResult<AccountPlan> {
    with_workspace(&state, |ws| ws.accounts().plan(&id))
}

#[tauri::command(async)]
pub fn account_roll_up(state: St<'_>, rep_id: String, quarter: String) -> CommandResult<RollUp> {
    with_workspace(&state, |ws| ws.accounts().roll_up(&rep_id, &quarter))
}

#[tauri::command(async)]
pub fn export_account_plan<R: Runtime>(
    app: AppHandle<R>,
    state: St<'_>,
    id: String,
) -> CommandResult<Option<String>> {
    let plan = with_workspace(&state, |ws| ws.accounts().plan(&id))?;
    let name = safe_file_name(&format!(
        "Account plan - {} - {}.pdf",
        plan.account.name, plan.quarter
    ));
    export_pdf(&app, &state, &name, |ws| ws.account_plan_job(&id))
}

#[tauri::command(async)]
pub fn export_rep_account_plans<R: Runtime>(
    app: AppHandle<R>,
    state: St<'_>,
    rep_id: String,
    quarter: String,
) -> CommandResult<Option<String>> {
    let rep = with_workspace(&state, |ws| ws.team().people())?
        .into_iter()
        .find(|p| p.id == rep_id)
        .map(|p| p.name)
        .unwrap_or_default();
    let name = safe_file_name(&format!("Account plans - {rep} - {quarter}.pdf"));
    export_pdf(&app, &state, &name, |ws| {
        ws.rep_account_plans_job(&rep_id, &quarter)
    })
}
