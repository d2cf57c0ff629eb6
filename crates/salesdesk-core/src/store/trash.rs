//! Undo of deletes ("Stage “Visit” deleted — Undo", Ctrl+Z). Before a
//! record is deleted, the same transaction copies its row, every row that
//! refers to it (what the delete takes with it, by ON DELETE CASCADE or by
//! hand), and the order of its siblings. Undo puts all of it back exactly —
//! ids, texts, time stamps, links and position — in one transaction, or
//! refuses with a message and changes nothing (when what the record
//! belonged to was deleted meanwhile).
//!
//! The copies live in memory, newest last, until the workspace is closed:
//! that is the promise ("at least until the app is closed"), and nothing
//! deleted lingers in the file.

use rusqlite::types::Value;
use rusqlite::{Transaction, params_from_iter};
use serde::Serialize;
use ts_rs::TS;

use crate::error::{Error, Result};

/// Deletes kept for undo; older ones are forgotten beyond this.
const KEEP: usize = 100;
/// References followed from the deleted row (stage → criterion → …).
const MAX_DEPTH: usize = 6;

/// One row as it was.
#[derive(Debug, Clone)]
struct Row {
    /// Put back under the same rowid when it is free, so the row is where
    /// it was in every listing that follows the table's order.
    rowid: i64,
    table: String,
    columns: Vec<String>,
    values: Vec<Value>,
}

/// A deleted record and everything that went with it.
#[derive(Debug, Clone)]
pub struct Deleted {
    /// "Stage “Visit”".
    pub label: String,
    table: &'static str,
    id: String,
    /// The record first, then what refers to it, parents before children.
    rows: Vec<Row>,
    /// The order of the record's list before the delete: `(id, position)`
    /// of every row in the same list.
    siblings: Vec<(String, i64)>,
    /// The column and value that make up the list (a stage's criteria),
    /// or none for a top-level list.
    scope: Option<(String, Value)>,
}

/// What an undo brought back.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Restored {
    /// "Stage “Visit”".
    pub label: String,
    /// The table it lives in ("stages", "role_attributes", …).
    pub table: String,
    pub id: String,
}

/// The undo stack of one open workspace.
#[derive(Debug, Default)]
pub struct Trash {
    deleted: Vec<Deleted>,
}

impl Trash {
    pub(crate) fn push(&mut self, deleted: Deleted) {
        self.deleted.push(deleted);
        if self.deleted.len() > KEEP {
            self.deleted.remove(0);
        }
    }

    pub(crate) fn last(&self) -> Option<&Deleted> {
        self.deleted.last()
    }

    pub(crate) fn pop(&mut self) -> Option<Deleted> {
        self.deleted.pop()
    }

    pub(crate) fn clear(&mut self) {
        self.deleted.clear();
    }
}

/// A foreign key: `child.from` refers to `parent.to`.
struct Reference {
    child: String,
    from: String,
    parent: String,
    to: String,
    cascade: bool,
}

