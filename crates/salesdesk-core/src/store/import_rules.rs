//! The app's rules for every stored value, applied to rows that arrive
//! whole (a JSON import): what a person could not type, an import cannot
//! bring in either. Each column of the schema names its rule here; a test
//! walks the schema and fails for a column without one, so a new column
//! cannot be added without deciding how it is checked.
//!
//! Values the schema already checks (allowed values, required values,
//! numbers' signs) are still checked by SQLite on the way in; the rules
//! here are the ones only the app knew: lengths, visible names, real dates
//! and months, finite amounts within the app's limits, JSON snapshots,
//! and the rules across rows (no one reports to themselves through a
//! chain, at most five steps per account plan, …).

use std::collections::HashMap;

use rusqlite::Connection;
use serde_json::{Map, Value};

use crate::error::Result;
use crate::validate;

/// How one column's values are checked.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Rule {
    /// A record id or a reference to one: a short token (references are
    /// checked against the rows by the foreign keys).
    Id,
    /// A one-line name a person types: visible, no controls or overrides,
    /// at most [`validate::MAX_NAME_CHARS`].
    Name,
    /// [`Rule::Name`], or empty.
    OptionalName,
    /// Free text: at most [`validate::MAX_TEXT_CHARS`], no controls but
    /// line breaks and tabs.
    Text,
    /// [`Rule::Text`] of at most this many characters.
    ShortText(usize),
    /// An e-mail address, or empty.
    Email,
    /// A calendar month, "2026-11".
    Month,
    /// A quarter, "2026Q4".
    Quarter,
    /// A date, "2026-11-23", between 1990 and 2100.
    Date,
    /// A moment, RFC 3339 ("2026-11-23T14:45:18.123Z"), between 1990 and 2100.
    Timestamp,
    /// A finite number from 0 to the limit.
    Amount(f64),
    /// A finite number whose size is at most the limit (credits are negative).
    SignedAmount(f64),
    /// A whole number from 0 to the limit.
    Count(f64),
    /// JSON text (a snapshot of a playbook or a plan).
    Json,
    /// A settings key, and its value checked by the key.
    SettingKey,
    SettingValue,
    /// The schema's own CHECK decides (allowed values, 0/1, 1 to 4).
    Schema,
}

use Rule::*;

const AMOUNT: f64 = crate::plans::MAX_AMOUNT;

