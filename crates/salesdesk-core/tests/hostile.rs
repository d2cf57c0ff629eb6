//! The library's side of the hostile-user rules (the CLI's side is in
//! crates/salesdesk-cli/tests/hostile.rs): exports never write over the
//! workspace, PDFs never write to it, out-of-range dates are refused, a
//! JSON import applies the app's rules, a refused import into a new
//! workspace leaves nothing, CSV import is linear and its messages say
//! what is wrong.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use salesdesk_core::output::{self, Protected};
use salesdesk_core::plans::csv_import::{self, CsvSettings, DateOrder, DecimalMark};
use salesdesk_core::{ErrorCode, Workspace};
use serde_json::Value;

use common::{contents, demo_workspace};

#[test]
fn the_workspace_its_companions_and_backups_are_protected() {
    let (dir, mut ws) = demo_workspace();
    let backup = ws
        .back_up(&salesdesk_core::store::backup::BackupReason::Manual)
        .unwrap();
    let path = ws.path().to_path_buf();
    let before = std::fs::read(&path).unwrap();
    let name = |suffix: &str| {
        let mut p = path.as_os_str().to_os_string();
        p.push(suffix);
        std::path::PathBuf::from(p)
    };
    let backups = dir.path().join("test backups");
    for target in [
        path.clone(),
        name("-wal"),
        name("-shm"),
        name("-journal"),
        name(".lock"),
        backups.join(&backup.file_name),
        backups.join("anything.pdf"),
        dir.path().join("sub/../test.salesdesk"),
    ] {
        std::fs::create_dir_all(dir.path().join("sub")).unwrap();
        let err = ws.write_export(&target, b"%PDF-1.7").unwrap_err();
        assert_eq!(err.code(), ErrorCode::Invalid, "{}", target.display());
        assert_eq!(err.field(), Some("path"));
        assert!(
            err.to_string().contains("workspace"),
            "{}: {err}",
            target.display()
        );
    }
    assert_eq!(std::fs::read(&path).unwrap(), before);
    // Exporting the manual checks the name before rendering.
    assert!(ws.export_manual(None, &path).is_err());
    // Without an open workspace the other rules still hold.
    let err = output::write_file(&path, b"x", &Protected::nothing()).unwrap_err();
    assert!(
        err.to_string().contains("is a Salesdesk workspace"),
        "{err}"
    );
    let fine = dir.path().join("manual.pdf");
    assert_eq!(ws.export_manual(None, &fine).unwrap(), fine);
}

#[test]
fn every_pdf_leaves_the_workspace_as_it_was() {
    let (_dir, mut ws) = demo_workspace();
    let before = contents(&mut ws);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let team = ws.team().people().unwrap();
    let rep = team
        .iter()
        .find(|p| p.name == "Sofia Rossi")
        .unwrap()
        .id
        .clone();
    ws.manual_pdf(None).unwrap();
    for quarter in ["2026Q4", "2099Q4", "1990Q1"] {
        ws.team_packet_pdf(quarter, today).unwrap();
        ws.rep_packet_pdf(&rep, quarter, today).unwrap();
        ws.rep_account_plans_pdf(&rep, quarter).unwrap();
    }
    for plan in ws.plans().list(None).unwrap() {
        ws.business_plan_pdf(&plan.id, today).unwrap();
    }
    for role in ws.hiring().roles().unwrap() {
        ws.interview_kit_pdf(&role.id).unwrap();
    }
    for candidate in ws.hiring().all_candidates().unwrap() {
        ws.candidate_summary_pdf(&candidate.id).unwrap();
    }
    assert_eq!(
        contents(&mut ws),
        before,
        "rendering a PDF changed the workspace"
    );
}

