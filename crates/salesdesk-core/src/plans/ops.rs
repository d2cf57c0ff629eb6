//! Business-plan operations. Each public method is one transaction.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, params};

use super::csv_import::{self, RowError};
use super::figures::{self, MonthNumbers};
use super::model::*;
use super::month::Month;
use super::revenue_months;
use crate::error::{Error, Result};
use crate::playbook::{enum_from, enum_text};
use crate::store::children::{self, Keyed, KeyedRow, List, ListRow};
use crate::store::seam::{self, Origin};
use crate::store::{Reader, Workspace, log};
use crate::team::{self, PersonRole};
use crate::time::{new_id, now};
use crate::validate;
use rusqlite::types::Value;

/// Largest amount accepted anywhere in a plan (guards against typos).
pub const MAX_AMOUNT: f64 = 1e11;

crate::store::module_handles!(
    "business plans and their actuals",
    plans,
    plans_mut,
    PlansReads,
    PlansWrites
);

impl PlansReads<'_> {
    pub fn plan(&self, id: &str) -> Result<Plan> {
        self.0.read(|tx| load_plan(tx, id))
    }

    /// Plans, newest first; only `rep_id`'s when given.
    pub fn list(&self, rep_id: Option<&str>) -> Result<Vec<PlanSummary>> {
        self.0.read(|tx| {
            let mut stmt = tx.prepare(
                "SELECT id FROM business_plans WHERE ?1 IS NULL OR rep_id = ?1 ORDER BY first_month DESC, created_at",
            )?;
            let ids: Vec<String> = stmt.query_map([rep_id], |r| r.get(0))?.collect::<Result<_, _>>()?;
            ids.iter().map(|id| load_summary(tx, id)).collect()
        })
    }

    /// A rep's actuals in a range of months (inclusive).
    pub fn actuals(&self, rep_id: &str, from: Month, to: Month) -> Result<Actuals> {
        self.0.read(|tx| {
            let mut stmt = tx.prepare(
                "SELECT r.month, a.name, p.name, SUM(r.amount) FROM actual_revenue r
                 JOIN accounts a ON a.id = r.account_id JOIN products p ON p.id = r.product_id
                 WHERE r.rep_id = ?1 AND r.month BETWEEN ?2 AND ?3
                 GROUP BY r.month, a.id, p.id ORDER BY r.month, a.name COLLATE NOCASE, p.name COLLATE NOCASE",
            )?;
            let revenue = stmt
                .query_map(params![rep_id, from.to_string(), to.to_string()], |r| {
                    Ok(ActualCell { rep_id: rep_id.to_string(), month: r.get(0)?, client: r.get(1)?, product: r.get(2)?, amount: r.get(3)? })
                })?
                .collect::<Result<_, _>>()?;
            let mut stmt = tx.prepare(
                "SELECT month, kpi_id, count FROM actual_activities WHERE rep_id = ?1 AND month BETWEEN ?2 AND ?3 ORDER BY month",
            )?;
            let activities = stmt
                .query_map(params![rep_id, from.to_string(), to.to_string()], |r| {
                    Ok(ActivityCount { rep_id: rep_id.to_string(), month: r.get(0)?, kpi_id: r.get(1)?, count: r.get(2)? })
                })?
                .collect::<Result<_, _>>()?;
            Ok(Actuals { revenue, activities })
        })
    }

    /// The figures of one plan as of a date.
    pub fn plan_figures(&self, plan_id: &str, as_of: NaiveDate) -> Result<PlanFigures> {
        let as_of = as_of_in_range(as_of)?;
        self.read_figures(|tx, approved| compute_figures(tx, approved, plan_id, as_of))
    }

    /// For the manager: each active rep's plan that covers `as_of` (or
    /// their latest), with its figures.
    pub fn team_figures(&self, as_of: NaiveDate) -> Result<Vec<PlanFigures>> {
        let as_of = as_of_in_range(as_of)?;
        self.read_figures(|tx, approved| {
            let mut out = Vec::new();
            for person in team::load_team(tx)? {
                if !person.active || person.role != PersonRole::Rep {
                    continue;
                }
                if let Some(id) = plan_covering(tx, &person.id, as_of)? {
                    out.push(compute_figures(tx, approved, &id, as_of)?);
                }
            }
            Ok(out)
        })
    }

    /// One rep's figures as [`PlansReads::team_figures`] has them (the plan
    /// that covers `as_of`, or the latest); None when the rep has no plan.
    pub fn rep_figures(&self, rep_id: &str, as_of: NaiveDate) -> Result<Option<PlanFigures>> {
        let as_of = as_of_in_range(as_of)?;
        self.read_figures(|tx, approved| {
            team::require_person(tx, rep_id, "repId")?;
            plan_covering(tx, rep_id, as_of)?
                .map(|id| compute_figures(tx, approved, &id, as_of))
                .transpose()
        })
    }

    /// The rep's plan by rep name, covering `as_of` if there is one.
    pub fn plan_for_rep_name(&self, name: &str, as_of: NaiveDate) -> Result<PlanSummary> {
        let as_of = as_of_in_range(as_of)?;
        // The team and the rep's plans of one moment.
        self.0.read(|_| {
            let team = self.0.team().people()?;
            let rep = team
                .iter()
                .find(|p| p.name.eq_ignore_ascii_case(name.trim()))
                .ok_or_else(|| {
                    Error::not_found(format!("The rep {}", validate::quoted(name.trim())))
                })?;
            let plans = self.list(Some(&rep.id))?;
            let today = Month::new(
                chrono::Datelike::year(&as_of),
                chrono::Datelike::month(&as_of),
            )
            .expect("valid");
            plans
                .iter()
                .find(|p| {
                    Month::parse("m", &p.first_month)
                        .is_ok_and(|f| (0..6).contains(&f.months_until(today)))
                })
                .or(plans.first())
                .cloned()
                .ok_or_else(|| Error::not_found(format!("A business plan for {}", rep.name)))
        })
    }
}

