//! Saving a list of child rows (a plan's goals, an account plan's contacts
//! and steps, …) as the editor sends it: each row is updated in place by its
//! id (or its natural key), a new one is inserted and a removed one deleted
//! on its own. Nothing is replaced wholesale, so rows keep their identity,
//! the write seam records only the fields that changed, and `updated_at`
//! moves only for rows that did change (their position included).
//!
//! Table and column names come only from the callers' constants, never
//! from user text.

use rusqlite::types::Value;
use rusqlite::{Connection, params_from_iter};

use crate::error::{Error, Result};
use crate::time::new_id;

/// One row of a list with ids: its id when it has one (`None`: new), and
/// its column values in the order of the caller's `columns`.
pub(crate) struct ListRow {
    pub id: Option<String>,
    pub values: Vec<Value>,
}

/// The list `table` of the parent `parent` (in column `parent_column`)
/// becomes `rows`, in order (`position` is the index). A row's id must be
/// one of this parent's rows; a row given with an id that is not (deleted
/// meanwhile, or another list's) is refused with `stale`, and nothing is
/// saved. Returns the rows' ids in order (new ones included).
pub(crate) fn save_list(
    tx: &Connection,
    list: &List,
    parent: &str,
    rows: &[ListRow],
    now: &str,
    stale: impl Fn() -> Error,
) -> Result<Vec<String>> {
    let table = list.table;
    let existing: Vec<String> = {
        let mut stmt = tx.prepare_cached(&format!(
            "SELECT id FROM {table} WHERE {} = ?1",
            list.parent_column
        ))?;
        stmt.query_map([parent], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?
    };
    for row in rows {
        if let Some(id) = &row.id
            && !existing.contains(id)
        {
            return Err(stale());
        }
    }
    for id in &existing {
        if !rows.iter().any(|r| r.id.as_ref() == Some(id)) {
            tx.prepare_cached(&format!("DELETE FROM {table} WHERE id = ?1"))?
                .execute([id])?;
        }
    }
    let columns = list.columns;
    // UPDATE … SET each column and the position, stamped, only where one of
    // them differs: ?1 id, ?2 position, ?3 now, then the columns.
    let update = format!(
        "UPDATE {table} SET position = ?2, updated_at = ?3, {} WHERE id = ?1 AND (position IS NOT ?2 OR {})",
        columns
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{c} = ?{}", i + 4))
            .collect::<Vec<_>>()
            .join(", "),
        columns
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{c} IS NOT ?{}", i + 4))
            .collect::<Vec<_>>()
            .join(" OR "),
    );
    let insert = format!(
        "INSERT INTO {table} (id, {}, position, created_at, updated_at, {}) VALUES (?1, ?4, ?2, ?3, ?3, {})",
        list.parent_column,
        columns.join(", "),
        (0..columns.len())
            .map(|i| format!("?{}", i + 5))
            .collect::<Vec<_>>()
            .join(", "),
    );
    let mut ids = Vec::with_capacity(rows.len());
    for (position, row) in rows.iter().enumerate() {
        if row.values.len() != columns.len() {
            return Err(Error::Internal(format!(
                "a {table} row has the wrong columns"
            )));
        }
        let position = Value::Integer(position as i64);
        let now = Value::Text(now.to_string());
        match &row.id {
            Some(id) => {
                let head = [Value::Text(id.clone()), position, now];
                tx.prepare_cached(&update)?
                    .execute(params_from_iter(head.iter().chain(&row.values)))?;
                ids.push(id.clone());
            }
            None => {
                let id = new_id();
                let head = [
                    Value::Text(id.clone()),
                    position,
                    now,
                    Value::Text(parent.to_string()),
                ];
                tx.prepare_cached(&insert)?
                    .execute(params_from_iter(head.iter().chain(&row.values)))?;
                ids.push(id);
            }
        }
    }
    Ok(ids)
}

/// A list table with ids and positions.
pub(crate) struct List {
    pub table: &'static str,
    pub parent_column: &'static str,
    /// The columns the editor writes (not the id, parent, position or
    /// timestamps).
    pub columns: &'static [&'static str],
}