#[test]
fn dates_outside_the_years_the_app_knows_are_refused() {
    let (_dir, ws) = demo_workspace();
    let rep = ws
        .team()
        .people()
        .unwrap()
        .into_iter()
        .find(|p| p.name == "Aylin Demir")
        .unwrap()
        .id;
    let plan = ws.plans().list(Some(&rep)).unwrap()[0].id.clone();
    for (y, m, d) in [
        (1900, 1, 1),
        (1, 1, 1),
        (2101, 1, 1),
        (1989, 12, 31),
        (262_000, 1, 1),
    ] {
        let date = chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let refused = [
            ws.plans().plan_figures(&plan, date).err(),
            ws.plans().team_figures(date).err(),
            ws.plans().rep_figures(&rep, date).err(),
            ws.plans().plan_for_rep_name("Aylin Demir", date).err(),
            ws.business_plan_pdf(&plan, date).err(),
            ws.rep_packet_pdf(&rep, "2026Q4", date).err(),
            ws.team_packet_pdf("2026Q4", date).err(),
            ws.accounts().next_steps(None, date, 100).err(),
            ws.accounts().next_steps(Some(&rep), date, 100).err(),
        ];
        for (n, err) in refused.into_iter().enumerate() {
            let err = err.unwrap_or_else(|| panic!("call {n} accepted {date}"));
            assert_eq!(err.field(), Some("asOf"), "call {n}: {err}");
        }
    }
}

#[test]
fn a_json_import_is_held_to_the_apps_rules_and_reports_the_place() {
    let (_dir, mut ws) = demo_workspace();
    let before = contents(&mut ws);
    let mut file = ws.export_json().unwrap();
    file["tables"]["actual_revenue"][0]["month"] = "2026-13".into();
    file["tables"]["people"][2]["name"] = "x".repeat(5_000).into();
    let err = ws.import_json(&file).unwrap_err();
    let message = err.to_string();
    assert!(
        message.contains("tables.actual_revenue[0].month"),
        "{message}"
    );
    assert!(message.contains("tables.people[2].name"), "{message}");
    assert_eq!(contents(&mut ws), before);

    // A manager cycle, found only once every row is in.
    let mut file = ws.export_json().unwrap();
    let people = file["tables"]["people"].as_array_mut().unwrap();
    let (a, b) = (people[0]["id"].clone(), people[1]["id"].clone());
    people[0]["manager_id"] = b;
    people[1]["manager_id"] = a;
    let message = ws.import_json(&file).unwrap_err().to_string();
    assert!(message.contains("report to themselves"), "{message}");
    assert_eq!(contents(&mut ws), before);

    // The export itself imports: the rules accept everything the app wrote.
    let file = ws.export_json().unwrap();
    ws.import_json(&file).unwrap();
    assert_eq!(contents(&mut ws), before);
}

