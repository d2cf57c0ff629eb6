//! The UI formats amounts with its own port of `print::NumberFormat`
//! (ui/src/lib/numbers.ts). This writes what the Rust formatter prints for a
//! set of cases to a fixture the UI's tests check the port against, so the
//! screens and the PDFs print every number alike; it fails when the
//! committed fixture is stale.

mod common;

use std::fmt::Write as _;

use salesdesk_core::print::{NumberFormat, NumberStyle};
use serde_json::json;

const FIXTURE_PATH: &str = "ui/src/lib/numbers.fixture.json";

const STYLES: [NumberStyle; 3] = [
    NumberStyle::CommaPoint,
    NumberStyle::PointComma,
    NumberStyle::SpaceComma,
];

const CURRENCIES: [&str; 5] = ["", "$", "€", "CHF", "kr"];

/// Everyday amounts, then the edges: exact halves (ties), values just
/// below a half, minus zero, and numbers too large for fixed notation in
/// JavaScript's `toFixed`.
const VALUES: [f64; 32] = [
    0.0,
    -0.0,
    0.2,
    -0.4,
    0.5,
    -0.5,
    1.5,
    2.5,
    -2.5,
    0.125,
    0.375,
    -0.004,
    0.005,
    1.005,
    0.49999999999999994,
    7.0,
    -500.0,
    999.995,
    1234.5,
    -1234.5,
    12345.678,
    999999.5,
    -999999.5,
    1e9,
    123456789.125,
    -98765432.1,
    4503599627370495.5,
    1e15,
    1e21,
    1.5e22,
    f64::MAX,
    5e-324,
];

fn fixture() -> String {
    let mut text = String::from("[\n");
    let mut first = true;
    for style in STYLES {
        for currency in CURRENCIES {
            let format = NumberFormat {
                style,
                currency: currency.to_string(),
            };
            for value in VALUES {
                let case = json!({
                    "style": style,
                    "currency": currency,
                    "value": value,
                    "number0": format.number(value, 0),
                    "number2": format.number(value, 2),
                    "money": format.money(value),
                });
                if !first {
                    text.push_str(",\n");
                }
                first = false;
                write!(text, "  {case}").unwrap();
            }
        }
    }
    text.push_str("\n]\n");
    text
}

#[test]
fn number_fixture_is_fresh() {
    common::assert_generated_file(FIXTURE_PATH, &fixture(), "number_fixture");
}
