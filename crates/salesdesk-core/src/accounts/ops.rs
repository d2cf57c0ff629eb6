//! Account and account-plan operations. Each public method is one
//! transaction.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, params};

use super::model::*;
use super::quarter::Quarter;
use crate::error::{Error, Result};
use crate::plans::Month;
use crate::playbook::{enum_from, enum_text};
use crate::store::children::{self, List, ListRow};
use crate::store::{Reader, Workspace, log};
use crate::team;
use crate::time::{new_id, now};
use crate::validate;
use rusqlite::types::Value;

/// The most steps one account plan may have: a few concrete steps get done.
pub const MAX_STEPS: usize = 5;
/// Most key contacts per plan.
pub const MAX_CONTACTS: usize = 30;

/// An account plan's lists, saved row by row (see `store::children`).
const CONTACTS: List = List {
    table: "account_contacts",
    parent_column: "plan_id",
    columns: &["name", "title", "buying_role", "relationship"],
};
const STEPS: List = List {
    table: "account_steps",
    parent_column: "plan_id",
    columns: &["action", "owner_id", "due_date", "status", "result"],
};

crate::store::module_handles!(
    "accounts and account plans",
    accounts,
    accounts_mut,
    AccountsReads,
    AccountsWrites
);

impl AccountsReads<'_> {
    pub fn list(&self) -> Result<Vec<Account>> {
        self.0.read(|tx| {
            let mut stmt =
                tx.prepare_cached(&format!("{ACCOUNT_SELECT} ORDER BY a.name COLLATE NOCASE"))?;
            stmt.query_map([], account_from_row)?
                .collect::<Result<_, _>>()
                .map_err(Into::into)
        })
    }

    /// The accounts `owner_id` may plan: their own and the unassigned ones
    /// (a few dozen, where the company may have thousands).
    pub fn open_to(&self, owner_id: &str) -> Result<Vec<Account>> {
        self.0.read(|tx| {
            let mut stmt = tx.prepare_cached(&format!(
                "{ACCOUNT_SELECT} WHERE a.owner_id = ?1 OR a.owner_id IS NULL ORDER BY a.name COLLATE NOCASE"
            ))?;
            stmt.query_map([owner_id], account_from_row)?
                .collect::<Result<_, _>>()
                .map_err(Into::into)
        })
    }

    /// Account plans, filtered by rep and quarter when given, by account name.
    pub fn plans(&self, rep_id: Option<&str>, quarter: Option<&str>) -> Result<Vec<AccountPlan>> {
        let quarter = quarter
            .map(|q| Quarter::parse("quarter", q))
            .transpose()?
            .map(|q| q.to_string());
        self.0.read(|tx| {
            let mut stmt = tx.prepare(
                "SELECT p.id FROM account_plans p JOIN accounts a ON a.id = p.account_id
                 WHERE (?1 IS NULL OR p.rep_id = ?1) AND (?2 IS NULL OR p.quarter = ?2)
                 ORDER BY p.quarter DESC, a.name COLLATE NOCASE",
            )?;
            let ids: Vec<String> = stmt
                .query_map(params![rep_id, quarter], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            ids.iter().map(|id| load_plan(tx, id)).collect()
        })
    }

    pub fn plan(&self, id: &str) -> Result<AccountPlan> {
        self.0.read(|tx| load_plan(tx, id))
    }

    /// The first `limit` open steps, soonest due first (the same day by
    /// account), and how many are open in all: a rep's own plans' steps
    /// when `rep_id` is given, the whole team's otherwise. A step carried
    /// forward shows once, as its newest copy.
    pub fn next_steps(
        &self,
        rep_id: Option<&str>,
        today: NaiveDate,
        limit: u32,
    ) -> Result<NextSteps> {
        let today = crate::plans::as_of_in_range(today)?;
        let today = today.format("%Y-%m-%d").to_string();
        self.0.read(|tx| {
            let (total, overdue) = count_open_steps(tx, rep_id, &today)?;
            // One rep's: from their account plans (by the rep index) to the
            // steps of each, a few dozen. (Without statistics SQLite would
            // scan every open step for one rep: 7 ms instead of 0.5 on the
            // large workspace.) The whole team's: the open steps up to the
            // last day the page reaches (by the due-date index alone), so
            // only those are joined to their accounts and sorted.
            let (sql, key) = match rep_id {
                Some(rep) => (
                    "SELECT s.id, p.id, a.name, p.quarter, rp.name, s.action, o.name, s.due_date, s.status
                     FROM account_plans p CROSS JOIN account_steps s ON s.plan_id = p.id
                     JOIN accounts a ON a.id = p.account_id
                     JOIN people rp ON rp.id = p.rep_id JOIN people o ON o.id = s.owner_id
                     WHERE p.rep_id = ?1 AND +s.status IN ('open', 'in_progress')
                       AND NOT EXISTS (SELECT 1 FROM account_steps c WHERE c.carried_from = s.id)
                     ORDER BY s.due_date, a.name COLLATE NOCASE, s.id
                     LIMIT ?2",
                    rep.to_string(),
                ),
                // The page's steps first, with what they are sorted by
                // (a day can hold a great many), then the rest of each.
                None => (
                    "WITH page AS (
                         SELECT s.id AS step_id, s.due_date AS due, a.name AS account
                         FROM account_steps s JOIN account_plans p ON p.id = s.plan_id
                         JOIN accounts a ON a.id = p.account_id
                         WHERE s.status IN ('open', 'in_progress') AND s.due_date <= ?1
                           AND NOT EXISTS (SELECT 1 FROM account_steps c WHERE c.carried_from = s.id)
                         ORDER BY s.due_date, a.name COLLATE NOCASE, s.id
                         LIMIT ?2)
                     SELECT s.id, p.id, page.account, p.quarter, rp.name, s.action, o.name, s.due_date, s.status
                     FROM page JOIN account_steps s ON s.id = page.step_id
                     JOIN account_plans p ON p.id = s.plan_id
                     JOIN people rp ON rp.id = p.rep_id JOIN people o ON o.id = s.owner_id
                     ORDER BY page.due, page.account COLLATE NOCASE, s.id",
                    last_due_date_of_page(tx, limit)?,
                ),
            };
            let mut stmt = tx.prepare_cached(sql)?;
            let steps = stmt
                .query_map(params![key, limit], |r| {
                    let due: String = r.get(7)?;
                    Ok(NextStep {
                        step_id: r.get(0)?,
                        plan_id: r.get(1)?,
                        account_name: r.get(2)?,
                        quarter: r.get(3)?,
                        rep_name: r.get(4)?,
                        action: r.get(5)?,
                        owner_name: r.get(6)?,
                        overdue: due < today,
                        due_date: due,
                        status: enum_from(r.get(8)?)?,
                    })
                })?
                .collect::<Result<Vec<_>, _>>()?;
            Ok(NextSteps {
                steps,
                total,
                overdue,
            })
        })
    }

    /// A rep's account-plan targets for a quarter beside their business-plan
    /// forecast for the same clients and months.
    pub fn roll_up(&self, rep_id: &str, quarter: &str) -> Result<RollUp> {
        let quarter = Quarter::parse("quarter", quarter)?;
        self.0.read(|tx| {
            team::require_person(tx, rep_id, "repId")?;
            let months: Vec<String> = quarter.months().iter().map(Month::to_string).collect();
            let forecast = crate::plans::forecast_by_client(tx, rep_id, &months)?;
            let mut stmt = tx.prepare(
                "SELECT a.name, p.revenue_target FROM account_plans p JOIN accounts a ON a.id = p.account_id
                 WHERE p.rep_id = ?1 AND p.quarter = ?2",
            )?;
            let targets: Vec<(String, f64)> =
                stmt.query_map(params![rep_id, quarter.to_string()], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<Result<_, _>>()?;
            let mut rows: Vec<RollUpRow> = Vec::new();
            for (client, target) in &targets {
                let f = forecast.iter().find(|(c, _)| c == client).map(|(_, v)| *v).unwrap_or(0.0);
                rows.push(RollUpRow { client: client.clone(), account_plan_target: Some(*target), business_plan_forecast: f, difference: target - f });
            }
            for (client, f) in &forecast {
                if !targets.iter().any(|(c, _)| c == client) {
                    rows.push(RollUpRow { client: client.clone(), account_plan_target: None, business_plan_forecast: *f, difference: -f });
                }
            }
            rows.sort_by_key(|r| r.client.to_lowercase());
            let total_target = rows.iter().filter_map(|r| r.account_plan_target).sum();
            let total_forecast = rows.iter().map(|r| r.business_plan_forecast).sum();
            Ok(RollUp { rep_id: rep_id.to_string(), quarter: quarter.to_string(), rows, total_target, total_forecast })
        })
    }
}

