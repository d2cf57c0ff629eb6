//! Reading actuals from CSV as exported by a spreadsheet or an accounting
//! tool: the user maps columns, and every row is either read exactly or
//! reported with its line number and why. Nothing is guessed: an ambiguous
//! date or number is an error that says which setting to choose.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::month::Month;
use crate::error::{Error, Result};

/// How dates like 05/11/2026 are read. ISO dates (2026-11-05) and months
/// (2026-11) are always accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DateOrder {
    /// 05/11/2026 is 5 November (most of Europe).
    DayMonth,
    /// 11/05/2026 is 5 November (United States).
    MonthDay,
}

/// The decimal mark of amounts; the other mark is a thousands separator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DecimalMark {
    /// 1,234.50
    Point,
    /// 1.234,50
    Comma,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CsvSettings {
    /// ",", ";" or a tab.
    pub delimiter: String,
    pub date_order: DateOrder,
    pub decimal_mark: DecimalMark,
}

/// A file read as a table: the header row and the data rows with their
/// line numbers (1-based, as a spreadsheet shows them).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CsvTable {
    pub headers: Vec<String>,
    pub rows: Vec<CsvRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CsvRow {
    pub line: u32,
    pub cells: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RowError {
    pub line: u32,
    pub message: String,
}

/// Which column holds what (0-based indexes into the header).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RevenueMapping {
    pub date: u32,
    pub client: u32,
    pub product: u32,
    pub amount: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RevenueRow {
    pub line: u32,
    #[ts(type = "string")]
    pub month: Month,
    pub client: String,
    pub product: String,
    pub amount: f64,
}

/// A chosen file, read for the column mapping: the proposed settings, the
/// header and the first rows, and the columns found by their names.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CsvPreview {
    pub name: String,
    pub settings: CsvSettings,
    pub table: CsvTable,
    pub mapping: Option<RevenueMapping>,
    pub activity_mapping: Option<ActivityMapping>,
}

/// Reads a chosen file for the mapping step (the first `rows` rows).
pub fn preview(name: &str, bytes: &[u8], rows: usize) -> Result<CsvPreview> {
    let settings = sniff(&String::from_utf8_lossy(bytes));
    let mut table = read_table(bytes, &settings)?;
    let mapping = mapping_from_headers(&table.headers).ok();
    let activity_mapping = activity_mapping_from_headers(&table.headers).ok();
    table.rows.truncate(rows);
    Ok(CsvPreview {
        name: name.to_string(),
        settings,
        table,
        mapping,
        activity_mapping,
    })
}

/// Largest file accepted (bytes); actuals for a small business are far below.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;

/// Proposes settings for a file: the delimiter that splits the header best;
/// a decimal comma when the delimiter is ";" (as European spreadsheets
/// write); day/month dates unless a date can only be month/day.
pub fn sniff(text: &str) -> CsvSettings {
    let header = text
        .trim_start_matches('\u{feff}')
        .lines()
        .next()
        .unwrap_or("");
    let delimiter = [';', '\t', ',']
        .into_iter()
        .max_by_key(|d| header.matches(*d).count())
        .filter(|d| header.contains(*d))
        .unwrap_or(',');
    let month_day = text.lines().skip(1).any(|line| {
        line.split(delimiter).any(|cell| {
            let parts: Vec<&str> = cell.trim().split(['/', '.']).collect();
            parts.len() == 3
                && parts[2].len() == 4
                && parts[1].parse::<u32>().is_ok_and(|d| d > 12)
                && parts[0].parse::<u32>().is_ok_and(|m| (1..=12).contains(&m))
        })
    });
    CsvSettings {
        delimiter: delimiter.to_string(),
        date_order: if month_day {
            DateOrder::MonthDay
        } else {
            DateOrder::DayMonth
        },
        decimal_mark: if delimiter == ';' {
            DecimalMark::Comma
        } else {
            DecimalMark::Point
        },
    }
}

