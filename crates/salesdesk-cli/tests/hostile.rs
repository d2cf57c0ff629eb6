//! The CLI used the way a careless or hostile user would: exports pointed
//! at the workspace, devices and links; huge, broken and mis-encoded files;
//! out-of-range dates; JSON that breaks the app's rules. Each run has a
//! time bound of its own, so a command that hangs fails its test instead
//! of the suite.

mod common;

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use common::{BOUND, cli, cli_within, demo, ok, run_within, s};

/// Runs the CLI and requires a refusal: exit code 1 (not a panic's 101),
/// no panic message; returns stderr.
fn refused(args: &[&str]) -> String {
    let out = cli(args);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
    assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    stderr
}

/// The workspace's contents as JSON, without the export's time stamp.
fn contents(db: &Path) -> serde_json::Value {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("contents.json");
    ok(&["export-json", "--db", s(db), "--out", s(&out)]);
    let mut value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    value.as_object_mut().unwrap().remove("exportedAt");
    value
}

/// Every export command with `--out out`.
fn exports(db: &Path, out: &Path) -> Vec<Vec<String>> {
    let db = s(db).to_string();
    let out = s(out).to_string();
    let words = |list: &[&str]| list.iter().map(|w| w.to_string()).collect::<Vec<_>>();
    vec![
        words(&["export-manual", "--db", &db, "--out", &out]),
        words(&["export-json", "--db", &db, "--out", &out]),
        words(&[
            "export-interview-kit",
            "--db",
            &db,
            "--role",
            "Account Executive",
            "--out",
            &out,
        ]),
        words(&[
            "export-candidate",
            "--db",
            &db,
            "--candidate",
            "Anna Schmidt",
            "--out",
            &out,
        ]),
        words(&[
            "export-account-plans",
            "--db",
            &db,
            "--rep",
            "Aylin Demir",
            "--quarter",
            "2026Q4",
            "--out",
            &out,
        ]),
        words(&[
            "packet",
            "--db",
            &db,
            "--rep",
            "Sofia Rossi",
            "--quarter",
            "2026Q4",
            "--out",
            &out,
        ]),
        words(&[
            "packet",
            "--db",
            &db,
            "--team",
            "--quarter",
            "2026Q4",
            "--out",
            &out,
        ]),
    ]
}

fn args(list: &[String]) -> Vec<&str> {
    list.iter().map(String::as_str).collect()
}

#[test]
fn no_export_writes_over_the_workspace_its_files_or_its_backups() {
    let (dir, db) = demo();
    ok(&["backup", "--db", s(&db)]);
    let backups = dir.path().join("demo backups");
    let backup = std::fs::read_dir(&backups)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let bytes_before = std::fs::read(&db).unwrap();
    let backup_before = std::fs::read(&backup).unwrap();
    let mut with_dots = dir.path().join(".");
    with_dots.push("demo.salesdesk");
    let targets = [
        db.clone(),
        with_dots,
        dir.path().join("demo.salesdesk-wal"),
        dir.path().join("demo.salesdesk-shm"),
        dir.path().join("demo.salesdesk.lock"),
        backup.clone(),
        backups.join("new.pdf"),
    ];
    for target in &targets {
        for command in exports(&db, target) {
            let stderr = refused(&args(&command));
            assert!(
                stderr.contains("workspace"),
                "{command:?} should name the workspace: {stderr}"
            );
        }
    }
    // Through a link, and a hard link, to the workspace.
    #[cfg(unix)]
    {
        let link = dir.path().join("link.pdf");
        std::os::unix::fs::symlink(&db, &link).unwrap();
        let hard = dir.path().join("hard.pdf");
        std::fs::hard_link(&db, &hard).unwrap();
        for target in [&link, &hard] {
            refused(&["export-manual", "--db", s(&db), "--out", s(target)]);
        }
    }
    // Over another Salesdesk workspace.
    let other = dir.path().join("other.salesdesk");
    ok(&["demo", "--db", s(&other)]);
    let other_before = std::fs::read(&other).unwrap();
    let stderr = refused(&["export-manual", "--db", s(&db), "--out", s(&other)]);
    assert!(stderr.contains("is a Salesdesk workspace"), "{stderr}");
    assert_eq!(std::fs::read(&other).unwrap(), other_before);

    assert_eq!(
        std::fs::read(&db).unwrap(),
        bytes_before,
        "the workspace changed"
    );
    assert_eq!(std::fs::read(&backup).unwrap(), backup_before);
    assert!(!backups.join("new.pdf").exists());
    ok(&["list", "stages", "--db", s(&db)]);
}