#[test]
fn a_refused_import_into_a_new_workspace_leaves_the_disk_as_it_was() {
    let (dir, ws) = demo_workspace();
    let mut file = ws.export_json().unwrap();
    file["tables"]["stages"][0]["name"] = "\u{202e}".into();
    let text = serde_json::to_string(&file).unwrap();
    let target = dir.path().join("new.salesdesk");
    let err =
        Workspace::create_with(&target, |w| w.import_json_text(&text).map(|_| ())).unwrap_err();
    assert!(err.to_string().contains("tables.stages[0].name"), "{err}");
    let left: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("new"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

fn settings() -> CsvSettings {
    CsvSettings {
        delimiter: ",".into(),
        date_order: DateOrder::DayMonth,
        decimal_mark: DecimalMark::Point,
        encoding: String::new(),
    }
}

/// Reading rows is linear: 16 times the rows take far less than 16² times
/// as long. (Compared within one run, so the machine's speed cancels out.)
#[test]
fn reading_a_csv_is_linear_in_its_rows() {
    let file = |rows: usize| {
        let mut text = String::from("date,client,product,amount\n");
        for n in 0..rows {
            text.push_str(&format!("2026-11-05,Client {n},Desks,{n}.25\n"));
        }
        text
    };
    let time = |text: &str| {
        let started = Instant::now();
        let table = csv_import::read_table(text.as_bytes(), &settings()).unwrap();
        (
            started.elapsed(),
            table.rows.len(),
            table.rows.last().unwrap().line,
        )
    };
    let small = file(10_000);
    let large = file(160_000);
    let _ = time(&small);
    let (small_time, _, _) = time(&small);
    let (large_time, rows, last_line) = time(&large);
    assert_eq!(rows, 160_000);
    assert_eq!(last_line, 160_001);
    // Linear: ~16×; the quadratic count was ~256×. 64× leaves room for noise.
    assert!(
        large_time < small_time * 64 + Duration::from_millis(200),
        "10k rows {small_time:?}, 160k rows {large_time:?}"
    );
}

#[test]
fn csv_files_in_the_encodings_spreadsheets_write() {
    // (encoding, bytes of "Kunde" row's client as that encoding writes it)
    let text = "date;client;product;amount\n2026-11-05;{client};Desks;\"1.234,50\"\n";
    let cases: [(&str, &str); 8] = [
        ("UTF-8", "Café Müller"),
        ("windows-1252", "Café Müller"),
        ("ISO-8859-15", "Café €uro"),
        ("windows-1250", "Łódź Żółw"),
        ("windows-1251", "Москва"),
        ("Shift_JIS", "東京商事"),
        ("GBK", "北京贸易"),
        ("windows-1256", "شركة"),
    ];
    for (label, client) in cases {
        let encoding = csv_import::encoding_by_label(label).unwrap();
        let source = text.replace("{client}", client);
        let (bytes, _, unmappable) = encoding.encode(&source);
        assert!(!unmappable, "{label} cannot write {client}");
        let settings = CsvSettings {
            delimiter: ";".into(),
            decimal_mark: DecimalMark::Comma,
            encoding: label.into(),
            ..settings()
        };
        let table = csv_import::read_table(&bytes, &settings).unwrap();
        assert_eq!(table.rows[0].cells[1], client, "{label}");
        let mapping = csv_import::mapping_from_headers(&table.headers).unwrap();
        let (rows, errors) = csv_import::parse_revenue(&table, &mapping, &settings);
        assert!(errors.is_empty(), "{label}: {errors:?}");
        assert_eq!(rows[0].amount, 1234.5, "{label}");
    }
    // UTF-16 as Excel's "Unicode text" writes it: detected from its mark.
    let unicode = "date\tclient\tproduct\tamount\n2026-11-05\t李小龍\tDesks\t100\n";
    for (bom, little) in [([0xFF, 0xFE], true), ([0xFE, 0xFF], false)] {
        let mut bytes = bom.to_vec();
        for unit in unicode.encode_utf16() {
            bytes.extend(if little {
                unit.to_le_bytes()
            } else {
                unit.to_be_bytes()
            });
        }
        let preview = csv_import::preview("u.txt", &bytes, 8, None).unwrap();
        assert_eq!(
            preview.settings.encoding,
            if little { "UTF-16LE" } else { "UTF-16BE" }
        );
        assert_eq!(preview.settings.delimiter, "\t");
        assert_eq!(preview.table.rows[0].cells[1], "李小龍");
    }
    // Legacy bytes without a label are detected (Windows-1252 here).
    let (latin, _, _) = encoding_rs::WINDOWS_1252
        .encode("date,client,product,amount\n2026-11-05,Café Müller Größe,Stühle,10\n");
    let preview = csv_import::preview("l.csv", &latin, 8, None).unwrap();
    assert_eq!(preview.settings.encoding, "windows-1252");
    assert_eq!(preview.table.rows[0].cells[1], "Café Müller Größe");
    // Changing the encoding in the mapping step reads the bytes again.
    let again = csv_import::preview("l.csv", &latin, 8, Some("windows-1251")).unwrap();
    assert_eq!(again.settings.encoding, "windows-1251");
    assert_ne!(again.table.rows[0].cells[1], "Café Müller Größe");
}

#[test]
fn files_that_are_not_text_are_still_refused() {
    for bytes in [
        &b"\x89PNG\r\n\x1a\n\0\0\0IHDR\0\0"[..],
        b"PK\x03\x04\x14\0\x06\0\x08\0",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
        &[0u8, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 11, 12, 14, 15, 16, 17][..],
    ] {
        let err = csv_import::read_table(bytes, &settings()).unwrap_err();
        assert_eq!(err.field(), Some("file"), "{bytes:?}: {err}");
    }
}

#[test]
fn names_must_be_visible_and_free_of_overrides_everywhere() {
    let (_dir, mut ws) = common::new_workspace();
    for name in ["\u{200b}", "\u{202e}Acme", "\u{2066}x\u{2069}"] {
        let err = ws
            .accounts_mut()
            .save_account(&common::account_named(name))
            .unwrap_err();
        assert_eq!(err.field(), Some("name"), "{name:?}");
    }
    assert!(Path::new(ws.path()).exists());
}

/// Fuzz of the JSON import's rules: every column of every table, given each
/// hostile value in turn. A value is refused with its place named and the
/// workspace unchanged, or it is accepted and the workspace it makes still
/// works: it exports and imports again, and its figures and PDFs render.
#[test]
fn hostile_values_in_every_column_of_an_import() {
    let (dir, mut ws) = demo_workspace();
    let export = ws.export_json().unwrap();
    let before = contents(&mut ws);
    let hostile: Vec<Value> = vec![
        Value::from(""),
        Value::from(" "),
        Value::from("\u{200b}"),
        Value::from("\u{202e}evil"),
        Value::from("x".repeat(81)),
        Value::from("x".repeat(20_001)),
        Value::from("2026-13"),
        Value::from("yesterday"),
        Value::from("<script>alert(1)</script>"),
        Value::from("9999-12-31T00:00:00Z"),
        Value::from(1e308),
        Value::from(-1),
        Value::from(1.5),
        Value::Bool(true),
    ];
    let scratch = dir.path().join("scratch.salesdesk");
    let mut scratch_ws = Workspace::create(&scratch).unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let (mut refused, mut accepted) = (0, 0);
    let mut deep_checks = std::collections::HashMap::new();
    let started = Instant::now();
    let tables = export["tables"].as_object().unwrap().clone();
    for (table, rows) in &tables {
        let Some(first) = rows.as_array().and_then(|r| r.first()) else {
            continue;
        };
        for column in first.as_object().unwrap().keys() {
            // Each column gets five of the values, a different five per
            // column, so every value meets every kind of column across the
            // schema within the test's bound.
            let offset = column.len() + table.len();
            for value in (0..5).map(|i| &hostile[(offset + i * 3) % hostile.len()]) {
                let mut file = export.clone();
                file["tables"][table][0][column] = value.clone();
                let text = file.to_string();
                match ws.check_json_import(&text) {
                    Err(err) => {
                        let message = err.to_string();
                        assert!(
                            message.contains(&format!("tables.{table}"))
                                || message.contains("tables."),
                            "{table}.{column} = {value}: the place is not named: {message}"
                        );
                        refused += 1;
                    }
                    Ok(_) if deep_checks.get(table.as_str()).copied().unwrap_or(0) >= 2 => {
                        accepted += 1;
                    }
                    Ok(_) => {
                        // The first two accepted per table are followed
                        // through; the rest are of the same kinds.
                        accepted += 1;
                        *deep_checks.entry(table.as_str()).or_insert(0) += 1;
                        scratch_ws.import_json_text(&text).unwrap();
                        let again = scratch_ws.export_json_text().unwrap();
                        scratch_ws.check_json_import(&again).unwrap_or_else(|e| {
                            panic!("{table}.{column} = {value} was accepted, but its export is refused: {e}")
                        });
                        scratch_ws.plans().team_figures(today).unwrap();
                        scratch_ws.manual_pdf(None).unwrap();
                        if table.starts_with("plan")
                            || table.starts_with("account")
                            || table == "people"
                        {
                            scratch_ws.team_packet_pdf("2026Q4", today).unwrap();
                        }
                    }
                }
            }
        }
        assert!(
            started.elapsed() < Duration::from_secs(240),
            "the fuzz ran past its bound"
        );
    }
    eprintln!("import fuzz: {refused} refused, {accepted} accepted");
    assert!(
        refused > 1_000 && accepted > 0,
        "{refused} refused, {accepted} accepted"
    );
    assert_eq!(contents(&mut ws), before);
}

/// A restore brings whole rows in too: a backup edited by hand to hold
/// what the app refuses is refused like an import, and nothing changes.
#[test]
fn a_restore_passes_the_same_rules_as_an_import() {
    let (dir, mut ws) = demo_workspace();
    let backup = ws
        .back_up(&salesdesk_core::store::backup::BackupReason::Manual)
        .unwrap();
    let path = dir.path().join("test backups").join(&backup.file_name);
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute("UPDATE actual_revenue SET month = '2026-13' WHERE rowid = (SELECT min(rowid) FROM actual_revenue)", [])
            .unwrap();
    }
    let before = contents(&mut ws);
    let backups_before = salesdesk_core::store::backup::list_backups(ws.path())
        .unwrap()
        .len();
    let err = ws.restore_backup(&backup.file_name).unwrap_err();
    let message = err.to_string();
    assert!(
        message.contains("tables.actual_revenue[0].month"),
        "{message}"
    );
    assert_eq!(contents(&mut ws), before);
    assert_eq!(
        salesdesk_core::store::backup::list_backups(ws.path())
            .unwrap()
            .len(),
        backups_before,
        "a refused restore took a backup first"
    );
    // An untouched backup still restores.
    let good = ws
        .back_up(&salesdesk_core::store::backup::BackupReason::Manual)
        .unwrap();
    ws.restore_backup(&good.file_name).unwrap();
    assert_eq!(contents(&mut ws), before);
}

/// Opening reads through a `file:` URI: names with the URI's own
/// characters, spaces, other scripts, and (on Linux) bytes that are not
/// UTF-8 still open, and a workspace reached through a link too.
#[test]
fn workspaces_with_awkward_names_open() {
    let dir = tempfile::tempdir().unwrap();
    let mut names: Vec<std::ffi::OsString> = vec![
        "what? #1 100% & more.salesdesk".into(),
        "Büro 李 مكتب.salesdesk".into(),
    ];
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStringExt;
        names.push(std::ffi::OsString::from_vec(
            b"latin1 \xe9t\xe9.salesdesk".to_vec(),
        ));
    }
    for name in names {
        let path = dir.path().join(&name);
        Workspace::create(&path).unwrap();
        let ws = Workspace::open_existing(&path).unwrap_or_else(|e| panic!("{name:?}: {e}"));
        drop(ws);
        let ws = Workspace::open_read_only(&path).unwrap_or_else(|e| panic!("{name:?}: {e}"));
        assert!(ws.is_read_only());
    }
    #[cfg(unix)]
    {
        let real = dir.path().join("what? #1 100% & more.salesdesk");
        let link = dir.path().join("link.salesdesk");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        Workspace::open_existing(&link).unwrap();
    }
}