impl PlansWrites<'_> {
    /// Starts a plan for a rep. A rep's plans may not overlap.
    pub fn create_plan(&mut self, input: &NewPlan) -> Result<Plan> {
        let first = Month::parse("firstMonth", &input.first_month)?;
        self.0.write(|tx| {
            let rep = team::require_person(tx, &input.rep_id, "repId")?;
            if !rep.active {
                return Err(Error::invalid("repId", format!("{} has left the team.", rep.name)));
            }
            for (_, other) in plan_periods(tx, &rep.id)? {
                let gap = other.months_until(first);
                if gap.abs() < 6 {
                    return Err(Error::conflict(
                        "firstMonth",
                        format!(
                            "{} already has a plan for {} to {}; plans may not overlap.",
                            rep.name,
                            other,
                            other.plus(5)
                        ),
                    ));
                }
            }
            let id = new_id();
            let now = now();
            tx.execute(
                "INSERT INTO business_plans (id, rep_id, first_month, status, created_at, updated_at)
                 VALUES (?1, ?2, ?3, 'draft', ?4, ?4)",
                params![id, rep.id, first.to_string(), now],
            )?;
            for month in first.six_from() {
                tx.execute(
                    "INSERT INTO plan_months (plan_id, month, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)",
                    params![id, month.to_string(), now],
                )?;
            }
            event(tx, &id, "created", "")?;
            load_plan(tx, &id)
        })
    }

    /// Saves one section of a plan. A submitted plan waits for the manager;
    /// editing an approved plan makes it a draft again (the approved copy is
    /// kept to compare with).
    pub fn save_plan_section(&mut self, plan_id: &str, section: &PlanSection) -> Result<Plan> {
        self.0.write(|tx| {
            let summary = load_summary(tx, plan_id)?;
            let first = Month::parse("firstMonth", &summary.first_month)?;
            match summary.status {
                PlanStatus::Submitted => {
                    return Err(Error::Invalid {
                        field: None,
                        message: "This plan is submitted and waiting for the manager; it can be edited again once returned or approved.".into(),
                    });
                }
                PlanStatus::Approved => {
                    set_status(tx, plan_id, PlanStatus::Draft, "")?;
                    event(tx, plan_id, "changed after approval", "")?;
                }
                PlanStatus::Draft | PlanStatus::Returned => {}
            }
            write_section(tx, plan_id, first, section)?;
            tx.execute("UPDATE business_plans SET updated_at = ?2 WHERE id = ?1", params![plan_id, now()])?;
            load_plan(tx, plan_id)
        })
    }

    pub fn submit_plan(&mut self, plan_id: &str) -> Result<Plan> {
        self.0.write(|tx| {
            let summary = load_summary(tx, plan_id)?;
            if !matches!(summary.status, PlanStatus::Draft | PlanStatus::Returned) {
                return Err(Error::Invalid {
                    field: None,
                    message: format!(
                        "Only a draft or returned plan can be submitted; this one is {:?}.",
                        summary.status
                    )
                    .to_lowercase(),
                });
            }
            set_status(tx, plan_id, PlanStatus::Submitted, "")?;
            event(tx, plan_id, "submitted", "")?;
            load_plan(tx, plan_id)
        })
    }

    /// The manager sends the plan back with a comment.
    pub fn return_plan(&mut self, plan_id: &str, comment: &str) -> Result<Plan> {
        let comment = validate::text("comment", "The comment", comment)?;
        if comment.trim().is_empty() {
            return Err(Error::invalid("comment", "Say what the rep should change."));
        }
        self.0.write(|tx| {
            let summary = load_summary(tx, plan_id)?;
            require_reviewer(tx, &summary)?;
            if summary.status != PlanStatus::Submitted {
                return Err(Error::Invalid {
                    field: None,
                    message: "Only a submitted plan can be returned.".into(),
                });
            }
            set_status(tx, plan_id, PlanStatus::Returned, comment.trim())?;
            event(tx, plan_id, "returned", comment.trim())?;
            load_plan(tx, plan_id)
        })
    }

    /// The manager approves the plan: its content is frozen as the targets.
    pub fn approve_plan(&mut self, plan_id: &str) -> Result<Plan> {
        self.0.write(|tx| {
            let summary = load_summary(tx, plan_id)?;
            require_reviewer(tx, &summary)?;
            if summary.status != PlanStatus::Submitted {
                return Err(Error::Invalid { field: None, message: "Only a submitted plan can be approved.".into() });
            }
            let content = load_content(tx, plan_id)?;
            let number: u32 = tx.query_row(
                "SELECT COALESCE(MAX(number), 0) + 1 FROM plan_revisions WHERE plan_id = ?1",
                [plan_id],
                |r| r.get(0),
            )?;
            let snapshot = serde_json::to_string(&content).map_err(|e| Error::Internal(e.to_string()))?;
            tx.execute(
                "INSERT INTO plan_revisions (id, plan_id, number, snapshot, created_at, actor_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![new_id(), plan_id, number, snapshot, now(), log::current_actor(tx)?],
            )?;
            set_status(tx, plan_id, PlanStatus::Approved, "")?;
            event(tx, plan_id, "approved", &format!("revision {number}"))?;
            load_plan(tx, plan_id)
        })
    }

    /// Types one cell of actual revenue (replacing what was typed there).
    pub fn set_actual(&mut self, cell: &ActualCell) -> Result<()> {
        let month = Month::parse("month", &cell.month)?;
        let amount = finite_amount("amount", "The amount", cell.amount, true)?;
        let client = validate::name("client", "The client", &cell.client)?;
        let product = validate::name("product", "The product", &cell.product)?;
        self.0.write(|tx| {
            team::require_person(tx, &cell.rep_id, "repId")?;
            let account = account_id(tx, &client, true)?.expect("created");
            let product = product_id(tx, &product, true)?.expect("created");
            let now = now();
            tx.execute(
                "INSERT INTO actual_revenue (id, rep_id, month, account_id, product_id, amount, source, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'typed', ?7, ?7)
                 ON CONFLICT (rep_id, month, account_id, product_id) WHERE source = 'typed'
                 DO UPDATE SET amount = excluded.amount, updated_at = excluded.updated_at",
                params![new_id(), cell.rep_id, month.to_string(), account, product, amount, now],
            )?;
            Ok(())
        })
    }

    /// Sets a month's count of one activity KPI.
    pub fn set_activity_count(&mut self, count: &ActivityCount) -> Result<()> {
        let month = Month::parse("month", &count.month)?;
        let value = finite_amount("count", "The count", count.count, false)?;
        if value.fract() != 0.0 {
            return Err(Error::invalid("count", "The count must be a whole number."));
        }
        self.0.write(|tx| {
            team::require_person(tx, &count.rep_id, "repId")?;
            require_activity_kpi(tx, &count.kpi_id)?;
            let now = now();
            tx.execute(
                "INSERT INTO actual_activities (id, rep_id, month, kpi_id, count, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)
                 ON CONFLICT (rep_id, month, kpi_id) DO UPDATE SET count = excluded.count, updated_at = excluded.updated_at",
                params![new_id(), count.rep_id, month.to_string(), count.kpi_id, value, now],
            )?;
            Ok(())
        })
    }

    /// Imports actual revenue from CSV: all rows or none. With `dry_run` it
    /// only reports what would happen (the preview).
    pub fn import_revenue(
        &mut self,
        bytes: &[u8],
        import: &RevenueImport,
        dry_run: bool,
    ) -> Result<ImportReport> {
        let table = csv_import::read_table(bytes, &import.settings)?;
        let (rows, mut errors) =
            csv_import::parse_revenue(&table, &import.mapping, &import.settings);
        let keys = csv_import::row_keys(&import.rep_id, &rows);
        self.0.write_if(|tx| {
            seam::set_origin(tx, Origin::Import)?;
            team::require_person(tx, &import.rep_id, "repId")?;
            let mut report = ImportReport { new_rows: 0, duplicates: 0, total: 0.0, new_clients: Vec::new(), new_products: Vec::new(), errors: Vec::new(), saved: false };
            let now = now();
            // Every name is looked up once in memory: an import is linear in
            // its rows, whatever the number of clients and products.
            let mut clients = NameIndex::load(tx, "accounts")?;
            let mut products = NameIndex::load(tx, "products")?;
            let mut new_clients = std::collections::HashSet::new();
            let mut new_products = std::collections::HashSet::new();
            let mut insert = tx.prepare_cached(
                "INSERT INTO actual_revenue (id, rep_id, month, account_id, product_id, amount, source, import_key, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'import', ?7, ?8, ?8)",
            )?;
            let mut seen_key = tx.prepare_cached("SELECT EXISTS (SELECT 1 FROM actual_revenue WHERE import_key = ?1)")?;
            for (row, key) in rows.iter().zip(&keys) {
                let known_client = clients.get(&row.client);
                let known_product = products.get(&row.product);
                if import.unknown == UnknownNames::Reject {
                    if known_client.is_none() {
                        errors.push(RowError { line: row.line, message: format!("the client {} is not in the workspace", validate::quoted(&row.client)) });
                        continue;
                    }
                    if known_product.is_none() {
                        errors.push(RowError { line: row.line, message: format!("the product {} is not in the workspace", validate::quoted(&row.product)) });
                        continue;
                    }
                }
                if let Err(e) = validate::name("client", "The client", &row.client).and(validate::name("product", "The product", &row.product)) {
                    errors.push(RowError { line: row.line, message: e.to_string() });
                    continue;
                }
                if known_client.is_none() && new_clients.insert(NameIndex::key(&row.client)) {
                    report.new_clients.push(row.client.trim().to_string());
                }
                if known_product.is_none() && new_products.insert(NameIndex::key(&row.product)) {
                    report.new_products.push(row.product.trim().to_string());
                }
                let seen: bool = seen_key.query_row([key], |r| r.get(0))?;
                if seen {
                    report.duplicates += 1;
                    continue;
                }
                let account = clients.get_or_create(tx, &row.client, &now)?;
                let product = products.get_or_create(tx, &row.product, &now)?;
                insert.execute(params![new_id(), import.rep_id, row.month.to_string(), account, product, row.amount, key, now])?;
                report.new_rows += 1;
                report.total += row.amount;
            }
            drop(insert);
            drop(seen_key);
            errors.sort_by_key(|e| e.line);
            report.errors = errors.clone();
            // All or nothing: a preview, or any bad row, saves nothing.
            if !report.errors.is_empty() || dry_run {
                return Ok((report, false));
            }
            report.saved = true;
            log::record(tx, "imported actuals", "person", &import.rep_id, &format!("{} rows", report.new_rows))?;
            Ok((report, true))
        })
    }

    /// Imports activity counts from CSV: all rows or none; with `dry_run`
    /// only the report. The activity must be an activity KPI of the playbook.
    pub fn import_activities(
        &mut self,
        bytes: &[u8],
        import: &ActivityImport,
        dry_run: bool,
    ) -> Result<ImportReport> {
        let table = csv_import::read_table(bytes, &import.settings)?;
        let (rows, mut errors) =
            csv_import::parse_activities(&table, &import.mapping, &import.settings);
        self.0.write_if(|tx| {
            seam::set_origin(tx, Origin::Import)?;
            team::require_person(tx, &import.rep_id, "repId")?;
            let mut kpis = tx.prepare("SELECT id, name FROM kpis WHERE kind = 'activity'")?;
            let kpis: Vec<(String, String)> = kpis.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<Result<_, _>>()?;
            let mut sums: HashMap<(String, String), f64> = HashMap::new();
            let mut read = 0u32;
            for row in &rows {
                match kpis.iter().find(|(_, name)| name.to_lowercase() == row.activity.trim().to_lowercase()) {
                    Some((id, _)) => {
                        *sums.entry((row.month.to_string(), id.clone())).or_insert(0.0) += row.count;
                        read += 1;
                    }
                    None => errors.push(RowError {
                        line: row.line,
                        message: format!(
                            "{} is not an activity KPI of the playbook ({})",
                            validate::quoted(&row.activity),
                            kpis.iter().map(|(_, n)| n.as_str()).collect::<Vec<_>>().join(", ")
                        ),
                    }),
                }
            }
            errors.sort_by_key(|e| e.line);
            let total = sums.values().sum();
            let mut report = ImportReport { new_rows: read, duplicates: 0, total, new_clients: Vec::new(), new_products: Vec::new(), errors: errors.clone(), saved: false };
            if !report.errors.is_empty() || dry_run {
                return Ok((report, false));
            }
            let now = now();
            for ((month, kpi), count) in &sums {
                tx.execute(
                    "INSERT INTO actual_activities (id, rep_id, month, kpi_id, count, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)
                     ON CONFLICT (rep_id, month, kpi_id) DO UPDATE SET count = excluded.count, updated_at = excluded.updated_at",
                    params![new_id(), import.rep_id, month, kpi, count, now],
                )?;
            }
            log::record(tx, "imported activities", "person", &import.rep_id, &format!("{read} rows"))?;
            report.saved = true;
            Ok((report, true))
        })
    }
}