#[test]
fn producing_a_pdf_never_changes_the_workspace() {
    let (dir, db) = demo();
    let before = contents(&db);
    // A quarter nobody has a review for, into a folder that is missing, and
    // into a good one.
    refused(&[
        "packet",
        "--db",
        s(&db),
        "--team",
        "--quarter",
        "2099Q4",
        "--out",
        "/missing/x.pdf",
    ]);
    assert_eq!(contents(&db), before);
    for command in exports(&db, &dir.path().join("out.pdf")) {
        ok(&args(&command));
    }
    ok(&[
        "packet",
        "--db",
        s(&db),
        "--team",
        "--quarter",
        "2099Q4",
        "--out",
        s(&dir.path().join("empty-quarter.pdf")),
    ]);
    assert_eq!(contents(&db), before, "an export wrote to the workspace");
}

#[test]
fn out_of_range_dates_are_refused_not_a_panic() {
    let (dir, db) = demo();
    let pdf = dir.path().join("p.pdf");
    for date in [
        "1900-01-01",
        "2101-01-01",
        "0001-01-01",
        "1989-12-31",
        "+10000-01-01",
        "2026-02-30",
        "yesterday",
        "",
    ] {
        let stderr = refused(&[
            "figures",
            "--db",
            s(&db),
            "--rep",
            "Aylin Demir",
            "--as-of",
            date,
        ]);
        assert!(stderr.contains("--as-of"), "{date}: {stderr}");
        refused(&[
            "packet",
            "--db",
            s(&db),
            "--rep",
            "Sofia Rossi",
            "--quarter",
            "2026Q4",
            "--as-of",
            date,
            "--out",
            s(&pdf),
        ]);
    }
    assert!(!pdf.exists());
    for quarter in ["1989Q4", "2101Q1", "2026Q5", "Q4", "２０２６Q4"] {
        refused(&[
            "packet",
            "--db",
            s(&db),
            "--team",
            "--quarter",
            quarter,
            "--out",
            s(&pdf),
        ]);
    }
}