/// A table whose rows are known by a key (with the parent, its primary
/// key), such as a plan's forecast cells (month, account, product).
pub(crate) struct Keyed {
    pub table: &'static str,
    pub parent_column: &'static str,
    pub key_columns: &'static [&'static str],
    pub value_columns: &'static [&'static str],
}

/// One row of a keyed table: its key and its values, in the caller's order.
pub(crate) struct KeyedRow {
    pub key: Vec<Value>,
    pub values: Vec<Value>,
}

/// The rows of `parent` in the keyed table become `rows`: a key already
/// there has its values updated where they differ (stamped), a new key is
/// inserted, and a key no longer given is deleted.
pub(crate) fn save_keyed(
    tx: &Connection,
    keyed: &Keyed,
    parent: &str,
    rows: &[KeyedRow],
    now: &str,
) -> Result<()> {
    let table = keyed.table;
    let keys = keyed.key_columns;
    let existing: Vec<Vec<Value>> = {
        let mut stmt = tx.prepare_cached(&format!(
            "SELECT {} FROM {table} WHERE {} = ?1",
            keys.join(", "),
            keyed.parent_column
        ))?;
        stmt.query_map([parent], |r| {
            (0..keys.len()).map(|i| r.get::<_, Value>(i)).collect()
        })?
        .collect::<rusqlite::Result<_>>()?
    };
    let key_match = keys
        .iter()
        .enumerate()
        .map(|(i, k)| format!("{k} = ?{}", i + 2))
        .collect::<Vec<_>>()
        .join(" AND ");
    for key in &existing {
        if !rows.iter().any(|r| &r.key == key) {
            let head = [Value::Text(parent.to_string())];
            tx.prepare_cached(&format!(
                "DELETE FROM {table} WHERE {} = ?1 AND {key_match}",
                keyed.parent_column
            ))?
            .execute(params_from_iter(head.iter().chain(key)))?;
        }
    }
    let values = keyed.value_columns;
    // ?1 parent, ?2 now, then the keys, then the values.
    let key_params = |offset: usize| -> Vec<String> {
        (0..keys.len())
            .map(|i| format!("?{}", i + offset))
            .collect()
    };
    let value_at = |i: usize| i + 3 + keys.len();
    let mut insert = format!(
        "INSERT INTO {table} ({}, {}, created_at, updated_at{}) VALUES (?1, {}, ?2, ?2{}) ON CONFLICT DO ",
        keyed.parent_column,
        keys.join(", "),
        values.iter().map(|v| format!(", {v}")).collect::<String>(),
        key_params(3).join(", "),
        (0..values.len())
            .map(|i| format!(", ?{}", value_at(i)))
            .collect::<String>(),
    );
    if values.is_empty() {
        insert.push_str("NOTHING");
    } else {
        insert.push_str(&format!(
            "UPDATE SET updated_at = ?2, {} WHERE {}",
            values
                .iter()
                .enumerate()
                .map(|(i, v)| format!("{v} = ?{}", value_at(i)))
                .collect::<Vec<_>>()
                .join(", "),
            values
                .iter()
                .enumerate()
                .map(|(i, v)| format!("{v} IS NOT ?{}", value_at(i)))
                .collect::<Vec<_>>()
                .join(" OR "),
        ));
    }
    for row in rows {
        if row.key.len() != keys.len() || row.values.len() != values.len() {
            return Err(Error::Internal(format!(
                "a {table} row has the wrong columns"
            )));
        }
        let head = [
            Value::Text(parent.to_string()),
            Value::Text(now.to_string()),
        ];
        tx.prepare_cached(&insert)?.execute(params_from_iter(
            head.iter().chain(&row.key).chain(&row.values),
        ))?;
    }
    Ok(())
}
