//! The CLI as a user runs it: real binary, real files, exit codes.

mod common;

use std::path::Path;
use std::process::Command;

use common::{cli, demo, ok, s};

#[test]
fn demo_then_list_stages_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.salesdesk");
    ok(&["demo", "--db", s(&db)]);
    let out = cli(&["list", "stages", "--db", s(&db)]);
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let names: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        names,
        [
            "Lead",
            "Suspect",
            "Qualified",
            "Site visit",
            "Proposal",
            "Negotiation",
            "Closed won",
            "Closed lost"
        ]
    );
    let out = cli(&["list", "versions", "--db", s(&db)]);
    assert!(String::from_utf8(out.stdout).unwrap().starts_with("1\t"));
    // A second demo on the same workspace is refused.
    let out = cli(&["demo", "--db", s(&db)]);
    assert!(!out.status.success());

    // Made without --as-of, the demo is dated around today: a rep's plan
    // covers today, with actuals for last month.
    let out = ok(&["figures", "--db", s(&db), "--rep", "Aylin Demir", "--json"]);
    let figures: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let today = chrono::Local::now().date_naive();
    let month = |offset: i32| {
        let index =
            chrono::Datelike::year(&today) * 12 + chrono::Datelike::month0(&today) as i32 + offset;
        format!(
            "{:04}-{:02}",
            index.div_euclid(12),
            index.rem_euclid(12) + 1
        )
    };
    let months = figures["revenue"]["months"].as_array().expect("months");
    assert_eq!(months[0]["month"], month(-4).as_str(), "{figures}");
    assert_eq!(months[5]["month"], month(1).as_str(), "{figures}");
    assert!(months[3]["actual"].as_f64().unwrap() > 0.0, "{figures}");

    // A date the app would refuse is refused here too, and writes nothing.
    for bad in ["2026-02-30", "1800-01-01", "tomorrow"] {
        let other = dir.path().join(format!("bad-{bad}.salesdesk"));
        let out = cli(&["demo", "--db", s(&other), "--as-of", bad]);
        assert_eq!(out.status.code(), Some(1), "{bad}");
        assert!(!other.exists(), "{bad}");
    }
}

#[test]
fn export_manual_writes_a_pdf() {
    let (dir, db) = demo();
    let pdf = dir.path().join("manual.pdf");
    ok(&["export-manual", "--db", s(&db), "--out", s(&pdf)]);
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    let out = cli(&[
        "export-manual",
        "--db",
        s(&db),
        "--out",
        s(&pdf),
        "--version",
        "9",
    ]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no published version 9"));
}

#[test]
fn a_file_that_is_not_a_workspace_is_refused_and_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("letter.txt");
    let content = b"Dear customer,\nthank you for your order.\n".repeat(100);
    std::fs::write(&file, &content).unwrap();
    for args in [
        vec!["list", "stages", "--db", s(&file)],
        vec!["demo", "--db", s(&file)],
        vec!["export-manual", "--db", s(&file), "--out", "/tmp/never.pdf"],
    ] {
        let out = cli(&args);
        assert!(!out.status.success(), "{args:?} succeeded");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("is not a Salesdesk workspace"), "{stderr}");
        assert_eq!(
            std::fs::read(&file).unwrap(),
            content,
            "{args:?} changed the file"
        );
    }
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 1, "no side files were created");
}

#[test]
fn a_missing_workspace_is_an_error_for_reading_commands() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("nothing.salesdesk");
    let out = cli(&["list", "stages", "--db", s(&db)]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no such file"));
    assert!(!db.exists());
    let out = cli(&["list", "nonsense", "--db", s(&db)]);
    assert!(!out.status.success());
}

