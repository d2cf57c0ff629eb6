//! Interview kit and candidate summary PDFs, read back with pdftotext.

mod common;

use std::process::Command;

fn pdftotext(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.pdf");
    std::fs::write(&path, bytes).unwrap();
    let out = Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_interview_kit_has_every_question_and_the_scale() {
    let (_dir, mut ws) = common::new_workspace();
    salesdesk_core::demo::fill_demo(&mut ws, &salesdesk_core::demo::DemoCalendar::reference())
        .unwrap();
    let role = ws.hiring().role_by_title("Account Executive").unwrap();
    let text = pdftotext(&ws.interview_kit_pdf(&role.id).unwrap());
    for attribute in &role.attributes {
        assert!(text.contains(&attribute.name), "{} missing", attribute.name);
        // Questions wrap; check their first words.
        let start: String = attribute
            .test_detail
            .split_whitespace()
            .take(4)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(text.contains(&start), "question {start:?} missing");
    }
    for heading in [
        "Skills",
        "Knowledge",
        "Attitudes",
        "Scorecard",
        "1 Strong no",
        "4 Strong yes",
        "Overall recommendation",
    ] {
        assert!(text.contains(heading), "{heading} missing");
    }
}

#[test]
fn the_candidate_summary_has_the_score_scorecards_and_amendments() {
    let (_dir, mut ws) = common::new_workspace();
    salesdesk_core::demo::fill_demo(&mut ws, &salesdesk_core::demo::DemoCalendar::reference())
        .unwrap();
    let anna = ws.hiring().candidate_by_name("Anna Schmidt").unwrap();
    let text = pdftotext(&ws.candidate_summary_pdf(&anna.id).unwrap());
    assert!(text.contains("Anna Schmidt"));
    assert!(text.contains("3.40 of 4"), "{text}");
    assert!(text.contains("Scorecard by Jonas Müller") && text.contains("Scorecard by Lucía Peña"));
    assert!(
        text.contains("Asked again by phone"),
        "amendment reason missing"
    );
    let ben = ws.hiring().candidate_by_name("Ben Okafor").unwrap();
    let text = pdftotext(&ws.candidate_summary_pdf(&ben.id).unwrap());
    assert!(text.contains("Interviewers disagree"), "{text}");
}