fn references(tx: &Transaction<'_>) -> Result<Vec<Reference>> {
    let mut stmt = tx.prepare_cached(
        "SELECT m.name, f.\"from\", f.\"table\", coalesce(f.\"to\", 'id'), f.on_delete
         FROM sqlite_schema m, pragma_foreign_key_list(m.name) f
         WHERE m.type = 'table' ORDER BY m.name, f.id, f.seq",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Reference {
            child: r.get(0)?,
            from: r.get(1)?,
            parent: r.get(2)?,
            to: r.get(3)?,
            cascade: r.get::<_, String>(4)? == "CASCADE",
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn columns(tx: &Transaction<'_>, table: &str) -> Result<Vec<String>> {
    let mut stmt = tx.prepare_cached("SELECT name FROM pragma_table_info(?1) ORDER BY cid")?;
    let names = stmt.query_map([table], |r| r.get::<_, String>(0))?;
    Ok(names.collect::<rusqlite::Result<_>>()?)
}

/// Table and column names come from the schema, never from a user; they
/// are quoted all the same.
fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Rows of `table` where `column` = `value`, with their rowids.
fn rows_where(
    tx: &Transaction<'_>,
    table: &str,
    column: &str,
    value: &Value,
) -> Result<Vec<(i64, Row)>> {
    let names = columns(tx, table)?;
    let sql = format!(
        "SELECT rowid, {} FROM {} WHERE {} = ?1 ORDER BY rowid",
        names
            .iter()
            .map(|n| quote(n))
            .collect::<Vec<_>>()
            .join(", "),
        quote(table),
        quote(column)
    );
    let mut stmt = tx.prepare(&sql)?;
    let rows = stmt.query_map([value], |r| {
        let rowid: i64 = r.get(0)?;
        let values = (0..names.len())
            .map(|i| r.get::<_, Value>(i + 1))
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok((
            rowid,
            Row {
                rowid,
                table: table.to_string(),
                columns: names.clone(),
                values,
            },
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Copies the record `id` of `table` and everything that refers to it,
/// before it is deleted in the same transaction.
pub(crate) fn capture(
    tx: &Transaction<'_>,
    table: &'static str,
    id: &str,
    label: String,
) -> Result<Deleted> {
    let references = references(tx)?;
    let mut rows = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut level: Vec<(String, Row)> = rows_where(tx, table, "id", &Value::Text(id.into()))?
        .into_iter()
        .map(|(rowid, row)| {
            seen.insert((table.to_string(), rowid));
            (table.to_string(), row)
        })
        .collect();
    let record = level
        .first()
        .map(|(_, row)| row.clone())
        .ok_or_else(|| Error::not_found("The record"))?;
    for _ in 0..MAX_DEPTH {
        let mut next = Vec::new();
        for (parent_table, row) in &level {
            rows.push(row.clone());
            for reference in references.iter().filter(|r| &r.parent == parent_table) {
                let Some(at) = row.columns.iter().position(|c| c == &reference.to) else {
                    continue;
                };
                for (rowid, child) in
                    rows_where(tx, &reference.child, &reference.from, &row.values[at])?
                {
                    if seen.insert((reference.child.clone(), rowid)) {
                        next.push((reference.child.clone(), child));
                    }
                }
            }
        }
        if next.is_empty() {
            break;
        }
        level = next;
    }

    // The list the record sits in, and its order.
    let has_position = record.columns.iter().any(|c| c == "position");
    let scope = references
        .iter()
        .find(|r| r.child == table && r.cascade)
        .and_then(|r| {
            let at = record.columns.iter().position(|c| c == &r.from)?;
            Some((r.from.clone(), record.values[at].clone()))
        });
    let siblings = if has_position {
        let sql = match &scope {
            Some((column, _)) => format!(
                "SELECT id, position FROM {} WHERE {} = ?1",
                quote(table),
                quote(column)
            ),
            None => format!(
                "SELECT id, position FROM {} WHERE ?1 IS NULL OR 1",
                quote(table)
            ),
        };
        let mut stmt = tx.prepare(&sql)?;
        let value = scope
            .as_ref()
            .map(|(_, v)| v.clone())
            .unwrap_or(Value::Null);
        let rows = stmt.query_map([value], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    } else {
        Vec::new()
    };
    Ok(Deleted {
        label,
        table,
        id: id.to_string(),
        rows,
        siblings,
        scope,
    })
}

fn refused(message: String) -> Error {
    Error::Invalid {
        field: None,
        message,
    }
}

/// Puts `deleted` back, all of it or nothing.
pub(crate) fn restore(tx: &Transaction<'_>, deleted: &Deleted) -> Result<Restored> {
    let exists: bool = tx.query_row(
        &format!(
            "SELECT EXISTS (SELECT 1 FROM {} WHERE id = ?1)",
            quote(deleted.table)
        ),
        [&deleted.id],
        |r| r.get(0),
    )?;
    if exists {
        return Err(refused(format!(
            "{} is already there; nothing to undo.",
            deleted.label
        )));
    }
    for row in &deleted.rows {
        let table = quote(&row.table);
        let rowid_free: bool = tx.query_row(
            &format!("SELECT NOT EXISTS (SELECT 1 FROM {table} WHERE rowid = ?1)"),
            [row.rowid],
            |r| r.get(0),
        )?;
        let mut columns: Vec<String> = row.columns.iter().map(|c| quote(c)).collect();
        let mut values = row.values.clone();
        if rowid_free {
            columns.insert(0, "rowid".into());
            values.insert(0, Value::Integer(row.rowid));
        }
        let sql = format!(
            "INSERT INTO {table} ({}) VALUES ({})",
            columns.join(", "),
            vec!["?"; columns.len()].join(", ")
        );
        tx.execute(&sql, params_from_iter(values.iter()))
            .map_err(|e| match e.sqlite_error_code() {
                Some(rusqlite::ErrorCode::ConstraintViolation) => refused(format!(
                    "{} cannot be brought back: what it belonged to was deleted or changed since. Nothing was changed.",
                    deleted.label
                )),
                _ => Error::from(e),
            })?;
    }
    if !deleted.siblings.is_empty() {
        reorder(tx, deleted)?;
    }
    Ok(Restored {
        label: deleted.label.clone(),
        table: deleted.table.to_string(),
        id: deleted.id.clone(),
    })
}

/// The list in its order before the delete; rows added since keep their
/// order after those.
fn reorder(tx: &Transaction<'_>, deleted: &Deleted) -> Result<()> {
    let table = quote(deleted.table);
    let (sql, value) = match &deleted.scope {
        Some((column, value)) => (
            format!(
                "SELECT id, position FROM {table} WHERE {} = ?1 ORDER BY position, created_at",
                quote(column)
            ),
            value.clone(),
        ),
        None => (
            format!(
                "SELECT id, position FROM {table} WHERE ?1 IS NULL OR 1 ORDER BY position, created_at"
            ),
            Value::Null,
        ),
    };
    let current: Vec<(String, i64)> = {
        let mut stmt = tx.prepare(&sql)?;
        let rows = stmt.query_map([value], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let before = |id: &str| {
        deleted
            .siblings
            .iter()
            .find(|(sibling, _)| sibling == id)
            .map(|(_, position)| *position)
    };
    let mut order: Vec<(usize, i64, String, i64)> = current
        .into_iter()
        .enumerate()
        .map(|(i, (id, position))| match before(&id) {
            Some(old) => (0, old, id, position),
            None => (1, i as i64, id, position),
        })
        .collect();
    order.sort();
    // The positions go back to what they were before the delete (which
    // renumbered them), so the rows are as they were, time stamps too.
    let mut update = tx.prepare(&format!("UPDATE {table} SET position = ?1 WHERE id = ?2"))?;
    for (position, (_, _, id, old)) in order.iter().enumerate() {
        let position = position as i64;
        if position != *old {
            update.execute(rusqlite::params![position, id])?;
        }
    }
    Ok(())
}
