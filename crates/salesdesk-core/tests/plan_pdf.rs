//! The business-plan PDF, read back with pdftotext: every printed figure
//! equals the library's.

mod common;

use std::process::Command;

use chrono::NaiveDate;

#[test]
fn the_business_plan_prints_the_library_figures() {
    let (dir, mut ws) = common::new_workspace();
    salesdesk_core::demo::fill_demo(&mut ws, &salesdesk_core::demo::DemoCalendar::reference())
        .unwrap();
    let as_of = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let plan = ws.plans().plan_for_rep_name("Mateo García", as_of).unwrap();
    let figures = ws.plans().plan_figures(&plan.id, as_of).unwrap();
    let bytes = ws.business_plan_pdf(&plan.id, as_of).unwrap();
    let path = dir.path().join("plan.pdf");
    std::fs::write(&path, bytes).unwrap();
    if let Some(keep) = std::env::var_os("KEEP_PDF") {
        std::fs::copy(&path, keep).unwrap();
    }
    let out = Command::new("pdftotext")
        .arg("-layout")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    let text = String::from_utf8(out.stdout).unwrap();
    let pct = |v: Option<f64>| format!("{:.0} %", v.unwrap() * 100.0);
    for needle in [
        "Mateo García".to_string(),
        "2026-07 to 2026-12".to_string(),
        pct(figures.revenue.attainment_to_date),
        pct(figures.revenue.forecast_accuracy),
        pct(figures.activity_attainment),
        format!("{:.2}×", figures.revenue.pipeline_coverage.unwrap()),
        "Praxis Dr. Yılmaz".to_string(),
        "Breakfast seminar".to_string(),
        "Finish the evening course".to_string(),
        "2026Q3".to_string(),
    ] {
        assert!(text.contains(&needle), "{needle:?} missing from:\n{text}");
    }
}
