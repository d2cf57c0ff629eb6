//! Plan-versus-actual figures for one rep's six-month plan, computed from
//! monthly numbers and a date ("as of"). Pure functions: the store gathers
//! the numbers, these turn them into figures, tests check them by hand.
//!
//! Definitions:
//! - **Quota attainment** = actual ÷ quota, for a month, a quarter, and the
//!   period to date. No quota (0) gives no figure rather than infinity.
//! - **Period to date** counts the complete months and the current month,
//!   each with its whole quota, and the actual recorded so far. (Not the
//!   current month's quota pro rata: on the first of a month that is a
//!   sliver, and the ratio against it means nothing.)
//! - **Pace** of the current month = its actual so far ÷ the share of its
//!   days elapsed ÷ its quota: "on track for 94 % of the month".
//! - **Forecast accuracy** over complete months = 1 − Σ|actual − forecast| ÷
//!   Σ forecast, floored at 0; for one month the same with that month.
//! - **Activity attainment** = activities done ÷ goal to date (a weekly goal
//!   times the weeks elapsed in the plan; a monthly one times the months).
//! - **Pipeline coverage** = open pipeline ÷ remaining quota, where the
//!   remaining quota is the whole period's quota minus the actual to date;
//!   none once the quota is met.
//!
//! Credits (negative amounts) are summed like any other amount.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::month::Month;

