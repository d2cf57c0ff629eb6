//! Data safety: one writer per workspace, backups and restores, and the
//! JSON export/import round trip with its all-or-nothing checks.

mod common;

use std::time::{Duration, Instant};

use salesdesk_core::store::backup::{self, BackupReason, KEEP_BACKUPS};
use salesdesk_core::store::{LATEST_SCHEMA_VERSION, OLDEST_SCHEMA_WITH_TODAYS_TABLES, migrations};
use salesdesk_core::{ErrorCode, Workspace, demo};
use serde_json::{Value, json};

use common::{contents, demo_workspace};

fn company(ws: &mut Workspace) -> String {
    ws.playbook().get().unwrap().company_name
}

#[test]
fn a_second_opener_waits_then_is_told_the_workspace_is_busy() {
    let (dir, ws) = common::new_workspace();
    let path = dir.path().join("test.salesdesk");
    let started = Instant::now();
    let err = Workspace::open_existing_waiting(&path, Duration::from_millis(300)).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Busy);
    assert!(
        err.to_string().contains("is open in another Salesdesk"),
        "{err}"
    );
    assert!(started.elapsed() >= Duration::from_millis(300));
    drop(ws);
    let again = Workspace::open_existing_waiting(&path, Duration::from_millis(300)).unwrap();
    assert!(again.integrity_ok().unwrap());
    assert!(again.playbook().get().is_ok());
}

#[test]
fn a_backup_is_a_checked_copy_and_restoring_it_brings_the_state_back() {
    let (dir, mut ws) = demo_workspace();
    let path = dir.path().join("test.salesdesk");
    let before = contents(&mut ws);
    let taken = ws.back_up(&BackupReason::Manual).unwrap();
    assert_eq!(taken.reason, "manual");
    assert!(taken.bytes > 0);
    let listed = backup::list_backups(&path).unwrap();
    assert_eq!(listed, vec![taken.clone()]);
    let file = backup::backups_dir(&path).join(&taken.file_name);
    backup::verify(&file).unwrap();
    // A backup is one self-contained file.
    assert!(!file.with_extension("salesdesk-wal").exists());

    ws.playbook_mut()
        .set_company_name("Changed after the backup")
        .unwrap();
    assert_ne!(contents(&mut ws), before);

    let safety = ws.restore_backup(&taken.file_name).unwrap();
    assert_eq!(safety.reason, "before-restore");
    assert_eq!(contents(&mut ws), before);
    assert!(ws.integrity_ok().unwrap());

    // The restore itself can be undone from the backup it made.
    ws.restore_backup(&safety.file_name).unwrap();
    assert_eq!(company(&mut ws), "Changed after the backup");
}

#[test]
fn a_damaged_backup_is_refused_and_nothing_changes() {
    let (dir, mut ws) = demo_workspace();
    let path = dir.path().join("test.salesdesk");
    let before = contents(&mut ws);
    let taken = ws.back_up(&BackupReason::Manual).unwrap();
    let file = backup::backups_dir(&path).join(&taken.file_name);
    // Overwrite the middle of the file: pages of data are now garbage.
    let mut bytes = std::fs::read(&file).unwrap();
    let middle = bytes.len() / 2;
    let end = (middle + 8192).min(bytes.len());
    for b in &mut bytes[middle..end] {
        *b = 0x5A;
    }
    std::fs::write(&file, &bytes).unwrap();

    let err = ws.restore_backup(&taken.file_name).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotAWorkspace, "{err}");
    assert_eq!(contents(&mut ws), before);
    // No "before-restore" backup was made for a restore that never began.
    assert_eq!(backup::list_backups(&path).unwrap().len(), 1);

    let err = ws.restore_backup("../test.salesdesk").unwrap_err();
    assert_eq!(err.field(), Some("fileName"));
}

