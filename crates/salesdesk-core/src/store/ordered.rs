//! Ordered lists (stages, criteria, KPIs, ...): every row has a dense,
//! 0-based `position`. Moving or deleting renumbers the whole list inside the
//! caller's transaction, stamping each row whose position changed.

use rusqlite::{Connection, params};

use crate::error::{Error, Result};
use crate::time::now;

/// The tables that hold ordered lists. Table names come only from here, so
/// the SQL built below never contains user text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrderedTable {
    Stages,
    QualificationCriteria,
    Objections,
    Competitors,
    Kpis,
    TrainingModules,
}

impl OrderedTable {
    pub fn table(self) -> &'static str {
        match self {
            OrderedTable::Stages => "stages",
            OrderedTable::QualificationCriteria => "qualification_criteria",
            OrderedTable::Objections => "objections",
            OrderedTable::Competitors => "competitors",
            OrderedTable::Kpis => "kpis",
            OrderedTable::TrainingModules => "training_modules",
        }
    }

    /// What a record is called in messages.
    pub fn label(self) -> &'static str {
        match self {
            OrderedTable::Stages => "The stage",
            OrderedTable::QualificationCriteria => "The qualification criterion",
            OrderedTable::Objections => "The objection",
            OrderedTable::Competitors => "The competitor",
            OrderedTable::Kpis => "The KPI",
            OrderedTable::TrainingModules => "The training module",
        }
    }
}

/// Ids in list order.
pub fn ids(tx: &Connection, table: OrderedTable) -> Result<Vec<String>> {
    let mut stmt = tx.prepare(&format!(
        "SELECT id FROM {} ORDER BY position, created_at",
        table.table()
    ))?;
    let ids = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(ids)
}

/// The position a new last row gets.
pub fn next_position(tx: &Connection, table: OrderedTable) -> Result<i64> {
    Ok(tx.query_row(
        &format!("SELECT COUNT(*) FROM {}", table.table()),
        [],
        |r| r.get(0),
    )?)
}

/// Writes the list's order: every row whose position changes is stamped.
fn write_order(tx: &Connection, table: OrderedTable, ids: &[String]) -> Result<()> {
    let mut stmt = tx.prepare(&format!(
        "UPDATE {} SET position = ?1, updated_at = ?3 WHERE id = ?2 AND position <> ?1",
        table.table()
    ))?;
    let now = now();
    for (position, id) in ids.iter().enumerate() {
        stmt.execute(params![position as i64, id, now])?;
    }
    Ok(())
}

/// Moves row `id` to `to_index` (clamped to the list), shifting the others.
pub fn move_to(tx: &Connection, table: OrderedTable, id: &str, to_index: u32) -> Result<()> {
    let mut order = ids(tx, table)?;
    let from = order
        .iter()
        .position(|x| x == id)
        .ok_or_else(|| Error::not_found(table.label()))?;
    let moved = order.remove(from);
    let to = (to_index as usize).min(order.len());
    order.insert(to, moved);
    write_order(tx, table, &order)?;
    tx.execute(
        &format!("UPDATE {} SET updated_at = ?1 WHERE id = ?2", table.table()),
        params![now(), id],
    )?;
    Ok(())
}

/// Deletes row `id` and closes the gap.
pub fn delete(tx: &Connection, table: OrderedTable, id: &str) -> Result<()> {
    let deleted = tx.execute(
        &format!("DELETE FROM {} WHERE id = ?1", table.table()),
        [id],
    )?;
    if deleted == 0 {
        return Err(Error::not_found(table.label()));
    }
    let order = ids(tx, table)?;
    write_order(tx, table, &order)
}

/// Fails with NotFound unless row `id` exists.
pub fn require(tx: &Connection, table: OrderedTable, id: &str) -> Result<()> {
    let found: bool = tx.query_row(
        &format!(
            "SELECT EXISTS (SELECT 1 FROM {} WHERE id = ?1)",
            table.table()
        ),
        [id],
        |r| r.get(0),
    )?;
    if found {
        Ok(())
    } else {
        Err(Error::not_found(table.label()))
    }
}