/// Reads CSV bytes into a table. Refuses what is not a text file, and a
/// file with no data rows.
pub fn read_table(bytes: &[u8], settings: &CsvSettings) -> Result<CsvTable> {
    let not_csv =
        |why: &str| Error::invalid("file", format!("This file cannot be read as CSV: {why}."));
    if bytes.len() > MAX_FILE_BYTES {
        return Err(not_csv("it is larger than 20 MB"));
    }
    if bytes.contains(&0) {
        return Err(not_csv("it is a binary file, not text"));
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|_| not_csv("it is not UTF-8 text (save it as \"CSV UTF-8\")"))?;
    // Offsets below are into this text, so drop a byte-order mark first.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let delimiter = match settings.delimiter.as_str() {
        "," => b',',
        ";" => b';',
        "\t" | "tab" => b'\t',
        other => {
            return Err(Error::invalid(
                "delimiter",
                format!(
                    "{other:?} is not a supported delimiter; use a comma, a semicolon or a tab."
                ),
            ));
        }
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(true)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| not_csv(&e.to_string()))?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    if headers.iter().all(|h| h.is_empty()) {
        return Err(not_csv("it has no header row"));
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| not_csv(&e.to_string()))?;
        // The line a spreadsheet would show: count the line breaks before the
        // record's first byte (blank lines and quoted line breaks included).
        // csv's position may point at the line break before the record, so
        // step over line breaks to the record's first byte.
        let bytes = text.as_bytes();
        let mut start = record
            .position()
            .map(|p| p.byte() as usize)
            .unwrap_or(0)
            .min(bytes.len());
        while start < bytes.len() && matches!(bytes[start], b'\r' | b'\n') {
            start += 1;
        }
        let line = bytes[..start].iter().filter(|&&b| b == b'\n').count() as u32 + 1;
        let cells: Vec<String> = record.iter().map(|c| c.trim().to_string()).collect();
        if cells.iter().all(|c| c.is_empty()) {
            continue;
        }
        rows.push(CsvRow { line, cells });
    }
    if rows.is_empty() {
        return Err(not_csv("it has a header but no rows"));
    }
    Ok(CsvTable { headers, rows })
}

/// Finds the columns by their header names (English and German, any
/// case): date/month/datum, client/customer/kunde/account,
/// product/item/produkt/artikel, amount/revenue/total/betrag/umsatz.
/// `None` names what is missing.
pub fn mapping_from_headers(headers: &[String]) -> std::result::Result<RevenueMapping, String> {
    let find = |names: &[&str], what: &str| -> std::result::Result<u32, String> {
        headers
            .iter()
            .position(|h| names.contains(&h.trim().to_lowercase().as_str()))
            .map(|i| i as u32)
            .ok_or_else(|| format!("no {what} column (looked for: {})", names.join(", ")))
    };
    Ok(RevenueMapping {
        date: find(
            &[
                "date",
                "month",
                "invoice date",
                "datum",
                "monat",
                "rechnungsdatum",
            ],
            "date",
        )?,
        client: find(
            &["client", "customer", "account", "kunde", "kundin"],
            "client",
        )?,
        product: find(&["product", "item", "produkt", "artikel"], "product")?,
        amount: find(
            &[
                "amount", "revenue", "total", "net", "betrag", "umsatz", "netto",
            ],
            "amount",
        )?,
    })
}

/// Finds the columns of an activity file by their header names.
pub fn activity_mapping_from_headers(
    headers: &[String],
) -> std::result::Result<ActivityMapping, String> {
    let find = |names: &[&str], what: &str| -> std::result::Result<u32, String> {
        headers
            .iter()
            .position(|h| names.contains(&h.trim().to_lowercase().as_str()))
            .map(|i| i as u32)
            .ok_or_else(|| format!("no {what} column (looked for: {})", names.join(", ")))
    };
    Ok(ActivityMapping {
        date: find(&["date", "month", "week", "datum", "monat"], "date")?,
        activity: find(&["activity", "kpi", "type", "aktivität", "art"], "activity")?,
        count: find(&["count", "number", "quantity", "anzahl", "menge"], "count")?,
    })
}

