//! The demo company ages with the calendar: filled on any day, its plans
//! cover that day, its account plans are for that quarter, and its actuals
//! stop at that day.

mod common;

use chrono::NaiveDate;
use salesdesk_core::accounts::Quarter;
use salesdesk_core::demo::{DemoCalendar, fill_demo};
use salesdesk_core::plans::figures::MonthState;

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

#[test]
fn the_demo_is_dated_around_the_day_it_is_made() {
    // Month and year ends, a leap day, the first of a month, next year.
    for today in [
        "2026-11-18",
        "2026-12-31",
        "2027-01-01",
        "2028-02-29",
        "2030-06-01",
        "2031-09-30",
        "2027-04-03",
    ] {
        let today = day(today);
        let (_dir, mut ws) = common::new_workspace();
        fill_demo(&mut ws, &DemoCalendar::new(today).unwrap()).unwrap();

        let plans = ws.plans().list(None).unwrap();
        assert_eq!(plans.len(), 4, "{today}");
        for summary in &plans {
            let figures = ws.plans().plan_figures(&summary.id, today).unwrap();
            let months = &figures.revenue.months;
            // Four months done, the current one, one to come.
            let states: Vec<MonthState> = months.iter().map(|m| m.state).collect();
            assert_eq!(
                states,
                [
                    MonthState::Complete,
                    MonthState::Complete,
                    MonthState::Complete,
                    MonthState::Complete,
                    MonthState::Current,
                    MonthState::Future
                ],
                "{today}"
            );
            assert!(months[3].actual > 0.0, "{today}: last month has actuals");
            assert_eq!(months[5].actual, 0.0, "{today}: none in the future");
            assert!(figures.revenue.pace.is_some(), "{today}");
        }

        let quarter = Quarter::of(today).to_string();
        let account_plans = ws.accounts().plans(None, None).unwrap();
        assert!(!account_plans.is_empty(), "{today}");
        for summary in account_plans {
            assert_eq!(summary.quarter, quarter, "{today}");
            let plan = ws.accounts().plan(&summary.id).unwrap();
            let q = Quarter::of(today);
            for step in &plan.steps {
                let due = day(&step.due_date);
                assert!(
                    q.first_day() <= due && due <= q.last_day(),
                    "{today}: step due {due} outside {quarter}"
                );
                if step.status == salesdesk_core::accounts::StepStatus::Done {
                    assert!(
                        due <= today.max(q.first_day()),
                        "{today}: a step done in the future ({due})"
                    );
                }
            }
        }
        // Every PDF renders for the demo's quarter.
        let bytes = ws.team_packet_pdf(&quarter, today).unwrap();
        assert!(bytes.starts_with(b"%PDF"), "{today}");
    }
}

#[test]
fn the_reference_day_is_the_one_the_tests_are_written_for() {
    let calendar = DemoCalendar::reference();
    assert_eq!(calendar.today(), day("2026-11-18"));
    assert_eq!(calendar.plan_start().to_string(), "2026-07");
    assert_eq!(calendar.quarter().to_string(), "2026Q4");
    assert!((calendar.month_elapsed() - 0.6).abs() < 1e-12);
}

#[test]
fn a_day_outside_the_apps_range_is_refused() {
    for today in ["1989-12-31", "1990-06-01", "2100-12-01"] {
        let err = DemoCalendar::new(day(today)).unwrap_err();
        assert!(err.to_string().contains("demo"), "{today}: {err}");
    }
}
