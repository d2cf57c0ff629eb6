//! The write seam: every change to the workspace's tables is recorded, in
//! the same transaction as the change, in `change_log` — one row per
//! changed field of an update (with the value it replaced), one per insert
//! and one per delete (with the old row: a tombstone) — with when, by whom,
//! and where the change came from ([`Origin`]).
//!
//! An insert is recorded without the row's values: they are in the table
//! (what a sync sends is read from there), and every later change of a
//! field keeps the value it replaced, so the row as inserted can still be
//! told. Copying every inserted row as JSON made the file twice as big.
//!
//! Recording is done by triggers generated from the schema (see [`install`],
//! run after the migrations on every open), not by a typed write API that
//! every statement would have to go through: the triggers catch every write
//! there is — the modules' own SQL, the undo stack's re-inserts, a future
//! module's first table — without trusting each of them to remember, and a
//! test walks the schema to prove that no table is left out. What the
//! triggers cannot know (who, from where, in which transaction) they read
//! from the one-row `change_context`, which [`Workspace::write`] sets at the
//! start of each write transaction.
//!
//! Two writes replace the contents wholesale, a JSON import and a restore;
//! they are recorded as what they are, one `reset` entry, instead of a
//! delete and an insert for every row.
//!
//! After each commit the write seam tells its listeners which records
//! changed ([`ChangeBatch`]), so screens can follow the data.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use rusqlite::{Connection, params};
use serde::Serialize;
use ts_rs::TS;

use crate::error::{Error, Result};

/// Tables of the seam itself, which are not recorded (nor exported: the
/// export is the workspace's contents, its history stays with the file).
pub const UNRECORDED_TABLES: &[&str] = &["change_log", "change_context"];

/// Columns whose changes are not recorded as field changes: every edit
/// sets `updated_at`, and the change log has its own time.
const UNRECORDED_COLUMNS: &[&str] = &["updated_at"];

/// Where a change came from. Changes applied from elsewhere (later: the
/// team server) are marked so, and never sent back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// The app's window: what the user typed and clicked.
    Window,
    /// The command-line tool.
    Cli,
    /// A CSV or JSON import.
    Import,
    /// A restore from a backup.
    Restore,
    /// The team's server (changes made by other people).
    Server,
}

impl Origin {
    pub fn key(self) -> &'static str {
        match self {
            Origin::Window => "window",
            Origin::Cli => "cli",
            Origin::Import => "import",
            Origin::Restore => "restore",
            Origin::Server => "server",
        }
    }

    fn from_key(key: &str) -> Result<Origin> {
        Ok(match key {
            "window" => Origin::Window,
            "cli" => Origin::Cli,
            "import" => Origin::Import,
            "restore" => Origin::Restore,
            "server" => Origin::Server,
            other => return Err(Error::Internal(format!("unknown change origin {other:?}"))),
        })
    }
}

/// What happened to a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    Insert,
    Update,
    Delete,
    /// The whole contents were replaced (a JSON import or a restore).
    Reset,
}

impl ChangeKind {
    fn from_key(key: &str) -> Result<ChangeKind> {
        Ok(match key {
            "insert" => ChangeKind::Insert,
            "update" => ChangeKind::Update,
            "delete" => ChangeKind::Delete,
            "reset" => ChangeKind::Reset,
            other => return Err(Error::Internal(format!("unknown change kind {other:?}"))),
        })
    }
}

/// One record that a committed transaction changed.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChangedRecord {
    pub table: String,
    /// The record's id (for a table keyed by several columns, their values
    /// as a JSON array).
    pub row_id: String,
    pub kind: ChangeKind,
}

/// Everything one committed write changed: what the screens are told.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChangeBatch {
    pub origin: Origin,
    /// Each changed record once, by table and id; a reset is one record of
    /// table `*`.
    pub records: Vec<ChangedRecord>,
}

/// Told what each committed write changed ([`crate::Workspace::on_change`]).
pub type ChangeListener = Box<dyn Fn(&ChangeBatch) + Send>;

