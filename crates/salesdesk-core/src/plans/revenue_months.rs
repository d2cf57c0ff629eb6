//! Each rep's revenue per month, kept summed for the figures. The team
//! overview reads six months of every rep; summing their revenue lines
//! each time (55,000 on the large workspace) was most of its cost.
//!
//! Derived data, so, like the search index, it lives in the connection's
//! TEMP database and never in the workspace file. It is summed once per
//! session, on the first figures asked for; from then on TEMP triggers on
//! `actual_revenue` keep it current in the same transaction as each
//! change: one row added to or taken from its month, so a bulk import
//! costs one step per line. (Re-summing the month on every line would be
//! quadratic in the lines of one month.) Only one program writes a
//! workspace at a time (store::lock), so no change escapes the triggers
//! except a restore, which calls [`forget`].

use std::collections::HashMap;

use rusqlite::{Connection, params};

use crate::error::Result;

/// Sums the months once per session and installs the triggers; the
/// transaction must be committed (TEMP writes of a rolled-back read are
/// lost, which only means summing again).
pub(crate) fn ensure(tx: &Connection) -> Result<()> {
    if exists(tx)? {
        return Ok(());
    }
    tx.execute_batch(
        "CREATE TEMP TABLE revenue_months (
             rep_id TEXT NOT NULL,
             month  TEXT NOT NULL,
             amount REAL NOT NULL,
             lines  INTEGER NOT NULL,
             PRIMARY KEY (rep_id, month)
         ) WITHOUT ROWID;
         INSERT INTO temp.revenue_months (rep_id, month, amount, lines)
             SELECT rep_id, month, SUM(amount), COUNT(*) FROM main.actual_revenue GROUP BY rep_id, month;
         CREATE TEMP TRIGGER revenue_months_insert AFTER INSERT ON main.actual_revenue BEGIN
             INSERT INTO temp.revenue_months (rep_id, month, amount, lines) VALUES (new.rep_id, new.month, new.amount, 1)
                 ON CONFLICT (rep_id, month) DO UPDATE SET amount = amount + excluded.amount, lines = lines + 1;
         END;
         CREATE TEMP TRIGGER revenue_months_delete AFTER DELETE ON main.actual_revenue BEGIN
             UPDATE temp.revenue_months SET amount = amount - old.amount, lines = lines - 1
                 WHERE rep_id = old.rep_id AND month = old.month;
             DELETE FROM temp.revenue_months WHERE rep_id = old.rep_id AND month = old.month AND lines <= 0;
         END;
         CREATE TEMP TRIGGER revenue_months_update AFTER UPDATE OF rep_id, month, amount ON main.actual_revenue BEGIN
             UPDATE temp.revenue_months SET amount = amount - old.amount, lines = lines - 1
                 WHERE rep_id = old.rep_id AND month = old.month;
             DELETE FROM temp.revenue_months WHERE rep_id = old.rep_id AND month = old.month AND lines <= 0;
             INSERT INTO temp.revenue_months (rep_id, month, amount, lines) VALUES (new.rep_id, new.month, new.amount, 1)
                 ON CONFLICT (rep_id, month) DO UPDATE SET amount = amount + excluded.amount, lines = lines + 1;
         END;",
    )?;
    Ok(())
}

fn exists(conn: &Connection) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM temp.sqlite_schema WHERE type = 'table' AND name = 'revenue_months')",
        [],
        |r| r.get(0),
    )?)
}

/// A rep's revenue per month from `first` to `last` (inclusive), from the
/// sums [`ensure`] made in this transaction or before.
pub(crate) fn by_month(
    tx: &Connection,
    rep_id: &str,
    first: &str,
    last: &str,
) -> Result<HashMap<String, f64>> {
    let mut stmt = tx.prepare_cached(
        "SELECT month, amount FROM temp.revenue_months WHERE rep_id = ?1 AND month BETWEEN ?2 AND ?3",
    )?;
    let rows = stmt.query_map(params![rep_id, first, last], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Drops the sums and their triggers (after a restore replaced the lines
/// underneath them); the next figures sum again.
pub(crate) fn forget(conn: &Connection) -> Result<()> {
    // The triggers first: left without their table, they would fail every
    // write.
    conn.execute_batch(
        "DROP TRIGGER IF EXISTS temp.revenue_months_insert;
         DROP TRIGGER IF EXISTS temp.revenue_months_delete;
         DROP TRIGGER IF EXISTS temp.revenue_months_update;
         DROP TABLE IF EXISTS temp.revenue_months;",
    )?;
    Ok(())
}