impl PlansReads<'_> {
    /// Runs `f` in one read transaction with the revenue sums made
    /// ([`revenue_months`]) and the approved targets parsed so far.
    fn read_figures<T>(
        &self,
        f: impl FnOnce(&Connection, &mut ApprovedTargets) -> Result<T>,
    ) -> Result<T> {
        // Held for the whole read; figures asked for within figures would
        // wait for themselves, so that is an error rather than a hang.
        let mut approved = match self.0.approved_targets.try_lock() {
            Ok(guard) => guard,
            Err(std::sync::TryLockError::Poisoned(poisoned)) => poisoned.into_inner(),
            Err(std::sync::TryLockError::WouldBlock) => {
                return Err(Error::Internal(
                    "figures were asked for while figures were being read".into(),
                ));
            }
        };
        self.0.read_keeping_temp(|tx| {
            revenue_months::ensure(tx)?;
            f(tx, &mut approved)
        })
    }
}

/// Every date figures are computed "as of" is in the years months can be.
pub(crate) fn as_of_in_range(as_of: NaiveDate) -> Result<NaiveDate> {
    validate::date_in_range("asOf", "The date of the figures", as_of)
}

/// The rep's plan whose six months include `as_of`, else their latest.
fn plan_covering(tx: &Connection, rep_id: &str, as_of: NaiveDate) -> Result<Option<String>> {
    let today = Month::new(
        chrono::Datelike::year(&as_of),
        chrono::Datelike::month(&as_of),
    )
    .ok_or_else(|| Error::invalid("asOf", "The date is outside the years 1990 to 2100."))?;
    let periods = plan_periods(tx, rep_id)?;
    Ok(periods
        .iter()
        .find(|(_, first)| (0..6).contains(&first.months_until(today)))
        .or_else(|| periods.iter().max_by_key(|(_, first)| *first))
        .map(|(id, _)| id.clone()))
}