#[test]
fn only_the_newest_backups_are_kept_and_the_daily_one_is_taken_once_a_day() {
    let (dir, mut ws) = common::new_workspace();
    let path = dir.path().join("test.salesdesk");
    let first = backup::back_up_file_if_due(&path)
        .unwrap()
        .expect("no backup yet, so one is due");
    assert_eq!(first.reason, "daily");
    assert!(
        backup::back_up_file_if_due(&path).unwrap().is_none(),
        "one a day"
    );

    let mut names = vec![first.file_name];
    for _ in 0..KEEP_BACKUPS + 4 {
        names.push(ws.back_up(&BackupReason::Manual).unwrap().file_name);
    }
    let kept: Vec<String> = backup::list_backups(&path)
        .unwrap()
        .into_iter()
        .map(|b| b.file_name)
        .collect();
    assert_eq!(kept.len(), KEEP_BACKUPS);
    names.reverse();
    assert_eq!(
        kept,
        names[..KEEP_BACKUPS],
        "the newest are kept, newest first"
    );
}

#[test]
fn opening_a_workspace_of_an_older_version_backs_it_up_before_updating() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.salesdesk");
    {
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(
            None,
            "application_id",
            salesdesk_core::store::APPLICATION_ID,
        )
        .unwrap();
        migrations().to_version(&mut conn, 4).unwrap();
    }
    let ws = Workspace::open_existing(&path).unwrap();
    assert!(ws.integrity_ok().unwrap());
    let backups = backup::list_backups(&path).unwrap();
    assert_eq!(backups.len(), 1);
    assert_eq!(backups[0].reason, "before-update-from-v4");
    let file = backup::backups_dir(&path).join(&backups[0].file_name);
    let conn = rusqlite::Connection::open(&file).unwrap();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, 4, "the backup holds the state before the update");
    const { assert!(LATEST_SCHEMA_VERSION > 4) };
}

#[test]
fn export_then_import_gives_back_the_same_workspace() {
    let (_dir, mut ws) = demo_workspace();
    let exported = ws.export_json_text().unwrap();
    let file: Value = serde_json::from_str(&exported).unwrap();
    assert_eq!(file["format"], "salesdesk-workspace");
    assert_eq!(file["formatVersion"], 1);
    assert_eq!(file["schemaVersion"], LATEST_SCHEMA_VERSION);
    assert!(file["tables"]["stages"].as_array().unwrap().len() >= 5);

    let (_dir2, mut copy) = common::new_workspace();
    let empty = contents(&mut copy);
    let checked = copy.check_json_import(&exported).unwrap();
    assert_eq!(contents(&mut copy), empty, "a check changes nothing");
    let summary = copy.import_json_text(&exported).unwrap();
    assert_eq!(summary, checked);
    assert!(summary.rows > 100, "{summary:?}");
    assert_eq!(contents(&mut copy), contents(&mut ws));
    assert!(copy.integrity_ok().unwrap());

    // An export of an older schema with the same tables imports as it is.
    let mut older: Value = serde_json::from_str(&exported).unwrap();
    older["schemaVersion"] = json!(OLDEST_SCHEMA_WITH_TODAYS_TABLES);
    let (_dir3, mut from_older) = common::new_workspace();
    from_older.import_json(&older).unwrap();
    assert_eq!(contents(&mut from_older), contents(&mut ws));
    // The copy works as a workspace, not just as rows.
    assert_eq!(company(&mut copy), demo::DEMO_COMPANY);
    assert_eq!(
        copy.plans().list(None).unwrap().len(),
        ws.plans().list(None).unwrap().len()
    );
}

/// Imports `file` into a demo workspace and checks it fails, naming `place`,
/// and that the workspace is exactly as it was.
fn refused(mutate: impl FnOnce(&mut Value), place: &str) -> String {
    let (_dir, mut ws) = demo_workspace();
    let before = contents(&mut ws);
    let mut file = ws.export_json().unwrap();
    mutate(&mut file);
    let text = serde_json::to_string(&file).unwrap();
    let checked = ws.check_json_import(&text).unwrap_err();
    let err = ws.import_json(&file).unwrap_err();
    assert_eq!(
        checked.to_string(),
        err.to_string(),
        "the check finds what the import finds"
    );
    assert_eq!(err.code(), ErrorCode::Invalid, "{err}");
    assert_eq!(err.field(), Some("file"));
    let message = err.to_string();
    assert!(message.contains(place), "{message:?} should name {place:?}");
    assert_eq!(contents(&mut ws), before, "nothing may change: {message}");
    message
}

