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

/// A column as `pragma_table_info` gives it: name, type, not null,
/// default, key.
type ColumnInfo = (String, String, bool, Option<String>, i64);

/// Each table's columns at `version`.
fn columns_at(version: i64) -> Vec<(String, Vec<ColumnInfo>)> {
    let mut conn = rusqlite::Connection::open_in_memory().unwrap();
    migrations()
        .to_version(&mut conn, version as usize)
        .unwrap();
    tables_at(version)
        .into_iter()
        .map(|(name, _)| {
            let mut stmt = conn
                .prepare("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?1) ORDER BY cid")
                .unwrap();
            let columns = stmt
                .query_map([&name], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            (name, columns)
        })
        .collect()
}

/// An export of any version in range imports as it is: its tables are
/// today's, but for columns added since with a default (the import fills
/// them: the timestamps of migration 10 get the import's time).
#[test]
fn exports_of_every_schema_version_import_accepts_have_todays_tables() {
    let today = tables_at(LATEST_SCHEMA_VERSION);
    let today_columns = columns_at(LATEST_SCHEMA_VERSION);
    for version in OLDEST_SCHEMA_WITH_TODAYS_TABLES..LATEST_SCHEMA_VERSION {
        let then = tables_at(version);
        let then_columns = columns_at(version);
        let names = |t: &[(String, String)]| t.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
        assert_eq!(
            names(&then),
            names(&today),
            "schema {version} has other tables than today's: OLDEST_SCHEMA_WITH_TODAYS_TABLES must move up"
        );
        for (((name, sql_then), (_, sql_today)), ((_, cols_then), (_, cols_today))) in then
            .iter()
            .zip(&today)
            .zip(then_columns.iter().zip(&today_columns))
        {
            if cols_then == cols_today {
                assert_eq!(
                    sql_then, sql_today,
                    "schema {version} changed {name}: OLDEST_SCHEMA_WITH_TODAYS_TABLES must move up"
                );
                continue;
            }
            for column in cols_then {
                assert!(
                    cols_today.contains(column),
                    "schema {version}'s {name}.{} is not today's",
                    column.0
                );
            }
            for column in cols_today.iter().filter(|c| !cols_then.contains(c)) {
                assert!(
                    column.3.is_some(),
                    "{name}.{} was added after schema {version} without a default: OLDEST_SCHEMA_WITH_TODAYS_TABLES must move up",
                    column.0
                );
            }
        }
    }
    // And the range is as wide as it may be: the version before differs.
    assert_ne!(
        tables_at(OLDEST_SCHEMA_WITH_TODAYS_TABLES - 1)
            .iter()
            .map(|(n, _)| n.clone())
            .collect::<Vec<_>>(),
        today.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>()
    );
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
    ws.playbook_mut().set_company_name("Acme").unwrap();
    drop(ws);
    let ws = Workspace::open_existing(dir.path().join("test.salesdesk")).unwrap();
    assert_eq!(ws.playbook().get().unwrap().company_name, "Acme");
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
    ws.playbook_mut()
        .start(&salesdesk_core::playbook::PlaybookStart {
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
    let refused = ws.playbook_mut().set_company_name("Changed").unwrap_err();
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
    ws.playbook_mut().set_company_name("Changed").unwrap();
    ws.page_check().wait().unwrap();
    assert!(ws.page_check().damage_found().is_none());
    drop(ws);
    let ws = Workspace::open_existing(&path).unwrap();
    assert_eq!(ws.playbook().get().unwrap().company_name, "Changed");
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

/// Migration 10 adds `created_at`/`updated_at` where they were missing: every
/// row and its data stay, and each row takes its parent's times.
#[test]
fn migration_10_keeps_every_row_and_stamps_it_with_its_parents_times() {
    let mut conn = rusqlite::Connection::open_in_memory().unwrap();
    migrations().to_version(&mut conn, 9).unwrap();
    // The rows' parents (people, accounts, …) are left out: only the rows
    // migration 10 touches matter here.
    conn.pragma_update(None, "foreign_keys", false).unwrap();
    conn.execute_batch(
        "INSERT INTO business_plans (id, rep_id, first_month, status, created_at, updated_at)
             VALUES ('p', 'r', '2026-07', 'draft', '2026-01-01T00:00:00Z', '2026-02-02T00:00:00Z');
         INSERT INTO plan_months (plan_id, month, quota, expected_pipeline) VALUES ('p', '2026-07', 5000, 9000);
         INSERT INTO plan_forecasts (plan_id, month, account_id, product_id, amount) VALUES ('p', '2026-07', 'a', 'x', 1234.5);
         INSERT INTO plan_activity_goals (plan_id, kpi_id, period, target) VALUES ('p', 'k', 'week', 12);
         INSERT INTO plan_training_needs (plan_id, module_id, note) VALUES ('p', 'm', 'Négociation — 交渉');
         INSERT INTO training_modules (id, position, area, title, created_at, updated_at)
             VALUES ('m', 0, 'process', 'T', '2025-05-05T00:00:00Z', '2025-06-06T00:00:00Z');
         INSERT INTO training_module_stages (module_id, stage_id) VALUES ('m', 's');
         INSERT INTO ratings (interview_id, attribute_id, rating, evidence, updated_at)
             VALUES ('i', 'at', 3, 'Good', '2026-03-03T00:00:00Z');",
    )
    .unwrap();
    migrations().to_latest(&mut conn).unwrap();
    let row = |sql: &str| -> Vec<String> {
        conn.query_row(sql, [], |r| {
            (0..r.as_ref().column_count())
                .map(|i| {
                    r.get::<_, rusqlite::types::Value>(i)
                        .map(|v| format!("{v:?}"))
                })
                .collect()
        })
        .unwrap()
    };
    let plan_times = [
        "Text(\"2026-01-01T00:00:00Z\")".to_string(),
        "Text(\"2026-02-02T00:00:00Z\")".to_string(),
    ];
    for (table, data) in [
        ("plan_months", "quota, expected_pipeline"),
        ("plan_forecasts", "amount"),
        ("plan_activity_goals", "period, target"),
        ("plan_training_needs", "note"),
    ] {
        let values = row(&format!(
            "SELECT {data}, created_at, updated_at FROM {table}"
        ));
        assert_eq!(values[values.len() - 2..], plan_times, "{table}");
    }
    assert_eq!(
        row("SELECT quota, expected_pipeline FROM plan_months"),
        ["Real(5000.0)", "Real(9000.0)"]
    );
    assert_eq!(row("SELECT amount FROM plan_forecasts"), ["Real(1234.5)"]);
    assert_eq!(
        row("SELECT note FROM plan_training_needs"),
        ["Text(\"Négociation — 交渉\")"]
    );
    assert_eq!(
        row("SELECT created_at, updated_at FROM training_module_stages"),
        [
            "Text(\"2025-05-05T00:00:00Z\")",
            "Text(\"2025-06-06T00:00:00Z\")"
        ]
    );
    assert_eq!(
        row("SELECT rating, evidence, created_at, updated_at FROM ratings"),
        [
            "Integer(3)",
            "Text(\"Good\")",
            "Text(\"2026-03-03T00:00:00Z\")",
            "Text(\"2026-03-03T00:00:00Z\")"
        ]
    );
}

/// The tables migration 10 gave both `created_at` and `updated_at`
/// (`ratings` got `created_at` only).
const STAMPED_BY_MIGRATION_10: [&str; 5] = [
    "plan_months",
    "plan_forecasts",
    "plan_activity_goals",
    "plan_training_needs",
    "training_module_stages",
];

/// An export made before migration 10 (its rows without the timestamps
/// that migration added) imports whole, the missing times filled in with
/// the import's.
#[test]
fn an_export_from_before_the_row_timestamps_imports_with_them_filled_in() {
    let (_dir, ws) = common::demo_workspace();
    let mut file = ws.export_json().unwrap();
    file["schemaVersion"] = 9.into();
    let tables = file["tables"].as_object_mut().unwrap();
    let mut stripped = 0;
    for table in STAMPED_BY_MIGRATION_10 {
        for row in tables[table].as_array_mut().unwrap() {
            let row = row.as_object_mut().unwrap();
            row.remove("created_at");
            row.remove("updated_at");
            stripped += 1;
        }
    }
    for row in tables["ratings"].as_array_mut().unwrap() {
        row.as_object_mut().unwrap().remove("created_at");
    }
    assert!(stripped > 50);
    let months_before = tables["plan_months"].as_array().unwrap().len();
    let (_other, mut fresh) = common::new_workspace();
    fresh.import_json(&file).unwrap();
    let conn = rusqlite::Connection::open(fresh.path()).unwrap();
    let months: i64 = conn
        .query_row("SELECT count(*) FROM plan_months", [], |r| r.get(0))
        .unwrap();
    assert_eq!(months as usize, months_before);
    for table in STAMPED_BY_MIGRATION_10.iter().chain(&["ratings"]) {
        let empty: i64 = conn
            .query_row(
                &format!("SELECT count(*) FROM {table} WHERE created_at = '' OR updated_at = ''"),
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(empty, 0, "{table} has rows without their times");
    }
}

/// A snapshot is one moment: a change another connection commits between
/// two of its reads is not seen by the second (a packet's plan and review
/// agree with each other), and the next read after it sees the change.
#[test]
fn a_snapshot_reads_one_moment_while_another_connection_writes() {
    let (dir, mut ws) = common::new_workspace();
    ws.playbook_mut().set_company_name("Before").unwrap();
    let other = rusqlite::Connection::open(dir.path().join("test.salesdesk")).unwrap();
    let (first, second) = ws
        .snapshot(|r| {
            let first = r.playbook().get()?.company_name;
            other
                .execute(
                    "UPDATE settings SET value = 'After' WHERE key = 'company_name'",
                    [],
                )
                .expect("the other connection writes while the snapshot reads");
            let second = r.playbook().get()?.company_name;
            Ok((first, second))
        })
        .unwrap();
    assert_eq!((first.as_str(), second.as_str()), ("Before", "Before"));
    assert_eq!(ws.playbook().get().unwrap().company_name, "After");
}
