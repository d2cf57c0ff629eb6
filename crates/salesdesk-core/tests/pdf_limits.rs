//! Every PDF with every user text at its limit: each name 80 characters
//! of one unbroken word, each free text 20,000 characters, in Latin and in
//! scripts that need shaping, a fallback font or right-to-left order
//! (names in one script each, texts mixing them, unbroken words of the
//! whole length). Each document must finish within a bound the test
//! enforces (a render that loops fails here instead of hanging the suite),
//! and pdftotext must find the names whole.

mod common;

use std::process::Command;
use std::sync::mpsc;
use std::time::Duration;

use salesdesk_core::store::import_rules::{RULES, Rule};
use salesdesk_core::{Workspace, demo};
use serde_json::Value;

/// How long one document may take to render (debug build, two cores).
const BOUND: Duration = Duration::from_secs(120);

/// Scripts for the names: ten letters to write a number with, and a word
/// to fill up with (repeated without spaces: one unbroken word).
const NAME_SCRIPTS: &[([char; 10], &str)] = &[
    (['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'], "W"),
    (['ا', 'ب', 'ت', 'ث', 'ج', 'ح', 'خ', 'د', 'ذ', 'ر'], "محمد"),
    (
        ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'],
        "王明",
    ),
    (['א', 'ב', 'ג', 'ד', 'ה', 'ו', 'ז', 'ח', 'ט', 'י'], "דוד"),
    (['क', 'ख', 'ग', 'घ', 'ङ', 'च', 'छ', 'ज', 'झ', 'ञ'], "प्रिया"),
    (['ก', 'ข', 'ค', 'ฆ', 'ง', 'จ', 'ฉ', 'ช', 'ซ', 'ฌ'], "สมชาย"),
    (
        ['가', '나', '다', '라', '마', '바', '사', '아', '자', '차'],
        "김민준",
    ),
    (['α', 'β', 'γ', 'δ', 'ε', 'ζ', 'η', 'θ', 'ι', 'κ'], "Ελένη"),
];

/// A name of exactly 80 characters, one word in one script, unique by `n`.
fn long_name(n: usize) -> String {
    let (digits, fill) = NAME_SCRIPTS[n % NAME_SCRIPTS.len()];
    let head: String = format!("{n:04}")
        .chars()
        .map(|d| digits[d.to_digit(10).unwrap() as usize])
        .collect();
    let mut name = if digits[0] == '0' {
        format!("N{head}")
    } else {
        head
    };
    while name.chars().count() < 80 {
        name.push_str(fill);
    }
    name.chars().take(80).collect()
}

/// A free text of exactly 20,000 characters: words in Latin (ending in one
/// long word), words mixing every script and direction, or one unbroken
/// word of a script that needs shaping or a fallback font.
fn long_text(n: usize) -> String {
    let (words, tail) = match n % 4 {
        0 => (
            "Strategy without tactics is the slowest route to victory ",
            "U",
        ),
        1 => (
            "Zoë met 王小明 and محمد عبد الله in דוד כהן's office (२०२६); प्रिया, สมชาย, 김민준. ",
            "ل",
        ),
        2 => ("", "محمد"),
        _ => ("", "क्षत्रिय王สมชาย"),
    };
    let (mut text, mut count) = (String::new(), 0);
    while !words.is_empty() && count + words.chars().count() <= 19_900 {
        text.push_str(words);
        count += words.chars().count();
    }
    while count < 20_000 {
        text.push_str(tail);
        count += tail.chars().count();
    }
    text.chars().take(20_000).collect()
}

/// The demo with every name and free text at its limit.
fn workspace_at_the_limits() -> (tempfile::TempDir, Workspace) {
    let (dir, mut ws) = common::new_workspace();
    demo::fill_demo(&mut ws, &salesdesk_core::demo::DemoCalendar::reference()).unwrap();
    let mut file = ws.export_json().unwrap();
    let mut n = 0;
    for (table, columns) in RULES {
        let Some(rows) = file["tables"][*table].as_array_mut() else {
            continue;
        };
        for row in rows {
            for (column, rule) in *columns {
                let value = &mut row[*column];
                match rule {
                    Rule::Name => {
                        n += 1;
                        *value = Value::from(long_name(n));
                    }
                    Rule::Text if value.is_string() => {
                        n += 1;
                        *value = Value::from(long_text(n));
                    }
                    _ => {}
                }
            }
        }
    }
    // The company name is a setting.
    for setting in file["tables"]["settings"].as_array_mut().unwrap() {
        if setting["key"] == "company_name" {
            setting["value"] = Value::from(long_name(9_999));
        }
    }
    ws.import_json(&file)
        .expect("the texts at their limits are valid");
    (dir, ws)
}