#[test]
fn a_bad_import_changes_nothing_and_says_what_and_where() {
    refused(|f| f["format"] = json!("something-else"), "\"format\"");
    refused(|f| f["formatVersion"] = json!(2), "newer Salesdesk");
    refused(
        |f| f["schemaVersion"] = json!(LATEST_SCHEMA_VERSION + 1),
        "newer Salesdesk",
    );
    refused(|f| f["schemaVersion"] = json!(1), "older Salesdesk");
    refused(
        |f| f["schemaVersion"] = json!(OLDEST_SCHEMA_WITH_TODAYS_TABLES - 1),
        "older Salesdesk",
    );
    refused(|f| f["tables"]["nonsense"] = json!([]), "tables.nonsense");
    refused(
        |f| f["tables"]["stages"][2]["colour"] = json!("red"),
        "tables.stages[2].colour",
    );
    refused(
        |f| f["tables"]["stages"][1]["name"] = json!(42),
        "tables.stages[1].name: expected text",
    );
    refused(
        |f| f["tables"]["stages"][0]["position"] = json!(1.5),
        "tables.stages[0].position",
    );
    refused(
        |f| {
            f["tables"]["stages"][3]
                .as_object_mut()
                .unwrap()
                .remove("name");
        },
        "tables.stages[3].name: a value is required",
    );
    refused(
        |f| f["tables"]["stages"][3]["name"] = json!("a\u{0}b"),
        "NUL",
    );
    // Rules the database itself enforces, found while writing: still all or nothing.
    refused(
        |f| f["tables"]["stages"][3]["name"] = json!("   "),
        "tables.stages[3]",
    );
    let duplicate = f_name(0);
    refused(
        move |f| f["tables"]["stages"][4]["name"] = json!(duplicate),
        "tables.stages[4]: another row already has the same",
    );
    refused(
        |f| {
            let plans = f["tables"]["plan_months"].as_array_mut().unwrap();
            plans[5]["plan_id"] = json!("no-such-plan");
        },
        "tables.plan_months[5].plan_id: refers to a row of business_plans",
    );
    let message = refused(
        |f| {
            for i in 0..4 {
                f["tables"]["stages"][i]["name"] = json!(i);
            }
            f["tables"]["kpis"] = json!("not a list");
        },
        "tables.kpis: must be a list",
    );
    assert!(message.contains("tables.stages[3].name"), "{message}");
}

/// The demo's first stage name (so a test can copy it into another row).
fn f_name(index: usize) -> String {
    let (_dir, ws) = demo_workspace();
    ws.playbook().get().unwrap().stages[index].name.clone()
}

#[test]
fn invalid_json_is_refused_with_its_line() {
    let (_dir, mut ws) = demo_workspace();
    let before = contents(&mut ws);
    let err = ws.import_json_text("{\n  \"format\": ").unwrap_err();
    assert!(err.to_string().contains("line 2"), "{err}");
    let err = ws.import_json_text("[1, 2]").unwrap_err();
    assert!(err.to_string().contains("not a JSON object"), "{err}");
    assert_eq!(contents(&mut ws), before);
}

#[test]
fn the_format_document_names_every_table_and_the_current_versions() {
    let doc = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/EXPORT_FORMAT.md"),
    )
    .unwrap();
    let (_dir, ws) = common::new_workspace();
    let file = ws.export_json().unwrap();
    for table in file["tables"].as_object().unwrap().keys() {
        assert!(
            doc.contains(&format!("`{table}`")),
            "docs/EXPORT_FORMAT.md does not list {table}"
        );
    }
    assert!(doc.contains(&format!("\"schemaVersion\": {LATEST_SCHEMA_VERSION}")));
    assert!(doc.contains(&format!(
        "## Tables (schema version {LATEST_SCHEMA_VERSION})"
    )));
}