/// One month's numbers for a rep.
#[derive(Debug, Clone, PartialEq)]
pub struct MonthNumbers {
    pub month: Month,
    pub quota: f64,
    pub forecast: f64,
    pub actual: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MonthState {
    Complete,
    Current,
    Future,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MonthFigure {
    #[ts(type = "string")]
    pub month: Month,
    pub state: MonthState,
    pub quota: f64,
    pub forecast: f64,
    pub actual: f64,
    pub attainment: Option<f64>,
    /// Only for complete months.
    pub forecast_accuracy: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct QuarterFigure {
    /// e.g. "2026Q4".
    pub quarter: String,
    pub quota: f64,
    pub actual: f64,
    pub attainment: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RevenueFigures {
    pub months: Vec<MonthFigure>,
    pub quarters: Vec<QuarterFigure>,
    /// Quota of the months so far: the complete ones and the current one,
    /// each in full.
    pub quota_to_date: f64,
    pub actual_to_date: f64,
    pub attainment_to_date: Option<f64>,
    pub forecast_accuracy: Option<f64>,
    pub remaining_quota: f64,
    pub open_pipeline: f64,
    pub pipeline_coverage: Option<f64>,
    /// The current month's pace, when the as-of date falls in the plan.
    pub pace: Option<MonthPace>,
}

/// Where the current month is heading at the rate so far.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MonthPace {
    #[ts(type = "string")]
    pub month: Month,
    /// Share of the month's days elapsed, 0 to 1.
    pub elapsed: f64,
    pub actual: f64,
    pub quota: f64,
    /// The attainment the month ends with if it goes on as so far (none
    /// without a quota).
    pub projected_attainment: Option<f64>,
}

/// Where `month` stands on `as_of`, and the share of it elapsed (0 to 1).
pub fn month_progress(month: Month, as_of: NaiveDate) -> (MonthState, f64) {
    let today = Month::new(as_of.year(), as_of.month()).expect("a valid date's month");
    if month < today {
        (MonthState::Complete, 1.0)
    } else if month > today {
        (MonthState::Future, 0.0)
    } else {
        let days = days_in_month(month) as f64;
        (MonthState::Current, f64::from(as_of.day()) / days)
    }
}

pub fn days_in_month(month: Month) -> u32 {
    let first = first_day(month);
    (first_day(month.plus(1)) - first).num_days() as u32
}

fn first_day(month: Month) -> NaiveDate {
    NaiveDate::from_ymd_opt(month.year(), month.number(), 1).expect("a valid month")
}

/// `part ÷ whole`, or nothing when there is no whole to compare with.
pub fn ratio(part: f64, whole: f64) -> Option<f64> {
    (whole > 0.0).then(|| part / whole)
}

fn accuracy(actual: f64, forecast: f64) -> Option<f64> {
    ratio((actual - forecast).abs(), forecast).map(|miss| (1.0 - miss).max(0.0))
}

pub fn revenue_figures(
    months: &[MonthNumbers],
    open_pipeline: f64,
    as_of: NaiveDate,
) -> RevenueFigures {
    let mut figures = Vec::with_capacity(months.len());
    let (mut quota_to_date, mut actual_to_date) = (0.0, 0.0);
    let (mut miss, mut forecast_complete) = (0.0, 0.0);
    let mut pace = None;
    for m in months {
        let (state, share) = month_progress(m.month, as_of);
        if state != MonthState::Future {
            quota_to_date += m.quota;
            actual_to_date += m.actual;
        }
        if state == MonthState::Current {
            pace = Some(MonthPace {
                month: m.month,
                elapsed: share,
                actual: m.actual,
                quota: m.quota,
                projected_attainment: ratio(m.actual / share, m.quota),
            });
        }
        if state == MonthState::Complete {
            miss += (m.actual - m.forecast).abs();
            forecast_complete += m.forecast;
        }
        figures.push(MonthFigure {
            month: m.month,
            state,
            quota: m.quota,
            forecast: m.forecast,
            actual: m.actual,
            attainment: ratio(m.actual, m.quota),
            forecast_accuracy: if state == MonthState::Complete {
                accuracy(m.actual, m.forecast)
            } else {
                None
            },
        });
    }
    let mut quarters: Vec<QuarterFigure> = Vec::new();
    for m in months {
        let label = format!("{}Q{}", m.month.year(), m.month.quarter());
        match quarters.last_mut() {
            Some(q) if q.quarter == label => {
                q.quota += m.quota;
                q.actual += m.actual;
            }
            _ => quarters.push(QuarterFigure {
                quarter: label,
                quota: m.quota,
                actual: m.actual,
                attainment: None,
            }),
        }
    }
    for q in &mut quarters {
        q.attainment = ratio(q.actual, q.quota);
    }
    let total_quota: f64 = months.iter().map(|m| m.quota).sum();
    let remaining_quota = (total_quota - actual_to_date).max(0.0);
    RevenueFigures {
        months: figures,
        quarters,
        quota_to_date,
        actual_to_date,
        attainment_to_date: ratio(actual_to_date, quota_to_date),
        forecast_accuracy: ratio(miss, forecast_complete).map(|m| (1.0 - m).max(0.0)),
        remaining_quota,
        open_pipeline,
        pipeline_coverage: ratio(open_pipeline, remaining_quota),
        pace,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum GoalPeriod {
    Week,
    Month,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActivityFigure {
    pub name: String,
    pub goal: f64,
    pub period: GoalPeriod,
    pub goal_to_date: f64,
    pub actual_to_date: f64,
    pub attainment: Option<f64>,
}

/// Activity attainment for a goal of `goal` per `period` over the six-month
/// plan starting `first`, with `actual` activities done by `as_of`.
pub fn activity_figure(
    name: &str,
    goal: f64,
    period: GoalPeriod,
    first: Month,
    actual: f64,
    as_of: NaiveDate,
) -> ActivityFigure {
    let goal_to_date = match period {
        GoalPeriod::Month => {
            let elapsed: f64 = first
                .six_from()
                .iter()
                .map(|m| month_progress(*m, as_of).1)
                .sum();
            goal * elapsed
        }
        GoalPeriod::Week => {
            let (start, end) = (first_day(first), first_day(first.plus(6)));
            // Days elapsed in the plan, counting today.
            let days = if as_of < start {
                0
            } else {
                (as_of.min(end - chrono::Days::new(1)) - start).num_days() + 1
            };
            goal * days as f64 / 7.0
        }
    };
    ActivityFigure {
        name: name.to_string(),
        goal,
        period,
        goal_to_date,
        actual_to_date: actual,
        attainment: ratio(actual, goal_to_date),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(text: &str) -> Month {
        Month::parse("m", text).unwrap()
    }

    fn day(y: i32, mo: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, mo, d).unwrap()
    }

    fn plan(quotas: [f64; 6], forecasts: [f64; 6], actuals: [f64; 6]) -> Vec<MonthNumbers> {
        m("2026-07")
            .six_from()
            .iter()
            .enumerate()
            .map(|(i, &month)| MonthNumbers {
                month,
                quota: quotas[i],
                forecast: forecasts[i],
                actual: actuals[i],
            })
            .collect()
    }

    #[test]
    fn attainment_by_month_quarter_and_to_date_with_a_partial_month() {
        // Plan Jul–Dec 2026, as of 15 Oct (15 of 31 days).
        let months = plan(
            [10_000.0, 10_000.0, 12_000.0, 12_000.0, 12_000.0, 14_000.0],
            [9_000.0, 11_000.0, 12_000.0, 12_000.0, 12_000.0, 14_000.0],
            [11_000.0, 8_000.0, 12_000.0, 3_000.0, 0.0, 0.0],
        );
        let f = revenue_figures(&months, 30_000.0, day(2026, 10, 15));
        assert_eq!(f.months[0].attainment, Some(1.1));
        assert_eq!(f.months[1].attainment, Some(0.8));
        assert_eq!(f.months[3].state, MonthState::Current);
        assert_eq!(f.months[4].state, MonthState::Future);
        // Q3: 31,000 / 32,000; Q4: 3,000 / 38,000.
        assert_eq!(f.quarters[0].quarter, "2026Q3");
        assert!((f.quarters[0].attainment.unwrap() - 31_000.0 / 32_000.0).abs() < 1e-12);
        assert!((f.quarters[1].attainment.unwrap() - 3_000.0 / 38_000.0).abs() < 1e-12);
        // To date: Jul–Oct quota in full, 44,000; 34,000 actual.
        assert_eq!(f.quota_to_date, 44_000.0);
        assert_eq!(f.actual_to_date, 34_000.0);
        assert!((f.attainment_to_date.unwrap() - 34_000.0 / 44_000.0).abs() < 1e-12);
        // October's pace: 3,000 in 15 of 31 days → 6,200 of 12,000.
        let pace = f.pace.as_ref().unwrap();
        assert_eq!(pace.month.to_string(), "2026-10");
        assert!(
            (pace.projected_attainment.unwrap() - 3_000.0 * 31.0 / 15.0 / 12_000.0).abs() < 1e-12
        );
        // Accuracy over Jul–Sep: 1 − (2,000 + 3,000 + 0) / 32,000.
        assert!((f.forecast_accuracy.unwrap() - (1.0 - 5_000.0 / 32_000.0)).abs() < 1e-12);
        assert_eq!(f.months[0].forecast_accuracy, Some(1.0 - 2_000.0 / 9_000.0));
        assert_eq!(
            f.months[3].forecast_accuracy, None,
            "not for the current month"
        );
        // Remaining: 70,000 − 34,000 = 36,000; coverage 30,000 / 36,000.
        assert_eq!(f.remaining_quota, 36_000.0);
        assert!((f.pipeline_coverage.unwrap() - 30_000.0 / 36_000.0).abs() < 1e-12);
    }

    /// The first day of a month: the headline stays a figure a manager can
    /// use (not 5,500 against a one-day sliver of quota: 1,705 %).
    #[test]
    fn on_the_first_of_a_month_the_headline_is_not_a_sliver() {
        let months = plan(
            [10_000.0; 6],
            [10_000.0; 6],
            [9_000.0, 5_500.0, 0.0, 0.0, 0.0, 0.0],
        );
        let f = revenue_figures(&months, 0.0, day(2026, 8, 1));
        assert_eq!(f.quota_to_date, 20_000.0);
        assert!((f.attainment_to_date.unwrap() - 14_500.0 / 20_000.0).abs() < 1e-12);
        let pace = f.pace.unwrap();
        assert!((pace.elapsed - 1.0 / 31.0).abs() < 1e-12);
        assert!(
            pace.projected_attainment.unwrap() > 10.0,
            "5,500 on day one is a fast pace"
        );
        // Before the plan starts and after it ends there is no current month.
        assert!(
            revenue_figures(&months, 0.0, day(2026, 6, 30))
                .pace
                .is_none()
        );
        let after = revenue_figures(&months, 0.0, day(2027, 1, 2));
        assert!(after.pace.is_none());
        assert_eq!(after.quota_to_date, 60_000.0);
    }

    #[test]
    fn zero_quota_gives_no_ratio_and_credits_reduce_actuals() {
        let months = plan([0.0; 6], [0.0; 6], [500.0, -200.0, 0.0, 0.0, 0.0, 0.0]);
        let f = revenue_figures(&months, 1_000.0, day(2026, 9, 1));
        assert_eq!(f.months[0].attainment, None);
        assert_eq!(f.attainment_to_date, None);
        assert_eq!(f.forecast_accuracy, None);
        assert_eq!(f.actual_to_date, 300.0);
        assert_eq!(f.pipeline_coverage, None, "no quota left to cover");
    }

    #[test]
    fn a_badly_missed_forecast_floors_at_zero() {
        let months = plan(
            [1.0; 6],
            [1_000.0, 0.0, 0.0, 0.0, 0.0, 0.0],
            [5_000.0, 0.0, 0.0, 0.0, 0.0, 0.0],
        );
        let f = revenue_figures(&months, 0.0, day(2026, 8, 10));
        assert_eq!(f.forecast_accuracy, Some(0.0));
    }

    #[test]
    fn activity_goals_per_week_and_per_month() {
        // 10 a week, plan from 2026-07-01, as of 2026-07-14: 14 days = 2 weeks.
        let a = activity_figure(
            "Calls",
            10.0,
            GoalPeriod::Week,
            m("2026-07"),
            15.0,
            day(2026, 7, 14),
        );
        assert!((a.goal_to_date - 20.0).abs() < 1e-9);
        assert_eq!(a.attainment, Some(0.75));
        // 8 a month, as of 2026-08-16: July complete plus 16/31 of August.
        let b = activity_figure(
            "Meetings",
            8.0,
            GoalPeriod::Month,
            m("2026-07"),
            12.0,
            day(2026, 8, 16),
        );
        assert!((b.goal_to_date - 8.0 * (1.0 + 16.0 / 31.0)).abs() < 1e-9);
        // Before the plan starts there is no goal yet.
        let c = activity_figure(
            "Calls",
            10.0,
            GoalPeriod::Week,
            m("2026-07"),
            0.0,
            day(2026, 6, 30),
        );
        assert_eq!(c.goal_to_date, 0.0);
        assert_eq!(c.attainment, None);
        // After it ends, the goal stops at the plan's 184 days.
        let d = activity_figure(
            "Calls",
            7.0,
            GoalPeriod::Week,
            m("2026-07"),
            0.0,
            day(2027, 3, 1),
        );
        assert!((d.goal_to_date - 184.0).abs() < 1e-9);
    }

    #[test]
    fn days_in_months() {
        assert_eq!(days_in_month(m("2028-02")), 29);
        assert_eq!(days_in_month(m("2026-02")), 28);
        assert_eq!(days_in_month(m("2026-12")), 31);
    }
}