/// The writing rules through the library (the CLI's test drives the same
/// function through the binary): links followed, modes kept, pipes and
/// read-only files refused, nothing left behind.
#[cfg(unix)]
#[test]
fn writing_follows_links_keeps_modes_and_refuses_what_is_not_a_regular_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let nothing = Protected::nothing();
    let real = dir.path().join("real.pdf");
    std::fs::write(&real, b"old").unwrap();
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o640)).unwrap();
    let link = dir.path().join("link.pdf");
    std::os::unix::fs::symlink("real.pdf", &link).unwrap();
    assert_eq!(
        output::write_file(&link, b"new", &nothing).unwrap(),
        dir.path().join("real.pdf")
    );
    assert_eq!(std::fs::read(&real).unwrap(), b"new");
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        std::fs::metadata(&real).unwrap().permissions().mode() & 0o777,
        0o640
    );

    let locked = dir.path().join("locked.pdf");
    std::fs::write(&locked, b"keep").unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o444)).unwrap();
    assert!(
        output::write_file(&locked, b"x", &nothing)
            .unwrap_err()
            .to_string()
            .contains("read-only")
    );
    assert_eq!(std::fs::read(&locked).unwrap(), b"keep");

    let fifo = dir.path().join("pipe");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    assert!(
        output::write_file(&fifo, b"x", &nothing)
            .unwrap_err()
            .to_string()
            .contains("not a regular file")
    );
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(names.is_empty(), "{names:?}");
}

/// A workspace opened read-only refuses every write with `read_only`,
/// and a file cut short is called that, not another program's.
#[test]
fn read_only_workspaces_refuse_writes_and_cut_files_are_named() {
    let (dir, ws) = demo_workspace();
    let path = ws.path().to_path_buf();
    drop(ws);
    let mut ro = Workspace::open_read_only(&path).unwrap();
    assert!(!ro.playbook().get().unwrap().stages.is_empty(), "it reads");
    assert!(ro.manual_pdf(None).is_ok(), "it prints");
    let err = ro
        .playbook_mut()
        .create_objection("A new objection")
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::ReadOnly);
    assert!(err.to_string().contains("read-only"), "{err}");
    let err = ro
        .back_up(&salesdesk_core::store::backup::BackupReason::Manual)
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::ReadOnly);
    drop(ro);
    let cut = dir.path().join("cut.salesdesk");
    std::fs::write(&cut, &std::fs::read(&path).unwrap()[..50]).unwrap();
    let err = Workspace::open_existing(&cut).unwrap_err();
    assert!(err.to_string().contains("cut short"), "{err}");
}
