//! The store: creation, migrations, the expected schema, refusing files
//! that are not workspaces without touching them.

mod common;

use std::path::Path;

use salesdesk_core::store::{
    APPLICATION_ID, LATEST_SCHEMA_VERSION, OLDEST_SCHEMA_WITH_TODAYS_TABLES, inspect, migrations,
};
use salesdesk_core::{ErrorCode, Workspace};

const EXPECTED_SCHEMA: &str = include_str!("expected_schema.sql");

#[test]
fn migrations_from_empty_give_the_expected_schema() {
    let (_dir, ws) = common::new_workspace();
    let schema = ws.schema_sql().unwrap();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/expected_schema.sql"),
            &schema,
        )
        .unwrap();
        return;
    }
    assert_eq!(
        schema, EXPECTED_SCHEMA,
        "the schema after all migrations changed; if intended, run UPDATE_SCHEMA=1 cargo test -p salesdesk-core --test store"
    );
}

/// Every table an export holds, with its columns (name, type, required,
/// default, key) and its own rules, after migrating an empty database to
/// `version`. (The write seam's tables are the file's history, never
/// exported.)
fn tables_at(version: i64) -> Vec<(String, String)> {
    let mut conn = rusqlite::Connection::open_in_memory().unwrap();
    migrations()
        .to_version(&mut conn, version as usize)
        .unwrap();
    let mut stmt = conn
        .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap();
    let tables: Vec<(String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    tables
        .into_iter()
        .filter(|(name, _)| {
            !salesdesk_core::store::seam::UNRECORDED_TABLES.contains(&name.as_str())
        })
        .collect()
}

#[test]
fn exports_of_every_schema_version_import_accepts_have_todays_tables() {
    let today = tables_at(LATEST_SCHEMA_VERSION);
    for version in OLDEST_SCHEMA_WITH_TODAYS_TABLES..LATEST_SCHEMA_VERSION {
        assert_eq!(
            tables_at(version),
            today,
            "schema {version} has other tables than today's: OLDEST_SCHEMA_WITH_TODAYS_TABLES must move up"
        );
    }
    // And the range is as wide as it may be: the version before differs.
    assert_ne!(tables_at(OLDEST_SCHEMA_WITH_TODAYS_TABLES - 1), today);
}

#[test]
fn migrations_validate() {
    salesdesk_core::store::migrations().validate().unwrap();
}

#[test]
fn a_new_workspace_is_marked_wal_and_versioned() {
    let (dir, ws) = common::new_workspace();
    assert!(ws.integrity_ok().unwrap());
    drop(ws);
    let conn = rusqlite::Connection::open(dir.path().join("test.salesdesk")).unwrap();
    let app_id: i32 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .unwrap();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(app_id, APPLICATION_ID);
    assert_eq!(version, LATEST_SCHEMA_VERSION);
    assert_eq!(mode, "wal");
    assert!(!dir.path().join("test.salesdesk.creating").exists());
}

#[test]
fn reopening_keeps_data_and_foreign_keys_are_on() {
    let (dir, mut ws) = common::new_workspace();
    ws.set_company_name("Acme").unwrap();
    drop(ws);
    let mut ws = Workspace::open_existing(dir.path().join("test.salesdesk")).unwrap();
    assert_eq!(ws.playbook().unwrap().company_name, "Acme");
    let fk: bool = ws
        .read(|tx| Ok(tx.query_row("PRAGMA foreign_keys", [], |r| r.get(0))?))
        .unwrap();
    assert!(fk);
}

fn assert_refused_untouched(path: &Path, reason_part: &str) {
    let before = std::fs::read(path).ok();
    let err = Workspace::open_existing(path).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotAWorkspace, "{err}");
    assert!(err.to_string().contains(reason_part), "{err}");
    let err = Workspace::open_or_create(path).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotAWorkspace);
    let err = Workspace::open_or_create_checking_in_background(path).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotAWorkspace);
    assert!(err.to_string().contains(reason_part), "{err}");
    assert_eq!(std::fs::read(path).ok(), before, "the file was changed");
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    assert!(
        !Path::new(&wal).exists(),
        "a WAL file was created beside it"
    );
}

#[test]
fn text_files_are_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.txt");
    std::fs::write(&path, "Dear diary, this is not a database.\n".repeat(50)).unwrap();
    assert_refused_untouched(&path, "not an SQLite database");
}

#[test]
fn empty_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.salesdesk");
    std::fs::write(&path, b"").unwrap();
    assert_refused_untouched(&path, "empty");
}

#[test]
fn other_programs_databases_are_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.sqlite");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
            .unwrap();
    }
    assert_refused_untouched(&path, "another program");
}