/// One recorded change, as `change_log` holds it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Change {
    pub seq: i64,
    pub at: String,
    pub actor_id: Option<String>,
    pub origin: Origin,
    /// The write transaction it was part of (a number that grows).
    pub tx: i64,
    pub table: String,
    pub row_id: String,
    pub kind: ChangeKind,
    /// For an update, the field that changed.
    pub column: Option<String>,
    /// For an update the field's old value; for a delete, the whole old
    /// row as a JSON object.
    pub old_value: Option<serde_json::Value>,
    /// For an update, the field's new value (an insert records none: the
    /// row holds it).
    pub new_value: Option<serde_json::Value>,
}

/// Marks the start of a write transaction: the triggers stamp what they
/// record with this transaction's number, origin, actor and time. Returns
/// the transaction's number.
/// `recording` is false only for the writes of a fill that one reset entry
/// covers ([`crate::Workspace::fill_as_one_reset`]).
pub(crate) fn begin(tx: &Connection, origin: Origin, recording: bool) -> Result<i64> {
    let actor = super::log::current_actor(tx)?;
    Ok(tx.query_row(
        "UPDATE change_context SET tx = tx + 1, origin = ?1, actor_id = ?2, at = ?3, recording = ?4
         WHERE id = 1 RETURNING tx",
        params![origin.key(), actor, crate::time::now(), recording],
        |r| r.get(0),
    )?)
}

/// Changes the origin of the transaction begun with [`begin`] (a CSV
/// import runs in a write begun like any other).
pub(crate) fn set_origin(tx: &Connection, origin: Origin) -> Result<()> {
    tx.execute(
        "UPDATE change_context SET origin = ?1 WHERE id = 1",
        [origin.key()],
    )?;
    Ok(())
}

/// Records the whole contents replaced: one `reset` entry is written and
/// `replace` runs with recording paused (the rows it deletes and inserts
/// are not recorded one by one); recording is on again after it, so a
/// later write by any other path is recorded.
pub(crate) fn record_reset<T>(
    tx: &Connection,
    origin: Origin,
    replace: impl FnOnce() -> Result<T>,
) -> Result<T> {
    set_origin(tx, origin)?;
    tx.execute_batch(
        "INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind)
             SELECT at, actor_id, origin, tx, '*', '*', 'reset' FROM change_context WHERE id = 1;
         UPDATE change_context SET recording = 0 WHERE id = 1;",
    )?;
    let value = replace()?;
    tx.execute("UPDATE change_context SET recording = 1 WHERE id = 1", [])?;
    Ok(value)
}

/// What transaction `number` changed, each record once.
pub(crate) fn batch(tx: &Connection, number: i64) -> Result<Option<ChangeBatch>> {
    let mut stmt = tx.prepare_cached(
        "SELECT origin, table_name, row_id, kind FROM change_log WHERE tx = ?1 ORDER BY seq",
    )?;
    let mut origin = None;
    let mut records = BTreeSet::new();
    let rows = stmt.query_map([number], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
        ))
    })?;
    for row in rows {
        let (o, table, row_id, kind) = row?;
        origin = Some(Origin::from_key(&o)?);
        records.insert(ChangedRecord {
            table,
            row_id,
            kind: ChangeKind::from_key(&kind)?,
        });
    }
    Ok(origin.map(|origin| ChangeBatch {
        origin,
        records: records.into_iter().collect(),
    }))
}

/// The changes recorded for one record, oldest first.
pub(crate) fn history(tx: &Connection, table: &str, row_id: &str) -> Result<Vec<Change>> {
    let mut stmt = tx.prepare_cached(
        "SELECT seq, at, actor_id, origin, tx, table_name, row_id, kind, column_name, old_value, new_value
         FROM change_log WHERE table_name = ?1 AND row_id = ?2 ORDER BY seq",
    )?;
    let rows = stmt.query_map(params![table, row_id], change_row)?;
    let mut out = Vec::new();
    for row in rows {
        out.push(row??);
    }
    Ok(out)
}