/// Reads the month of a date or month cell.
pub fn parse_month(text: &str, order: DateOrder) -> std::result::Result<Month, String> {
    let t = text.trim();
    if t.is_empty() {
        return Err("the date is empty".into());
    }
    // ISO: 2026-11-05 or 2026-11 (or with a time after a T or a space).
    let iso = t.split(['T', ' ']).next().unwrap_or(t);
    let parts: Vec<&str> = iso.split('-').collect();
    if parts.first().is_some_and(|p| p.len() == 4) && (2..=3).contains(&parts.len()) {
        let year: i32 = parts[0]
            .parse()
            .map_err(|_| format!("{t:?} is not a date"))?;
        let month: u32 = parts[1]
            .parse()
            .map_err(|_| format!("{t:?} is not a date"))?;
        if parts.len() == 3 {
            let day: u32 = parts[2]
                .parse()
                .map_err(|_| format!("{t:?} is not a date"))?;
            chrono::NaiveDate::from_ymd_opt(year, month, day)
                .ok_or_else(|| format!("{t:?} is not a real date"))?;
        }
        return Month::new(year, month)
            .ok_or_else(|| format!("{t:?} is not a date between 1990 and 2100"));
    }
    let parts: Vec<&str> = t.split(['/', '.', '-']).collect();
    if parts.len() != 3 {
        return Err(format!(
            "{t:?} is not a date (write 2026-11-05, 05.11.2026 or 11/05/2026)"
        ));
    }
    let numbers: Vec<u32> = parts
        .iter()
        .map(|p| p.parse::<u32>())
        .collect::<std::result::Result<_, _>>()
        .map_err(|_| format!("{t:?} is not a date"))?;
    if parts[2].len() != 4 {
        return Err(format!(
            "{t:?} has a two-digit year; write the year in full"
        ));
    }
    let (day, month) = match order {
        DateOrder::DayMonth => (numbers[0], numbers[1]),
        DateOrder::MonthDay => (numbers[1], numbers[0]),
    };
    chrono::NaiveDate::from_ymd_opt(numbers[2] as i32, month, day).ok_or_else(|| {
        format!(
            "{t:?} is not a real date when read as {}",
            match order {
                DateOrder::DayMonth => "day/month/year",
                DateOrder::MonthDay => "month/day/year",
            }
        )
    })?;
    Month::new(numbers[2] as i32, month)
        .ok_or_else(|| format!("{t:?} is not a date between 1990 and 2100"))
}

/// Reads an amount such as "1.234,50 €", "-200", "(1,200.00)" or "$ 3,400".
pub fn parse_amount(text: &str, mark: DecimalMark) -> std::result::Result<f64, String> {
    let original = text.trim();
    let mut t: String = original
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '€' | '$' | '£' | '\u{a0}' | '\u{202f}'))
        .collect();
    if t.is_empty() {
        return Err("the amount is empty".into());
    }
    let negative = if t.starts_with('(') && t.ends_with(')') {
        t = t[1..t.len() - 1].to_string();
        true
    } else if let Some(rest) = t.strip_prefix('-').or_else(|| t.strip_prefix('−')) {
        t = rest.to_string();
        true
    } else {
        false
    };
    let (thousands, decimal) = match mark {
        DecimalMark::Point => (',', '.'),
        DecimalMark::Comma => ('.', ','),
    };
    let (whole, fraction) = match t.split_once(decimal) {
        Some((w, f)) => (w.to_string(), Some(f.to_string())),
        None => (t.clone(), None),
    };
    let groups: Vec<&str> = whole.split([thousands, '\'']).collect();
    let grouped_ok = groups.len() == 1
        || (!groups[0].is_empty()
            && groups[0].len() <= 3
            && groups[1..].iter().all(|g| g.len() == 3));
    let all_digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if !grouped_ok
        || !groups.iter().all(|g| all_digits(g))
        || fraction.as_deref().is_some_and(|f| !all_digits(f))
    {
        let hint = match mark {
            DecimalMark::Point => "with a decimal point, as 1,234.50",
            DecimalMark::Comma => "with a decimal comma, as 1.234,50",
        };
        return Err(format!("{original:?} is not an amount {hint}"));
    }
    let number: f64 = format!(
        "{}.{}",
        groups.concat(),
        fraction.unwrap_or_else(|| "0".into())
    )
    .parse()
    .map_err(|_| format!("{original:?} is not an amount"))?;
    if number > 1e12 {
        return Err(format!("{original:?} is too large to be an amount"));
    }
    Ok(if negative { -number } else { number })
}

/// Reads every row with the mapping: the rows that read, and an error for
/// each row that does not.
pub fn parse_revenue(
    table: &CsvTable,
    mapping: &RevenueMapping,
    settings: &CsvSettings,
) -> (Vec<RevenueRow>, Vec<RowError>) {
    let mut good = Vec::new();
    let mut bad = Vec::new();
    for row in &table.rows {
        let cell = |index: u32, what: &str| -> std::result::Result<&str, String> {
            row.cells
                .get(index as usize)
                .map(String::as_str)
                .ok_or_else(|| format!("the row has no {what} column ({} cells)", row.cells.len()))
        };
        let parsed = (|| -> std::result::Result<RevenueRow, String> {
            let month = parse_month(cell(mapping.date, "date")?, settings.date_order)?;
            let client = cell(mapping.client, "client")?.to_string();
            let product = cell(mapping.product, "product")?.to_string();
            if client.is_empty() {
                return Err("the client is empty".into());
            }
            if product.is_empty() {
                return Err("the product is empty".into());
            }
            let amount = parse_amount(cell(mapping.amount, "amount")?, settings.decimal_mark)?;
            Ok(RevenueRow {
                line: row.line,
                month,
                client,
                product,
                amount,
            })
        })();
        match parsed {
            Ok(r) => good.push(r),
            Err(message) => bad.push(RowError {
                line: row.line,
                message,
            }),
        }
    }
    (good, bad)
}

