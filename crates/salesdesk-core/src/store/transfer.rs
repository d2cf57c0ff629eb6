//! Workspace export and import as JSON (format described in
//! docs/EXPORT_FORMAT.md).
//!
//! The file holds every table of the workspace, row by row, under a header
//! that names the format, its version and the schema version. Import checks
//! the whole file against the schema before it writes anything, then
//! replaces the workspace's contents in one transaction; the database's own
//! rules (types, required values, allowed values, uniqueness, references)
//! are checked again on the way in, and any failure undoes everything. Every
//! message says where the problem is, as `tables.<table>[<row>].<column>`.

use std::collections::BTreeMap;

use rusqlite::types::{Value as SqlValue, ValueRef};
use rusqlite::{Connection, params_from_iter};
use serde::Serialize;
use serde_json::{Map, Number, Value};
use ts_rs::TS;

use super::{LATEST_SCHEMA_VERSION, OLDEST_SCHEMA_WITH_TODAYS_TABLES, Workspace, import_rules};
use crate::error::{Error, Result};

/// The `format` field of every export.
pub const FORMAT_NAME: &str = "salesdesk-workspace";
/// The version of the file layout; bumped when the layout changes.
pub const FORMAT_VERSION: i64 = 1;
/// Longest text value accepted by import (the app's own limit is far lower).
const MAX_IMPORT_TEXT_BYTES: usize = 1_000_000;
/// Import reports at most this many problems at once.
const MAX_PROBLEMS: usize = 5;

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportSummary {
    pub tables: u32,
    pub rows: u32,
}

/// What an import in the app did: the rows loaded and the backup of the
/// contents they replaced.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct JsonImported {
    pub summary: ImportSummary,
    pub backup: super::backup::BackupInfo,
}

/// A column as the schema declares it.
struct Column {
    name: String,
    /// STRICT type: "TEXT", "INTEGER", "REAL" (or "ANY").
    kind: String,
    required: bool,
}

struct Table {
    name: String,
    columns: Vec<Column>,
}

impl Workspace {
    /// The whole workspace as the JSON export format.
    pub fn export_json(&self) -> Result<Value> {
        self.read(|tx| {
            let tables = read_tables(tx)?;
            let mut file = Map::new();
            file.insert("format".into(), FORMAT_NAME.into());
            file.insert("formatVersion".into(), FORMAT_VERSION.into());
            file.insert("schemaVersion".into(), LATEST_SCHEMA_VERSION.into());
            file.insert("exportedAt".into(), crate::time::now().into());
            file.insert(
                "exportedBy".into(),
                format!("Salesdesk {}", env!("CARGO_PKG_VERSION")).into(),
            );
            file.insert("tables".into(), Value::Object(tables));
            Ok(Value::Object(file))
        })
    }

    /// The export as pretty-printed JSON text.
    pub fn export_json_text(&self) -> Result<String> {
        let value = self.export_json()?;
        serde_json::to_string_pretty(&value)
            .map_err(|e| Error::Internal(format!("could not write JSON: {e}")))
    }

    /// Replaces the workspace's contents with those of an export. Nothing
    /// changes unless the whole file is valid.
    pub fn import_json_text(&mut self, text: &str) -> Result<ImportSummary> {
        let file = parse(text)?;
        self.import_json(&file)
    }

    /// [`Workspace::import_json_text`] from parsed JSON.
    pub fn import_json(&mut self, file: &Value) -> Result<ImportSummary> {
        let tables_json = check_header(file)?;
        let summary = self.write(|tx| replace_contents(tx, tables_json))?;
        // Deletes from the contents replaced cannot be undone into these;
        // revisions parsed before may have been replaced under their ids.
        self.trash.clear();
        self.approved_targets
            .get_mut()
            .unwrap_or_else(|p| p.into_inner())
            .clear();
        Ok(summary)
    }

    /// Runs the whole import, every check included, and undoes it: Ok
    /// when [`Workspace::import_json_text`] would succeed. Lets the app skip
    /// the backup before an import that would be refused anyway.
    pub fn check_json_import(&mut self, text: &str) -> Result<ImportSummary> {
        let file = parse(text)?;
        let tables_json = check_header(&file)?;
        self.write_if(|tx| Ok((replace_contents(tx, tables_json), false)))?
    }
}

/// Every row of every table, as the export writes them.
fn read_tables(tx: &Connection) -> Result<Map<String, Value>> {
    let mut tables = Map::new();
    for table in schema_tables(tx)? {
        let names: Vec<&str> = table.columns.iter().map(|c| c.name.as_str()).collect();
        let sql = format!(
            "SELECT {} FROM {} ORDER BY rowid",
            names
                .iter()
                .map(|n| quote(n))
                .collect::<Vec<_>>()
                .join(", "),
            quote(&table.name)
        );
        let mut stmt = tx.prepare(&sql)?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            let mut object = Map::new();
            for (i, name) in names.iter().enumerate() {
                object.insert(name.to_string(), to_json(row.get_ref(i)?));
            }
            out.push(Value::Object(object));
        }
        tables.insert(table.name.clone(), Value::Array(out));
    }
    Ok(tables)
}