/// Hostile values in every argument of every command: each run ends with
/// success or a refusal, never a panic, and within its bound.
#[test]
fn hostile_arguments_never_panic() {
    let (dir, db) = demo();
    let out = dir.path().join("out.pdf");
    let csv = dir.path().join("actuals.csv");
    std::fs::write(
        &csv,
        "date,client,product,amount\n2026-12-02,Acme,Desks,100\n",
    )
    .unwrap();
    let folder = s(dir.path()).to_string();
    let long = "x".repeat(5_000);
    let values: Vec<&str> = vec![
        "",
        " ",
        "-",
        "--",
        "\u{200b}",
        "\u{202e}evil",
        "李小龍",
        "محمد",
        &long,
        "1e308",
        "NaN",
        "-1",
        "0",
        "../../etc/passwd",
        "/dev/null",
        &folder,
        "2026Q4",
        "2026-11-31",
        "9999-99-99",
        "%s%n",
        "'; DROP TABLE people; --",
    ];
    let templates: Vec<Vec<&str>> = vec![
        vec!["figures", "--db", s(&db), "--rep", "{}"],
        vec![
            "figures",
            "--db",
            s(&db),
            "--rep",
            "Aylin Demir",
            "--as-of",
            "{}",
        ],
        vec![
            "export-interview-kit",
            "--db",
            s(&db),
            "--role",
            "{}",
            "--out",
            s(&out),
        ],
        vec![
            "export-candidate",
            "--db",
            s(&db),
            "--candidate",
            "{}",
            "--out",
            s(&out),
        ],
        vec![
            "export-account-plans",
            "--db",
            s(&db),
            "--rep",
            "Aylin Demir",
            "--quarter",
            "{}",
            "--out",
            s(&out),
        ],
        vec![
            "packet",
            "--db",
            s(&db),
            "--rep",
            "{}",
            "--quarter",
            "2026Q4",
            "--out",
            s(&out),
        ],
        vec!["export-manual", "--db", s(&db), "--out", "{}"],
        vec![
            "export-manual",
            "--db",
            s(&db),
            "--version",
            "{}",
            "--out",
            s(&out),
        ],
        vec!["restore", "--db", s(&db), "--from", "{}"],
        vec![
            "import-actuals",
            "--db",
            s(&db),
            "--rep",
            "Aylin Demir",
            "--csv",
            "{}",
            "--dry-run",
        ],
        vec![
            "import-actuals",
            "--db",
            s(&db),
            "--rep",
            "Aylin Demir",
            "--csv",
            s(&csv),
            "--encoding",
            "{}",
            "--dry-run",
        ],
        vec!["import-json", "--db", s(&db), "--in", "{}", "--replace"],
        vec!["list", "stages", "--db", "{}"],
    ];
    let before = contents(&db);
    let mut runs = 0;
    for template in &templates {
        for value in &values {
            let command: Vec<&str> = template
                .iter()
                .map(|w| if *w == "{}" { *value } else { *w })
                .collect();
            // Relative names land in the test's folder, not the source tree.
            let out = run_within(
                Command::new(env!("CARGO_BIN_EXE_salesdesk-cli"))
                    .args(&command)
                    .current_dir(dir.path()),
                BOUND,
            );
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(
                matches!(out.status.code(), Some(0) | Some(1) | Some(2)),
                "{command:?} exited with {:?}: {stderr}",
                out.status.code()
            );
            assert!(!stderr.contains("panicked"), "{command:?}: {stderr}");
            runs += 1;
        }
    }
    assert_eq!(runs, templates.len() * values.len());
    assert_eq!(
        contents(&db),
        before,
        "a refused command changed the workspace"
    );
    assert!(std::path::Path::new("/dev/null").exists());
}

/// `tables.<table>[<row>].<column>` of the demo's export set to `value`.
fn import_with(db: &Path, dir: &Path, edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut file = contents(db);
    file["exportedAt"] = "2026-11-23T00:00:00.000Z".into();
    edit(&mut file);
    let path = dir.join("edited.json");
    std::fs::write(&path, serde_json::to_string(&file).unwrap()).unwrap();
    refused(&["import-json", "--db", s(db), "--in", s(&path), "--replace"])
}

/// One change to an export, by a case of the test below.
type Edit = Box<dyn FnOnce(&mut serde_json::Value)>;