/// Every change after `seq` (the next ones to send), oldest first.
pub(crate) fn since(tx: &Connection, seq: i64) -> Result<Vec<Change>> {
    let mut stmt = tx.prepare_cached(
        "SELECT seq, at, actor_id, origin, tx, table_name, row_id, kind, column_name, old_value, new_value
         FROM change_log WHERE seq > ?1 ORDER BY seq",
    )?;
    let rows = stmt.query_map([seq], change_row)?;
    let mut out = Vec::new();
    for row in rows {
        out.push(row??);
    }
    Ok(out)
}

fn change_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Result<Change>> {
    let origin: String = r.get(3)?;
    let kind: String = r.get(7)?;
    let value = |i: usize| -> rusqlite::Result<Option<serde_json::Value>> {
        use rusqlite::types::ValueRef;
        Ok(match r.get_ref(i)? {
            ValueRef::Null => None,
            ValueRef::Integer(n) => Some(n.into()),
            ValueRef::Real(x) => Some(x.into()),
            ValueRef::Text(t) => {
                let text = String::from_utf8_lossy(t).into_owned();
                Some(serde_json::Value::String(text))
            }
            ValueRef::Blob(b) => Some(serde_json::Value::String(format!("{} bytes", b.len()))),
        })
    };
    let mut old_value = value(9)?;
    let mut new_value = value(10)?;
    // A whole row (insert, delete) is stored as a JSON object.
    for whole in [&mut old_value, &mut new_value] {
        if let Some(serde_json::Value::String(text)) = whole
            && kind != "update"
            && let Ok(parsed) = serde_json::from_str(text)
        {
            *whole = Some(parsed);
        }
    }
    let seq = r.get(0)?;
    let at = r.get(1)?;
    let actor_id = r.get(2)?;
    let tx = r.get(4)?;
    let table = r.get(5)?;
    let row_id = r.get(6)?;
    let column = r.get(8)?;
    Ok((|| {
        Ok(Change {
            seq,
            at,
            actor_id,
            origin: Origin::from_key(&origin)?,
            tx,
            table,
            row_id,
            kind: ChangeKind::from_key(&kind)?,
            column,
            old_value,
            new_value,
        })
    })())
}

/// A table as the triggers need it.
struct RecordedTable {
    name: String,
    columns: Vec<String>,
    key: Vec<String>,
}