fn finite_amount(field: &str, label: &str, value: f64, allow_negative: bool) -> Result<f64> {
    if !value.is_finite() {
        return Err(Error::invalid(field, format!("{label} must be a number.")));
    }
    if !allow_negative && value < 0.0 {
        return Err(Error::invalid(
            field,
            format!("{label} cannot be negative."),
        ));
    }
    if value.abs() > MAX_AMOUNT {
        return Err(Error::invalid(field, format!("{label} is too large.")));
    }
    Ok(value)
}

fn require_reviewer(tx: &Connection, plan: &PlanSummary) -> Result<()> {
    let Some(actor) = log::current_actor(tx)? else {
        return Err(Error::Invalid {
            field: None,
            message: "Choose who you are (\u{201c}You are\u{201d}) before reviewing plans.".into(),
        });
    };
    let person = team::load_person(tx, &actor)?;
    if person.role == PersonRole::Rep {
        return Err(Error::Invalid {
            field: None,
            message: "Only a manager or the owner can return or approve a plan.".into(),
        });
    }
    if person.id == plan.rep_id {
        return Err(Error::Invalid {
            field: None,
            message: "Nobody approves their own plan.".into(),
        });
    }
    Ok(())
}

fn require_activity_kpi(tx: &Connection, kpi_id: &str) -> Result<()> {
    let kind: Option<String> = tx
        .query_row("SELECT kind FROM kpis WHERE id = ?1", [kpi_id], |r| {
            r.get(0)
        })
        .optional()?;
    match kind.as_deref() {
        Some("activity") => Ok(()),
        Some(_) => Err(Error::invalid(
            "kpiId",
            "Only activity KPIs (calls, meetings, ...) can be activity goals.",
        )),
        None => Err(Error::invalid("kpiId", "That KPI is not in the playbook.")),
    }
}