/// Every column of every table, with its rule.
pub const RULES: &[(&str, &[(&str, Rule)])] = &[
    (
        "account_contacts",
        &[
            ("id", Id),
            ("plan_id", Id),
            ("position", Count(1e6)),
            ("name", Name),
            ("title", OptionalName),
            ("buying_role", Schema),
            ("relationship", Schema),
            ("created_at", Timestamp),
            ("updated_at", Timestamp),
        ],
    ),
    (
        "account_plans",
        &[
            ("id", Id),
            ("account_id", Id),
            ("quarter", Quarter),
            ("rep_id", Id),
            ("competition", Text),
            ("past_successes", Text),
            ("strategy", Text),
            ("revenue_target", Amount(AMOUNT)),
            ("created_at", Timestamp),
            ("updated_at", Timestamp),
        ],
    ),
    (
        "account_steps",
        &[
            ("id", Id),
            ("plan_id", Id),
            ("position", Count(1e6)),
            ("action", Name),
            ("owner_id", Id),
            ("due_date", Date),
            ("status", Schema),
            ("result", Text),
            ("carried_from", Id),
            ("created_at", Timestamp),
            ("updated_at", Timestamp),
        ],
    ),
    (
        "accounts",
        &[
            ("id", Id),
            ("name", Name),
            ("owner_id", Id),
            ("created_at", Timestamp),
            ("updated_at", Timestamp),
            ("industry", OptionalName),
            ("size", OptionalName),
            ("yearly_revenue", Amount(AMOUNT)),
            ("potential", Amount(AMOUNT)),
        ],
    ),
    (
        "activity_log",
        &[
            ("id", Id),
            ("at", Timestamp),
            ("actor_id", Id),
            ("action", ShortText(200)),
            ("subject_kind", ShortText(200)),
            ("subject_id", Id),
            ("detail", Text),
        ],
    ),
    (
        "actual_activities",
        &[
            ("id", Id),
            ("rep_id", Id),
            ("month", Month),
            ("kpi_id", Id),
            ("count", Count(AMOUNT)),
            ("created_at", Timestamp),
            ("updated_at", Timestamp),
        ],
    ),
    (
        "actual_revenue",
        &[
            ("id", Id),
            ("rep_id", Id),
            ("month", Month),
            ("account_id", Id),
            ("product_id", Id),
            ("amount", SignedAmount(AMOUNT)),
            ("source", Schema),
            ("import_key", ShortText(2_000)),
            ("created_at", Timestamp),
            ("updated_at", Timestamp),
        ],
    ),
    (
        "business_plans",
        &[
            ("id", Id),
            ("rep_id", Id),
            ("first_month", Month),
            ("status", Schema),
            ("return_comment", Text),
            ("created_at", Timestamp),
            ("updated_at", Timestamp),
        ],
    ),
    (
        "candidates",
        &[
            ("id", Id),
            ("role_id", Id),
            ("name", Name),
            ("email", Text),
            ("notes", Text),
            ("status", Schema),
            ("hired_person_id", Id),
            ("created_at", Timestamp),
            ("updated_at", Timestamp),
        ],
    ),
    (
        "competitors",
        &[
            ("id", Id),
            ("position", Count(1e6)),
            ("name", Name),
            ("notes", Text),
            ("created_at", Timestamp),
            ("updated_at", Timestamp),
        ],
    ),
    (
        "interviews",
        &[
            ("id", Id),
            ("candidate_id", Id),
            ("interviewer_id", Id),
            ("held_on", Date),
            ("recommendation", Schema),
            ("summary", Text),
            ("submitted_at", Timestamp),
            ("created_at", Timestamp),
            ("updated_at", Timestamp),
        ],
    ),
    (
        "kpis",
        &[
            ("id", Id),
            ("position", Count(1e6)),
            ("kind", Schema),
            ("name", Name),
            ("unit", Schema),
            ("period", Schema),
            ("target", Amount(crate::playbook::MAX_KPI_TARGET)),
            ("created_at", Timestamp),
            ("updated_at", Timestamp),
        ],
    ),
    (
        "objections",
        &[
            ("id", Id),
            ("position", Count(1e6)),
            ("objection", Text),
            ("response", Text),
            ("created_at", Timestamp),
            ("updated_at", Timestamp),
        ],
    ),
    (
        "people",
        &[
            ("id", Id),
            ("name", Name),
            ("email", Email),
            ("role", Schema),
            ("manager_id", Id),
            ("start_date", Date),
            ("territory", ShortText(120)),
            ("active", Schema),
            ("created_at", Timestamp),
            ("updated_at", Timestamp),
        ],
    ),
    (
        "plan_activity_goals",
        &[
            ("plan_id", Id),
            ("kpi_id", Id),
            ("period", Schema),
            ("target", Amount(AMOUNT)),
            ("created_at", Timestamp),
            ("updated_at", Timestamp),
        ],
    ),
    (
        "plan_events",
        &[
            ("id", Id),
            ("plan_id", Id),
            ("at", Timestamp),
            ("actor_id", Id),
            ("action", ShortText(200)),
            ("comment", Text),
        ],
    ),
    (
        "plan_forecasts",
        &[
            ("plan_id", Id),
            ("month", Month),
            ("account_id", Id),
            ("product_id", Id),
            ("amount", Amount(AMOUNT)),
            ("created_at", Timestamp),
            ("updated_at", Timestamp),
        ],
    ),
    (
        "plan_goals",
        &[
            ("id", Id),
            ("plan_id", Id),
            ("kind", Schema),
            ("position", Count(1e6)),
            ("text", Text),
            ("created_at", Timestamp),
            ("updated_at", Timestamp),
        ],
    ),
    (
        "plan_marketing",
        &[
            ("id", Id),
            ("plan_id", Id),
            ("position", Count(1e6)),
            ("what", Name),
            ("month", Month),
            ("cost", Amount(AMOUNT)),
            ("expected_leads", Count(AMOUNT)),
            ("created_at", Timestamp),
            ("updated_at", Timestamp),
        ],
    ),
    (
        "plan_months",
        &[
            ("plan_id", Id),
            ("month", Month),
            ("quota", Amount(AMOUNT)),
            ("expected_pipeline", Amount(AMOUNT)),
            ("created_at", Timestamp),
            ("updated_at", Timestamp),
        ],
    ),
    (
        "plan_revisions",
        &[
            ("id", Id),
            ("plan_id", Id),
            ("number", Count(1e6)),
            ("snapshot", Json),
            ("created_at", Timestamp),
            ("actor_id", Id),
        ],
    ),
    (
        "plan_training_needs",
        &[
            ("plan_id", Id),
            ("module_id", Id),
            ("note", Text),
            ("created_at", Timestamp),
            ("updated_at", Timestamp),
        ],
    ),
    (
        "playbook_profile",
        &[
            ("id", Schema),
            ("ideal_customer_profile", Text),
            ("value_proposition", Text),
            ("updated_at", Timestamp),
        ],
    ),
    (
        "playbook_versions",
        &[
            ("id", Id),
            ("number", Count(1e6)),
            ("change_note", Text),
            ("snapshot", Json),
            ("published_at", Timestamp),
        ],
    ),
    (
        "products",
        &[
            ("id", Id),
            ("name", Name),
            ("created_at", Timestamp),
            ("updated_at", Timestamp),
        ],
    ),
    (
        "qualification_criteria",
        &[
            ("id", Id),
            ("position", Count(1e6)),
            ("builtin_key", Schema),
            ("label", Name),
            ("description", Text),
            ("created_at", Timestamp),
            ("updated_at", Timestamp),
        ],
    ),
    (
        "quarterly_reviews",
        &[
            ("id", Id),
            ("rep_id", Id),
            ("quarter", Quarter),
            ("status", Schema),
            ("rep_input", Text),
            ("strengths", Text),
            ("development_areas", Text),
            ("commitments", Text),
            ("agreement_date", Date),
            ("created_at", Timestamp),
            ("updated_at", Timestamp),
        ],
    ),
    (
        "ratings",
        &[
            ("interview_id", Id),
            ("attribute_id", Id),
            ("rating", Schema),
            ("evidence", Text),
            ("updated_at", Timestamp),
            ("created_at", Timestamp),
        ],
    ),
    (
        "review_amendments",
        &[
            ("id", Id),
            ("review_id", Id),
            ("text", Text),
            ("author_id", Id),
            ("at", Timestamp),
        ],
    ),
    (
        "role_attributes",
        &[
            ("id", Id),
            ("role_id", Id),
            ("position", Count(1e6)),
            ("attr_group", Schema),
            ("name", Name),
            ("test_method", Schema),
            ("test_detail", Text),
            ("weight", Amount(crate::hiring::MAX_WEIGHT)),
            ("created_at", Timestamp),
            ("updated_at", Timestamp),
        ],
    ),
    (
        "role_profiles",
        &[
            ("id", Id),
            ("title", Name),
            ("responsibilities", Text),
            ("archived_at", Timestamp),
            ("created_at", Timestamp),
            ("updated_at", Timestamp),
        ],
    ),
    (
        "scorecard_amendments",
        &[
            ("id", Id),
            ("interview_id", Id),
            ("attribute_id", Id),
            ("field", Schema),
            ("old_value", Text),
            ("new_value", Text),
            ("reason", Text),
            ("amended_by", Id),
            ("amended_at", Timestamp),
        ],
    ),
    (
        "settings",
        &[
            ("key", SettingKey),
            ("value", SettingValue),
            ("updated_at", Timestamp),
        ],
    ),
    (
        "stage_exit_criteria",
        &[
            ("id", Id),
            ("stage_id", Id),
            ("position", Count(1e6)),
            ("text", Text),
            ("created_at", Timestamp),
            ("updated_at", Timestamp),
        ],
    ),
    (
        "stages",
        &[
            ("id", Id),
            ("position", Count(1e6)),
            ("name", Name),
            ("purpose", Text),
            ("entry_criteria", Text),
            ("key_activities", Text),
            ("scripts", Text),
            ("materials", Text),
            (
                "expected_days",
                Count(crate::playbook::MAX_EXPECTED_DAYS as f64),
            ),
            ("created_at", Timestamp),
            ("updated_at", Timestamp),
        ],
    ),
    (
        "training_module_stages",
        &[
            ("module_id", Id),
            ("stage_id", Id),
            ("created_at", Timestamp),
            ("updated_at", Timestamp),
        ],
    ),
    (
        "training_modules",
        &[
            ("id", Id),
            ("position", Count(1e6)),
            ("area", Schema),
            ("title", Name),
            ("objectives", Text),
            ("cadence", Text),
            ("created_at", Timestamp),
            ("updated_at", Timestamp),
        ],
    ),
];

