//! How the workspace prints: paper size, number style and currency. Kept in
//! the workspace settings; every PDF export reads them.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::pdf::PageSize;
use crate::store::{Workspace, settings};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PaperSize {
    A4,
    Letter,
}

/// Thousands separator and decimal mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum NumberStyle {
    /// 1,234.56
    CommaPoint,
    /// 1.234,56
    PointComma,
    /// 1 234,56
    SpaceComma,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PrintSettings {
    pub paper: PaperSize,
    pub number_style: NumberStyle,
    /// Currency symbol or code, e.g. "€", "$", "CHF"; empty for none.
    pub currency: String,
}

impl Default for PrintSettings {
    fn default() -> Self {
        PrintSettings {
            paper: PaperSize::A4,
            number_style: NumberStyle::CommaPoint,
            currency: String::new(),
        }
    }
}

impl PrintSettings {
    pub fn page_size(&self) -> PageSize {
        match self.paper {
            PaperSize::A4 => PageSize::A4,
            PaperSize::Letter => PageSize::LETTER,
        }
    }

    pub fn numbers(&self) -> NumberFormat {
        NumberFormat {
            style: self.number_style,
            currency: self.currency.clone(),
        }
    }
}

/// Formats numbers for print in the workspace's style.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberFormat {
    pub style: NumberStyle,
    pub currency: String,
}

impl Default for NumberFormat {
    fn default() -> Self {
        PrintSettings::default().numbers()
    }
}

impl NumberFormat {
    fn marks(&self) -> (char, char) {
        match self.style {
            NumberStyle::CommaPoint => (',', '.'),
            NumberStyle::PointComma => ('.', ','),
            NumberStyle::SpaceComma => ('\u{202f}', ','),
        }
    }

    /// A number with `places` decimals, grouped: 1234.5 → "1,234.50".
    pub fn number(&self, value: f64, places: usize) -> String {
        let (thousands, decimal) = self.marks();
        let text = format!("{:.*}", places, value.abs());
        let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
        let mut grouped = String::new();
        for (i, c) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i).is_multiple_of(3) {
                grouped.push(thousands);
            }
            grouped.push(c);
        }
        if !fraction.is_empty() {
            grouped.push(decimal);
            grouped.push_str(fraction);
        }
        let negative = value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0');
        if negative {
            format!("−{grouped}")
        } else {
            grouped
        }
    }

    /// A share as a whole percentage, "1,705 %"; "—" for none.
    pub fn percent(&self, share: Option<f64>) -> String {
        share
            .map(|v| format!("{} %", self.number(v * 100.0, 0)))
            .unwrap_or_else(|| "—".into())
    }

    /// A ratio such as pipeline coverage: "2.80×".
    pub fn ratio(&self, value: f64) -> String {
        format!("{}×", self.number(value, 2))
    }

    /// A count (activities, leads): decimals only when it has them, up to
    /// two: "1,200", "2.5".
    pub fn count(&self, value: f64) -> String {
        let places = (0..2)
            .find(|&p| {
                let scale = 10f64.powi(p);
                ((value * scale).round() / scale - value).abs() <= value.abs() * f64::EPSILON * 8.0
            })
            .unwrap_or(2) as usize;
        self.number(value, places)
    }

    /// Money in whole units with the currency: "$12,345" in the
    /// comma-point style, "12.345 €" in the others.
    pub fn money(&self, value: f64) -> String {
        let number = self.number(value.round(), 0);
        match (self.currency.as_str(), self.style) {
            ("", _) => number,
            (c, NumberStyle::CommaPoint) if c.chars().count() == 1 => format!("{c}{number}"),
            (c, NumberStyle::CommaPoint) => format!("{c} {number}"),
            (c, _) => format!("{number} {c}"),
        }
    }
}

impl crate::store::Reader<'_> {
    /// How PDFs are printed: page size, number style, currency.
    pub fn print_settings(&self) -> Result<PrintSettings> {
        self.read(|tx| {
            Ok(match settings::get(tx, settings::PRINT)? {
                Some(json) => serde_json::from_str(&json).unwrap_or_default(),
                None => PrintSettings::default(),
            })
        })
    }
}

impl Workspace {
    pub fn print_settings(&self) -> Result<PrintSettings> {
        self.reader().print_settings()
    }

    pub fn set_print_settings(&mut self, input: &PrintSettings) -> Result<PrintSettings> {
        let currency = input.currency.trim();
        check_currency(currency)?;
        let clean = PrintSettings {
            currency: currency.to_string(),
            ..input.clone()
        };
        let json = serde_json::to_string(&clean).map_err(|e| Error::Internal(e.to_string()))?;
        self.write(|tx| settings::set(tx, settings::PRINT, &json))?;
        Ok(clean)
    }
}

/// The currency is a short symbol or code.
pub fn check_currency(currency: &str) -> Result<()> {
    if currency.chars().count() > 5
        || currency
            .chars()
            .any(|c| c.is_control() || crate::validate::is_bidi_control(c))
    {
        return Err(Error::invalid(
            "currency",
            "The currency is a symbol or code of at most 5 characters, e.g. € or CHF.",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_money_in_each_style() {
        let f = |style, currency: &str| NumberFormat {
            style,
            currency: currency.into(),
        };
        assert_eq!(f(NumberStyle::CommaPoint, "").number(1234.5, 2), "1,234.50");
        assert_eq!(f(NumberStyle::PointComma, "").number(1234.5, 2), "1.234,50");
        assert_eq!(
            f(NumberStyle::SpaceComma, "").number(1234567.0, 0),
            "1\u{202f}234\u{202f}567"
        );
        assert_eq!(f(NumberStyle::CommaPoint, "$").money(12345.4), "$12,345");
        assert_eq!(f(NumberStyle::PointComma, "€").money(12345.0), "12.345 €");
        assert_eq!(f(NumberStyle::CommaPoint, "CHF").money(-500.0), "CHF −500");
        assert_eq!(f(NumberStyle::CommaPoint, "").money(0.2), "0");
        assert_eq!(
            f(NumberStyle::PointComma, "").percent(Some(17.05)),
            "1.705 %"
        );
        assert_eq!(f(NumberStyle::CommaPoint, "").percent(None), "—");
        assert_eq!(f(NumberStyle::PointComma, "").ratio(2.8), "2,80×");
        assert_eq!(f(NumberStyle::CommaPoint, "").count(1200.0), "1,200");
        assert_eq!(f(NumberStyle::PointComma, "").count(2.5), "2,5");
        assert_eq!(f(NumberStyle::CommaPoint, "").count(1.0 / 3.0), "0.33");
    }
}