#[test]
fn a_json_import_applies_every_rule_the_app_applies() {
    let (dir, db) = demo();
    let before = contents(&db);
    let cases: Vec<(&str, Edit)> = vec![
        (
            "tables.actual_revenue[0].month",
            Box::new(|f| f["tables"]["actual_revenue"][0]["month"] = "2026-13".into()),
        ),
        (
            "tables.actual_revenue[0].amount",
            Box::new(|f| f["tables"]["actual_revenue"][0]["amount"] = 1e308.into()),
        ),
        (
            "tables.people[0].created_at",
            Box::new(|f| f["tables"]["people"][0]["created_at"] = "yesterday".into()),
        ),
        (
            "tables.people[0].name",
            Box::new(|f| f["tables"]["people"][0]["name"] = "x".repeat(5_000).into()),
        ),
        (
            "tables.accounts[0].name",
            Box::new(|f| f["tables"]["accounts"][0]["name"] = "\u{200b}".into()),
        ),
        (
            "tables.accounts[0].name",
            Box::new(|f| f["tables"]["accounts"][0]["name"] = "\u{202e}emaN".into()),
        ),
        (
            "tables.plan_months[0].quota",
            Box::new(|f| f["tables"]["plan_months"][0]["quota"] = (-5.0).into()),
        ),
        (
            "tables.account_steps[0].due_date",
            Box::new(|f| f["tables"]["account_steps"][0]["due_date"] = "2026-02-30".into()),
        ),
        (
            "tables.quarterly_reviews",
            Box::new(|f| {
                if let Some(r) = f["tables"]["quarterly_reviews"].get_mut(0) {
                    r["quarter"] = "2026Q9".into();
                } else {
                    f["tables"]["account_plans"][0]["quarter"] = "2026Q9".into();
                }
            }),
        ),
        (
            "manager_id",
            Box::new(|f| {
                // A reports to B, B reports to A.
                let people = f["tables"]["people"].as_array_mut().unwrap();
                let a = people[0]["id"].clone();
                let b = people[1]["id"].clone();
                people[0]["manager_id"] = b;
                people[1]["manager_id"] = a;
            }),
        ),
        (
            "tables.plan_months[0].month",
            Box::new(|f| f["tables"]["plan_months"][0]["month"] = "2001-01".into()),
        ),
        (
            "tables.settings",
            Box::new(|f| {
                f["tables"]["settings"].as_array_mut().unwrap().push(serde_json::json!({"key": "evil", "value": "x", "updated_at": "2026-11-23T00:00:00.000Z"}))
            }),
        ),
    ];
    for (place, edit) in cases {
        let stderr = import_with(&db, dir.path(), edit);
        let place = if place == "tables.quarterly_reviews" {
            "quarter"
        } else {
            place
        };
        assert!(stderr.contains(place), "expected {place} in: {stderr}");
        assert!(stderr.contains("Nothing was imported"), "{stderr}");
    }
    // Too many steps on one account plan.
    let stderr = import_with(&db, dir.path(), |f| {
        let steps = f["tables"]["account_steps"].as_array_mut().unwrap();
        let first = steps[0].clone();
        for n in 0..6 {
            let mut step = first.clone();
            step["id"] = format!("extra-step-{n}").into();
            steps.push(step);
        }
    });
    assert!(stderr.contains("at most 5 steps"), "{stderr}");
    assert_eq!(contents(&db), before);
}

#[test]
fn a_refused_import_into_a_new_workspace_leaves_nothing_behind() {
    let (dir, db) = demo();
    let mut file = contents(&db);
    file["exportedAt"] = "2026-11-23T00:00:00.000Z".into();
    let good = dir.path().join("good.json");
    std::fs::write(&good, serde_json::to_string(&file).unwrap()).unwrap();
    file["tables"]["people"][0]["name"] = "".into();
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, serde_json::to_string(&file).unwrap()).unwrap();

    let fresh = dir.path().join("fresh.salesdesk");
    refused(&["import-json", "--db", s(&fresh), "--in", s(&bad)]);
    let left: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("fresh"))
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
    ok(&["import-json", "--db", s(&fresh), "--in", s(&good)]);
    assert_eq!(contents(&fresh), contents(&db));
}

#[test]
fn a_json_file_with_a_byte_order_mark_imports() {
    let (dir, db) = demo();
    let json = dir.path().join("bom.json");
    ok(&["export-json", "--db", s(&db), "--out", s(&json)]);
    let mut bytes = b"\xef\xbb\xbf".to_vec();
    bytes.extend(std::fs::read(&json).unwrap());
    std::fs::write(&json, bytes).unwrap();
    ok(&[
        "import-json",
        "--db",
        s(&dir.path().join("copy.salesdesk")),
        "--in",
        s(&json),
    ]);
}