/// The rule of a column, if the table and column are known.
pub fn rule(table: &str, column: &str) -> Option<Rule> {
    RULES
        .iter()
        .find(|(t, _)| *t == table)
        .and_then(|(_, columns)| columns.iter().find(|(c, _)| *c == column))
        .map(|(_, rule)| *rule)
}

/// The problem with one value under its rule (`None`: it is fine). Empty
/// values are the schema's business (required or not).
pub fn check(rule: Rule, value: &Value, row: &Map<String, Value>) -> Option<String> {
    let text = value.as_str();
    let number = value.as_f64();
    let message = |e: crate::Error| Some(lowercase_first(&e.to_string()));
    match (rule, text, number) {
        (Schema, _, _) => None,
        (Id, Some(t), _) => {
            let ok = !t.is_empty()
                && t.len() <= 64
                && t.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            (!ok).then(|| "an id is 1 to 64 letters, digits, hyphens or underscores.".to_string())
        }
        (Name, Some(t), _) => validate::name("", "the name", t)
            .err()
            .and_then(message)
            .or_else(|| (t.trim() != t).then(|| "the name has spaces around it.".into())),
        (OptionalName, Some(t), _) => validate::name_or_empty("", "the name", t)
            .err()
            .and_then(message),
        (Text, Some(t), _) => validate::text("", "the text", t).err().and_then(message),
        (ShortText(max), Some(t), _) => validate::text("", "the text", t)
            .err()
            .and_then(message)
            .or_else(|| {
                (t.chars().count() > max)
                    .then(|| format!("the text is longer than {max} characters."))
            }),
        (Email, Some(t), _) => crate::team::validate_email(t).err().and_then(message),
        (Month, Some(t), _) => (t.trim() != t || crate::plans::Month::parse("", t).is_err())
            .then(|| format!("{} is not a month like 2026-11.", validate::quoted(t))),
        (Quarter, Some(t), _) => (t.trim() != t
            || t != t.to_uppercase()
            || crate::accounts::Quarter::parse("", t).is_err())
        .then(|| format!("{} is not a quarter like 2026Q4.", validate::quoted(t))),
        (Date, Some(t), _) => match validate::date("", "the date", t) {
            Ok(canonical) if canonical == t => None,
            _ => Some(format!(
                "{} is not a date like 2026-11-23 between 1990 and 2100.",
                validate::quoted(t)
            )),
        },
        (Timestamp, Some(t), _) => {
            let ok = chrono::DateTime::parse_from_rfc3339(t)
                .is_ok_and(|d| (1990..=2100).contains(&chrono::Datelike::year(&d)));
            (!ok).then(|| {
                format!(
                    "{} is not a moment like 2026-11-23T14:45:18.123Z between 1990 and 2100.",
                    validate::quoted(t)
                )
            })
        }
        (Amount(max), _, Some(n)) => {
            (!(0.0..=max).contains(&n)).then(|| format!("{n} is not an amount from 0 to {max}."))
        }
        (SignedAmount(max), _, Some(n)) => {
            (n.abs() > max).then(|| format!("{n} is larger than the limit of {max}."))
        }
        (Count(max), _, Some(n)) => (!(0.0..=max).contains(&n) || n.fract() != 0.0)
            .then(|| format!("{n} is not a whole number from 0 to {max}.")),
        (Json, Some(t), _) => serde_json::from_str::<Value>(t)
            .err()
            .map(|e| format!("the snapshot is not valid JSON ({e}).")),
        (SettingKey, Some(t), _) => (!crate::store::settings::KNOWN_KEYS.contains(&t))
            .then(|| format!("{} is not a Salesdesk setting.", validate::quoted(t))),
        (SettingValue, Some(t), _) => check_setting(row, t),
        // A value of the wrong kind is reported by the schema check before.
        _ => None,
    }
}