#[test]
fn damaged_workspaces_are_refused_and_left_untouched() {
    let (dir, mut ws) = common::new_workspace();
    ws.start_playbook(&salesdesk_core::playbook::PlaybookStart {
        company_name: "Acme".into(),
        template: salesdesk_core::playbook::PlaybookTemplate::Starter,
    })
    .unwrap();
    drop(ws);
    let path = dir.path().join("test.salesdesk");
    // Overwrite the second half of the file with garbage, keeping the header.
    let mut bytes = std::fs::read(&path).unwrap();
    let half = bytes.len() / 2;
    for b in &mut bytes[half..] {
        *b = 0xA5;
    }
    // The header's page size and counts stay; the pages behind are garbage.
    for b in &mut bytes[100..half.min(4096)] {
        *b = 0x5A;
    }
    std::fs::write(&path, &bytes).unwrap();
    let before = std::fs::read(&path).unwrap();
    let err = Workspace::open_existing(&path).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotAWorkspace, "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    // Opened for the window, whose page check runs beside the first screen:
    // a schema this damaged stops the open, named for what it is.
    let err = Workspace::open_or_create_checking_in_background(&path).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotAWorkspace, "{err}");
    assert!(err.to_string().contains("damaged"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

/// The window's open checks the file's pages on a thread of its own: a
/// file whose data pages (not its schema) are damaged opens, but nothing is
/// written to it, and the check's finding is the refusal an open gives.
#[test]
fn a_damaged_file_opened_for_the_window_is_never_written() {
    let (dir, ws) = common::demo_workspace();
    drop(ws);
    let path = dir.path().join("test.salesdesk");
    // The demo's rows fill the pages after the schema's: damage the last
    // tenth of the file, page by page (each page's b-tree header too).
    let mut bytes = std::fs::read(&path).unwrap();
    let page = u16::from_be_bytes([bytes[16], bytes[17]]) as usize;
    let pages = bytes.len() / page;
    for p in pages - pages / 10..pages {
        for b in &mut bytes[p * page..(p + 1) * page] {
            *b = 0xA5;
        }
    }
    std::fs::write(&path, &bytes).unwrap();
    let mut ws = Workspace::open_or_create_checking_in_background(&path)
        .expect("the schema is whole, so the window's open goes ahead");
    let found = ws.page_check().wait().unwrap_err();
    assert_eq!(found.code(), ErrorCode::NotAWorkspace, "{found}");
    assert!(found.to_string().contains("damaged"), "{found}");
    assert!(ws.page_check().damage_found().is_some());
    let refused = ws.set_company_name("Changed").unwrap_err();
    assert_eq!(refused.code(), ErrorCode::NotAWorkspace, "{refused}");
    let refused = ws
        .back_up(&salesdesk_core::store::backup::BackupReason::Manual)
        .unwrap_err();
    assert_eq!(refused.code(), ErrorCode::NotAWorkspace, "{refused}");
    drop(ws);
    assert_eq!(std::fs::read(&path).unwrap(), bytes, "the file was changed");
    // The ordinary open refuses it outright.
    let err = Workspace::open_existing(&path).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotAWorkspace, "{err}");
}

#[test]
fn a_whole_file_opened_for_the_window_passes_its_check_and_takes_writes() {
    let (dir, ws) = common::demo_workspace();
    drop(ws);
    let path = dir.path().join("test.salesdesk");
    let mut ws = Workspace::open_or_create_checking_in_background(&path).unwrap();
    ws.set_company_name("Changed").unwrap();
    ws.page_check().wait().unwrap();
    assert!(ws.page_check().damage_found().is_none());
    drop(ws);
    let mut ws = Workspace::open_existing(&path).unwrap();
    assert_eq!(ws.playbook().unwrap().company_name, "Changed");
}

#[test]
fn missing_files_are_reported_not_created() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nope.salesdesk");
    let err = Workspace::open_existing(&path).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotAWorkspace);
    assert!(err.to_string().contains("no such file"));
    assert!(!path.exists());
    assert!(inspect(dir.path()).is_err(), "a folder is not a workspace");
}

#[test]
fn newer_schemas_are_refused() {
    let (dir, ws) = common::new_workspace();
    drop(ws);
    let path = dir.path().join("test.salesdesk");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", LATEST_SCHEMA_VERSION + 5)
            .unwrap();
    }
    let err = Workspace::open_existing(&path).unwrap_err();
    assert_eq!(err.code(), ErrorCode::TooNew);
}

#[test]
fn creating_over_an_existing_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.salesdesk");
    std::fs::write(&path, b"keep me").unwrap();
    assert!(Workspace::create(&path).is_err());
    assert_eq!(std::fs::read(&path).unwrap(), b"keep me");
}