impl AccountsWrites<'_> {
    pub fn save_account(&mut self, input: &AccountInput) -> Result<Account> {
        let name = validate::name("name", "The account name", &input.name)?;
        let industry = validate::name_or_empty("industry", "The industry", &input.industry)?;
        let size = validate::name_or_empty("size", "The size", &input.size)?;
        let revenue = money("yearlyRevenue", "The yearly revenue", input.yearly_revenue)?;
        let potential = money("potential", "The potential", input.potential)?;
        self.0.write(|tx| {
            if let Some(owner) = &input.owner_id {
                team::require_person(tx, owner, "ownerId")?;
            }
            let clash = crate::plans::account_id_by_name(tx, &name)?;
            if clash.is_some() && clash != input.id {
                return Err(Error::conflict("name", format!("There is already an account called {name}.")));
            }
            let now = now();
            let id = match &input.id {
                Some(id) => {
                    load_account(tx, id)?;
                    tx.execute(
                        "UPDATE accounts SET name = ?2, industry = ?3, size = ?4, yearly_revenue = ?5, potential = ?6, owner_id = ?7, updated_at = ?8 WHERE id = ?1",
                        params![id, name, industry, size, revenue, potential, input.owner_id, now],
                    )?;
                    id.clone()
                }
                None => {
                    let id = new_id();
                    tx.execute(
                        "INSERT INTO accounts (id, name, industry, size, yearly_revenue, potential, owner_id, created_at, updated_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                        params![id, name, industry, size, revenue, potential, input.owner_id, now],
                    )?;
                    log::record(tx, "added", "account", &id, &name)?;
                    id
                }
            };
            load_account(tx, &id)
        })
    }

    pub fn create_plan(&mut self, input: &NewAccountPlan) -> Result<AccountPlan> {
        let quarter = Quarter::parse("quarter", &input.quarter)?;
        self.0.write(|tx| {
            let account = load_account(tx, &input.account_id)
                .map_err(|_| Error::invalid("accountId", "That account does not exist."))?;
            team::require_person(tx, &input.rep_id, "repId")?;
            if plan_for(tx, &account.id, quarter)?.is_some() {
                return Err(Error::conflict(
                    "quarter",
                    format!("{} already has a plan for {quarter}.", account.name),
                ));
            }
            let id = insert_plan(tx, &account.id, quarter, &input.rep_id)?;
            log::record(
                tx,
                "created",
                "account plan",
                &id,
                &format!("{} {quarter}", account.name),
            )?;
            load_plan(tx, &id)
        })
    }

    /// Saves a plan's content. More than five steps, an owner who is not on
    /// the team, or a due date outside the sensible range is refused and
    /// nothing is saved.
    pub fn save_plan(&mut self, input: &AccountPlanInput) -> Result<AccountPlan> {
        if input.steps.len() > MAX_STEPS {
            return Err(Error::invalid(
                "steps",
                format!(
                    "An account plan has at most {MAX_STEPS} steps: pick the five that will open or grow the account most."
                ),
            ));
        }
        if input.contacts.len() > MAX_CONTACTS {
            return Err(Error::invalid(
                "contacts",
                format!("An account plan lists at most {MAX_CONTACTS} key contacts."),
            ));
        }
        let competition = validate::text("competition", "The competition", &input.competition)?;
        let successes =
            validate::text("pastSuccesses", "The past successes", &input.past_successes)?;
        let strategy = validate::text("strategy", "The strategy", &input.strategy)?;
        let target = money("revenueTarget", "The revenue target", input.revenue_target)?;
        let mut contacts = Vec::new();
        for c in &input.contacts {
            contacts.push((
                validate::name("contacts", "A contact's name", &c.name)?,
                validate::name_or_empty("contacts", "A contact's title", &c.title)?,
                c,
            ));
        }
        self.0.write(|tx| {
            let plan = load_plan(tx, &input.id)?;
            let quarter = Quarter::parse("quarter", &plan.quarter)?;
            // Due dates: from a year before the quarter (steps carried
            // forward keep their dates) to a year after it.
            let earliest = quarter.first_day() - chrono::Days::new(366);
            let latest = quarter.last_day() + chrono::Days::new(366);
            let mut steps = Vec::new();
            for (i, step) in input.steps.iter().enumerate() {
                let n = i + 1;
                let action = validate::name_or_empty("steps", &format!("Step {n}'s action"), &step.action)?;
                if action.is_empty() {
                    return Err(Error::invalid("steps", format!("Step {n} needs an action.")));
                }
                team::require_person(tx, &step.owner_id, "steps")
                    .map_err(|_| Error::invalid("steps", format!("Step {n}'s owner is not on the team.")))?;
                let due = validate::date("steps", &format!("Step {n}'s due date"), &step.due_date)?;
                let due_date = NaiveDate::parse_from_str(&due, "%Y-%m-%d").expect("validated");
                if due_date < earliest || due_date > latest {
                    return Err(Error::invalid(
                        "steps",
                        format!("Step {n} is due {due}, outside {earliest} to {latest} for a {quarter} plan."),
                    ));
                }
                let result = validate::text("steps", &format!("Step {n}'s result"), &step.result)?;
                steps.push((step, action, due, result));
            }
            let now = now();
            tx.execute(
                "UPDATE account_plans SET competition = ?2, past_successes = ?3, strategy = ?4, revenue_target = ?5, updated_at = ?6
                 WHERE id = ?1 AND (competition IS NOT ?2 OR past_successes IS NOT ?3 OR strategy IS NOT ?4 OR revenue_target IS NOT ?5)",
                params![plan.id, competition, successes, strategy, target, now],
            )?;
            let contact_rows: Vec<ListRow> = contacts
                .iter()
                .map(|(name, title, c)| ListRow {
                    id: c.id.clone(),
                    values: vec![
                        Value::Text(name.clone()),
                        Value::Text(title.clone()),
                        Value::Text(enum_text(&c.buying_role)),
                        Value::Text(enum_text(&c.relationship)),
                    ],
                })
                .collect();
            children::save_list(tx, &CONTACTS, &plan.id, &contact_rows, &now, || {
                Error::invalid("contacts", "A contact was changed elsewhere; reload the plan.")
            })?;
            // Steps keep their ids (the next-steps list links to them).
            let step_rows: Vec<ListRow> = steps
                .iter()
                .map(|(step, action, due, result)| ListRow {
                    id: step.id.clone(),
                    values: vec![
                        Value::Text(action.clone()),
                        Value::Text(step.owner_id.clone()),
                        Value::Text(due.clone()),
                        Value::Text(enum_text(&step.status)),
                        Value::Text(result.clone()),
                    ],
                })
                .collect();
            children::save_list(tx, &STEPS, &plan.id, &step_rows, &now, || {
                Error::invalid("steps", "A step was changed elsewhere; reload the plan.")
            })?;
            load_plan(tx, &plan.id)
        })
    }

    /// Copies a plan to the next quarter: contacts, competition, successes,
    /// strategy and target come along, and so do unfinished steps; finished
    /// and dropped ones stay behind as history.
    pub fn copy_plan_forward(&mut self, id: &str) -> Result<AccountPlan> {
        self.0.write(|tx| {
            let plan = load_plan(tx, id)?;
            let next = Quarter::parse("quarter", &plan.quarter)?.next();
            if plan_for(tx, &plan.account.id, next)?.is_some() {
                return Err(Error::conflict("quarter", format!("{} already has a plan for {next}.", plan.account.name)));
            }
            let new = insert_plan(tx, &plan.account.id, next, &plan.rep_id)?;
            let now = now();
            tx.execute(
                "UPDATE account_plans SET competition = ?2, past_successes = ?3, strategy = ?4, revenue_target = ?5 WHERE id = ?1",
                params![new, plan.competition, plan.past_successes, plan.strategy, plan.revenue_target],
            )?;
            for (i, c) in plan.contacts.iter().enumerate() {
                tx.execute(
                    "INSERT INTO account_contacts (id, plan_id, position, name, title, buying_role, relationship, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                    params![new_id(), new, i as i64, c.name, c.title, enum_text(&c.buying_role), enum_text(&c.relationship), now],
                )?;
            }
            for (position, step) in plan
                .steps
                .iter()
                .filter(|s| s.status.unfinished())
                .enumerate()
            {
                tx.execute(
                    "INSERT INTO account_steps (id, plan_id, position, action, owner_id, due_date, status, result, carried_from, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
                    params![new_id(), new, position as i64, step.action, step.owner_id, step.due_date, enum_text(&step.status), step.result, step.id, now],
                )?;
            }
            log::record(tx, "copied forward", "account plan", &new, &format!("{} {next}", plan.account.name))?;
            load_plan(tx, &new)
        })
    }
}