/// Columns of an activity file: a date or month, the activity (a KPI name
/// from the playbook, e.g. "Calls") and how many.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActivityMapping {
    pub date: u32,
    pub activity: u32,
    pub count: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActivityRow {
    pub line: u32,
    #[ts(type = "string")]
    pub month: Month,
    pub activity: String,
    pub count: f64,
}

/// Reads activity rows: counts are whole, non-negative numbers.
pub fn parse_activities(
    table: &CsvTable,
    mapping: &ActivityMapping,
    settings: &CsvSettings,
) -> (Vec<ActivityRow>, Vec<RowError>) {
    let mut good = Vec::new();
    let mut bad = Vec::new();
    for row in &table.rows {
        let cell = |index: u32, what: &str| -> std::result::Result<&str, String> {
            row.cells
                .get(index as usize)
                .map(String::as_str)
                .ok_or_else(|| format!("the row has no {what} column ({} cells)", row.cells.len()))
        };
        let parsed = (|| -> std::result::Result<ActivityRow, String> {
            let month = parse_month(cell(mapping.date, "date")?, settings.date_order)?;
            let activity = cell(mapping.activity, "activity")?.to_string();
            if activity.is_empty() {
                return Err("the activity is empty".into());
            }
            let count = parse_amount(cell(mapping.count, "count")?, settings.decimal_mark)?;
            if count < 0.0 || count.fract() != 0.0 {
                return Err(format!("{count} is not a whole, non-negative count"));
            }
            Ok(ActivityRow {
                line: row.line,
                month,
                activity,
                count,
            })
        })();
        match parsed {
            Ok(r) => good.push(r),
            Err(message) => bad.push(RowError {
                line: row.line,
                message,
            }),
        }
    }
    (good, bad)
}

/// A key that identifies an imported row, so importing the same file again
/// adds nothing. Identical rows in one file are told apart by `occurrence`
/// (1 for the first, 2 for its twin), so both count once each.
pub fn row_key(rep_id: &str, row: &RevenueRow, occurrence: u32) -> String {
    format!(
        "{rep_id}|{}|{}|{}|{:.2}|{occurrence}",
        row.month,
        row.client.to_lowercase(),
        row.product.to_lowercase(),
        row.amount
    )
}

