// Numbers and money in the workspace's number style: a port of the PDFs'
// formatter (`print::NumberFormat` in crates/salesdesk-core/src/print.rs),
// so a screen shows an amount exactly as the printed plan does. The Rust
// test crates/salesdesk-core/tests/number_fixture.rs writes what the Rust
// formatter prints to numbers.fixture.json; numbers.test.ts checks this
// port against every case there.
import type { NumberStyle, PrintSettings } from './bindings';

/** How numbers are written: the style's marks and the currency ("" for none). */
export type NumberFormat = { style: NumberStyle; currency: string };

/** What the workspace uses until its settings are read (as the Rust default). */
export const defaultFormat: NumberFormat = { style: 'comma_point', currency: '' };

export function formatOf(settings: PrintSettings): NumberFormat {
  return { style: settings.numberStyle, currency: settings.currency };
}

const MINUS = '\u2212';
const NARROW_NO_BREAK_SPACE = '\u202f';

/** The thousands separator and the decimal mark of each style. */
const MARKS: Record<NumberStyle, { thousands: string; decimal: string }> = {
  comma_point: { thousands: ',', decimal: '.' },
  point_comma: { thousands: '.', decimal: ',' },
  space_comma: { thousands: NARROW_NO_BREAK_SPACE, decimal: ',' },
};

/** A finite double as mantissa × 2^exponent, both exact. */
function decompose(value: number): [bigint, number] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  const high = view.getUint32(0);
  const low = view.getUint32(4);
  const biased = (high >>> 20) & 0x7ff;
  const fraction = (BigInt(high & 0xfffff) << 32n) | BigInt(low);
  return biased === 0 ? [fraction, -1074] : [fraction | (1n << 52n), biased - 1075];
}

/**
 * What Rust's `format!("{:.*}", places, value)` prints for a finite value
 * that is not negative: the exact decimal value of the double, rounded to
 * `places` decimals, an exact half to the even digit (0.125 → "0.12",
 * 2.5 → "2"). `toFixed` rounds halves up and turns to exponents from 1e21.
 */
function fixed(value: number, places: number): string {
  let digits: string;
  if (Number.isSafeInteger(value)) {
    digits = String(value) + '0'.repeat(places);
  } else {
    const [mantissa, exponent] = decompose(value);
    const scale = 10n ** BigInt(places);
    if (exponent >= 0) {
      digits = ((mantissa << BigInt(exponent)) * scale).toString();
    } else {
      const numerator = mantissa * scale;
      const denominator = 1n << BigInt(-exponent);
      const quotient = numerator / denominator;
      const twice = (numerator % denominator) * 2n;
      const up = twice > denominator || (twice === denominator && (quotient & 1n) === 1n);
      digits = (up ? quotient + 1n : quotient).toString();
    }
  }
  if (places === 0) return digits;
  digits = digits.padStart(places + 1, '0');
  return `${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

/**
 * A number with `places` decimals, grouped in the style: 1234.5 with 2
 * places → "1,234.50", "1.234,50" or "1 234,50". Negative numbers take
 * the minus sign U+2212 unless they round to zero.
 */
export function formatNumber(style: NumberStyle, value: number, places = 0): string {
  const { thousands, decimal } = MARKS[style];
  const p = Math.max(0, Math.trunc(places));
  // Rust prints these two without decimals; amounts are never either.
  const text = Number.isNaN(value) ? 'NaN' : Number.isFinite(value) ? fixed(Math.abs(value), p) : 'inf';
  const point = text.indexOf('.');
  const whole = point < 0 ? text : text.slice(0, point);
  const fraction = point < 0 ? '' : text.slice(point + 1);
  let grouped = '';
  for (let i = 0; i < whole.length; i += 1) {
    if (i > 0 && (whole.length - i) % 3 === 0) grouped += thousands;
    grouped += whole[i];
  }
  if (fraction !== '') grouped += decimal + fraction;
  const negative = value < 0 && /[1-9]/.test(text);
  return negative ? MINUS + grouped : grouped;
}

/** Rust's `f64::round`: an exact half goes away from zero (−0.5 → −1). */
function roundHalfAway(value: number): number {
  return value < 0 ? -Math.round(-value) : Math.round(value);
}

/**
 * Where the currency goes: a one-character symbol straight before the
 * number in the comma-point style ("$12,345"), a longer code before it with
 * a space ("CHF 12,345"); after the number with a space in the other
 * styles ("12.345 €").
 */
export function currencyAffixes(format: NumberFormat): { prefix: string; suffix: string } {
  const currency = format.currency;
  if (currency === '') return { prefix: '', suffix: '' };
  if (format.style === 'comma_point') {
    return { prefix: [...currency].length === 1 ? currency : `${currency} `, suffix: '' };
  }
  return { prefix: '', suffix: ` ${currency}` };
}

/** Money in whole units with the currency: "$12,345", "12.345 €", "CHF −500". */
export function formatMoney(format: NumberFormat, value: number): string {
  const { prefix, suffix } = currencyAffixes(format);
  return prefix + formatNumber(format.style, roundHalfAway(value), 0) + suffix;
}

/**
 * The fewest decimals (up to `max`) that write the value, give or take the
 * last bits a sum of decimals picks up (0.1 + 0.2 is written "0.3").
 */
function placesFor(value: number, max: number): number {
  const size = Math.abs(value);
  if (!Number.isFinite(size) || size >= 2 ** 53) return 0;
  for (let places = 0; places < max; places += 1) {
    if (Math.abs(Number(fixed(size, places)) - size) <= size * Number.EPSILON * 8) return places;
  }
  return max;
}

/** A count (activities, leads): grouped, with decimals only when it has them: 2.5, 1,200. */
export function formatCount(style: NumberStyle, value: number): string {
  return formatNumber(style, value, placesFor(value, 2));
}

/** A ratio as a whole percentage in the style: 0.873 → "87 %"; null → "—". */
export function formatPercent(style: NumberStyle, value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${formatNumber(style, value * 100, 0)} %`;
}

