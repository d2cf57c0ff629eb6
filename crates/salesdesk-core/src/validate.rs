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
    if trimmed.chars().any(is_bidi_control) {
        return Err(Error::invalid(
            field,
            format!(
                "{label} cannot contain right-to-left or left-to-right override characters (they can make a name look like another)."
            ),
        ));
    }
    if trimmed.chars().all(is_invisible) {
        return Err(Error::invalid(
            field,
            format!("{label} has no visible character."),
        ));
    }
    Ok(trimmed.to_string())
}

/// Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069):
/// they reorder the text around them, so a name holding one can read as
/// another. The plain marks (LRM, RLM, ALM) only nudge neutral characters
/// and are allowed.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Characters that draw nothing: white space, controls and Unicode's
/// default-ignorable code points (zero-width space and joiners, format
/// marks, variation selectors, fillers, tags).
pub fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{061C}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{17B4}'
                | '\u{17B5}'
                | '\u{180B}'..='\u{180F}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{2800}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{1BCA0}'..='\u{1BCA3}'
                | '\u{1D173}'..='\u{1D17A}'
                | '\u{E0000}'..='\u{E0FFF}'
        )
}

/// `text` in quotation marks, as a person would read it in a message:
/// invisible and reordering characters are shown by their code point
/// (“⟨U+200B⟩”), so a message never hides or scrambles what it quotes.
/// Long texts are cut at 60 characters.
pub fn quoted(text: &str) -> String {
    Quoted(text).to_string()
}

/// [`quoted`] without the allocation until it is shown: for messages built
/// on a hot path (every cell of a CSV file) that are mostly never needed.
pub struct Quoted<'a>(pub &'a str);

impl std::fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        const MAX_SHOWN: usize = 60;
        f.write_str("\u{201c}")?;
        for (i, c) in self.0.chars().enumerate() {
            if i == MAX_SHOWN {
                f.write_str("…")?;
                break;
            }
            if (is_invisible(c) && c != ' ') || is_bidi_control(c) {
                write!(f, "⟨U+{:04X}⟩", c as u32)?;
            } else {
                write!(f, "{c}")?;
            }
        }
        f.write_str("\u{201d}")
    }
}

/// A date a command was given as a date (figures "as of", a packet's
/// "today"): within the years every stored date is, 1990 to 2100.
pub fn date_in_range(
    field: &str,
    label: &str,
    date: chrono::NaiveDate,
) -> Result<chrono::NaiveDate> {
    let year = chrono::Datelike::year(&date);
    if !(1990..=2100).contains(&year) {
        return Err(Error::invalid(
            field,
            format!("{label} is outside the years 1990 to 2100."),
        ));
    }
    Ok(date)
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
    date_in_range(field, label, parsed)
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
    fn names_need_a_visible_character_and_no_overrides() {
        for invisible in [
            "\u{200b}",
            "\u{200b}\u{200d}",
            "\u{feff}",
            "\u{2800}",
            "\u{3164}",
        ] {
            let err = name("name", "The name", invisible).unwrap_err();
            assert!(
                err.to_string().contains("no visible character"),
                "{invisible:?}: {err}"
            );
        }
        for spoof in ["\u{202e}gpj.exe", "Acme\u{2066}", "\u{202d}x"] {
            let err = name("name", "The name", spoof).unwrap_err();
            assert!(err.to_string().contains("override"), "{spoof:?}: {err}");
        }
        // Real names in any script, with joiners and marks inside, are fine.
        for ok in ["محمد\u{200f}", "क्‍ष", "李小龍", "Zoë", "a\u{200b}b"] {
            assert!(name("name", "The name", ok).is_ok(), "{ok:?}");
        }
        // In longer text the controls are fine.
        assert!(text("notes", "The notes", "\u{202e}abc\u{202c}").is_ok());
    }

    #[test]
    fn quoted_shows_what_would_hide() {
        assert_eq!(quoted("Acme"), "\u{201c}Acme\u{201d}");
        assert_eq!(quoted("\u{200b}"), "\u{201c}⟨U+200B⟩\u{201d}");
        assert_eq!(quoted("a\u{202e}b"), "\u{201c}a⟨U+202E⟩b\u{201d}");
        assert!(quoted(&"x".repeat(500)).chars().count() < 70);
    }

    #[test]
    fn dates_out_of_range_are_refused() {
        for bad in ["1900-01-01", "0001-01-01", "2101-01-01", "1989-12-31"] {
            assert!(parse_date("asOf", "The date", bad).is_err(), "{bad}");
        }
        assert!(parse_date("asOf", "The date", "1990-01-01").is_ok());
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
