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
    /// The file's character encoding by its WHATWG name ("UTF-8",
    /// "windows-1252", "UTF-16LE", …; see [`ENCODINGS`]); empty: detect it.
    #[serde(default)]
    pub encoding: String,
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
    /// The encodings the file can be read in instead ([`ENCODINGS`]).
    pub encodings: Vec<EncodingOption>,
}

/// One encoding a CSV file can be read in: its name and how it is shown.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EncodingOption {
    pub name: String,
    pub label: String,
}

/// Reads a chosen file for the mapping step (the first `rows` rows), in
/// `encoding` when one is given, else in the encoding detected.
pub fn preview(
    name: &str,
    bytes: &[u8],
    rows: usize,
    encoding: Option<&str>,
) -> Result<CsvPreview> {
    let encoding = match encoding.filter(|e| !e.trim().is_empty()) {
        Some(label) => encoding_by_label(label)?,
        None => detect_encoding(bytes),
    };
    let text = decode(bytes, encoding)?;
    let mut settings = sniff(&text);
    settings.encoding = encoding.name().to_string();
    // The detector may name an encoding the list does not offer; offer it.
    let mut encodings: Vec<EncodingOption> = ENCODINGS
        .iter()
        .map(|(name, label)| EncodingOption {
            name: name.to_string(),
            label: label.to_string(),
        })
        .collect();
    if !encodings
        .iter()
        .any(|e| e.name.eq_ignore_ascii_case(encoding.name()))
    {
        encodings.insert(
            0,
            EncodingOption {
                name: encoding.name().to_string(),
                label: format!("{} (detected)", encoding.name()),
            },
        );
    }
    let mut table = table_from_text(&text, &settings)?;
    let mapping = mapping_from_headers(&table.headers).ok();
    let activity_mapping = activity_mapping_from_headers(&table.headers).ok();
    table.rows.truncate(rows);
    Ok(CsvPreview {
        name: name.to_string(),
        settings,
        table,
        mapping,
        activity_mapping,
        encodings,
    })
}

/// Largest file accepted (bytes); actuals for a small business are far below.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;

/// The encodings offered in the mapping step: what spreadsheet and
/// accounting programs commonly write. Excel and LibreOffice write the
/// system's legacy code page unless told otherwise ("CSV UTF-8"), and
/// Excel's "Unicode text" is UTF-16 (little-endian, with a byte-order mark).
pub const ENCODINGS: &[(&str, &str)] = &[
    ("UTF-8", "Unicode (UTF-8)"),
    ("UTF-16LE", "Unicode (UTF-16, Excel's \"Unicode text\")"),
    ("UTF-16BE", "Unicode (UTF-16 big-endian)"),
    ("windows-1252", "Western European (Windows-1252, Latin-1)"),
    ("ISO-8859-15", "Western European (ISO-8859-15, with €)"),
    ("windows-1250", "Central European (Windows-1250)"),
    ("windows-1251", "Cyrillic (Windows-1251)"),
    ("KOI8-R", "Cyrillic (KOI8-R)"),
    ("windows-1253", "Greek (Windows-1253)"),
    ("windows-1254", "Turkish (Windows-1254)"),
    ("windows-1255", "Hebrew (Windows-1255)"),
    ("windows-1256", "Arabic (Windows-1256)"),
    ("windows-1257", "Baltic (Windows-1257)"),
    ("windows-1258", "Vietnamese (Windows-1258)"),
    ("windows-874", "Thai (Windows-874)"),
    ("Shift_JIS", "Japanese (Shift_JIS)"),
    ("EUC-JP", "Japanese (EUC-JP)"),
    ("EUC-KR", "Korean (EUC-KR)"),
    ("GBK", "Chinese, simplified (GBK)"),
    ("gb18030", "Chinese, simplified (GB18030)"),
    ("Big5", "Chinese, traditional (Big5)"),
    ("macintosh", "Western European (Mac OS Roman)"),
    ("IBM866", "Cyrillic (DOS, IBM866)"),
];

/// The encoding a name or label stands for ("latin1", "cp1252", "utf8", …).
pub fn encoding_by_label(label: &str) -> Result<&'static encoding_rs::Encoding> {
    let label = label.trim();
    // encoding_rs maps "utf-16" labels to UTF-16LE; take the names as shown too.
    encoding_rs::Encoding::for_label(label.as_bytes())
        .or_else(|| {
            ENCODINGS
                .iter()
                .find(|(name, _)| name.eq_ignore_ascii_case(label))
                .and_then(|(name, _)| encoding_rs::Encoding::for_label(name.as_bytes()))
        })
        .filter(|e| *e != encoding_rs::REPLACEMENT)
        .ok_or_else(|| {
            Error::invalid(
                "encoding",
                format!(
                    "{} is not an encoding Salesdesk knows; use one of: {}.",
                    crate::validate::quoted(label),
                    ENCODINGS
                        .iter()
                        .map(|(n, _)| *n)
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )
        })
}