#[cfg(unix)]
#[test]
fn writing_a_file_follows_links_keeps_modes_and_refuses_what_is_not_a_file() {
    use std::os::unix::fs::{FileTypeExt, PermissionsExt};
    let (dir, db) = demo();
    // A link: the file it points at is written; the link stays a link.
    let real = dir.path().join("real.pdf");
    std::fs::write(&real, b"old").unwrap();
    let link = dir.path().join("link.pdf");
    std::os::unix::fs::symlink("real.pdf", &link).unwrap();
    ok(&["export-manual", "--db", s(&db), "--out", s(&link)]);
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(std::fs::read(&real).unwrap().starts_with(b"%PDF-"));
    // A dangling link is written through too.
    let dangling = dir.path().join("dangling.pdf");
    std::os::unix::fs::symlink("created.pdf", &dangling).unwrap();
    ok(&["export-manual", "--db", s(&db), "--out", s(&dangling)]);
    assert!(
        std::fs::read(dir.path().join("created.pdf"))
            .unwrap()
            .starts_with(b"%PDF-")
    );

    // An existing file keeps its mode.
    let shared = dir.path().join("shared.pdf");
    std::fs::write(&shared, b"old").unwrap();
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o640)).unwrap();
    ok(&["export-manual", "--db", s(&db), "--out", s(&shared)]);
    assert_eq!(
        std::fs::metadata(&shared).unwrap().permissions().mode() & 0o777,
        0o640
    );

    // A read-only file is refused and left as it was.
    let locked = dir.path().join("locked.pdf");
    std::fs::write(&locked, b"keep me").unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o444)).unwrap();
    let stderr = refused(&["export-manual", "--db", s(&db), "--out", s(&locked)]);
    assert!(stderr.contains("read-only"), "{stderr}");
    assert_eq!(std::fs::read(&locked).unwrap(), b"keep me");

    // A pipe and a folder are not files to write.
    let fifo = dir.path().join("pipe.pdf");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let stderr = refused(&["export-manual", "--db", s(&db), "--out", s(&fifo)]);
    assert!(stderr.contains("not a regular file"), "{stderr}");
    assert!(
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo()
    );
    let stderr = refused(&["export-json", "--db", s(&db), "--out", s(dir.path())]);
    assert!(stderr.contains("is a folder"), "{stderr}");
    // /dev/null stays the device it is.
    refused(&["export-manual", "--db", s(&db), "--out", "/dev/null"]);
    assert!(
        std::fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device()
    );

    // A name of 255 bytes, the most a file system allows, is written.
    let long = dir.path().join(format!("{}.pdf", "m".repeat(251)));
    ok(&["export-manual", "--db", s(&db), "--out", s(&long)]);
    assert!(std::fs::read(&long).unwrap().starts_with(b"%PDF-"));
    // No temporary file is left anywhere.
    let temp: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp") || n.ends_with(".part"))
        .collect();
    assert!(temp.is_empty(), "{temp:?}");
}

#[test]
fn devices_and_huge_files_are_refused_before_they_are_read() {
    let (dir, db) = demo();
    #[cfg(unix)]
    {
        let stderr = refused(&[
            "import-actuals",
            "--db",
            s(&db),
            "--rep",
            "Aylin Demir",
            "--csv",
            "/dev/zero",
        ]);
        assert!(stderr.contains("not a regular file"), "{stderr}");
        let stderr = refused(&[
            "import-json",
            "--db",
            s(&db),
            "--in",
            "/dev/zero",
            "--replace",
        ]);
        assert!(stderr.contains("not a regular file"), "{stderr}");
    }
    // Sparse files: huge on paper, refused by their size without a read.
    for (name, size, command) in [
        ("huge.csv", 100 * 1024 * 1024, "import-actuals"),
        ("huge.json", 600 * 1024 * 1024, "import-json"),
    ] {
        let path = dir.path().join(name);
        std::fs::File::create(&path).unwrap().set_len(size).unwrap();
        let out = if command == "import-actuals" {
            cli_within(
                &[
                    "import-actuals",
                    "--db",
                    s(&db),
                    "--rep",
                    "Aylin Demir",
                    "--csv",
                    s(&path),
                ],
                Duration::from_secs(20),
            )
        } else {
            cli_within(
                &["import-json", "--db", s(&db), "--in", s(&path), "--replace"],
                Duration::from_secs(20),
            )
        };
        assert_eq!(out.status.code(), Some(1));
        assert!(String::from_utf8_lossy(&out.stderr).contains("larger than"));
    }
}

fn import_csv(db: &Path, csv: &Path, extra: &[&str]) -> Output {
    let mut command = vec![
        "import-actuals",
        "--db",
        s(db),
        "--rep",
        "Aylin Demir",
        "--csv",
        s(csv),
    ];
    command.extend_from_slice(extra);
    cli(&command)
}