/// `row_key` for every row, numbering twins in file order.
pub fn row_keys(rep_id: &str, rows: &[RevenueRow]) -> Vec<String> {
    let mut seen = std::collections::HashMap::new();
    rows.iter()
        .map(|row| {
            let base = row_key(rep_id, row, 0);
            let n = seen.entry(base).or_insert(0u32);
            *n += 1;
            row_key(rep_id, row, *n)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(delimiter: &str, order: DateOrder, mark: DecimalMark) -> CsvSettings {
        CsvSettings {
            delimiter: delimiter.into(),
            date_order: order,
            decimal_mark: mark,
        }
    }

    #[test]
    fn months_from_every_usual_date_form() {
        let dm = DateOrder::DayMonth;
        for (text, want) in [
            ("2026-11-05", "2026-11"),
            ("2026-11", "2026-11"),
            ("2026-11-05T10:00:00", "2026-11"),
            ("05.11.2026", "2026-11"),
            ("5/11/2026", "2026-11"),
            ("31-01-2027", "2027-01"),
        ] {
            assert_eq!(parse_month(text, dm).unwrap().to_string(), want, "{text}");
        }
        assert_eq!(
            parse_month("11/05/2026", DateOrder::MonthDay)
                .unwrap()
                .to_string(),
            "2026-11"
        );
        for bad in [
            "",
            "yesterday",
            "13/13/2026",
            "05/11/26",
            "2026-02-30",
            "31/04/2026",
            "1.1",
        ] {
            assert!(parse_month(bad, dm).is_err(), "{bad}");
        }
        // 12/31/2026 cannot be day/month: an error, not a guess.
        assert!(
            parse_month("12/31/2026", dm)
                .unwrap_err()
                .contains("day/month/year")
        );
    }

    #[test]
    fn amounts_with_thousands_separators_currency_and_credits() {
        let p = DecimalMark::Point;
        let c = DecimalMark::Comma;
        assert_eq!(parse_amount("1,234.50", p).unwrap(), 1234.5);
        assert_eq!(parse_amount("1.234,50 €", c).unwrap(), 1234.5);
        assert_eq!(parse_amount("$ 3,400", p).unwrap(), 3400.0);
        assert_eq!(parse_amount("1 234,5", c).unwrap(), 1234.5);
        assert_eq!(parse_amount("1'234.5", p).unwrap(), 1234.5);
        assert_eq!(parse_amount("-200", p).unwrap(), -200.0);
        assert_eq!(parse_amount("(1,200.00)", p).unwrap(), -1200.0);
        assert_eq!(parse_amount("0", c).unwrap(), 0.0);
        // Read with the wrong mark, these are errors rather than wrong numbers.
        assert!(parse_amount("1,5", p).is_err());
        assert!(parse_amount("1.234,50", p).is_err());
        assert!(parse_amount("12,34.5", p).is_err());
        for bad in ["", "abc", "1.2.3,4", "--5", "1e5", "NaN"] {
            assert!(parse_amount(bad, c).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_bom_quoted_fields_crlf_and_semicolons() {
        let text = "\u{feff}Datum;Kunde;Produkt;Betrag\r\n05.11.2026;\"Café Müller; Köln\";Stühle;\"1.234,50\"\r\n\r\n06.11.2026;Señor Mueble;Tische;-200\r\n";
        let s = sniff(text);
        assert_eq!(s, settings(";", DateOrder::DayMonth, DecimalMark::Comma));
        let table = read_table(text.as_bytes(), &s).unwrap();
        assert_eq!(table.headers, ["Datum", "Kunde", "Produkt", "Betrag"]);
        let mapping = RevenueMapping {
            date: 0,
            client: 1,
            product: 2,
            amount: 3,
        };
        let (rows, errors) = parse_revenue(&table, &mapping, &s);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(rows[0].client, "Café Müller; Köln");
        assert_eq!(rows[0].amount, 1234.5);
        assert_eq!(rows[1].line, 4, "line numbers count the blank line");
        assert_eq!(rows[1].amount, -200.0);
    }

    #[test]
    fn malformed_rows_are_reported_by_line() {
        let text = "date,client,product,amount\n2026-11-05,Acme,Chairs,100\nnot a date,Acme,Chairs,5\n2026-11-06,,Chairs,5\n2026-11-07,Acme\n2026-11-08,Acme,Desks,12.34.5\n";
        let s = sniff(text);
        let table = read_table(text.as_bytes(), &s).unwrap();
        let (rows, errors) = parse_revenue(
            &table,
            &RevenueMapping {
                date: 0,
                client: 1,
                product: 2,
                amount: 3,
            },
            &s,
        );
        assert_eq!(rows.len(), 1);
        let lines: Vec<u32> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [3, 4, 5, 6]);
        assert!(errors[0].message.contains("not a date"));
        assert!(errors[1].message.contains("client is empty"));
        assert!(errors[2].message.contains("no product column"));
        assert!(errors[3].message.contains("not an amount"));
    }

    #[test]
    fn files_that_are_not_csv_are_refused() {
        let s = settings(",", DateOrder::DayMonth, DecimalMark::Point);
        assert!(
            read_table(b"\x89PNG\r\n\x1a\n\0\0\0IHDR", &s)
                .unwrap_err()
                .to_string()
                .contains("binary")
        );
        assert!(
            read_table(&[0xff, 0xfe, 0x41], &s)
                .unwrap_err()
                .to_string()
                .contains("UTF-8")
        );
        assert!(
            read_table(b"date,client\n", &s)
                .unwrap_err()
                .to_string()
                .contains("no rows")
        );
        assert!(read_table(b"", &s).is_err());
        let bad = settings("|", DateOrder::DayMonth, DecimalMark::Point);
        assert_eq!(
            read_table(b"a|b\n1|2\n", &bad).unwrap_err().field(),
            Some("delimiter")
        );
    }

    #[test]
    fn sniffing_spots_month_day_dates_and_tabs() {
        let s = sniff("date\tclient\tproduct\tamount\n11/25/2026\tAcme\tChairs\t1,200.00\n");
        assert_eq!(s, settings("\t", DateOrder::MonthDay, DecimalMark::Point));
    }

    #[test]
    fn twins_get_their_own_keys_and_a_reimport_gets_the_same_keys() {
        let row = RevenueRow {
            line: 2,
            month: Month::new(2026, 11).unwrap(),
            client: "Acme".into(),
            product: "Chairs".into(),
            amount: 100.0,
        };
        let keys = row_keys("rep", &[row.clone(), row.clone()]);
        assert_ne!(keys[0], keys[1]);
        assert_eq!(
            keys,
            row_keys("rep", &[row.clone(), RevenueRow { line: 9, ..row }])
        );
    }
}