/// Renders in a thread of its own and fails if it takes longer than BOUND.
fn within_bound(what: &str, render: impl FnOnce() -> Vec<u8> + Send + 'static) -> Vec<u8> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(render());
    });
    rx.recv_timeout(BOUND)
        .unwrap_or_else(|_| panic!("{what} did not finish within {BOUND:?}"))
}

fn text_of(pdf: &[u8]) -> String {
    // To look at the documents: SALESDESK_KEEP_PDFS=<folder>.
    if let Some(keep) = std::env::var_os("SALESDESK_KEEP_PDFS") {
        let n = std::fs::read_dir(&keep).map(|d| d.count()).unwrap_or(0);
        let _ = std::fs::write(std::path::Path::new(&keep).join(format!("{n:02}.pdf")), pdf);
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("doc.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(out.status.success());
    // Long words are broken across lines; compare without white space, and
    // without the marks poppler puts around right-to-left runs.
    String::from_utf8(out.stdout)
        .unwrap()
        .chars()
        .filter(|c| {
            !c.is_whitespace()
                && !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        })
        .collect()
}

#[test]
fn every_pdf_finishes_and_shows_every_name_at_its_limit() {
    let (dir, ws) = workspace_at_the_limits();
    let path = ws.path().to_path_buf();
    drop(ws);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let open = move || Workspace::open_existing(&path).unwrap();
    let ws = open();
    let team = ws.team().people().unwrap();
    let reps: Vec<String> = team
        .iter()
        .filter(|p| p.role == salesdesk_core::team::PersonRole::Rep)
        .map(|p| p.id.clone())
        .collect();
    let plans = ws.plans().list(None).unwrap();
    let roles = ws.hiring().roles().unwrap();
    let candidates = ws.hiring().all_candidates().unwrap();
    let stages = ws.playbook().get().unwrap().stages;
    drop(ws);
    let _keep = dir;

    let manual = within_bound("the manual", {
        let open = open.clone();
        move || open().manual_pdf(None).unwrap()
    });
    let text = text_of(&manual);
    for stage in &stages {
        assert!(
            text.contains(&stage.name),
            "the manual lacks the stage {}",
            stage.name
        );
    }
    let packet = within_bound("the team packet", {
        let open = open.clone();
        move || open().team_packet_pdf("2026Q4", today).unwrap()
    });
    let text = text_of(&packet);
    for person in &team {
        if reps.contains(&person.id) && person.active {
            assert!(
                text.contains(&person.name),
                "the team packet lacks {}",
                person.name
            );
        }
    }
    for plan in &plans {
        let id = plan.id.clone();
        let open = open.clone();
        let pdf = within_bound("a business plan", move || {
            open().business_plan_pdf(&id, today).unwrap()
        });
        assert!(text_of(&pdf).contains(&plan.rep_name));
    }
    for rep in &reps {
        let (id, open) = (rep.clone(), open.clone());
        within_bound("a rep's account plans", move || {
            open().rep_account_plans_pdf(&id, "2026Q4").unwrap()
        });
    }
    for role in &roles {
        let (id, open) = (role.id.clone(), open.clone());
        let pdf = within_bound("an interview kit", move || {
            open().interview_kit_pdf(&id).unwrap()
        });
        assert!(text_of(&pdf).contains(&role.title));
    }
    for candidate in &candidates {
        let (id, open) = (candidate.id.clone(), open.clone());
        let pdf = within_bound("a candidate summary", move || {
            open().candidate_summary_pdf(&id).unwrap()
        });
        assert!(text_of(&pdf).contains(&candidate.name));
    }
}