/// The encoding of a file's bytes: its byte-order mark; else UTF-16 when
/// every other byte of its start is zero (UTF-16 text without a mark);
/// else UTF-8 when the bytes are valid UTF-8; else the detector's guess
/// from the letters' statistics (chardetng, Firefox's detector).
pub fn detect_encoding(bytes: &[u8]) -> &'static encoding_rs::Encoding {
    if let Some((encoding, _)) = encoding_rs::Encoding::for_bom(bytes) {
        return encoding;
    }
    if let Some(encoding) = utf16_without_bom(bytes) {
        return encoding;
    }
    if std::str::from_utf8(bytes).is_ok() {
        return encoding_rs::UTF_8;
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    detector.guess(None, chardetng::Utf8Detection::Allow)
}

/// UTF-16 without a byte-order mark: in text of mostly Latin letters,
/// digits and separators, one byte of each pair is zero.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let start = &bytes[..bytes.len().min(4096) & !1];
    if start.len() < 8 {
        return None;
    }
    let pairs = start.len() / 2;
    let zero_high = start.chunks(2).filter(|p| p[1] == 0 && p[0] != 0).count();
    let zero_low = start.chunks(2).filter(|p| p[0] == 0 && p[1] != 0).count();
    if zero_high * 10 >= pairs * 9 {
        Some(encoding_rs::UTF_16LE)
    } else if zero_low * 10 >= pairs * 9 {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// The bytes as text in `encoding` (a byte-order mark dropped), or why
/// they are not text at all.
pub fn decode(bytes: &[u8], encoding: &'static encoding_rs::Encoding) -> Result<String> {
    let not_csv =
        |why: &str| Error::invalid("file", format!("This file cannot be read as CSV: {why}."));
    if bytes.len() > MAX_FILE_BYTES {
        return Err(not_csv("it is larger than 20 MB"));
    }
    if let Some(kind) = known_binary(bytes) {
        return Err(not_csv(&format!(
            "it is {kind}, not a text file; save it from its program as CSV"
        )));
    }
    let (text, _, had_errors) = encoding.decode(bytes);
    if had_errors {
        return Err(Error::invalid(
            "encoding",
            format!(
                "This file is not {} text; choose the encoding it was saved in.",
                encoding.name()
            ),
        ));
    }
    // Text has no NUL and few other control characters; binary data has many.
    let controls = text
        .chars()
        .take(65_536)
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count();
    if text.contains('\0') || controls > 8 {
        return Err(not_csv("it is a binary file, not text"));
    }
    Ok(text.into_owned())
}

/// The kind of a file a user may pick by mistake, by its first bytes.
fn known_binary(bytes: &[u8]) -> Option<&'static str> {
    let starts = |magic: &[u8]| bytes.starts_with(magic);
    if starts(b"PK\x03\x04") {
        Some("a workbook or another zipped file (.xlsx, .ods, .zip)")
    } else if starts(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        Some("an old Excel workbook (.xls)")
    } else if starts(b"%PDF") {
        Some("a PDF document")
    } else if starts(b"SQLite format 3\0") {
        Some("a database")
    } else if starts(b"\x89PNG") || starts(b"\xFF\xD8\xFF") || starts(b"GIF8") {
        Some("an image")
    } else {
        None
    }
}