/// How many steps are open (a rep's, or the whole team's), and how many of
/// them are overdue; carried-forward originals are not counted.
fn count_open_steps(tx: &Connection, rep_id: Option<&str>, today: &str) -> Result<(u32, u32)> {
    let sql = match rep_id {
        Some(_) => {
            "SELECT COUNT(*), COALESCE(SUM(s.due_date < ?2), 0)
             FROM account_plans p CROSS JOIN account_steps s ON s.plan_id = p.id
             WHERE p.rep_id = ?1 AND +s.status IN ('open', 'in_progress')
               AND NOT EXISTS (SELECT 1 FROM account_steps c WHERE c.carried_from = s.id)"
        }
        None => {
            "SELECT COUNT(*), COALESCE(SUM(s.due_date < ?2), 0) FROM account_steps s
             WHERE s.status IN ('open', 'in_progress') AND ?1 IS NULL
               AND NOT EXISTS (SELECT 1 FROM account_steps c WHERE c.carried_from = s.id)"
        }
    };
    Ok(tx
        .prepare_cached(sql)?
        .query_row(params![rep_id, today], |r| Ok((r.get(0)?, r.get(1)?)))?)
}

/// The due date of the `limit`-th open step of the whole team (or the last
/// one's, or the latest date a step can have when there are fewer), read
/// from the open steps' due-date index without joining anything.
fn last_due_date_of_page(tx: &Connection, limit: u32) -> Result<String> {
    let last: Option<String> = tx
        .prepare_cached(
            "SELECT MAX(due_date) FROM (
                 SELECT s.due_date FROM account_steps s
                 WHERE s.status IN ('open', 'in_progress')
                   AND NOT EXISTS (SELECT 1 FROM account_steps c WHERE c.carried_from = s.id)
                 ORDER BY s.due_date LIMIT ?1)",
        )?
        .query_row([limit], |r| r.get(0))?;
    Ok(last.unwrap_or_default())
}

