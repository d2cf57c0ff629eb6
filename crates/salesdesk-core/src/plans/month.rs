//! Calendar months ("2026-11"), the unit every plan figure is kept in.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::{Error, Result};

/// A calendar month. Ordered, so ranges of months compare naturally.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    year: i32,
    /// 1 to 12.
    month: u32,
}

impl Month {
    pub fn new(year: i32, month: u32) -> Option<Month> {
        ((1990..=2100).contains(&year) && (1..=12).contains(&month))
            .then_some(Month { year, month })
    }

    /// Parses "YYYY-MM".
    pub fn parse(field: &str, text: &str) -> Result<Month> {
        let bad = || {
            Error::invalid(
                field,
                format!(
                    "{} is not a month like 2026-11.",
                    crate::validate::quoted(text)
                ),
            )
        };
        let (y, m) = text.trim().split_once('-').ok_or_else(bad)?;
        if y.len() != 4 || m.is_empty() || m.len() > 2 {
            return Err(bad());
        }
        let year = y.parse().map_err(|_| bad())?;
        let month = m.parse().map_err(|_| bad())?;
        Month::new(year, month).ok_or_else(bad)
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn number(self) -> u32 {
        self.month
    }

    /// 1 to 4.
    pub fn quarter(self) -> u32 {
        (self.month - 1) / 3 + 1
    }

    /// The month `n` months later (or earlier, for negative `n`).
    pub fn plus(self, n: i32) -> Month {
        let index = self.year * 12 + self.month as i32 - 1 + n;
        Month {
            year: index.div_euclid(12),
            month: index.rem_euclid(12) as u32 + 1,
        }
    }

    /// Months from `self` to `other` (negative when `other` is earlier).
    pub fn months_until(self, other: Month) -> i32 {
        (other.year * 12 + other.month as i32) - (self.year * 12 + self.month as i32)
    }

    /// The six months of a plan starting here.
    pub fn six_from(self) -> [Month; 6] {
        std::array::from_fn(|i| self.plus(i as i32))
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl Serialize for Month {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Month {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Month, D::Error> {
        let text = String::deserialize(d)?;
        Month::parse("month", &text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_print() {
        let m = Month::parse("m", "2026-11").unwrap();
        assert_eq!(m.to_string(), "2026-11");
        assert_eq!(Month::parse("m", "2026-3").unwrap().to_string(), "2026-03");
        for bad in [
            "2026-13", "2026-00", "26-11", "2026/11", "", "2026-1x", "1800-01",
        ] {
            assert!(Month::parse("m", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn arithmetic_crosses_years() {
        let nov = Month::new(2026, 11).unwrap();
        assert_eq!(nov.plus(2).to_string(), "2027-01");
        assert_eq!(nov.plus(-11).to_string(), "2025-12");
        assert_eq!(nov.months_until(Month::new(2027, 4).unwrap()), 5);
        assert_eq!(nov.quarter(), 4);
        assert_eq!(nov.six_from().map(|m| m.to_string())[5], "2027-04");
    }
}