#[test]
fn unclear_csv_files_get_messages_that_say_what_is_wrong() {
    let (dir, db) = demo();
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    };
    let stderr = |out: Output| {
        assert_eq!(out.status.code(), Some(1));
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    // No header row: the first row is data.
    let no_header = write("no-header.csv", b"2026-12-02,Acme,Desks,100\n");
    let message = stderr(import_csv(&db, &no_header, &[]));
    assert!(
        message.contains("first row must name the columns"),
        "{message}"
    );
    // An unbalanced quote is named with its line.
    let quote = write(
        "quote.csv",
        b"date,client,product,amount\n2026-12-02,Acme,Desks,100\n2026-12-03,\"Acme,Desks,100\n2026-12-04,Acme,Desks,100\n",
    );
    let message = stderr(import_csv(&db, &quote, &[]));
    assert!(
        message.contains("line 3") && message.contains("never closed"),
        "{message}"
    );
    // CR-only line ends: errors carry their real line numbers.
    let cr = write(
        "cr.csv",
        b"date,client,product,amount\r2026-12-02,Acme,Desks,100\r2026-12-03,Acme,Desks,abc\r",
    );
    let message = stderr(import_csv(&db, &cr, &[]));
    assert!(message.contains("cr.csv:3:"), "{message}");
    // Two columns with the same name are not silently resolved.
    let twice = write(
        "twice.csv",
        b"date,client,product,amount,amount\n2026-12-02,Acme,Desks,100,200\n",
    );
    let message = stderr(import_csv(&db, &twice, &[]));
    assert!(message.contains("columns 4 and 5"), "{message}");
    // A spreadsheet saved as a workbook.
    let xlsx = write("book.csv", b"PK\x03\x04\x14\0\x06\0rest");
    let message = stderr(import_csv(&db, &xlsx, &[]));
    assert!(message.contains("workbook"), "{message}");
    // A name that is nothing but a zero-width space is quoted visibly.
    let invisible = write(
        "invisible.csv",
        "date,client,product,amount\n2026-12-02,\u{200b},Desks,100\n".as_bytes(),
    );
    let message = stderr(import_csv(&db, &invisible, &[]));
    assert!(message.contains("no visible character"), "{message}");
    assert!(!message.contains("\\u{"), "{message}");
}