fn plan_periods(tx: &Connection, rep_id: &str) -> Result<Vec<(String, Month)>> {
    let mut stmt = tx.prepare("SELECT id, first_month FROM business_plans WHERE rep_id = ?1")?;
    let rows: Vec<(String, String)> = stmt
        .query_map([rep_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    rows.into_iter()
        .map(|(id, m)| Ok((id, Month::parse("firstMonth", &m)?)))
        .collect()
}

fn set_status(tx: &Connection, plan_id: &str, status: PlanStatus, comment: &str) -> Result<()> {
    tx.execute(
        "UPDATE business_plans SET status = ?2, return_comment = ?3, updated_at = ?4 WHERE id = ?1",
        params![plan_id, enum_text(&status), comment, now()],
    )?;
    Ok(())
}

fn event(tx: &Connection, plan_id: &str, action: &str, comment: &str) -> Result<()> {
    tx.execute(
        "INSERT INTO plan_events (id, plan_id, at, actor_id, action, comment) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![new_id(), plan_id, now(), log::current_actor(tx)?, action, comment],
    )?;
    log::record(tx, action, "plan", plan_id, comment)
}

/// The id of the client called `name` (any case), created when `create`.
pub(crate) fn account_id(tx: &Connection, name: &str, create: bool) -> Result<Option<String>> {
    named_id(tx, "accounts", name, create)
}

pub(crate) fn product_id(tx: &Connection, name: &str, create: bool) -> Result<Option<String>> {
    named_id(tx, "products", name, create)
}

fn named_id(tx: &Connection, table: &str, name: &str, create: bool) -> Result<Option<String>> {
    let name = name.trim();
    let found: Option<String> = tx
        .query_row(
            &format!("SELECT id FROM {table} WHERE lower(trim(name)) = lower(?1)"),
            [name],
            |r| r.get(0),
        )
        .optional()?;
    // SQLite's lower() folds ASCII only; compare the rest in Rust.
    let found = match found {
        Some(id) => Some(id),
        None => {
            let mut stmt = tx.prepare(&format!("SELECT id, name FROM {table}"))?;
            let all: Vec<(String, String)> = stmt
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<Result<_, _>>()?;
            all.into_iter()
                .find(|(_, n)| n.trim().to_lowercase() == name.to_lowercase())
                .map(|(id, _)| id)
        }
    };
    if found.is_some() || !create {
        return Ok(found);
    }
    let id = new_id();
    let now = now();
    tx.execute(
        &format!("INSERT INTO {table} (id, name, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)"),
        params![id, name, now],
    )?;
    Ok(Some(id))
}

/// The ids of a table's rows by name (trimmed, any case), read once, for
/// imports that look up a name per row.
struct NameIndex {
    table: &'static str,
    ids: HashMap<String, String>,
}

impl NameIndex {
    fn key(name: &str) -> String {
        name.trim().to_lowercase()
    }

    fn load(tx: &Connection, table: &'static str) -> Result<Self> {
        let mut stmt = tx.prepare(&format!("SELECT id, name FROM {table} ORDER BY rowid"))?;
        let mut ids = HashMap::new();
        for row in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))? {
            let (id, name) = row?;
            // The first of two names that differ only in case wins, as in [`named_id`].
            ids.entry(Self::key(&name)).or_insert(id);
        }
        Ok(NameIndex { table, ids })
    }

    fn get(&self, name: &str) -> Option<&String> {
        self.ids.get(&Self::key(name))
    }

    fn get_or_create(&mut self, tx: &Connection, name: &str, now: &str) -> Result<String> {
        if let Some(id) = self.get(name) {
            return Ok(id.clone());
        }
        let id = new_id();
        tx.prepare_cached(&format!(
            "INSERT INTO {} (id, name, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)",
            self.table
        ))?
        .execute(params![id, name.trim(), now])?;
        self.ids.insert(Self::key(name), id.clone());
        Ok(id)
    }
}

/// A plan's lists, saved row by row (see `store::children`).
const GOALS: List = List {
    table: "plan_goals",
    parent_column: "plan_id",
    columns: &["kind", "text"],
};
const MARKETING: List = List {
    table: "plan_marketing",
    parent_column: "plan_id",
    columns: &["what", "month", "cost", "expected_leads"],
};
const TRAINING_NEEDS: Keyed = Keyed {
    table: "plan_training_needs",
    parent_column: "plan_id",
    key_columns: &["module_id"],
    value_columns: &["note"],
};
const ACTIVITY_GOALS: Keyed = Keyed {
    table: "plan_activity_goals",
    parent_column: "plan_id",
    key_columns: &["kpi_id"],
    value_columns: &["period", "target"],
};
const FORECASTS: Keyed = Keyed {
    table: "plan_forecasts",
    parent_column: "plan_id",
    key_columns: &["month", "account_id", "product_id"],
    value_columns: &["amount"],
};