/// A setting's value, by its key.
fn check_setting(row: &Map<String, Value>, value: &str) -> Option<String> {
    use crate::store::settings;
    let key = row.get("key").and_then(Value::as_str).unwrap_or("");
    match key {
        settings::COMPANY_NAME => validate::name("", "the company name", value)
            .err()
            .map(|e| lowercase_first(&e.to_string())),
        settings::PRINT => match serde_json::from_str::<crate::print::PrintSettings>(value) {
            Ok(print) => crate::print::check_currency(&print.currency)
                .err()
                .map(|e| lowercase_first(&e.to_string())),
            Err(e) => Some(format!("the print settings are not valid ({e}).")),
        },
        settings::CURRENT_USER => check(Id, &Value::String(value.to_string()), row),
        _ => validate::text("", "the value", value)
            .err()
            .map(|e| lowercase_first(&e.to_string())),
    }
}

fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The rules across rows, run once every row is in: each problem as
/// `tables.<table>[<row>]…: why`, the row counted in file order.
pub fn check_across_rows(tx: &Connection, problems: &mut Vec<String>) -> Result<()> {
    manager_chains(tx, problems)?;
    at_most(
        tx,
        "account_steps",
        "plan_id",
        crate::accounts::MAX_STEPS,
        "an account plan has at most {max} steps",
        problems,
    )?;
    at_most(
        tx,
        "account_contacts",
        "plan_id",
        crate::accounts::MAX_CONTACTS,
        "an account plan has at most {max} key contacts",
        problems,
    )?;
    at_most(
        tx,
        "role_attributes",
        "role_id",
        crate::hiring::MAX_ATTRIBUTES,
        "a role has at most {max} attributes",
        problems,
    )?;
    months_in_plan(tx, problems)?;
    Ok(())
}