fn money(field: &str, label: &str, value: f64) -> Result<f64> {
    validate::amount(field, label, value, crate::plans::MAX_AMOUNT)
}

fn plan_for(tx: &Connection, account_id: &str, quarter: Quarter) -> Result<Option<String>> {
    Ok(tx
        .query_row(
            "SELECT id FROM account_plans WHERE account_id = ?1 AND quarter = ?2",
            params![account_id, quarter.to_string()],
            |r| r.get(0),
        )
        .optional()?)
}

fn insert_plan(
    tx: &Connection,
    account_id: &str,
    quarter: Quarter,
    rep_id: &str,
) -> Result<String> {
    let id = new_id();
    let now = now();
    tx.execute(
        "INSERT INTO account_plans (id, account_id, quarter, rep_id, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        params![id, account_id, quarter.to_string(), rep_id, now],
    )?;
    Ok(id)
}

const ACCOUNT_SELECT: &str =
    "SELECT a.id, a.name, a.industry, a.size, a.yearly_revenue, a.potential, a.owner_id, p.name
     FROM accounts a LEFT JOIN people p ON p.id = a.owner_id";

fn account_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Account> {
    Ok(Account {
        id: r.get(0)?,
        name: r.get(1)?,
        industry: r.get(2)?,
        size: r.get(3)?,
        yearly_revenue: r.get(4)?,
        potential: r.get(5)?,
        owner_id: r.get(6)?,
        owner_name: r.get(7)?,
    })
}