fn write_section(
    tx: &Connection,
    plan_id: &str,
    first: Month,
    section: &PlanSection,
) -> Result<()> {
    let months = first.six_from();
    let in_plan = |field: &str, text: &str| -> Result<Month> {
        let m = Month::parse(field, text)?;
        if months.contains(&m) {
            Ok(m)
        } else {
            Err(Error::invalid(
                field,
                format!("{m} is outside this plan ({} to {}).", months[0], months[5]),
            ))
        }
    };
    let now = now();
    match section {
        PlanSection::Goals(goals) => {
            if goals.len() > 30 {
                return Err(Error::invalid("goals", "A plan can have at most 30 goals."));
            }
            let mut rows = Vec::with_capacity(goals.len());
            for goal in goals {
                let text = validate::text("goals", "A goal", &goal.text)?;
                rows.push(ListRow {
                    id: goal.id.clone(),
                    values: vec![Value::Text(enum_text(&goal.kind)), Value::Text(text)],
                });
            }
            children::save_list(tx, &GOALS, plan_id, &rows, &now, || {
                Error::invalid("goals", "A goal was changed elsewhere; reload the plan.")
            })?;
        }
        PlanSection::TrainingNeeds(needs) => {
            let mut rows: Vec<KeyedRow> = Vec::with_capacity(needs.len());
            for need in needs {
                let exists: bool = tx.query_row(
                    "SELECT EXISTS (SELECT 1 FROM training_modules WHERE id = ?1)",
                    [&need.module_id],
                    |r| r.get(0),
                )?;
                if !exists {
                    return Err(Error::invalid(
                        "trainingNeeds",
                        "A training module no longer exists in the playbook.",
                    ));
                }
                let note = validate::text("trainingNeeds", "The note", &need.note)?;
                let key = vec![Value::Text(need.module_id.clone())];
                // A module named twice: the last note counts.
                rows.retain(|r| r.key != key);
                rows.push(KeyedRow {
                    key,
                    values: vec![Value::Text(note)],
                });
            }
            children::save_keyed(tx, &TRAINING_NEEDS, plan_id, &rows, &now)?;
        }
        PlanSection::Months(rows) => {
            for row in rows {
                let month = in_plan("months", &row.month)?;
                let quota = finite_amount("quota", "The quota", row.quota, false)?;
                let pipeline = finite_amount(
                    "expectedPipeline",
                    "The expected pipeline",
                    row.expected_pipeline,
                    false,
                )?;
                tx.execute(
                    "UPDATE plan_months SET quota = ?3, expected_pipeline = ?4, updated_at = ?5
                     WHERE plan_id = ?1 AND month = ?2 AND (quota IS NOT ?3 OR expected_pipeline IS NOT ?4)",
                    params![plan_id, month.to_string(), quota, pipeline, now],
                )?;
            }
        }
        PlanSection::Forecast(rows) => {
            let mut cells: Vec<KeyedRow> = Vec::new();
            let mut seen = std::collections::HashSet::new();
            for row in rows {
                let client = validate::name("forecast", "The client", &row.client)?;
                let product = validate::name("forecast", "The product", &row.product)?;
                if !seen.insert((client.to_lowercase(), product.to_lowercase())) {
                    return Err(Error::invalid(
                        "forecast",
                        format!("{client} / {product} is in the forecast twice."),
                    ));
                }
                if row.amounts.len() != 6 {
                    return Err(Error::invalid(
                        "forecast",
                        "A forecast row has one amount per month of the plan (six).",
                    ));
                }
                let account = account_id(tx, &client, true)?.expect("created");
                let product = product_id(tx, &product, true)?.expect("created");
                for (month, amount) in months.iter().zip(&row.amounts) {
                    let amount = finite_amount("forecast", "A forecast amount", *amount, false)?;
                    if amount != 0.0 {
                        cells.push(KeyedRow {
                            key: vec![
                                Value::Text(month.to_string()),
                                Value::Text(account.clone()),
                                Value::Text(product.clone()),
                            ],
                            values: vec![Value::Real(amount)],
                        });
                    }
                }
            }
            children::save_keyed(tx, &FORECASTS, plan_id, &cells, &now)?;
        }
        PlanSection::ActivityGoals(goals) => {
            let mut rows: Vec<KeyedRow> = Vec::with_capacity(goals.len());
            for goal in goals {
                require_activity_kpi(tx, &goal.kpi_id)?;
                let target = finite_amount("activityGoals", "The goal", goal.target, false)?;
                let key = vec![Value::Text(goal.kpi_id.clone())];
                // A KPI named twice: the last goal counts.
                rows.retain(|r| r.key != key);
                rows.push(KeyedRow {
                    key,
                    values: vec![Value::Text(enum_text(&goal.period)), Value::Real(target)],
                });
            }
            children::save_keyed(tx, &ACTIVITY_GOALS, plan_id, &rows, &now)?;
        }
        PlanSection::Marketing(items) => {
            let mut rows = Vec::with_capacity(items.len());
            for item in items {
                let what = validate::name("marketing", "The activity", &item.what)?;
                let month = in_plan("marketing", &item.month)?;
                let cost = finite_amount("marketing", "The cost", item.cost, false)?;
                rows.push(ListRow {
                    id: item.id.clone(),
                    values: vec![
                        Value::Text(what),
                        Value::Text(month.to_string()),
                        Value::Real(cost),
                        Value::Integer(i64::from(item.expected_leads)),
                    ],
                });
            }
            children::save_list(tx, &MARKETING, plan_id, &rows, &now, || {
                Error::invalid(
                    "marketing",
                    "A marketing activity was changed elsewhere; reload the plan.",
                )
            })?;
        }
    }
    Ok(())
}

fn load_summary(tx: &Connection, id: &str) -> Result<PlanSummary> {
    tx.prepare_cached(
        "SELECT b.id, b.rep_id, p.name, b.first_month, b.status, b.return_comment,
                (SELECT MAX(number) FROM plan_revisions r WHERE r.plan_id = b.id)
         FROM business_plans b JOIN people p ON p.id = b.rep_id WHERE b.id = ?1",
    )?
    .query_row([id], |r| {
        let first: String = r.get(3)?;
        let last = Month::parse("m", &first)
            .map(|m| m.plus(5).to_string())
            .unwrap_or_default();
        Ok(PlanSummary {
            id: r.get(0)?,
            rep_id: r.get(1)?,
            rep_name: r.get(2)?,
            first_month: first,
            last_month: last,
            status: enum_from(r.get(4)?)?,
            return_comment: r.get(5)?,
            approved_revision: r.get(6)?,
        })
    })
    .optional()?
    .ok_or_else(|| Error::not_found("The business plan"))
}