#[test]
fn hiring_lists_and_pdfs() {
    let (dir, db) = demo();
    let list = |kind: &str| {
        let out = cli(&["list", kind, "--db", s(&db)]);
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    assert_eq!(
        list("reps").lines().collect::<Vec<_>>(),
        ["Aylin Demir", "Mateo García", "Sofia Rossi", "Tom Becker"]
    );
    assert_eq!(list("people").lines().next(), Some("Lucía Peña"));
    assert_eq!(list("people").lines().count(), 6);
    assert_eq!(list("roles").trim(), "Account Executive");
    assert_eq!(
        list("candidates").lines().collect::<Vec<_>>(),
        ["Anna Schmidt", "Ben Okafor", "Chloé Martin"]
    );

    let kit = dir.path().join("kit.pdf");
    ok(&[
        "export-interview-kit",
        "--db",
        s(&db),
        "--role",
        "account executive",
        "--out",
        s(&kit),
    ]);
    assert!(std::fs::read(&kit).unwrap().starts_with(b"%PDF-"));
    let summary = dir.path().join("anna.pdf");
    ok(&[
        "export-candidate",
        "--db",
        s(&db),
        "--candidate",
        "Anna Schmidt",
        "--out",
        s(&summary),
    ]);

    let out = cli(&[
        "export-interview-kit",
        "--db",
        s(&db),
        "--role",
        "Astronaut",
        "--out",
        s(&kit),
    ]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("Astronaut"));
    let out = cli(&[
        "export-candidate",
        "--db",
        s(&db),
        "--candidate",
        "Nobody",
        "--out",
        s(&summary),
    ]);
    assert!(!out.status.success());
}

#[test]
fn import_actuals_and_figures() {
    let (dir, db) = demo();
    let figures = |as_of: &str| {
        let out = ok(&[
            "figures",
            "--db",
            s(&db),
            "--rep",
            "Aylin Demir",
            "--as-of",
            as_of,
            "--json",
        ]);
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()
    };
    let before = figures("2026-12-31")["revenue"]["actualToDate"]
        .as_f64()
        .unwrap();

    let csv = dir.path().join("actuals.csv");
    std::fs::write(&csv, "Datum;Kunde;Produkt;Betrag\n02.12.2026;Café Müller;Desks;\"1.200,00\"\n03.12.2026;Neue Kanzlei;Desks;800\n").unwrap();
    let out = ok(&[
        "import-actuals",
        "--db",
        s(&db),
        "--rep",
        "Aylin Demir",
        "--csv",
        s(&csv),
    ]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("Imported 2 new row(s)"));
    let out = cli(&[
        "import-actuals",
        "--db",
        s(&db),
        "--rep",
        "Aylin Demir",
        "--csv",
        s(&csv),
    ]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("2 already imported"));
    let after = figures("2026-12-31")["revenue"]["actualToDate"]
        .as_f64()
        .unwrap();
    assert!(
        (after - before - 2_000.0).abs() < 1e-6,
        "{before} → {after}"
    );

    // A bad row: reported by line, nothing imported, non-zero exit.
    let bad = dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        "date,client,product,amount\n2026-12-04,Acme,Desks,100\n2026-12-05,Acme,Desks,abc\n",
    )
    .unwrap();
    let out = cli(&[
        "import-actuals",
        "--db",
        s(&db),
        "--rep",
        "Aylin Demir",
        "--csv",
        s(&bad),
    ]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.csv:3:"));
    assert_eq!(
        figures("2026-12-31")["revenue"]["actualToDate"]
            .as_f64()
            .unwrap(),
        after
    );
    // Not a CSV file at all.
    let png = dir.path().join("logo.csv");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\n\0\0\0").unwrap();
    let out = cli(&[
        "import-actuals",
        "--db",
        s(&db),
        "--rep",
        "Aylin Demir",
        "--csv",
        s(&png),
    ]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot be read as CSV"));
    let out = cli(&["figures", "--db", s(&db), "--rep", "Nobody"]);
    assert!(!out.status.success());
}

#[test]
fn account_plans_list_and_pdf() {
    let (dir, db) = demo();
    let out = cli(&["list", "accounts", "--db", s(&db)]);
    let accounts = String::from_utf8(out.stdout).unwrap();
    assert!(accounts.lines().any(|l| l == "Café Müller"), "{accounts}");
    let pdf = dir.path().join("aylin.pdf");
    ok(&[
        "export-account-plans",
        "--db",
        s(&db),
        "--rep",
        "Aylin Demir",
        "--quarter",
        "2026Q4",
        "--out",
        s(&pdf),
    ]);
    let text = std::process::Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains("Present the floor plan"), "{text}");
    assert!(text.contains("Petra Hoffmann") && text.contains("Café Müller"));
    assert!(text.contains("Targets against the business plan"));
    let out = cli(&[
        "export-account-plans",
        "--db",
        s(&db),
        "--rep",
        "Aylin Demir",
        "--quarter",
        "2026-Q4",
        "--out",
        s(&pdf),
    ]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("2026Q4"));
}

#[test]
fn packets_for_a_rep_and_the_team() {
    let (dir, db) = demo();
    let rep = dir.path().join("rep.pdf");
    ok(&[
        "packet",
        "--db",
        s(&db),
        "--rep",
        "Tom Becker",
        "--quarter",
        "2026Q4",
        "--out",
        s(&rep),
    ]);
    let team = dir.path().join("team.pdf");
    ok(&[
        "packet",
        "--db",
        s(&db),
        "--team",
        "--quarter",
        "2026Q4",
        "--out",
        s(&team),
    ]);
    let text = String::from_utf8(
        std::process::Command::new("pdftotext")
            .arg(&team)
            .arg("-")
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    for rep in ["Aylin Demir", "Mateo García", "Sofia Rossi", "Tom Becker"] {
        assert!(text.contains(rep), "{rep} missing from the team packet");
    }
    assert!(
        !cli(&[
            "packet",
            "--db",
            s(&db),
            "--quarter",
            "2026Q4",
            "--out",
            s(&team)
        ])
        .status
        .success(),
        "--rep or --team is required"
    );
    assert!(
        !cli(&[
            "packet",
            "--db",
            s(&db),
            "--team",
            "--quarter",
            "Q4",
            "--out",
            s(&team)
        ])
        .status
        .success()
    );
}

/// The export without its time stamp.
fn export_contents(db: &Path, out: &Path) -> serde_json::Value {
    ok(&["export-json", "--db", s(db), "--out", s(out)]);
    let mut value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out).unwrap()).unwrap();
    value.as_object_mut().unwrap().remove("exportedAt");
    value
}