/// Nobody reports to themselves, directly or through others.
fn manager_chains(tx: &Connection, problems: &mut Vec<String>) -> Result<()> {
    let mut stmt = tx.prepare("SELECT rowid, id, manager_id FROM people ORDER BY rowid")?;
    let rows: Vec<(i64, String, Option<String>)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let manager: HashMap<&str, &str> = rows
        .iter()
        .filter_map(|(_, id, m)| m.as_deref().map(|m| (id.as_str(), m)))
        .collect();
    for (index, (_, id, _)) in rows.iter().enumerate() {
        // A chain longer than the team is a loop.
        let mut current = manager.get(id.as_str()).copied();
        for _ in 0..=rows.len() {
            match current {
                Some(m) if m == id => {
                    problems.push(format!(
                        "tables.people[{index}].manager_id: this person would report to themselves{}.",
                        if manager.get(id.as_str()) == Some(&id.as_str()) {
                            ""
                        } else {
                            " through the people they manage"
                        }
                    ));
                    break;
                }
                Some(m) => current = manager.get(m).copied(),
                None => break,
            }
        }
    }
    Ok(())
}

/// At most `max` rows of `table` per value of `parent`.
fn at_most(
    tx: &Connection,
    table: &str,
    parent: &str,
    max: usize,
    why: &str,
    problems: &mut Vec<String>,
) -> Result<()> {
    let sql = format!(
        "SELECT {parent}, count(*) FROM {table} GROUP BY {parent} HAVING count(*) > ?1 LIMIT 5"
    );
    let mut stmt = tx.prepare(&sql)?;
    let over: Vec<(String, i64)> = stmt
        .query_map([max as i64], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (id, count) in over {
        problems.push(format!(
            "tables.{table}: {count} rows have the {parent} {}; {}.",
            validate::quoted(&id),
            why.replace("{max}", &max.to_string())
        ));
    }
    Ok(())
}

/// A plan's months, forecasts and marketing lie in its six months.
fn months_in_plan(tx: &Connection, problems: &mut Vec<String>) -> Result<()> {
    let mut plans = HashMap::new();
    {
        let mut stmt = tx.prepare("SELECT id, first_month FROM business_plans")?;
        for row in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))? {
            let (id, first) = row?;
            if let Ok(first) = crate::plans::Month::parse("", &first) {
                plans.insert(id, first);
            }
        }
    }
    for table in ["plan_months", "plan_forecasts", "plan_marketing"] {
        let mut stmt = tx.prepare(&format!(
            "SELECT plan_id, month FROM {table} ORDER BY rowid"
        ))?;
        let rows: Vec<(String, String)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        for (index, (plan, month)) in rows.iter().enumerate() {
            let (Some(first), Ok(month)) = (plans.get(plan), crate::plans::Month::parse("", month))
            else {
                continue;
            };
            if !first.six_from().contains(&month) {
                problems.push(format!(
                    "tables.{table}[{index}].month: {month} is not one of its plan's six months ({} to {}).",
                    first,
                    first.plus(5)
                ));
            }
            if problems.len() >= 5 {
                return Ok(());
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A column without a rule would let an import bring in what the app
    /// refuses: every column of the schema must name one, and every rule
    /// must name a real column.
    #[test]
    fn every_column_of_the_schema_has_a_rule() {
        let dir = tempfile::tempdir().unwrap();
        let ws = crate::Workspace::create(dir.path().join("w.salesdesk")).unwrap();
        let columns: Vec<(String, String)> = ws
            .read(|tx| {
                let mut stmt = tx.prepare(
                    "SELECT m.name, p.name FROM sqlite_schema m, pragma_table_info(m.name) p
                     WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY 1, 2",
                )?;
                let rows = stmt
                    .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                    .collect::<rusqlite::Result<_>>()?;
                Ok(rows)
            })
            .unwrap();
        // The seam's own tables are never imported (nor exported).
        let missing: Vec<String> = columns
            .iter()
            .filter(|(t, _)| !super::super::seam::UNRECORDED_TABLES.contains(&t.as_str()))
            .filter(|(t, c)| rule(t, c).is_none())
            .map(|(t, c)| format!("{t}.{c}"))
            .collect();
        assert!(
            missing.is_empty(),
            "columns without an import rule: {missing:?}"
        );
        for (table, rules) in RULES {
            for (column, _) in *rules {
                assert!(
                    columns.iter().any(|(t, c)| t == table && c == column),
                    "a rule for {table}.{column}, which the schema does not have"
                );
            }
        }
    }

    #[test]
    fn values_a_person_could_not_type_are_refused() {
        let row = Map::new();
        let refused = [
            (Month, Value::from("2026-13")),
            (Month, Value::from(" 2026-11")),
            (Amount(1e11), Value::from(1e308)),
            (Amount(1e11), Value::from(-1.0)),
            (Timestamp, Value::from("yesterday")),
            (Timestamp, Value::from("1900-01-01T00:00:00Z")),
            (Name, Value::from("x".repeat(5_000))),
            (Name, Value::from("\u{200b}")),
            (Name, Value::from("\u{202e}evil")),
            (Date, Value::from("2026-02-30")),
            (Date, Value::from("2026-2-3")),
            (Quarter, Value::from("2026q4")),
            (Count(365.0), Value::from(1.5)),
            (Json, Value::from("{not json")),
            (Id, Value::from("a b")),
            (SettingKey, Value::from("anything")),
        ];
        for (rule, value) in refused {
            assert!(
                check(rule, &value, &row).is_some(),
                "{rule:?} accepted {value}"
            );
        }
        let accepted = [
            (Month, Value::from("2026-11")),
            (Amount(1e11), Value::from(37_000.5)),
            (Timestamp, Value::from("2026-11-23T14:45:18.123Z")),
            (Name, Value::from("李小龍 محمد")),
            (Date, Value::from("2026-11-23")),
            (Quarter, Value::from("2026Q4")),
            (SignedAmount(1e11), Value::from(-200.0)),
        ];
        for (rule, value) in accepted {
            assert_eq!(check(rule, &value, &row), None, "{rule:?} refused {value}");
        }
    }
}