/// Rounds of edit → back up → edit → restore → compare. CI runs a few;
/// `SALESDESK_BACKUP_ROUNDS=500` is the long run reported in
/// docs/RELIABILITY.md.
#[test]
fn many_backup_and_restore_rounds_each_bring_back_exactly_the_backed_up_state() {
    let rounds: usize = std::env::var("SALESDESK_BACKUP_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5);
    let (_dir, mut ws) = demo_workspace();
    let mut restores = 0;
    for round in 0..rounds {
        ws.playbook_mut()
            .set_company_name(&format!("Before backup {round}"))
            .unwrap();
        let expected = contents(&mut ws);
        let taken = ws.back_up(&BackupReason::Manual).unwrap();
        ws.playbook_mut()
            .set_company_name(&format!("After backup {round}"))
            .unwrap();
        ws.playbook_mut()
            .create_competitor(&format!("Rival {round}"))
            .unwrap();
        ws.restore_backup(&taken.file_name).unwrap();
        assert_eq!(contents(&mut ws), expected, "round {round}");
        assert!(ws.integrity_ok().unwrap());
        restores += 1;
    }
    eprintln!("backups: {rounds} taken and {restores} restored, each verified");
    assert_eq!(restores, rounds);
}

#[test]
fn the_daily_backup_is_taken_beside_the_open_workspace_on_a_connection_of_its_own() {
    let (dir, mut ws) = demo_workspace();
    let path = dir.path().join("test.salesdesk");
    let expected = contents(&mut ws);
    // The workspace stays open (and locked) while the backup is taken.
    let taken = backup::back_up_file_if_due(&path).unwrap().expect("due");
    assert_eq!(taken.reason, "daily");
    assert!(backup::back_up_file_if_due(&path).unwrap().is_none());
    ws.playbook_mut().set_company_name("Changed later").unwrap();
    ws.restore_backup(&taken.file_name).unwrap();
    assert_eq!(contents(&mut ws), expected);
}

/// Stopped in the middle of a write in rollback-journal mode (the switch
/// to WAL right after a new workspace is published, or a restore), a
/// workspace has a hot journal beside it: it opens whole, as it was
/// before that write, not as "damaged".
#[test]
fn a_workspace_stopped_mid_write_with_a_hot_journal_opens_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("work.salesdesk");
    {
        let mut ws = salesdesk_core::Workspace::create(&path).unwrap();
        salesdesk_core::demo::fill_demo(&mut ws, &salesdesk_core::demo::DemoCalendar::reference())
            .unwrap();
    }
    let before = {
        let mut ws = salesdesk_core::Workspace::open_existing(&path).unwrap();
        common::contents(&mut ws)
    };
    // A write in rollback-journal mode, caught half-way: pages already in
    // the file (a one-page cache spills them), the journal beside it.
    let crashed = dir.path().join("crashed.salesdesk");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch("PRAGMA journal_mode = DELETE; PRAGMA cache_size = 1; BEGIN; UPDATE stages SET purpose = purpose || ' changed'; UPDATE account_plans SET strategy = strategy || ' changed';")
            .unwrap();
        std::fs::copy(&path, &crashed).unwrap();
        let mut journal = path.clone().into_os_string();
        journal.push("-journal");
        let mut crashed_journal = crashed.clone().into_os_string();
        crashed_journal.push("-journal");
        assert!(
            std::path::Path::new(&journal).exists(),
            "the write has a journal"
        );
        std::fs::copy(&journal, &crashed_journal).unwrap();
        conn.execute_batch("ROLLBACK").unwrap();
    }
    let mut ws = salesdesk_core::Workspace::open_existing(&crashed)
        .expect("a hot journal is rolled back, not called damage");
    assert!(ws.integrity_ok().unwrap());
    assert_eq!(common::contents(&mut ws), before);
}