#[test]
fn export_json_then_import_json_gives_back_the_same_workspace() {
    let (dir, db) = demo();
    let first = export_contents(&db, &dir.path().join("first.json"));
    let copy = dir.path().join("copy.salesdesk");
    let out = ok(&[
        "import-json",
        "--db",
        s(&copy),
        "--in",
        s(&dir.path().join("first.json")),
    ]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("Imported"));
    assert_eq!(
        export_contents(&copy, &dir.path().join("second.json")),
        first
    );

    // An existing workspace is only replaced when asked, and backed up first.
    let out = cli(&[
        "import-json",
        "--db",
        s(&copy),
        "--in",
        s(&dir.path().join("first.json")),
    ]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--replace"));
    ok(&[
        "import-json",
        "--db",
        s(&copy),
        "--in",
        s(&dir.path().join("first.json")),
        "--replace",
    ]);
    let backups = ok(&["list", "backups", "--db", s(&copy)]);
    assert!(String::from_utf8_lossy(&backups.stdout).contains("before-import"));
}

#[test]
fn a_bad_json_import_names_the_place_and_changes_nothing() {
    let (dir, db) = demo();
    let before = export_contents(&db, &dir.path().join("before.json"));
    let mut broken = before.clone();
    broken["exportedAt"] = "2026-11-23T00:00:00.000Z".into();
    broken["tables"]["people"][1]["role"] = "emperor".into();
    let file = dir.path().join("broken.json");
    std::fs::write(&file, serde_json::to_string(&broken).unwrap()).unwrap();
    let out = cli(&["import-json", "--db", s(&db), "--in", s(&file), "--replace"]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("tables.people[1]"), "{stderr}");
    assert_eq!(export_contents(&db, &dir.path().join("after.json")), before);
}

#[test]
fn backup_and_restore_from_the_command_line() {
    let (dir, db) = demo();
    let before = export_contents(&db, &dir.path().join("before.json"));
    ok(&["backup", "--db", s(&db)]);
    let listed = ok(&["list", "backups", "--db", s(&db)]);
    let listed = String::from_utf8(listed.stdout).unwrap();
    let name = listed
        .lines()
        .next()
        .unwrap()
        .split('\t')
        .next()
        .unwrap()
        .to_string();
    assert!(name.ends_with(" manual.salesdesk"), "{listed}");

    // Change something, then restore: the change is gone.
    let mut changed = before.clone();
    changed["tables"]["settings"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .filter(|row| row["key"] == "company_name")
        .for_each(|row| row["value"] = "Renamed Ltd".into());
    let file = dir.path().join("changed.json");
    std::fs::write(&file, serde_json::to_string(&changed).unwrap()).unwrap();
    ok(&["import-json", "--db", s(&db), "--in", s(&file), "--replace"]);
    assert_ne!(export_contents(&db, &dir.path().join("mid.json")), before);
    ok(&["restore", "--db", s(&db), "--from", &name]);
    assert_eq!(export_contents(&db, &dir.path().join("after.json")), before);

    let out = cli(&["restore", "--db", s(&db), "--from", "../demo.salesdesk"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not the name of a backup"));
}

#[test]
fn a_workspace_open_elsewhere_makes_the_cli_wait_then_say_busy() {
    let (dir, db) = demo();
    let before = export_contents(&db, &dir.path().join("before.json"));
    // Another process holds the workspace: a child CLI busy making edits.
    let mut holder = Command::new(env!("CARGO_BIN_EXE_salesdesk-cli"))
        .args(["stress-edits", "--db", s(&db)])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until it has committed an edit, so it surely holds the lock.
    {
        use std::io::BufRead;
        let mut line = String::new();
        std::io::BufReader::new(holder.stdout.as_mut().unwrap())
            .read_line(&mut line)
            .unwrap();
        assert!(!line.is_empty());
    }
    let started = std::time::Instant::now();
    let out = cli(&["list", "stages", "--db", s(&db)]);
    let waited = started.elapsed();
    holder.kill().unwrap();
    holder.wait().unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("is open in another Salesdesk"), "{stderr}");
    assert!(
        waited >= std::time::Duration::from_secs(3),
        "waited {waited:?}"
    );
    // Once the other process is gone, the workspace opens and is whole.
    let out = ok(&["list", "stages", "--db", s(&db)]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("Lead"));
    let after = export_contents(&db, &dir.path().join("after.json"));
    assert_eq!(after["tables"]["stages"], before["tables"]["stages"]);
}
