//! Calendar quarters, written "2026Q4".

use std::fmt;

use chrono::NaiveDate;

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
    }
}