/// Checks rows that arrived whole in another way (a restored backup) by
/// the same rules as an import: every value by its column's rule, and the
/// rules across rows. `what` names the source in the message.
pub(crate) fn check_contents(tx: &Connection, what: &str) -> Result<()> {
    let tables = schema_tables(tx)?;
    let rows = read_tables(tx)?;
    let mut problems = Vec::new();
    check_tables(&tables, &rows, &mut problems);
    if problems.is_empty() {
        import_rules::check_across_rows(tx, &mut problems)?;
    }
    if problems.is_empty() {
        return Ok(());
    }
    let shown: Vec<_> = problems.iter().take(MAX_PROBLEMS).cloned().collect();
    Err(Error::invalid(
        "file",
        format!(
            "{what} holds values Salesdesk would not accept, so nothing was changed. {}{}",
            shown.join(" "),
            if problems.len() > MAX_PROBLEMS {
                " (and more)"
            } else {
                ""
            }
        ),
    ))
}

fn parse(text: &str) -> Result<Value> {
    serde_json::from_str(text).map_err(|e| {
        Error::invalid(
            "file",
            format!(
                "The file is not valid JSON (line {}, column {}): {e}",
                e.line(),
                e.column()
            ),
        )
    })
}

/// Checks every row, then deletes every row of the workspace and inserts
/// the file's, inside the caller's transaction.
fn replace_contents(tx: &Connection, tables_json: &Map<String, Value>) -> Result<ImportSummary> {
    let tables = schema_tables(tx)?;
    let mut problems = Vec::new();
    check_tables(&tables, tables_json, &mut problems);
    if !problems.is_empty() {
        return Err(too_many(problems));
    }
    // One reset entry, not a delete and an insert for every row.
    let rows = super::seam::record_reset(tx, super::seam::Origin::Import, || {
        // References are checked once everything is in, so rows may come
        // in any order.
        tx.pragma_update(None, "defer_foreign_keys", true)?;
        for table in &tables {
            tx.execute(&format!("DELETE FROM {}", quote(&table.name)), [])?;
        }
        let mut rows = 0u32;
        for table in &tables {
            let Some(list) = tables_json.get(&table.name).and_then(Value::as_array) else {
                continue;
            };
            for (index, row) in list.iter().enumerate() {
                insert_row(tx, table, index, row)?;
                rows += 1;
            }
        }
        stamp_unstamped(tx, &tables)?;
        Ok(rows)
    })?;
    check_references(tx)?;
    let mut problems = Vec::new();
    import_rules::check_across_rows(tx, &mut problems)?;
    if !problems.is_empty() {
        return Err(too_many(problems));
    }
    Ok(ImportSummary {
        tables: tables.len() as u32,
        rows,
    })
}

/// Rows from an export made before their table had `created_at` and
/// `updated_at` (schema 9 and older; the columns' default is empty) are
/// stamped with the time of the import.
fn stamp_unstamped(tx: &Connection, tables: &[Table]) -> Result<()> {
    let now = crate::time::now();
    for table in tables {
        for column in ["created_at", "updated_at"] {
            if table
                .columns
                .iter()
                .any(|c| c.name == column && !c.required)
            {
                tx.execute(
                    &format!(
                        "UPDATE {} SET {column} = ?1 WHERE {column} = ''",
                        quote(&table.name)
                    ),
                    [&now],
                )?;
            }
        }
    }
    Ok(())
}

fn quote(identifier: &str) -> String {
    format!("\"{}\"", identifier.replace('"', "\"\""))
}

fn to_json(value: ValueRef<'_>) -> Value {
    match value {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => i.into(),
        ValueRef::Real(f) => Number::from_f64(f).map_or(Value::Null, Value::Number),
        ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned().into(),
        // No column holds blobs; written as text so nothing is dropped.
        ValueRef::Blob(b) => String::from_utf8_lossy(b).into_owned().into(),
    }
}