/// Proposes settings for a file: the delimiter that splits the header best;
/// a decimal comma when the delimiter is ";" (as European spreadsheets
/// write); day/month dates unless a date can only be month/day.
pub fn sniff(text: &str) -> CsvSettings {
    let text = text.trim_start_matches('\u{feff}');
    // Lines end in \n, \r\n or (old Mac exports) a lone \r.
    let mut lines = text.split(['\n', '\r']).filter(|l| !l.is_empty());
    let header = lines.next().unwrap_or("");
    let delimiter = [';', '\t', ',']
        .into_iter()
        .max_by_key(|d| header.matches(*d).count())
        .filter(|d| header.contains(*d))
        .unwrap_or(',');
    let month_day = lines.take(10_000).any(|line| {
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
        encoding: String::new(),
    }
}

/// Reads CSV bytes into a table, in the settings' encoding (detected when
/// it is empty). Refuses what is not a text file, and a file with no data
/// rows.
pub fn read_table(bytes: &[u8], settings: &CsvSettings) -> Result<CsvTable> {
    let encoding = if settings.encoding.trim().is_empty() {
        detect_encoding(bytes)
    } else {
        encoding_by_label(&settings.encoding)?
    };
    let text = decode(bytes, encoding)?;
    table_from_text(&text, settings)
}

/// Where each line of `text` starts (byte offsets, ascending): after \n,
/// after \r\n, and after a lone \r.
fn line_starts(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut starts = vec![0];
    for (i, &b) in bytes.iter().enumerate() {
        let ends_line = b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
        if ends_line {
            starts.push(i + 1);
        }
    }
    starts
}

/// The line (1-based) of a byte offset.
fn line_of(starts: &[usize], offset: usize) -> u32 {
    starts.partition_point(|&s| s <= offset) as u32
}

/// Where a quoted cell opens and never closes (its line), reading quotes as
/// the csv reader does: a quote opens a cell only at the cell's start, and
/// a doubled quote inside stands for one.
fn unclosed_quote(text: &str, delimiter: u8, starts: &[usize]) -> Option<u32> {
    let bytes = text.as_bytes();
    let mut at_cell_start = true;
    let mut opened_at: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match opened_at {
            Some(_) if b == b'"' && bytes.get(i + 1) == Some(&b'"') => i += 1,
            Some(_) if b == b'"' => {
                opened_at = None;
                at_cell_start = false;
            }
            Some(_) => {}
            None if b == b'"' && at_cell_start => opened_at = Some(i),
            None => at_cell_start = b == delimiter || b == b'\n' || b == b'\r',
        }
        i += 1;
    }
    opened_at.map(|offset| line_of(starts, offset))
}

/// [`read_table`] of text already decoded.
fn table_from_text(text: &str, settings: &CsvSettings) -> Result<CsvTable> {
    let not_csv =
        |why: &str| Error::invalid("file", format!("This file cannot be read as CSV: {why}."));
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
                    "{} is not a supported delimiter; use a comma, a semicolon or a tab.",
                    crate::validate::quoted(other)
                ),
            ));
        }
    };
    if text.trim().is_empty() {
        return Err(not_csv("it is empty"));
    }
    let starts = line_starts(text);
    if let Some(line) = unclosed_quote(text, delimiter, &starts) {
        return Err(not_csv(&format!(
            "the quotation mark that opens a cell on line {line} is never closed, so the rest of the file would be read as one cell"
        )));
    }
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
        return Err(not_csv(
            "its first row, which should name the columns, is empty",
        ));
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| not_csv(&e.to_string()))?;
        // The line a spreadsheet would show: the line of the record's first
        // byte (blank lines and quoted line breaks count). csv's position
        // may point at the line break before the record, so step over line
        // breaks to the record's first byte.
        let bytes = text.as_bytes();
        let mut start = record
            .position()
            .map(|p| p.byte() as usize)
            .unwrap_or(0)
            .min(bytes.len());
        while start < bytes.len() && matches!(bytes[start], b'\r' | b'\n') {
            start += 1;
        }
        let line = line_of(&starts, start);
        let cells: Vec<String> = record.iter().map(|c| c.trim().to_string()).collect();
        if cells.iter().all(|c| c.is_empty()) {
            continue;
        }
        rows.push(CsvRow { line, cells });
    }
    if rows.is_empty() {
        let looks_like_data = headers.iter().any(|h| {
            parse_month(h, DateOrder::DayMonth).is_ok()
                || parse_amount(h, DecimalMark::Point).is_ok()
        });
        return Err(not_csv(if looks_like_data {
            "it has one row, and it looks like data; the first row must name the columns (for example date, client, product, amount)"
        } else {
            "it has a row of column names but no rows of data after it"
        }));
    }
    Ok(CsvTable { headers, rows })
}

/// The one column whose header is one of `names` (any case). Two such
/// columns are an error rather than a silent pick of the first.
fn find_column(headers: &[String], names: &[&str], what: &str) -> std::result::Result<u32, String> {
    let matching: Vec<usize> = headers
        .iter()
        .enumerate()
        .filter(|(_, h)| names.contains(&h.trim().to_lowercase().as_str()))
        .map(|(i, _)| i)
        .collect();
    match matching.as_slice() {
        [] => Err(format!(
            "no {what} column (looked for: {})",
            names.join(", ")
        )),
        [one] => Ok(*one as u32),
        [first, second, ..] => Err(format!(
            "columns {} and {} could both be the {what} ({} and {}); rename one, or choose the columns yourself",
            first + 1,
            second + 1,
            crate::validate::quoted(&headers[*first]),
            crate::validate::quoted(&headers[*second]),
        )),
    }
}

