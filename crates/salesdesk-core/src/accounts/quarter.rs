//! Calendar quarters, written "2026Q4".

use std::fmt;

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::plans::Month;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quarter {
    year: i32,
    /// 1 to 4.
    number: u32,
}

impl Quarter {
    /// Parses "2026Q4" (a lower-case q is fine too).
    pub fn parse(field: &str, text: &str) -> Result<Quarter> {
        let t = text.trim().to_uppercase();
        let bad = || {
            Error::invalid(
                field,
                format!(
                    "{} is not a quarter; write it like 2026Q4.",
                    crate::validate::quoted(text)
                ),
            )
        };
        let (year, number) = t.split_once('Q').ok_or_else(bad)?;
        if year.len() != 4 || number.len() != 1 {
            return Err(bad());
        }
        let year: i32 = year.parse().map_err(|_| bad())?;
        let number: u32 = number.parse().map_err(|_| bad())?;
        if !(1..=4).contains(&number) || !(1990..=2100).contains(&year) {
            return Err(bad());
        }
        Ok(Quarter { year, number })
    }

    pub fn of(date: NaiveDate) -> Quarter {
        use chrono::Datelike;
        Quarter {
            year: date.year(),
            number: (date.month() - 1) / 3 + 1,
        }
    }

    pub fn next(self) -> Quarter {
        if self.number == 4 {
            Quarter {
                year: self.year + 1,
                number: 1,
            }
        } else {
            Quarter {
                year: self.year,
                number: self.number + 1,
            }
        }
    }

    pub fn previous(self) -> Quarter {
        if self.number == 1 {
            Quarter {
                year: self.year - 1,
                number: 4,
            }
        } else {
            Quarter {
                year: self.year,
                number: self.number - 1,
            }
        }
    }

    pub fn months(self) -> [Month; 3] {
        let first = Month::new(self.year, (self.number - 1) * 3 + 1).expect("a valid quarter");
        [first, first.plus(1), first.plus(2)]
    }

    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, (self.number - 1) * 3 + 1, 1).expect("a valid quarter")
    }

    pub fn last_day(self) -> NaiveDate {
        self.next().first_day().pred_opt().expect("a valid date")
    }
}

/// A quarter a picker offers, with its days: the screens do no quarter
/// arithmetic of their own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct QuarterChoice {
    /// "2026Q4".
    pub quarter: String,
    pub first_day: String,
    pub last_day: String,
    /// The quarter of `today`.
    pub current: bool,
}

/// How far back and ahead the pickers reach: two years of reviews and
/// account plans to look back on, a year to plan ahead.
const QUARTERS_BACK: usize = 8;
const QUARTERS_AHEAD: usize = 4;

/// The quarters a picker offers on `today` (a date like 2026-12-01),
/// newest first.
pub fn quarter_choices(today: &str) -> Result<Vec<QuarterChoice>> {
    let today = crate::validate::parse_date("today", "Today", today)?;
    let current = Quarter::of(today);
    let mut newest = current;
    for _ in 0..QUARTERS_AHEAD {
        newest = newest.next();
    }
    let mut out = Vec::with_capacity(QUARTERS_BACK + QUARTERS_AHEAD + 1);
    let mut q = newest;
    for _ in 0..=QUARTERS_BACK + QUARTERS_AHEAD {
        out.push(QuarterChoice {
            quarter: q.to_string(),
            first_day: q.first_day().to_string(),
            last_day: q.last_day().to_string(),
            current: q == current,
        });
        q = q.previous();
    }
    Ok(out)
}

impl fmt::Display for Quarter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}Q{}", self.year, self.number)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_next_and_months() {
        let q = Quarter::parse("q", "2026q4").unwrap();
        assert_eq!(q.to_string(), "2026Q4");
        assert_eq!(q.next().to_string(), "2027Q1");
        assert_eq!(
            q.months().map(|m| m.to_string()),
            ["2026-10", "2026-11", "2026-12"]
        );
        assert_eq!(q.last_day().to_string(), "2026-12-31");
        for bad in [
            "2026-Q4", "Q4 2026", "2026Q5", "2026Q0", "26Q4", "2026Q", "",
        ] {
            assert!(Quarter::parse("q", bad).is_err(), "{bad}");
        }
        assert_eq!(
            Quarter::of(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()),
            q
        );
        assert_eq!(q.previous().to_string(), "2026Q3");
        assert_eq!(q.next().previous(), q);
        assert_eq!(
            Quarter::parse("q", "2027Q1")
                .unwrap()
                .previous()
                .to_string(),
            "2026Q4"
        );
    }

    #[test]
    fn the_pickers_quarters_reach_two_years_back_and_one_ahead() {
        let choices = quarter_choices("2026-02-28").unwrap();
        assert_eq!(choices.len(), 13);
        assert_eq!(choices[0].quarter, "2027Q1");
        assert_eq!(choices[12].quarter, "2024Q1");
        let current: Vec<_> = choices.iter().filter(|c| c.current).collect();
        assert_eq!(current.len(), 1);
        assert_eq!(
            (
                current[0].quarter.as_str(),
                current[0].first_day.as_str(),
                current[0].last_day.as_str()
            ),
            ("2026Q1", "2026-01-01", "2026-03-31")
        );
        // Leap years end February and the first quarter right.
        let q = quarter_choices("2024-01-15").unwrap();
        let first = q.iter().find(|c| c.current).unwrap();
        assert_eq!(first.last_day, "2024-03-31");
        assert!(quarter_choices("2026-13-01").is_err());
        assert!(quarter_choices("1900-01-01").is_err());
    }
}