/// Every user table with its columns, in name order.
fn schema_tables(tx: &Connection) -> Result<Vec<Table>> {
    let mut tables = Vec::new();
    for name in super::content_tables(tx)? {
        let mut stmt = tx.prepare("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?1) ORDER BY cid")?;
        let columns = stmt
            .query_map([&name], |r| {
                let kind: String = r.get(1)?;
                let not_null: bool = r.get(2)?;
                let default: Option<String> = r.get(3)?;
                let pk: i64 = r.get(4)?;
                // An INTEGER PRIMARY KEY gets a value when none is given.
                let auto_key = pk > 0 && kind.eq_ignore_ascii_case("INTEGER");
                Ok(Column {
                    name: r.get(0)?,
                    kind: kind.to_ascii_uppercase(),
                    required: not_null && default.is_none() && !auto_key,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        tables.push(Table { name, columns });
    }
    Ok(tables)
}

/// Checks the header and returns the `tables` object.
fn check_header(file: &Value) -> Result<&Map<String, Value>> {
    let object = file.as_object().ok_or_else(|| {
        Error::invalid(
            "file",
            "The file is not a Salesdesk workspace export: it is not a JSON object.",
        )
    })?;
    if object.get("format").and_then(Value::as_str) != Some(FORMAT_NAME) {
        return Err(Error::invalid(
            "file",
            format!(
                "The file is not a Salesdesk workspace export: \"format\" is not \"{FORMAT_NAME}\"."
            ),
        ));
    }
    match object.get("formatVersion").and_then(Value::as_i64) {
        Some(FORMAT_VERSION) => {}
        Some(v) if v > FORMAT_VERSION => {
            return Err(Error::invalid(
                "file",
                format!(
                    "The export was made by a newer Salesdesk (format version {v}); update Salesdesk to import it."
                ),
            ));
        }
        _ => {
            return Err(Error::invalid(
                "file",
                format!("\"formatVersion\" must be {FORMAT_VERSION}."),
            ));
        }
    }
    match object.get("schemaVersion").and_then(Value::as_i64) {
        // Same tables, so the same rows (later migrations added indexes).
        Some(v) if (OLDEST_SCHEMA_WITH_TODAYS_TABLES..=LATEST_SCHEMA_VERSION).contains(&v) => {}
        Some(v) if v > LATEST_SCHEMA_VERSION => {
            return Err(Error::invalid(
                "file",
                format!(
                    "The export was made by a newer Salesdesk (schema {v}, this version knows {LATEST_SCHEMA_VERSION}); update Salesdesk to import it."
                ),
            ));
        }
        Some(v) => {
            return Err(Error::invalid(
                "file",
                format!(
                    "The export was made by an older Salesdesk (schema {v}); open it in that version, or restore it as a backup, then export again."
                ),
            ));
        }
        None => return Err(Error::invalid("file", "\"schemaVersion\" is missing.")),
    }
    object
        .get("tables")
        .and_then(Value::as_object)
        .ok_or_else(|| Error::invalid("file", "\"tables\" is missing or is not an object."))
}

/// Checks every row's shape against the schema, collecting problems.
fn check_tables(tables: &[Table], json: &Map<String, Value>, problems: &mut Vec<String>) {
    let by_name: BTreeMap<&str, &Table> = tables.iter().map(|t| (t.name.as_str(), t)).collect();
    for (name, rows) in json {
        let Some(table) = by_name.get(name.as_str()) else {
            problems.push(format!(
                "tables.{name}: there is no such table in a Salesdesk workspace."
            ));
            continue;
        };
        let Some(rows) = rows.as_array() else {
            problems.push(format!("tables.{name}: must be a list of rows."));
            continue;
        };
        for (index, row) in rows.iter().enumerate() {
            let place = format!("tables.{name}[{index}]");
            let Some(row) = row.as_object() else {
                problems.push(format!("{place}: must be an object of column values."));
                continue;
            };
            for key in row.keys() {
                if !table.columns.iter().any(|c| &c.name == key) {
                    problems.push(format!("{place}.{key}: there is no such column."));
                }
            }
            for column in &table.columns {
                let value = row.get(&column.name);
                let problem = check_value(column, value).or_else(|| {
                    // The app's own rule for the value, as if a person typed it.
                    let value = value.filter(|v| !v.is_null())?;
                    let rule = import_rules::rule(name, &column.name)?;
                    import_rules::check(rule, value, row)
                });
                if let Some(problem) = problem {
                    problems.push(format!("{place}.{}: {problem}", column.name));
                }
            }
            if problems.len() >= MAX_PROBLEMS {
                return;
            }
        }
    }
}

fn check_value(column: &Column, value: Option<&Value>) -> Option<String> {
    let value = match value {
        None | Some(Value::Null) if column.required => return Some("a value is required.".into()),
        None | Some(Value::Null) => return None,
        Some(v) => v,
    };
    match (column.kind.as_str(), value) {
        ("TEXT", Value::String(s)) if s.len() > MAX_IMPORT_TEXT_BYTES => Some(format!(
            "the text is longer than {MAX_IMPORT_TEXT_BYTES} bytes."
        )),
        ("TEXT", Value::String(s)) if s.contains('\0') => {
            Some("the text contains a NUL character.".into())
        }
        ("TEXT", Value::String(_)) => None,
        ("INTEGER", Value::Number(n)) if n.is_i64() => None,
        ("INTEGER", Value::Bool(_)) => None,
        ("REAL", Value::Number(_)) => None,
        ("ANY", Value::String(_) | Value::Number(_) | Value::Bool(_)) => None,
        (kind, other) => Some(format!(
            "expected {}, found {}.",
            match kind {
                "TEXT" => "text",
                "INTEGER" => "a whole number",
                "REAL" => "a number",
                _ => "a value",
            },
            describe(other)
        )),
    }
}

fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "nothing",
        Value::Bool(_) => "true/false",
        Value::Number(n) if n.is_i64() || n.is_u64() => "a whole number",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

fn too_many(problems: Vec<String>) -> Error {
    let shown: Vec<_> = problems.iter().take(MAX_PROBLEMS).cloned().collect();
    let mut message = format!("Nothing was imported. {}", shown.join(" "));
    if problems.len() > MAX_PROBLEMS {
        message.push_str(" (and more)");
    }
    Error::invalid("file", message)
}

fn insert_row(tx: &Connection, table: &Table, index: usize, row: &Value) -> Result<()> {
    let row = row.as_object().expect("checked before");
    let present: Vec<&Column> = table
        .columns
        .iter()
        .filter(|c| row.get(&c.name).is_some_and(|v| !v.is_null()))
        .collect();
    if present.is_empty() {
        tx.execute(
            &format!("INSERT INTO {} DEFAULT VALUES", quote(&table.name)),
            [],
        )?;
        return Ok(());
    }
    let sql = format!(
        "INSERT INTO {} ({}) VALUES ({})",
        quote(&table.name),
        present
            .iter()
            .map(|c| quote(&c.name))
            .collect::<Vec<_>>()
            .join(", "),
        (1..=present.len())
            .map(|i| format!("?{i}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let values = present.iter().map(|c| to_sql(&row[&c.name]));
    tx.execute(&sql, params_from_iter(values)).map_err(|e| {
        Error::invalid(
            "file",
            format!(
                "Nothing was imported. tables.{}[{index}]: {}",
                table.name,
                explain(&e)
            ),
        )
    })?;
    Ok(())
}

fn to_sql(value: &Value) -> SqlValue {
    match value {
        Value::Null => SqlValue::Null,
        Value::Bool(b) => SqlValue::Integer(i64::from(*b)),
        Value::Number(n) => match n.as_i64() {
            Some(i) => SqlValue::Integer(i),
            None => SqlValue::Real(n.as_f64().unwrap_or(0.0)),
        },
        Value::String(s) => SqlValue::Text(s.clone()),
        other => SqlValue::Text(other.to_string()),
    }
}

/// SQLite's constraint message in words a user can act on.
fn explain(error: &rusqlite::Error) -> String {
    let text = error.to_string();
    if let Some(rest) = text.strip_prefix("UNIQUE constraint failed: ") {
        format!("another row already has the same {rest}.")
    } else if text.starts_with("CHECK constraint failed") {
        format!("a value is not allowed ({text}).")
    } else {
        format!("{text}.")
    }
}

/// After all rows are in: every reference points at a row in the file.
fn check_references(tx: &Connection) -> Result<()> {
    let mut stmt =
        tx.prepare("SELECT \"table\", rowid, parent, fkid FROM pragma_foreign_key_check")?;
    let broken: Vec<(String, Option<i64>, String, i64)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let Some((table, rowid, parent, fkid)) = broken.into_iter().next() else {
        return Ok(());
    };
    // Name the row by its position in the file (rows went in in file order)
    // and the column by the foreign key's definition.
    let position: Option<i64> = match rowid {
        Some(rowid) => tx
            .query_row(
                &format!("SELECT count(*) FROM {} WHERE rowid < ?1", quote(&table)),
                [rowid],
                |r| r.get(0),
            )
            .ok(),
        None => None,
    };
    let column: Option<String> = tx
        .query_row(
            "SELECT \"from\" FROM pragma_foreign_key_list(?1) WHERE id = ?2",
            rusqlite::params![table, fkid],
            |r| r.get(0),
        )
        .ok();
    let place = match (position, column) {
        (Some(p), Some(c)) => format!("tables.{table}[{p}].{c}"),
        (Some(p), None) => format!("tables.{table}[{p}]"),
        _ => format!("tables.{table}"),
    };
    Err(Error::invalid(
        "file",
        format!(
            "Nothing was imported. {place}: refers to a row of {parent} that is not in the file."
        ),
    ))
}
