//! Plan-review packets: the printed figures equal the library's, every
//! active rep is in the team packet, the contents point at the right pages,
//! the fonts are embedded. Set KEEP_PACKET=dir to keep the PDFs.

mod common;

use std::path::Path;
use std::process::Command;

use chrono::NaiveDate;

fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name} (poppler-utils): {e}"));
    assert!(out.status.success(), "{name} failed");
    String::from_utf8(out.stdout).unwrap()
}

fn page_text(pdf: &Path, page: usize) -> String {
    let p = page.to_string();
    tool(
        "pdftotext",
        &["-layout", "-f", &p, "-l", &p, pdf.to_str().unwrap(), "-"],
    )
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn keep(path: &Path, name: &str) {
    if let Some(dir) = std::env::var_os("KEEP_PACKET") {
        std::fs::copy(path, Path::new(&dir).join(name)).unwrap();
    }
}

#[test]
fn the_rep_packet_prints_the_library_figures_and_the_review() {
    let (dir, mut ws) = common::new_workspace();
    salesdesk_core::demo::fill_demo(&mut ws, &salesdesk_core::demo::DemoCalendar::reference())
        .unwrap();
    let rep = ws
        .team()
        .people()
        .unwrap()
        .into_iter()
        .find(|p| p.name == "Sofia Rossi")
        .unwrap();
    let review = ws.reviews_mut().open(&rep.id, "2026Q4").unwrap();
    ws.reviews_mut()
        .save_review(&salesdesk_core::reviews::ReviewInput {
            id: review.id.clone(),
            rep_input: "Two big proposals are waiting for a decision.".into(),
            strengths: "Site visits that win trust.".into(),
            development_areas: "Ask for the order sooner.".into(),
            commitments: "Close Stadtwerke Bonn by February.".into(),
        })
        .unwrap();
    ws.reviews_mut().hold_review(&review.id).unwrap();
    ws.reviews_mut()
        .agree_review(&review.id, "2026-12-15")
        .unwrap();
    ws.reviews_mut()
        .amend_review(&review.id, "Stadtwerke moved the decision to March.")
        .unwrap();

    let pdf = dir.path().join("sofia.pdf");
    std::fs::write(&pdf, ws.rep_packet_pdf(&rep.id, "2026Q4", today()).unwrap()).unwrap();
    keep(&pdf, "sofia.pdf");
    let text = tool("pdftotext", &["-layout", pdf.to_str().unwrap(), "-"]);
    let plan = ws
        .plans()
        .plan_for_rep_name("Sofia Rossi", today())
        .unwrap();
    let f = ws.plans().plan_figures(&plan.id, today()).unwrap();
    let pct = |v: Option<f64>| format!("{:.0} %", v.unwrap() * 100.0);
    let q4 = f
        .revenue
        .quarters
        .iter()
        .find(|q| q.quarter == "2026Q4")
        .unwrap();
    for needle in [
        "Sofia Rossi".to_string(),
        "Jonas Müller".to_string(),
        pct(q4.attainment),
        pct(f.revenue.attainment_to_date),
        pct(f.revenue.forecast_accuracy),
        pct(f.activity_attainment),
        format!("{:.2}×", f.revenue.pipeline_coverage.unwrap()),
        "QUOTA AND ACTUAL PER MONTH".into(),
        "Close Stadtwerke Bonn by February.".into(),
        "Agreed on 2026-12-15".into(),
        "Stadtwerke moved the decision to March.".into(),
        "Signature:".into(),
    ] {
        assert!(text.contains(&needle), "{needle:?} missing");
    }
    let fonts = tool("pdffonts", &[pdf.to_str().unwrap()]);
    assert!(
        fonts
            .lines()
            .skip(2)
            .all(|l| l.contains("DejaVu") && l.split_whitespace().rev().nth(4) == Some("yes")),
        "{fonts}"
    );
}

#[test]
fn the_team_packet_has_every_rep_and_correct_contents() {
    let (dir, mut ws) = common::new_workspace();
    salesdesk_core::demo::fill_demo(&mut ws, &salesdesk_core::demo::DemoCalendar::reference())
        .unwrap();
    let pdf = dir.path().join("team.pdf");
    std::fs::write(&pdf, ws.team_packet_pdf("2026Q4", today()).unwrap()).unwrap();
    keep(&pdf, "team.pdf");
    let pages: usize = tool("pdfinfo", &[pdf.to_str().unwrap()])
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    let contents = page_text(&pdf, 2);
    assert!(contents.contains("Contents"));
    let reps: Vec<String> = ws
        .team()
        .people()
        .unwrap()
        .into_iter()
        .filter(|p| p.active && p.role == salesdesk_core::team::PersonRole::Rep)
        .map(|p| p.name)
        .collect();
    assert_eq!(reps.len(), 4);
    for rep in &reps {
        let line = contents
            .lines()
            .find(|l| l.trim_start().starts_with(rep.as_str()))
            .unwrap_or_else(|| panic!("{rep} not in the contents:\n{contents}"));
        let number: usize = line.split_whitespace().last().unwrap().parse().unwrap();
        assert!(number <= pages);
        let target = page_text(&pdf, number);
        assert!(
            target.contains(rep.as_str()) && target.contains("PLAN-REVIEW PACKET"),
            "page {number} is not {rep}'s cover:\n{target}"
        );
    }
    // Section entries point at their pages too.
    let summary: usize = contents
        .lines()
        .find(|l| l.trim_start().starts_with("Summary figures"))
        .unwrap()
        .split_whitespace()
        .last()
        .unwrap()
        .parse()
        .unwrap();
    assert!(page_text(&pdf, summary).contains("Summary figures"));
}

#[test]
fn letter_paper_and_the_workspace_number_style() {
    use salesdesk_core::print::{NumberStyle, PaperSize, PrintSettings};
    let (dir, mut ws) = common::new_workspace();
    salesdesk_core::demo::fill_demo(&mut ws, &salesdesk_core::demo::DemoCalendar::reference())
        .unwrap();
    ws.set_print_settings(&PrintSettings {
        paper: PaperSize::Letter,
        number_style: NumberStyle::PointComma,
        currency: "€".into(),
    })
    .unwrap();
    assert!(
        ws.set_print_settings(&PrintSettings {
            paper: PaperSize::A4,
            number_style: NumberStyle::CommaPoint,
            currency: "EURO€€".into()
        })
        .is_err()
    );
    let rep = ws
        .team()
        .people()
        .unwrap()
        .into_iter()
        .find(|p| p.name == "Aylin Demir")
        .unwrap();
    let pdf = dir.path().join("letter.pdf");
    std::fs::write(&pdf, ws.rep_packet_pdf(&rep.id, "2026Q4", today()).unwrap()).unwrap();
    let info = tool("pdfinfo", &[pdf.to_str().unwrap()]);
    assert!(info.contains("(letter)"), "not US Letter: {info}");
    let text = tool("pdftotext", &["-layout", pdf.to_str().unwrap(), "-"]);
    let plan = ws
        .plans()
        .plan_for_rep_name("Aylin Demir", today())
        .unwrap();
    let quota = ws.plans().plan(&plan.id).unwrap().content.months[0].quota;
    let printed = salesdesk_core::print::NumberFormat {
        style: NumberStyle::PointComma,
        currency: "€".into(),
    }
    .money(quota);
    assert!(
        printed.contains('.') && printed.ends_with(" €"),
        "{printed}"
    );
    assert!(text.contains(&printed), "{printed:?} missing");
}