pub(crate) fn load_account(tx: &Connection, id: &str) -> Result<Account> {
    tx.prepare_cached(&format!("{ACCOUNT_SELECT} WHERE a.id = ?1"))?
        .query_row([id], account_from_row)
        .optional()?
        .ok_or_else(|| Error::not_found("The account"))
}

fn load_plan(tx: &Connection, id: &str) -> Result<AccountPlan> {
    let (account_id, mut plan) = tx
        .prepare_cached(
            "SELECT p.id, p.account_id, p.quarter, p.rep_id, r.name, p.competition, p.past_successes, p.strategy, p.revenue_target
             FROM account_plans p JOIN people r ON r.id = p.rep_id WHERE p.id = ?1",
        )?
        .query_row(
            [id],
            |r| {
                Ok((
                    r.get::<_, String>(1)?,
                    AccountPlan {
                        id: r.get(0)?,
                        account: Account { id: String::new(), name: String::new(), industry: String::new(), size: String::new(), yearly_revenue: 0.0, potential: 0.0, owner_id: None, owner_name: None },
                        quarter: r.get(2)?,
                        rep_id: r.get(3)?,
                        rep_name: r.get(4)?,
                        contacts: Vec::new(),
                        competition: r.get(5)?,
                        past_successes: r.get(6)?,
                        strategy: r.get(7)?,
                        revenue_target: r.get(8)?,
                        steps: Vec::new(),
                    },
                ))
            },
        )
        .optional()?
        .ok_or_else(|| Error::not_found("The account plan"))?;
    plan.account = load_account(tx, &account_id)?;
    let mut stmt = tx.prepare_cached("SELECT name, title, buying_role, relationship, id FROM account_contacts WHERE plan_id = ?1 ORDER BY position")?;
    plan.contacts = stmt
        .query_map([id], |r| {
            Ok(Contact {
                id: Some(r.get(4)?),
                name: r.get(0)?,
                title: r.get(1)?,
                buying_role: enum_from(r.get(2)?)?,
                relationship: enum_from(r.get(3)?)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    let mut stmt = tx.prepare_cached("SELECT id, action, owner_id, due_date, status, result FROM account_steps WHERE plan_id = ?1 ORDER BY position")?;
    plan.steps = stmt
        .query_map([id], |r| {
            Ok(Step {
                id: r.get(0)?,
                action: r.get(1)?,
                owner_id: r.get(2)?,
                due_date: r.get(3)?,
                status: enum_from(r.get(4)?)?,
                result: r.get(5)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(plan)
}
