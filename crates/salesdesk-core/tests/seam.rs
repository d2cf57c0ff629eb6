//! The write seam (src/store/seam.rs): every table recorded, field changes
//! with their old values, origins, tombstones, resets, nothing for a
//! rolled-back write, and the change events after a commit.

mod common;

use std::sync::{Arc, Mutex};

use rusqlite::Connection;
use salesdesk_core::Workspace;
use salesdesk_core::demo::DemoCalendar;
use salesdesk_core::playbook::PlaybookList;
use salesdesk_core::store::backup::BackupReason;
use salesdesk_core::store::seam::{self, ChangeBatch, ChangeKind, Origin};
use salesdesk_core::team::{PersonInput, PersonRole};
use serde_json::json;

/// Walks the schema: every table of the workspace but the seam's own has
/// its three recording triggers, and deleting a row of any table that has
/// one — by plain SQL on a connection of its own, around every module —
/// is recorded with the whole old row.
#[test]
fn every_table_is_recorded_whoever_writes_it() {
    let (dir, ws) = common::demo_workspace();
    let path = ws.path().to_path_buf();
    drop(ws);
    let conn = Connection::open(&path).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(tables.len() > 30, "{tables:?}");
    let mut with_rows = 0;
    for table in &tables {
        if seam::UNRECORDED_TABLES.contains(&table.as_str()) {
            continue;
        }
        for trigger in seam::trigger_names(table) {
            let found: bool = conn
                .query_row(
                    "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'trigger' AND name = ?1 AND tbl_name = ?2)",
                    [&trigger, table],
                    |r| r.get(0),
                )
                .unwrap();
            assert!(
                found,
                "{table} has no trigger {trigger}: its writes would go unrecorded"
            );
        }
        let rows: i64 = conn
            .query_row(&format!("SELECT COUNT(*) FROM \"{table}\""), [], |r| {
                r.get(0)
            })
            .unwrap();
        if rows == 0 {
            continue;
        }
        with_rows += 1;
        conn.execute_batch("PRAGMA foreign_keys = OFF; BEGIN;")
            .unwrap();
        let before: i64 = conn
            .query_row("SELECT COALESCE(MAX(seq), 0) FROM change_log", [], |r| {
                r.get(0)
            })
            .unwrap();
        conn.execute(
            &format!("DELETE FROM \"{table}\" WHERE rowid = (SELECT MIN(rowid) FROM \"{table}\")"),
            [],
        )
        .unwrap();
        let (kind, recorded_table, old): (String, String, String) = conn
            .query_row(
                "SELECT kind, table_name, old_value FROM change_log WHERE seq > ?1",
                [before],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .unwrap_or_else(|e| panic!("deleting from {table} was not recorded: {e}"));
        assert_eq!(
            (kind.as_str(), recorded_table.as_str()),
            ("delete", table.as_str())
        );
        let old: serde_json::Value = serde_json::from_str(&old).unwrap();
        assert!(
            old.as_object().is_some_and(|o| !o.is_empty()),
            "{table}: {old}"
        );
        conn.execute_batch("ROLLBACK;").unwrap();
    }
    assert!(with_rows > 20, "the demo fills most tables ({with_rows})");
    drop(dir);
}

#[test]
fn an_update_records_each_changed_field_with_its_old_value_and_who_and_where() {
    let (_dir, mut ws) = common::new_workspace();
    let rita = common::person(&mut ws, "Rita Rep", PersonRole::Rep);
    let max = common::person(&mut ws, "Max Manager", PersonRole::Manager);
    ws.team_mut().set_current_user(&max).unwrap();
    let before = common::last_seq(&mut ws);
    let mut input = PersonInput {
        id: Some(rita.clone()),
        name: "Rita Reyes".into(),
        email: String::new(),
        role: PersonRole::Rep,
        manager_id: None,
        start_date: None,
        territory: "Nord".into(),
        active: true,
    };
    ws.team_mut().save_person(&input).unwrap();
    let changes: Vec<_> = ws
        .changes_since(before)
        .unwrap()
        .into_iter()
        .filter(|c| c.table == "people")
        .collect();
    let fields: Vec<_> = changes
        .iter()
        .map(|c| {
            (
                c.kind,
                c.column.clone().unwrap_or_default(),
                c.old_value.clone(),
                c.new_value.clone(),
            )
        })
        .collect();
    assert_eq!(
        fields,
        [
            (
                ChangeKind::Update,
                "name".into(),
                Some(json!("Rita Rep")),
                Some(json!("Rita Reyes"))
            ),
            (
                ChangeKind::Update,
                "territory".into(),
                Some(json!("")),
                Some(json!("Nord"))
            ),
        ],
        "the two fields that changed, nothing else (not updated_at)"
    );
    assert!(changes.iter().all(|c| c.row_id == rita
        && c.origin == Origin::Window
        && c.actor_id.as_deref() == Some(max.as_str())
        && c.tx == changes[0].tx));
    // Saving the same again changes no field: nothing is recorded.
    let again = common::last_seq(&mut ws);
    ws.team_mut().save_person(&input).unwrap();
    assert!(
        ws.changes_since(again)
            .unwrap()
            .iter()
            .all(|c| c.table != "people")
    );
    // The record's history has its insert and both updates.
    input.name = "Rita R.".into();
    ws.set_origin(Origin::Cli);
    ws.team_mut().save_person(&input).unwrap();
    let history = ws.history("people", &rita).unwrap();
    assert_eq!(history[0].kind, ChangeKind::Insert);
    // The insert carries no copy of the row (the table holds it); the
    // first rename kept the name as inserted.
    assert_eq!(history[0].new_value, None);
    let first_rename = history.iter().find(|c| c.column.as_deref() == Some("name"));
    assert_eq!(
        first_rename.and_then(|c| c.old_value.clone()),
        Some(json!("Rita Rep"))
    );
    let last = history.last().unwrap();
    assert_eq!(
        (last.origin, last.column.as_deref(), last.new_value.clone()),
        (Origin::Cli, Some("name"), Some(json!("Rita R.")))
    );
}

#[test]
fn a_delete_leaves_a_tombstone_and_a_rolled_back_write_records_nothing() {
    let (_dir, mut ws) = common::demo_workspace();
    let competitor = ws
        .playbook_mut()
        .create_competitor("Büro <b>Direkt</b>")
        .unwrap();
    let before = common::last_seq(&mut ws);
    ws.playbook_mut()
        .delete_item(PlaybookList::Competitors, &competitor.id)
        .unwrap();
    let tombstone = ws
        .changes_since(before)
        .unwrap()
        .into_iter()
        .find(|c| c.table == "competitors")
        .unwrap();
    assert_eq!(
        (tombstone.kind, tombstone.row_id.as_str()),
        (ChangeKind::Delete, competitor.id.as_str())
    );
    assert_eq!(
        tombstone.old_value.unwrap()["name"],
        json!("Büro <b>Direkt</b>")
    );

    // A CSV preview runs the whole import and rolls it back.
    let rep = ws
        .team()
        .people()
        .unwrap()
        .into_iter()
        .find(|p| p.role == PersonRole::Rep)
        .unwrap();
    let before = common::last_seq(&mut ws);
    let csv = "Datum;Kunde;Produkt;Betrag\n05.11.2026;Neu GmbH;Chairs;100\n";
    let import = salesdesk_core::plans::RevenueImport {
        rep_id: rep.id.clone(),
        settings: salesdesk_core::plans::csv_import::CsvSettings {
            delimiter: ";".into(),
            date_order: salesdesk_core::plans::csv_import::DateOrder::DayMonth,
            decimal_mark: salesdesk_core::plans::csv_import::DecimalMark::Comma,
            encoding: String::new(),
        },
        mapping: salesdesk_core::plans::csv_import::RevenueMapping {
            date: 0,
            client: 1,
            product: 2,
            amount: 3,
        },
        unknown: salesdesk_core::plans::UnknownNames::Add,
    };
    assert!(
        !ws.plans_mut()
            .import_revenue(csv.as_bytes(), &import, true)
            .unwrap()
            .saved
    );
    assert_eq!(
        ws.changes_since(before).unwrap(),
        [],
        "a preview records nothing"
    );
    // The import itself is recorded as an import.
    assert!(
        ws.plans_mut()
            .import_revenue(csv.as_bytes(), &import, false)
            .unwrap()
            .saved
    );
    let imported = ws.changes_since(before).unwrap();
    assert!(
        imported
            .iter()
            .any(|c| c.table == "actual_revenue" && c.kind == ChangeKind::Insert)
    );
    assert!(
        imported.iter().all(|c| c.origin == Origin::Import),
        "{imported:?}"
    );
}

#[test]
fn a_reorder_records_every_row_that_moved() {
    let (_dir, mut ws) = common::demo_workspace();
    let stages = ws.playbook().get().unwrap().stages;
    assert!(stages.len() >= 4);
    let before = common::last_seq(&mut ws);
    // The last stage to the front: every stage moves one place.
    ws.playbook_mut()
        .move_item(PlaybookList::Stages, &stages.last().unwrap().id, 0)
        .unwrap();
    let mut moved: Vec<(String, serde_json::Value)> = ws
        .changes_since(before)
        .unwrap()
        .into_iter()
        .filter(|c| c.table == "stages" && c.column.as_deref() == Some("position"))
        .map(|c| (c.row_id, c.new_value.unwrap()))
        .collect();
    moved.sort_by_key(|a| a.1.as_i64());
    assert_eq!(moved.len(), stages.len(), "{moved:?}");
    assert_eq!(moved[0].0, stages.last().unwrap().id);
}

#[test]
fn an_import_and_a_restore_are_recorded_as_one_reset() {
    let (_dir, mut ws) = common::demo_workspace();
    let json = ws.export_json_text().unwrap();
    assert!(
        !json.contains("change_log"),
        "the history is not part of an export"
    );
    let before = common::last_seq(&mut ws);
    ws.import_json_text(&json).unwrap();
    let changes = ws.changes_since(before).unwrap();
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert_eq!(
        (
            changes[0].kind,
            changes[0].origin,
            changes[0].table.as_str()
        ),
        (ChangeKind::Reset, Origin::Import, "*")
    );
    // Writes after the reset are recorded again, by any path: plain SQL
    // too, which does not stamp the context.
    let later = common::last_seq(&mut ws);
    ws.playbook_mut()
        .create_competitor("After the import")
        .unwrap();
    assert_eq!(ws.changes_since(later).unwrap().len(), 1);
    let mut ws = edit_competitors_by_hand(ws);
    assert!(
        ws.changes_since(later)
            .unwrap()
            .iter()
            .any(|c| c.column.as_deref() == Some("notes")),
        "a write after an import by another path is recorded"
    );

    let backup = ws.back_up(&BackupReason::Manual).unwrap();
    ws.playbook_mut()
        .create_competitor("Lost by the restore")
        .unwrap();
    ws.restore_backup(&backup.file_name).unwrap();
    let last = ws.changes_since(0).unwrap().pop().unwrap();
    assert_eq!(
        (last.kind, last.origin),
        (ChangeKind::Reset, Origin::Restore)
    );
}

#[test]
fn the_example_company_is_recorded_as_one_reset_and_recording_resumes() {
    let (_dir, ws) = common::demo_workspace();
    let all = ws.changes_since(0).unwrap();
    assert_eq!(
        all.iter()
            .map(|c| (c.kind, c.table.as_str()))
            .collect::<Vec<_>>(),
        [(ChangeKind::Reset, "*")],
        "the fill is one reset, not a record per row"
    );
    // The next write by this workspace is recorded, and so is one by
    // plain SQL right after the fill (recording is not left paused).
    let mut ws = edit_competitors_by_hand(ws);
    assert!(
        ws.changes_since(0)
            .unwrap()
            .iter()
            .any(|c| c.column.as_deref() == Some("notes"))
    );
    // A workspace with a playbook is refused, and nothing is recorded.
    let before = common::last_seq(&mut ws);
    assert!(salesdesk_core::demo::fill_demo(&mut ws, &DemoCalendar::reference()).is_err());
    assert_eq!(common::last_seq(&mut ws), before);
}

#[test]
fn recording_paused_by_a_fill_cut_short_is_on_again_at_the_next_open() {
    let (dir, ws) = common::new_workspace();
    let path = ws.path().to_path_buf();
    drop(ws);
    // As a crash in the middle of a fill leaves it.
    let conn = Connection::open(&path).unwrap();
    conn.execute("UPDATE change_context SET recording = 0", [])
        .unwrap();
    drop(conn);
    drop(Workspace::open_existing(&path).unwrap());
    let conn = Connection::open(&path).unwrap();
    conn.execute(
        "INSERT INTO competitors (id, name, notes, position, created_at, updated_at) VALUES ('c1', 'By hand', '', 0, '', '')",
        [],
    )
    .unwrap();
    let recorded: i64 = conn
        .query_row(
            "SELECT count(*) FROM change_log WHERE table_name = 'competitors' AND row_id = 'c1'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(recorded, 1);
    drop(dir);
}

#[test]
fn listeners_hear_of_each_committed_write_with_its_records() {
    let (_dir, mut ws) = common::new_workspace();
    let heard: Arc<Mutex<Vec<ChangeBatch>>> = Arc::default();
    let sink = heard.clone();
    ws.on_change(move |batch| sink.lock().unwrap().push(batch.clone()));
    let rita = common::person(&mut ws, "Rita Rep", PersonRole::Rep);
    let batches = heard.lock().unwrap().clone();
    assert_eq!(batches.len(), 1, "{batches:?}");
    assert_eq!(batches[0].origin, Origin::Window);
    assert!(
        batches[0]
            .records
            .iter()
            .any(|r| r.table == "people" && r.row_id == rita && r.kind == ChangeKind::Insert)
    );
    // A refused write tells nobody.
    let refused = ws.team_mut().save_person(&PersonInput {
        id: None,
        name: String::new(),
        email: String::new(),
        role: PersonRole::Rep,
        manager_id: None,
        start_date: None,
        territory: String::new(),
        active: true,
    });
    assert!(refused.is_err());
    assert_eq!(heard.lock().unwrap().len(), 1);
}

/// Opening checks the recording triggers and leaves them alone when they
/// are right: the schema is not rewritten on every open.
#[test]
fn reopening_leaves_the_recording_triggers_as_they_are() {
    let (dir, ws) = common::new_workspace();
    let path = ws.path().to_path_buf();
    drop(ws);
    let schema_version = || -> i64 {
        Connection::open(&path)
            .unwrap()
            .query_row("PRAGMA schema_version", [], |r| r.get(0))
            .unwrap()
    };
    let before = schema_version();
    drop(Workspace::open_existing(&path).unwrap());
    assert_eq!(schema_version(), before);
    // A trigger changed by hand is put right on the next open.
    Connection::open(&path)
        .unwrap()
        .execute_batch("DROP TRIGGER record_people_update;")
        .unwrap();
    let mut ws = Workspace::open_existing(&path).unwrap();
    let rita = common::person(&mut ws, "Rita", salesdesk_core::team::PersonRole::Rep);
    let input = PersonInput {
        id: Some(rita.clone()),
        name: "Rita R.".into(),
        email: String::new(),
        role: PersonRole::Rep,
        manager_id: None,
        start_date: None,
        territory: String::new(),
        active: true,
    };
    ws.team_mut().save_person(&input).unwrap();
    assert!(
        ws.history("people", &rita)
            .unwrap()
            .iter()
            .any(|c| c.column.as_deref() == Some("name"))
    );
    drop(dir);
}

/// Any text a user can type is recorded as typed: at its maximum length,
/// one unbroken word, right to left, other scripts, markup and quotes.
#[test]
fn any_text_is_recorded_exactly() {
    use salesdesk_core::validate::MAX_NAME_CHARS;
    let (_dir, mut ws) = common::new_workspace();
    let rita = common::person(&mut ws, "Rita", PersonRole::Rep);
    let texts = [
        "ق".repeat(MAX_NAME_CHARS),
        "x".repeat(MAX_NAME_CHARS),
        "<b>'; DROP TABLE people; --\"</b>".into(),
        "王小明 · नमस्ते · שלום".into(),
    ];
    for text in &texts {
        ws.team_mut()
            .save_person(&PersonInput {
                id: Some(rita.clone()),
                name: text.clone(),
                email: String::new(),
                role: PersonRole::Rep,
                manager_id: None,
                start_date: None,
                territory: String::new(),
                active: true,
            })
            .unwrap();
    }
    let recorded: Vec<String> = ws
        .history("people", &rita)
        .unwrap()
        .into_iter()
        .filter(|c| c.column.as_deref() == Some("name"))
        .map(|c| c.new_value.unwrap().as_str().unwrap().to_string())
        .collect();
    assert_eq!(recorded, texts);
}

/// Closes `ws`, sets every competitor's notes with plain SQL on a
/// connection of its own (another tool, which stamps no context), and
/// opens the workspace again.
fn edit_competitors_by_hand(ws: Workspace) -> Workspace {
    let path = ws.path().to_path_buf();
    drop(ws);
    let conn = Connection::open(&path).unwrap();
    conn.execute("UPDATE competitors SET notes = 'by hand'", [])
        .unwrap();
    drop(conn);
    Workspace::open_existing(&path).unwrap()
}