/// Finds the columns by their header names (English and German, any
/// case): date/month/datum, client/customer/kunde/account,
/// product/item/produkt/artikel, amount/revenue/total/betrag/umsatz.
/// `None` names what is missing.
pub fn mapping_from_headers(headers: &[String]) -> std::result::Result<RevenueMapping, String> {
    let find = |names: &[&str], what: &str| find_column(headers, names, what);
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
    let find = |names: &[&str], what: &str| find_column(headers, names, what);
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
    let q = crate::validate::Quoted(t);
    // ISO: 2026-11-05 or 2026-11 (or with a time after a T or a space).
    let iso = t.split(['T', ' ']).next().unwrap_or(t);
    let parts: Vec<&str> = iso.split('-').collect();
    if parts.first().is_some_and(|p| p.len() == 4) && (2..=3).contains(&parts.len()) {
        let year: i32 = parts[0].parse().map_err(|_| format!("{q} is not a date"))?;
        let month: u32 = parts[1].parse().map_err(|_| format!("{q} is not a date"))?;
        if parts.len() == 3 {
            let day: u32 = parts[2].parse().map_err(|_| format!("{q} is not a date"))?;
            chrono::NaiveDate::from_ymd_opt(year, month, day)
                .ok_or_else(|| format!("{q} is not a real date"))?;
        }
        return Month::new(year, month)
            .ok_or_else(|| format!("{q} is not a date between 1990 and 2100"));
    }
    let parts: Vec<&str> = t.split(['/', '.', '-']).collect();
    if parts.len() != 3 {
        return Err(format!(
            "{q} is not a date (write 2026-11-05, 05.11.2026 or 11/05/2026)"
        ));
    }
    let numbers: Vec<u32> = parts
        .iter()
        .map(|p| p.parse::<u32>())
        .collect::<std::result::Result<_, _>>()
        .map_err(|_| format!("{q} is not a date"))?;
    if parts[2].len() != 4 {
        return Err(format!("{q} has a two-digit year; write the year in full"));
    }
    let (day, month) = match order {
        DateOrder::DayMonth => (numbers[0], numbers[1]),
        DateOrder::MonthDay => (numbers[1], numbers[0]),
    };
    chrono::NaiveDate::from_ymd_opt(numbers[2] as i32, month, day).ok_or_else(|| {
        format!(
            "{q} is not a real date when read as {}",
            match order {
                DateOrder::DayMonth => "day/month/year",
                DateOrder::MonthDay => "month/day/year",
            }
        )
    })?;
    Month::new(numbers[2] as i32, month)
        .ok_or_else(|| format!("{q} is not a date between 1990 and 2100"))
}

/// Reads an amount such as "1.234,50 €", "-200", "(1,200.00)" or "$ 3,400".
pub fn parse_amount(text: &str, mark: DecimalMark) -> std::result::Result<f64, String> {
    let original = text.trim();
    let q = crate::validate::Quoted(original);
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
        return Err(format!("{q} is not an amount {hint}"));
    }
    let number: f64 = format!(
        "{}.{}",
        groups.concat(),
        fraction.unwrap_or_else(|| "0".into())
    )
    .parse()
    .map_err(|_| format!("{q} is not an amount"))?;
    // The limit of every amount the app stores (a typed one, an imported
    // JSON one), so what a CSV brings in always exports and imports again.
    if number > crate::plans::MAX_AMOUNT {
        return Err(format!("{q} is too large to be an amount"));
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
                .ok_or_else(|| {
                    format!(
                        "the row has {} cell(s), so no {what} (column {})",
                        row.cells.len(),
                        index + 1
                    )
                })
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
                .ok_or_else(|| {
                    format!(
                        "the row has {} cell(s), so no {what} (column {})",
                        row.cells.len(),
                        index + 1
                    )
                })
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
            encoding: String::new(),
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
        assert!(
            errors[2].message.contains("so no product"),
            "{}",
            errors[2].message
        );
        assert!(errors[3].message.contains("not an amount"));
    }

    #[test]
    fn files_that_are_not_csv_are_refused() {
        let s = settings(",", DateOrder::DayMonth, DecimalMark::Point);
        assert!(
            read_table(b"\x89PNG\r\n\x1a\n\0\0\0IHDR", &s)
                .unwrap_err()
                .to_string()
                .contains("an image")
        );
        assert!(
            read_table(b"abc\0\0\0\x01\x02\x03", &s)
                .unwrap_err()
                .to_string()
                .contains("binary")
        );
        let utf8 = CsvSettings {
            encoding: "UTF-8".into(),
            ..s.clone()
        };
        assert_eq!(
            read_table(&[b'a', 0xff, 0xfe, 0x41, b'\n'], &utf8)
                .unwrap_err()
                .field(),
            Some("encoding")
        );
        assert!(
            read_table(b"date,client\n", &s)
                .unwrap_err()
                .to_string()
                .contains("no rows of data")
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
