//! Benchmark (not a test): the team plan-review packet for the demo
//! company and for 50 reps, with their figures. Run in release:
//! `cargo bench -p salesdesk-core --bench packet`. Aim: 50 reps < 1 s.

use std::time::Instant;

use chrono::NaiveDate;
use salesdesk_core::{Workspace, demo};

fn time_team_packet(ws: &mut Workspace, label: &str, runs: u32) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let mut best = f64::MAX;
    let mut bytes = 0;
    let mut pages = 0;
    for _ in 0..runs {
        let start = Instant::now();
        let pdf = ws.team_packet_pdf("2026Q4", today).expect("team packet");
        best = best.min(start.elapsed().as_secs_f64());
        bytes = pdf.len();
        pages = pdf
            .windows(10)
            .filter(|w| w == b"/Type/Page" || w == b"/Type /Pag")
            .count();
    }
    println!(
        "{label}: best of {runs}: {:.0} ms, {} KB, ~{pages} page objects",
        best * 1000.0,
        bytes / 1024
    );
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut ws = Workspace::create(dir.path().join("bench.salesdesk")).expect("workspace");
    demo::fill_demo(&mut ws, &salesdesk_core::demo::DemoCalendar::reference()).expect("demo");
    time_team_packet(&mut ws, "demo company (4 reps)", 5);
    let start = Instant::now();
    demo::grow_team(&mut ws, 50).expect("50 reps");
    println!("(made 50 reps in {:.1} s)", start.elapsed().as_secs_f64());
    time_team_packet(&mut ws, "50 reps", 3);
}
