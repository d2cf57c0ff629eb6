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
use rusqlite::{Connection, params_from_iter};
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
    /// The order of the record's list before the delete: `(id, position,
    /// updated_at)` of every row in the same list (a row the undo puts back
    /// in its place gets its time back too: the delete's renumbering is
    /// undone, not recorded as a change of its own).
    siblings: Vec<(String, i64, Value)>,
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

fn references(tx: &Connection) -> Result<Vec<Reference>> {
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

fn columns(tx: &Connection, table: &str) -> Result<Vec<String>> {
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
    tx: &Connection,
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
    tx: &Connection,
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
            level = Vec::new();
            break;
        }
        level = next;
    }
    if !level.is_empty() {
        // Deeper than followed: this delete could not be undone whole.
        return Err(Error::Internal(format!(
            "{label} refers deeper than {MAX_DEPTH} levels; it cannot be deleted undoably"
        )));
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
                "SELECT id, position, updated_at FROM {} WHERE {} = ?1",
                quote(table),
                quote(column)
            ),
            None => format!(
                "SELECT id, position, updated_at FROM {} WHERE ?1 IS NULL OR 1",
                quote(table)
            ),
        };
        let mut stmt = tx.prepare(&sql)?;
        let value = scope
            .as_ref()
            .map(|(_, v)| v.clone())
            .unwrap_or(Value::Null);
        let rows = stmt.query_map([value], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
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

/// Why an insert of the undo failed, in words.
fn refusal(error: rusqlite::Error, deleted: &Deleted) -> Error {
    let code = match &error {
        rusqlite::Error::SqliteFailure(e, _) => e.extended_code,
        _ => return Error::from(error),
    };
    match code {
        // SQLITE_CONSTRAINT_UNIQUE, _PRIMARYKEY: the name (or the record)
        // is taken by one made since.
        2067 | 1555 => Error::Conflict {
            field: None,
            message: format!(
                "{} cannot be brought back: one with the same name was made since. Rename or delete that one, then undo again. Nothing was changed.",
                deleted.label
            ),
        },
        c if c & 0xff == 19 => refused(format!(
            "{} cannot be brought back: something it belonged to was deleted or changed since. Nothing was changed.",
            deleted.label
        )),
        _ => Error::from(error),
    }
}

fn refused(message: String) -> Error {
    Error::Invalid {
        field: None,
        message,
    }
}

/// Puts `deleted` back, all of it or nothing.
pub(crate) fn restore(tx: &Connection, deleted: &Deleted) -> Result<Restored> {
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
    // Parents and children in any order; the references are checked at
    // the end of the transaction (a failure there undoes everything).
    tx.execute_batch("PRAGMA defer_foreign_keys = ON")?;
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
            .map_err(|e| refusal(e, deleted))?;
    }
    if !deleted.siblings.is_empty() {
        reorder(tx, deleted)?;
    }
    // The deferred references, checked now so the refusal says why.
    let broken: i64 = tx.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
        r.get(0)
    })?;
    if broken > 0 {
        return Err(refused(format!(
            "{} cannot be brought back: something it belonged to was deleted since. Nothing was changed.",
            deleted.label
        )));
    }
    super::log::record(tx, "restored", deleted.table, &deleted.id, &deleted.label)?;
    Ok(Restored {
        label: deleted.label.clone(),
        table: deleted.table.to_string(),
        id: deleted.id.clone(),
    })
}

/// The record back at its place in its list: the list as it is now (moves
/// and additions since the delete kept), with the record at the position
/// it had. When nothing changed meanwhile, that is the order before the
/// delete, every position as it was.
fn reorder(tx: &Connection, deleted: &Deleted) -> Result<()> {
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
    let mut order: Vec<(String, i64)> = {
        let mut stmt = tx.prepare(&sql)?;
        let rows = stmt.query_map([value], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let Some(at) = order.iter().position(|(id, _)| id == &deleted.id) else {
        return Ok(());
    };
    let restored = order.remove(at);
    let old_position = deleted
        .siblings
        .iter()
        .find(|(id, ..)| id == &deleted.id)
        .map(|(_, position, _)| *position)
        .unwrap_or(restored.1);
    let index = usize::try_from(old_position).unwrap_or(0).min(order.len());
    order.insert(index, restored);
    // Each row whose position changes is stamped: with its time from before
    // the delete when it is back where it was then, else with now.
    let mut update = tx.prepare(&format!(
        "UPDATE {table} SET position = ?1, updated_at = ?3 WHERE id = ?2"
    ))?;
    let now = Value::Text(crate::time::now());
    for (position, (id, old)) in order.iter().enumerate() {
        let position = position as i64;
        if position != *old {
            let stamp = deleted
                .siblings
                .iter()
                .find(|(sibling, before, _)| sibling == id && *before == position)
                .map_or(&now, |(.., stamp)| stamp);
            update.execute(rusqlite::params![position, id, stamp])?;
        }
    }
    Ok(())
}