#[test]
fn utf16_and_legacy_encodings_import_with_the_right_characters() {
    let (dir, db) = demo();
    let text = "Datum;Kunde;Produkt;Betrag\n02.12.2026;Café Müller;Stühle;\"1.200,50\"\n";
    // Excel's "Unicode text": UTF-16LE with a byte-order mark.
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in text.encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    let path = dir.path().join("unicode.csv");
    std::fs::write(&path, &utf16).unwrap();
    let out = import_csv(&db, &path, &["--dry-run"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Café Müller is a demo client already; the new product shows the ü.
    assert!(
        stdout.contains("1200.50") && stdout.contains("“Stühle”"),
        "{stdout}"
    );
    // Windows-1252, as Excel writes "CSV" on a Western European system.
    let latin: Vec<u8> = text
        .chars()
        .map(|c| match c {
            'é' => 0xE9,
            'ü' => 0xFC,
            c => c as u8,
        })
        .collect();
    let path = dir.path().join("latin.csv");
    std::fs::write(&path, &latin).unwrap();
    let out = import_csv(&db, &path, &["--dry-run", "--encoding", "windows-1252"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("new clients: none") && stdout.contains("“Stühle”"),
        "{stdout}"
    );
    // An encoding Salesdesk does not know is named in the refusal.
    let out = import_csv(&db, &path, &["--encoding", "klingon"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not an encoding"));
}

#[test]
fn damaged_and_foreign_files_are_named_for_what_they_are_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    // A workspace cut short after 50 bytes.
    let (_demo_dir, db) = demo();
    let cut = dir.path().join("cut.salesdesk");
    std::fs::write(&cut, &std::fs::read(&db).unwrap()[..50]).unwrap();
    let stderr = refused(&["list", "stages", "--db", s(&cut)]);
    assert!(stderr.contains("cut short"), "{stderr}");
    // Another program's database in WAL mode: refused, nothing beside it.
    let foreign = dir.path().join("foreign.db");
    {
        let conn = rusqlite::Connection::open(&foreign).unwrap();
        conn.pragma_update(None, "journal_mode", "WAL").unwrap();
        conn.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
            .unwrap();
    }
    let before = std::fs::read(&foreign).unwrap();
    let stderr = refused(&["list", "stages", "--db", s(&foreign)]);
    assert!(stderr.contains("another program"), "{stderr}");
    assert_eq!(std::fs::read(&foreign).unwrap(), before);
    let beside: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("foreign"))
        .collect();
    assert_eq!(beside, ["foreign.db"]);
    // A workspace whose last pages (rows, not the schema) are garbage: an
    // export is made while its pages are checked, and is not written.
    let damaged = dir.path().join("damaged.salesdesk");
    let mut bytes = std::fs::read(&db).unwrap();
    let page = u16::from_be_bytes([bytes[16], bytes[17]]) as usize;
    let pages = bytes.len() / page;
    bytes[(pages - pages / 10) * page..].fill(0xA5);
    std::fs::write(&damaged, &bytes).unwrap();
    let out = dir.path().join("manual.pdf");
    let stderr = refused(&["export-manual", "--db", s(&damaged), "--out", s(&out)]);
    assert!(stderr.contains("damaged"), "{stderr}");
    assert!(
        !out.exists(),
        "an export of a damaged workspace was written"
    );
    assert_eq!(std::fs::read(&damaged).unwrap(), bytes);
}

#[test]
fn an_interrupted_backup_leaves_nothing_that_lasts() {
    let (dir, db) = demo();
    let backups = dir.path().join("demo backups");
    std::fs::create_dir_all(&backups).unwrap();
    // What backups killed halfway leave: a side file whose lock file
    // nobody holds, and an old one from before the lock files.
    let partial = backups.join("2026-11-23 10.00.00.000 manual.salesdesk.partial");
    std::fs::write(&partial, vec![0u8; 4096]).unwrap();
    std::fs::write(
        backups.join("2026-11-23 10.00.00.000 manual.salesdesk.partial-journal"),
        b"j",
    )
    .unwrap();
    std::fs::write(
        backups.join("2026-11-23 10.00.00.000 manual.salesdesk.partial.lock"),
        b"",
    )
    .unwrap();
    let old = backups.join("2026-11-20 10.00.00.000 daily.salesdesk.partial");
    let file = std::fs::File::create(&old).unwrap();
    file.set_modified(std::time::SystemTime::now() - Duration::from_secs(3_600))
        .unwrap();
    drop(file);
    // A backup being written right now (its lock held): left alone.
    let busy = backups.join("2026-11-23 11.00.00.000 daily.salesdesk.partial");
    std::fs::write(&busy, b"in progress").unwrap();
    let busy_lock =
        std::fs::File::create(backups.join("2026-11-23 11.00.00.000 daily.salesdesk.partial.lock"))
            .unwrap();
    busy_lock.lock().unwrap();
    let unrelated = backups.join("notes.txt");
    std::fs::write(&unrelated, b"mine").unwrap();
    ok(&["backup", "--db", s(&db)]);
    let names: Vec<String> = std::fs::read_dir(&backups)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let mut leftovers: Vec<&String> = names.iter().filter(|n| n.contains(".partial")).collect();
    leftovers.sort();
    assert_eq!(
        leftovers,
        [
            "2026-11-23 11.00.00.000 daily.salesdesk.partial",
            "2026-11-23 11.00.00.000 daily.salesdesk.partial.lock"
        ],
        "the stale ones go, the one being written stays"
    );
    drop(busy_lock);
    assert!(
        unrelated.exists(),
        "a file that is not a backup's was removed"
    );
    assert_eq!(
        names
            .iter()
            .filter(|n| n.ends_with("manual.salesdesk"))
            .count(),
        1
    );
}

/// Kills real backups at a few moments (most land before or after the
/// copy, some inside it), then checks that the next backup leaves no side
/// file behind.
#[cfg(unix)]
#[test]
fn a_backup_killed_part_way_is_cleaned_up_by_the_next() {
    let (dir, db) = demo();
    let backups = dir.path().join("demo backups");
    for delay_ms in [5u64, 20, 60] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_salesdesk-cli"))
            .args(["backup", "--db", s(&db)])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
    }
    ok(&["backup", "--db", s(&db)]);
    let names: Vec<String> = std::fs::read_dir(&backups)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!names.iter().any(|n| n.contains(".partial")), "{names:?}");
}

/// A healthy workspace in a folder that cannot be written: read and
/// printed, with a note; a change is refused as "read-only", never called
/// damage. As root, who may write anywhere, the CLI runs as `nobody`.
#[cfg(unix)]
#[test]
fn a_workspace_that_cannot_be_written_is_read_only_not_damaged() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, db) = demo();
    let folder = dir.path().join("shelf");
    std::fs::create_dir(&folder).unwrap();
    let ws = folder.join("demo.salesdesk");
    std::fs::copy(&db, &ws).unwrap();
    let out_dir = tempfile::tempdir().unwrap();
    for (path, mode) in [
        (dir.path(), 0o755),
        (out_dir.path(), 0o777),
        (ws.as_path(), 0o444),
        (folder.as_path(), 0o555),
    ] {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    }
    // `nobody` may not reach the build folder (a checkout under /root is
    // private): it runs a copy of the binary from the temporary folder.
    let binary = out_dir.path().join("salesdesk-cli");
    std::fs::copy(env!("CARGO_BIN_EXE_salesdesk-cli"), &binary).unwrap();
    std::fs::set_permissions(&binary, std::fs::Permissions::from_mode(0o755)).unwrap();
    let as_user = |args: &[&str]| -> Output {
        let root = unsafe { libc_geteuid() } == 0;
        let mut command = if root {
            let mut c = Command::new("setpriv");
            c.args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"]);
            c.arg(&binary);
            c
        } else {
            Command::new(env!("CARGO_BIN_EXE_salesdesk-cli"))
        };
        command.args(args);
        run_within(&mut command, BOUND)
    };
    let listed = as_user(&["list", "stages", "--db", s(&ws)]);
    let stderr = String::from_utf8_lossy(&listed.stderr);
    assert!(listed.status.success(), "{stderr}");
    assert!(stderr.contains("read-only"), "{stderr}");
    assert!(String::from_utf8_lossy(&listed.stdout).contains("Lead"));
    let pdf = out_dir.path().join("manual.pdf");
    let printed = as_user(&["export-manual", "--db", s(&ws), "--out", s(&pdf)]);
    assert!(
        printed.status.success(),
        "{}",
        String::from_utf8_lossy(&printed.stderr)
    );
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    let backup = as_user(&["backup", "--db", s(&ws)]);
    let stderr = String::from_utf8_lossy(&backup.stderr);
    assert_eq!(backup.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("read-only") && !stderr.contains("damaged"),
        "{stderr}"
    );
    // Nothing was created in the folder.
    let names: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["demo.salesdesk"]);
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[cfg(unix)]
unsafe extern "C" {
    #[link_name = "geteuid"]
    fn libc_geteuid() -> u32;
}

/// A large CSV imports in time linear in its rows: 100,000 rows finish
/// well inside the bound (the quadratic line count took 120 s for them).
#[test]
fn a_large_csv_imports_within_its_bound() {
    let (dir, db) = demo();
    let mut text = String::from("date,client,product,amount\n");
    for n in 0..100_000 {
        text.push_str(&format!(
            "2026-{:02}-{:02},Client {},Product {},{}.50\n",
            n % 12 + 1,
            n % 28 + 1,
            n % 500,
            n % 40,
            n % 1000
        ));
    }
    let path = dir.path().join("big.csv");
    std::fs::write(&path, &text).unwrap();
    let out = cli_within(
        &[
            "import-actuals",
            "--db",
            s(&db),
            "--rep",
            "Aylin Demir",
            "--csv",
            s(&path),
            "--dry-run",
        ],
        Duration::from_secs(60),
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("Would import 100000 new row(s)"),
        "{stdout}"
    );
}
