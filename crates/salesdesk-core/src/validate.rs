//! Checks on user input, each failing with a message for one field.

use crate::error::{Error, Result};

/// Longest name (stage, KPI, competitor, ...) in characters.
pub const MAX_NAME_CHARS: usize = 80;
/// Longest free text (scripts, notes, ...) in characters.
pub const MAX_TEXT_CHARS: usize = 20_000;

/// A required one-line name: trimmed, not empty, not too long, no control
/// characters.
pub fn name(field: &str, label: &str, value: &str) -> Result<String> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return Err(Error::invalid(field, format!("{label} cannot be empty.")));
    }
    let chars = trimmed.chars().count();
    if chars > MAX_NAME_CHARS {
        return Err(Error::invalid(
            field,
            format!("{label} is {chars} characters long; the limit is {MAX_NAME_CHARS}."),
        ));
    }
    if trimmed.chars().any(char::is_control) {
        return Err(Error::invalid(
            field,
            format!("{label} cannot contain line breaks or control characters."),
        ));
    }
    Ok(trimmed.to_string())
}

/// An optional one-line name: trimmed; empty is fine.
pub fn name_or_empty(field: &str, label: &str, value: &str) -> Result<String> {
    if value.trim().is_empty() {
        Ok(String::new())
    } else {
        name(field, label, value)
    }
}

/// Optional free text, kept as typed. Line breaks and tabs are fine; other
/// control characters are refused.
pub fn text(field: &str, label: &str, value: &str) -> Result<String> {
    let chars = value.chars().count();
    if chars > MAX_TEXT_CHARS {
        return Err(Error::invalid(
            field,
            format!("{label} is {chars} characters long; the limit is {MAX_TEXT_CHARS}."),
        ));
    }
    if value
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(Error::invalid(
            field,
            format!("{label} contains a control character that cannot be saved."),
        ));
    }
    Ok(value.to_string())
}

/// A whole number of days between 0 and `max`, or nothing.
pub fn days(field: &str, label: &str, value: Option<f64>, max: u32) -> Result<Option<u32>> {
    let Some(v) = value else { return Ok(None) };
    if !v.is_finite() {
        return Err(Error::invalid(field, format!("{label} must be a number.")));
    }
    if v < 0.0 {
        return Err(Error::invalid(
            field,
            format!("{label} cannot be negative."),
        ));
    }
    if v.fract() != 0.0 {
        return Err(Error::invalid(
            field,
            format!("{label} must be a whole number of days."),
        ));
    }
    if v > max as f64 {
        return Err(Error::invalid(
            field,
            format!("{label} of {v} days is more than the limit of {max} days."),
        ));
    }
    Ok(Some(v as u32))
}

/// A finite number between 0 and `max`.
pub fn amount(field: &str, label: &str, value: f64, max: f64) -> Result<f64> {
    if !value.is_finite() {
        return Err(Error::invalid(field, format!("{label} must be a number.")));
    }
    if value < 0.0 {
        return Err(Error::invalid(
            field,
            format!("{label} cannot be negative."),
        ));
    }
    if value > max {
        return Err(Error::invalid(
            field,
            format!("{label} is larger than {max}."),
        ));
    }
    Ok(value)
}

/// A calendar date written as YYYY-MM-DD, between 1990 and 2100.
pub fn date(field: &str, label: &str, value: &str) -> Result<String> {
    Ok(parse_date(field, label, value)?
        .format("%Y-%m-%d")
        .to_string())
}

/// [`date`], as a date: every date a command is given goes through here,
/// so the rest of the code can rely on its year being in range.
pub fn parse_date(field: &str, label: &str, value: &str) -> Result<chrono::NaiveDate> {
    let parsed = chrono::NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d")
        .map_err(|_| Error::invalid(field, format!("{label} must be a date like 2026-03-31.")))?;
    let year = chrono::Datelike::year(&parsed);
    if !(1990..=2100).contains(&year) {
        return Err(Error::invalid(
            field,
            format!("{label} is outside the years 1990 to 2100."),
        ));
    }
    Ok(parsed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(name("name", "Name", "  Lead ").unwrap(), "Lead");
        assert!(name("name", "Name", "   ").is_err());
        assert!(name("name", "Name", &"x".repeat(81)).is_err());
        assert!(name("name", "Name", &"é".repeat(80)).is_ok());
        assert!(name("name", "Name", "a\nb").is_err());
    }

    #[test]
    fn days_reject_nonsense() {
        assert_eq!(days("d", "Days", Some(14.0), 365).unwrap(), Some(14));
        assert_eq!(days("d", "Days", None, 365).unwrap(), None);
        for bad in [-1.0, 1.5, 366.0, f64::NAN, f64::INFINITY] {
            let err = days("d", "Days", Some(bad), 365).unwrap_err();
            assert_eq!(err.field(), Some("d"));
        }
    }

    #[test]
    fn text_keeps_line_breaks_but_not_other_controls() {
        assert_eq!(text("t", "T", "a\n\tb").unwrap(), "a\n\tb");
        assert!(text("t", "T", "a\u{0}b").is_err());
        assert!(text("t", "T", &"x".repeat(MAX_TEXT_CHARS + 1)).is_err());
    }
}