pub(crate) fn load_content(tx: &Connection, plan_id: &str) -> Result<PlanContent> {
    let mut c = PlanContent::default();
    let mut stmt =
        tx.prepare("SELECT kind, text, id FROM plan_goals WHERE plan_id = ?1 ORDER BY position")?;
    c.goals = stmt
        .query_map([plan_id], |r| {
            Ok(PlanGoal {
                id: Some(r.get(2)?),
                kind: enum_from(r.get(0)?)?,
                text: r.get(1)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    let mut stmt = tx.prepare(
        "SELECT n.module_id, n.note FROM plan_training_needs n JOIN training_modules m ON m.id = n.module_id WHERE n.plan_id = ?1 ORDER BY m.position",
    )?;
    c.training_needs = stmt
        .query_map([plan_id], |r| {
            Ok(TrainingNeed {
                module_id: r.get(0)?,
                note: r.get(1)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    c.months = load_months(tx, plan_id)?;
    let months: Vec<String> = c.months.iter().map(|m| m.month.clone()).collect();
    let mut stmt = tx.prepare(
        "SELECT a.name, p.name, f.month, f.amount FROM plan_forecasts f
         JOIN accounts a ON a.id = f.account_id JOIN products p ON p.id = f.product_id
         WHERE f.plan_id = ?1 ORDER BY a.name COLLATE NOCASE, p.name COLLATE NOCASE",
    )?;
    let cells: Vec<(String, String, String, f64)> = stmt
        .query_map([plan_id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<Result<_, _>>()?;
    for (client, product, month, amount) in cells {
        let index = months.iter().position(|m| *m == month).unwrap_or(0);
        match c
            .forecast
            .iter_mut()
            .find(|row| row.client == client && row.product == product)
        {
            Some(row) => row.amounts[index] = amount,
            None => {
                let mut amounts = vec![0.0; 6];
                amounts[index] = amount;
                c.forecast.push(ForecastRow {
                    client,
                    product,
                    amounts,
                });
            }
        }
    }
    c.activity_goals = load_activity_goals(tx, plan_id)?;
    let mut stmt = tx.prepare("SELECT what, month, cost, expected_leads, id FROM plan_marketing WHERE plan_id = ?1 ORDER BY position")?;
    c.marketing = stmt
        .query_map([plan_id], |r| {
            Ok(MarketingActivity {
                id: Some(r.get(4)?),
                what: r.get(0)?,
                month: r.get(1)?,
                cost: r.get(2)?,
                expected_leads: r.get(3)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(c)
}

fn load_months(tx: &Connection, plan_id: &str) -> Result<Vec<PlanMonth>> {
    tx.prepare_cached(
        "SELECT month, quota, expected_pipeline FROM plan_months WHERE plan_id = ?1 ORDER BY month",
    )?
    .query_map([plan_id], |r| {
        Ok(PlanMonth {
            month: r.get(0)?,
            quota: r.get(1)?,
            expected_pipeline: r.get(2)?,
        })
    })?
    .collect::<Result<_, _>>()
    .map_err(Into::into)
}

fn load_activity_goals(tx: &Connection, plan_id: &str) -> Result<Vec<ActivityGoal>> {
    tx.prepare_cached(
        "SELECT g.kpi_id, g.period, g.target FROM plan_activity_goals g JOIN kpis k ON k.id = g.kpi_id WHERE g.plan_id = ?1 ORDER BY k.position",
    )?
    .query_map([plan_id], |r| {
        Ok(ActivityGoal {
            kpi_id: r.get(0)?,
            period: enum_from(r.get(1)?)?,
            target: r.get(2)?,
        })
    })?
    .collect::<Result<_, _>>()
    .map_err(Into::into)
}

/// What the figures need of the plan as it stands — month quotas and
/// pipeline, the forecast's total per month (as one row), the activity
/// goals — in three small queries rather than the whole plan.
fn load_figure_targets(tx: &Connection, plan_id: &str) -> Result<PlanContent> {
    let months = load_months(tx, plan_id)?;
    let mut totals = vec![0.0; 6];
    let mut stmt = tx.prepare_cached(
        "SELECT month, SUM(amount) FROM plan_forecasts WHERE plan_id = ?1 GROUP BY month",
    )?;
    for row in stmt.query_map([plan_id], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, f64>(1)?))
    })? {
        let (month, amount) = row?;
        if let Some(index) = months.iter().position(|m| m.month == month) {
            totals[index] = amount;
        }
    }
    let activity_goals = load_activity_goals(tx, plan_id)?;
    Ok(figure_targets(months, totals, activity_goals))
}

/// Approved targets parsed from their snapshots, by revision id: the
/// team overview would otherwise parse every rep's snapshot (10 KB of JSON
/// each on the large workspace) on every call. A revision is never changed
/// once written, so an entry stays true; a restore or an import, which
/// replace the revisions, clear it.
#[derive(Debug, Default)]
pub(crate) struct ApprovedTargets(HashMap<String, Arc<PlanContent>>);

impl ApprovedTargets {
    pub(crate) fn clear(&mut self) {
        self.0.clear();
    }
}

/// The targets of the latest approved revision (what the figures measure
/// against), read from its snapshot without the plan's texts.
fn load_approved_targets(
    tx: &Connection,
    approved: &mut ApprovedTargets,
    plan_id: &str,
) -> Result<Option<Arc<PlanContent>>> {
    #[derive(serde::Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Amounts {
        amounts: Vec<f64>,
    }
    #[derive(serde::Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Targets {
        #[serde(default)]
        months: Vec<PlanMonth>,
        #[serde(default)]
        forecast: Vec<Amounts>,
        #[serde(default)]
        activity_goals: Vec<ActivityGoal>,
    }
    let revision: Option<String> = tx
        .prepare_cached(
            "SELECT id FROM plan_revisions WHERE plan_id = ?1 ORDER BY number DESC LIMIT 1",
        )?
        .query_row([plan_id], |r| r.get(0))
        .optional()?;
    let Some(revision) = revision else {
        return Ok(None);
    };
    if let Some(targets) = approved.0.get(&revision) {
        return Ok(Some(targets.clone()));
    }
    let snapshot: String = tx
        .prepare_cached("SELECT snapshot FROM plan_revisions WHERE id = ?1")?
        .query_row([&revision], |r| r.get(0))?;
    let targets: Targets = serde_json::from_str(&snapshot)
        .map_err(|e| Error::Internal(format!("an approved plan is unreadable: {e}")))?;
    let mut totals = vec![0.0; 6];
    for row in &targets.forecast {
        for (total, amount) in totals.iter_mut().zip(&row.amounts) {
            *total += amount;
        }
    }
    let targets = Arc::new(figure_targets(
        targets.months,
        totals,
        targets.activity_goals,
    ));
    approved.0.insert(revision, targets.clone());
    Ok(Some(targets))
}

/// A plan holding only what the figures read: the months, the forecast as
/// one row of monthly totals, and the activity goals.
fn figure_targets(
    months: Vec<PlanMonth>,
    forecast_totals: Vec<f64>,
    activity_goals: Vec<ActivityGoal>,
) -> PlanContent {
    PlanContent {
        months,
        forecast: vec![ForecastRow {
            client: String::new(),
            product: String::new(),
            amounts: forecast_totals,
        }],
        activity_goals,
        ..PlanContent::default()
    }
}

fn load_approved(tx: &Connection, plan_id: &str) -> Result<Option<PlanContent>> {
    let snapshot: Option<String> = tx
        .query_row(
            "SELECT snapshot FROM plan_revisions WHERE plan_id = ?1 ORDER BY number DESC LIMIT 1",
            [plan_id],
            |r| r.get(0),
        )
        .optional()?;
    snapshot
        .map(|s| {
            serde_json::from_str(&s)
                .map_err(|e| Error::Internal(format!("an approved plan is unreadable: {e}")))
        })
        .transpose()
}

fn load_plan(tx: &Connection, id: &str) -> Result<Plan> {
    let summary = load_summary(tx, id)?;
    let content = load_content(tx, id)?;
    let approved = load_approved(tx, id)?;
    let mut stmt = tx.prepare(
        "SELECT e.at, p.name, e.action, e.comment FROM plan_events e LEFT JOIN people p ON p.id = e.actor_id WHERE e.plan_id = ?1 ORDER BY e.at",
    )?;
    let events = stmt
        .query_map([id], |r| {
            Ok(PlanEvent {
                at: r.get(0)?,
                actor_name: r.get(1)?,
                action: r.get(2)?,
                comment: r.get(3)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(Plan {
        summary,
        content,
        approved,
        events,
    })
}

fn compute_figures(
    tx: &Connection,
    approved_targets: &mut ApprovedTargets,
    plan_id: &str,
    as_of: NaiveDate,
) -> Result<PlanFigures> {
    let summary = load_summary(tx, plan_id)?;
    let approved = load_approved_targets(tx, approved_targets, plan_id)?;
    let targets_agreed = approved.is_some();
    // Figures measure against the approved targets; before any approval,
    // against the plan as it stands. The plan as it stands also gives the
    // expected pipeline, which is not a target.
    // With approved targets, only the current months are needed (the
    // expected pipeline): summing the current forecast would be wasted.
    let current_plan = match approved {
        Some(_) => figure_targets(load_months(tx, plan_id)?, vec![0.0; 6], Vec::new()),
        None => load_figure_targets(tx, plan_id)?,
    };
    let targets: &PlanContent = approved.as_deref().unwrap_or(&current_plan);
    let first = Month::parse("firstMonth", &summary.first_month)?;
    let months = first.six_from();
    let actual_by_month = revenue_months::by_month(
        tx,
        &summary.rep_id,
        &months[0].to_string(),
        &months[5].to_string(),
    )?;
    let numbers: Vec<MonthNumbers> = months
        .iter()
        .map(|m| {
            let key = m.to_string();
            let quota = targets
                .months
                .iter()
                .find(|pm| pm.month == key)
                .map(|pm| pm.quota)
                .unwrap_or(0.0);
            let index = months.iter().position(|x| x == m).unwrap_or(0);
            let forecast = targets
                .forecast
                .iter()
                .map(|row| row.amounts.get(index).copied().unwrap_or(0.0))
                .sum();
            MonthNumbers {
                month: *m,
                quota,
                forecast,
                actual: actual_by_month.get(&key).copied().unwrap_or(0.0),
            }
        })
        .collect();
    // Open pipeline: what the rep expected for the current month (the
    // latest month reached), until pipeline tracking exists.
    let (today_index, _) = months
        .iter()
        .enumerate()
        .rev()
        .find(|(_, m)| figures::month_progress(**m, as_of).0 != figures::MonthState::Future)
        .unwrap_or((0, &months[0]));
    let open_pipeline = current_plan
        .months
        .get(today_index)
        .map(|m| m.expected_pipeline)
        .unwrap_or(0.0);
    let revenue = figures::revenue_figures(&numbers, open_pipeline, as_of);

    let mut activities = Vec::new();
    for goal in &targets.activity_goals {
        let name: Option<String> = tx
            .prepare_cached("SELECT name FROM kpis WHERE id = ?1")?
            .query_row([&goal.kpi_id], |r| r.get(0))
            .optional()?;
        let Some(name) = name else { continue };
        let done: f64 = tx
            .prepare_cached(
                "SELECT COALESCE(SUM(count), 0) FROM actual_activities WHERE rep_id = ?1 AND kpi_id = ?2 AND month BETWEEN ?3 AND ?4",
            )?
            .query_row(
                params![summary.rep_id, goal.kpi_id, months[0].to_string(), months[5].to_string()],
                |r| r.get(0),
            )?;
        activities.push(figures::activity_figure(
            &name,
            goal.target,
            goal.period,
            first,
            done,
            as_of,
        ));
    }
    let rated: Vec<f64> = activities.iter().filter_map(|a| a.attainment).collect();
    let activity_attainment =
        (!rated.is_empty()).then(|| rated.iter().sum::<f64>() / rated.len() as f64);
    Ok(PlanFigures {
        plan: summary,
        targets_agreed,
        as_of: as_of.format("%Y-%m-%d").to_string(),
        revenue,
        activities,
        activity_attainment,
    })
}

/// The id of the account called `name`, if any (any case).
pub(crate) fn account_id_by_name(tx: &Connection, name: &str) -> Result<Option<String>> {
    account_id(tx, name, false)
}

/// A rep's business-plan forecast per client over `months`: from each
/// month's plan, the approved targets where there are some.
pub(crate) fn forecast_by_client(
    tx: &Connection,
    rep_id: &str,
    months: &[String],
) -> Result<Vec<(String, f64)>> {
    let mut totals: Vec<(String, f64)> = Vec::new();
    for (plan_id, first) in plan_periods(tx, rep_id)? {
        let plan_months: Vec<String> = first.six_from().iter().map(Month::to_string).collect();
        if !months.iter().any(|m| plan_months.contains(m)) {
            continue;
        }
        let content = match load_approved(tx, &plan_id)? {
            Some(c) => c,
            None => load_content(tx, &plan_id)?,
        };
        for row in &content.forecast {
            let sum: f64 = plan_months
                .iter()
                .zip(&row.amounts)
                .filter(|(m, _)| months.contains(m))
                .map(|(_, a)| *a)
                .sum();
            match totals
                .iter_mut()
                .find(|(c, _)| c.eq_ignore_ascii_case(&row.client))
            {
                Some((_, t)) => *t += sum,
                None => totals.push((row.client.clone(), sum)),
            }
        }
    }
    Ok(totals)
}