/**
 * An amount as an input shows it for editing: grouped, without the
 * currency (the field shows that beside it), and with every decimal it
 * has up to six, so showing a saved value never rounds it: 12345 →
 * "12,345", 1234.5 → "1,234.5".
 */
export function formatEditable(style: NumberStyle, value: number): string {
  return formatNumber(style, value, placesFor(value, 6));
}

/** An amount written in the style, for messages: "1,234.50", "$1,234.50". */
function example(style: NumberStyle, currency: string): string {
  const number = formatNumber(style, 1234.5, 2);
  if (currency === '') return number;
  const { prefix, suffix } = currencyAffixes({ style, currency });
  return `${prefix}${number}${suffix}`;
}

function layoutMessage(style: NumberStyle): string {
  const like = formatNumber(style, 1234.5, 2);
  const plain = like.replace(MARKS[style].thousands, '');
  switch (style) {
    case 'comma_point':
      return `Group thousands in threes with “,” and write decimals after “.”, like ${like}, or leave the commas out: ${plain}.`;
    case 'point_comma':
      return `Group thousands in threes with “.” and write decimals after “,”, like ${like}, or leave the points out: ${plain}.`;
    case 'space_comma':
      return `Group thousands in threes with a space and write decimals after “,”, like ${like}, or leave the spaces out: ${plain}.`;
  }
}

const SPACES = /[ \u00a0\u2007\u2009\u202f]/g;

function startsWithIgnoringCase(text: string, start: string): boolean {
  return text.slice(0, start.length).toLowerCase() === start.toLowerCase();
}

function endsWithIgnoringCase(text: string, end: string): boolean {
  return text.length >= end.length && text.slice(text.length - end.length).toLowerCase() === end.toLowerCase();
}

/**
 * Reads an amount written the way the style displays it: "12,345",
 * "12345", "$12,345", "12.345 €", "CHF −500", "-1 234,50". Takes the
 * style's grouping marks (in threes) and decimal mark, the currency before
 * or after the number, a minus sign (− or -) before either, and spaces
 * around. Returns the number, or a message saying how to write it.
 */
export function parseAmount(style: NumberStyle, text: string, currency = ''): number | string {
  const { thousands, decimal } = MARKS[style];
  const code = currency.trim();
  const like = example(style, code);
  let rest = text.trim();
  if (rest === '') return `Enter an amount, like ${like}.`;

  let negative = false;
  const takeSign = (): boolean => {
    if (rest.startsWith('-') || rest.startsWith(MINUS)) {
      if (negative) return false;
      negative = true;
      rest = rest.slice(1).trimStart();
    }
    return true;
  };
  takeSign();
  if (code !== '') {
    if (startsWithIgnoringCase(rest, code)) {
      rest = rest.slice(code.length).trimStart();
      if (!takeSign()) return `An amount is written in digits, like ${like}.`;
    } else if (endsWithIgnoringCase(rest, code)) {
      rest = rest.slice(0, rest.length - code.length).trimEnd();
    }
  }
  if (rest === '') return `Enter an amount, like ${like}.`;
  if (/[^0-9.,\s\u00a0\u2007\u2009\u202f]/.test(rest)) return `An amount is written in digits, like ${like}.`;

  // Any kind of space groups thousands in the space style; none belongs
  // in a number otherwise.
  const body = style === 'space_comma' ? rest.replace(SPACES, thousands) : rest;
  const parts = body.split(decimal);
  const whole = parts[0];
  const fraction = parts.length > 1 ? parts[1] : null;
  const escaped = thousands.replace(/[.]/g, '\\.');
  const grouped = new RegExp(`^\\d{1,3}(${escaped}\\d{3})+$`);
  const wholeIsClear = /^\d+$/.test(whole) || grouped.test(whole) || (whole === '' && fraction !== null);
  if (parts.length > 2 || !wholeIsClear || (fraction !== null && !/^\d+$/.test(fraction))) {
    return layoutMessage(style);
  }
  const value = Number(`${whole.split(thousands).join('') || '0'}${fraction === null ? '' : `.${fraction}`}`);
  if (!Number.isFinite(value)) return 'That number is too large.';
  return negative && value !== 0 ? -value : value;
}