/// The tables that must be recorded: every table of the workspace but the
/// seam's own.
fn recorded_tables(conn: &Connection) -> Result<Vec<RecordedTable>> {
    let mut tables = Vec::new();
    for name in super::content_tables(conn)? {
        let mut stmt = conn.prepare("SELECT name, pk FROM pragma_table_info(?1) ORDER BY cid")?;
        let columns: Vec<(String, i64)> = stmt
            .query_map([&name], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut key: Vec<(i64, String)> = columns
            .iter()
            .filter(|(_, pk)| *pk > 0)
            .map(|(c, pk)| (*pk, c.clone()))
            .collect();
        key.sort();
        if key.is_empty() {
            return Err(Error::Internal(format!(
                "the table {name} has no primary key, so its changes cannot be recorded"
            )));
        }
        tables.push(RecordedTable {
            name,
            columns: columns.into_iter().map(|(c, _)| c).collect(),
            key: key.into_iter().map(|(_, c)| c).collect(),
        });
    }
    Ok(tables)
}

fn quote(identifier: &str) -> String {
    format!("\"{}\"", identifier.replace('"', "\"\""))
}

fn literal(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

/// The SQL that names a row of `table` (`new` or `old`): its id, or its
/// key's values as a JSON array.
fn row_id(table: &RecordedTable, row: &str) -> String {
    match table.key.as_slice() {
        [one] => format!("CAST({row}.{} AS TEXT)", quote(one)),
        many => format!(
            "json_array({})",
            many.iter()
                .map(|c| format!("{row}.{}", quote(c)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

fn whole_row(table: &RecordedTable, row: &str) -> String {
    let mut out = String::from("json_object(");
    for (i, column) in table.columns.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        let _ = write!(out, "{}, {row}.{}", literal(column), quote(column));
    }
    out.push(')');
    out
}

/// The three triggers that record `table`, by name.
fn triggers_for(table: &RecordedTable) -> Vec<(String, String)> {
    let t = quote(&table.name);
    let name_of = |what: &str| format!("record_{}_{what}", table.name);
    let context = "FROM change_context WHERE id = 1 AND recording";
    let insert = format!(
        "CREATE TRIGGER {} AFTER INSERT ON {t} BEGIN\n  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind)\n    SELECT at, actor_id, origin, tx, {}, {}, 'insert' {context};\nEND",
        quote(&name_of("insert")),
        literal(&table.name),
        row_id(table, "new"),
    );
    let delete = format!(
        "CREATE TRIGGER {} AFTER DELETE ON {t} BEGIN\n  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, old_value)\n    SELECT at, actor_id, origin, tx, {}, {}, 'delete', {} {context};\nEND",
        quote(&name_of("delete")),
        literal(&table.name),
        row_id(table, "old"),
        whole_row(table, "old"),
    );
    // An update records each field that changed, with the value it
    // replaced. (A change of a key column records the field under the new
    // key, after an entry of the old key's row id.)
    let fields: Vec<String> = table
        .columns
        .iter()
        .filter(|c| !UNRECORDED_COLUMNS.contains(&c.as_str()))
        .map(|c| {
            format!(
                "SELECT {} AS column_name, old.{q} AS old_value, new.{q} AS new_value WHERE old.{q} IS NOT new.{q}",
                literal(c),
                q = quote(c)
            )
        })
        .collect();
    let update = format!(
        "CREATE TRIGGER {} AFTER UPDATE ON {t} BEGIN\n  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, column_name, old_value, new_value)\n    SELECT c.at, c.actor_id, c.origin, c.tx, {}, {}, 'update', f.column_name, f.old_value, f.new_value\n    FROM change_context c, (\n      {}\n    ) f WHERE c.id = 1 AND c.recording;\nEND",
        quote(&name_of("update")),
        literal(&table.name),
        row_id(table, "new"),
        fields.join("\n      UNION ALL "),
    );
    vec![
        (name_of("insert"), insert),
        (name_of("delete"), delete),
        (name_of("update"), update),
    ]
}

/// The statements that create (or re-create, after a migration changed a
/// table) the recording triggers of every table, drop those of tables
/// that are gone, and turn recording on if it was left paused: none when every trigger's SQL is already right (this is
/// read on every open; the opener runs them only when there are any).
pub(crate) fn trigger_changes(tx: &Connection) -> Result<Vec<String>> {
    // Every recording trigger there is, read once.
    let mut existing: std::collections::HashMap<String, String> = {
        let mut stmt = tx.prepare(
            "SELECT name, sql FROM main.sqlite_schema WHERE type = 'trigger' AND name LIKE 'record\\_%' ESCAPE '\\'",
        )?;
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?
    };
    let mut statements = Vec::new();
    for table in recorded_tables(tx)? {
        for (name, sql) in triggers_for(&table) {
            match existing.remove(&name) {
                Some(current) if current == sql => {}
                Some(_) => {
                    statements.push(format!("DROP TRIGGER main.{}", quote(&name)));
                    statements.push(sql);
                }
                None => statements.push(sql),
            }
        }
    }
    // What is left belongs to tables that are gone.
    for name in existing.keys() {
        statements.push(format!("DROP TRIGGER main.{}", quote(name)));
    }
    // A fill or a reset cut short (a crash) left recording paused: on
    // again, so other tools' writes are recorded before the next of ours.
    let recording: bool = tx.query_row(
        "SELECT recording FROM change_context WHERE id = 1",
        [],
        |r| r.get(0),
    )?;
    if !recording {
        statements.push("UPDATE change_context SET recording = 1 WHERE id = 1".into());
    }
    Ok(statements)
}

/// The names of the recording triggers a table must have.
pub fn trigger_names(table: &str) -> [String; 3] {
    ["insert", "delete", "update"].map(|what| format!("record_{table}_{what}"))
}
