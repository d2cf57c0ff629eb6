import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/svelte';
import { tick } from 'svelte';
import AmountField from '../components/AmountField.svelte';
import type { NumberStyle, PrintSettings } from './bindings';
import { numbers, printSettingsSaved } from './numbers.svelte';
import cases from './numbers.fixture.json';
import {
  formatCount,
  formatEditable,
  formatMoney,
  formatNumber,
  formatPercent,
  parseAmount,
} from './numbers';

// Written by crates/salesdesk-core/tests/number_fixture.rs from the Rust
// formatter the PDFs use.
type Case = {
  style: NumberStyle;
  currency: string;
  value: number;
  number0: string;
  number2: string;
  money: string;
};
const fixture = cases as Case[];
const styles: NumberStyle[] = ['comma_point', 'point_comma', 'space_comma'];

/** The case and what differs, with invisible characters escaped. */
function mismatch(c: Case, key: 'number0' | 'number2' | 'money', actual: string): string[] {
  return actual === c[key]
    ? []
    : [`${c.style} ${JSON.stringify(c.currency)} ${c.value} ${key}: ${JSON.stringify(actual)}, Rust ${JSON.stringify(c[key])}`];
}

describe('the same numbers as the PDFs', () => {
  it('has every style, currency and value', () => {
    expect(new Set(fixture.map((c) => c.style))).toEqual(new Set(styles));
    expect(new Set(fixture.map((c) => c.currency))).toEqual(new Set(['', '$', '€', 'CHF', 'kr']));
    expect(fixture.length).toBeGreaterThanOrEqual(3 * 5 * 8);
  });

  it('writes number(value, 0) and number(value, 2) as Rust does, in every case', () => {
    const wrong = fixture.flatMap((c) => [
      ...mismatch(c, 'number0', formatNumber(c.style, c.value, 0)),
      ...mismatch(c, 'number2', formatNumber(c.style, c.value, 2)),
    ]);
    expect(wrong).toEqual([]);
  });

  it('writes money(value) as Rust does, in every case', () => {
    const wrong = fixture.flatMap((c) => mismatch(c, 'money', formatMoney({ style: c.style, currency: c.currency }, c.value)));
    expect(wrong).toEqual([]);
  });

  it('writes the examples of print.rs', () => {
    expect(formatNumber('comma_point', 1234.5, 2)).toBe('1,234.50');
    expect(formatNumber('point_comma', 1234.5, 2)).toBe('1.234,50');
    expect(formatNumber('space_comma', 1234567, 0)).toBe('1\u202f234\u202f567');
    expect(formatMoney({ style: 'comma_point', currency: '$' }, 12345.4)).toBe('$12,345');
    expect(formatMoney({ style: 'point_comma', currency: '€' }, 12345)).toBe('12.345 €');
    expect(formatMoney({ style: 'comma_point', currency: 'CHF' }, -500)).toBe('CHF −500');
    expect(formatMoney({ style: 'comma_point', currency: '' }, 0.2)).toBe('0');
  });

  it('writes counts and percentages in the style, without the currency', () => {
    expect(formatCount('comma_point', 1200)).toBe('1,200');
    expect(formatCount('point_comma', 2.5)).toBe('2,5');
    expect(formatCount('space_comma', 12.25)).toBe('12,25');
    expect(formatPercent('comma_point', 0.873)).toBe('87 %');
    expect(formatPercent('point_comma', 12.5)).toBe('1.250 %');
    expect(formatPercent('comma_point', -0.1)).toBe('−10 %');
    expect(formatPercent('comma_point', null)).toBe('—');
  });
});

describe('amounts typed as the style shows them', () => {
  it('reads back what it shows, in every case of the fixture', () => {
    for (const c of fixture) {
      const name = `${c.style} ${JSON.stringify(c.currency)} ${c.value}`;
      // Money shows whole units, halves rounded away from zero.
      const whole = c.value < 0 ? -Math.round(-c.value) : Math.round(c.value);
      expect(parseAmount(c.style, c.money, c.currency), name).toBe(whole + 0);
      const number0 = Number(c.number0.replace(/[^0-9]/g, '')) * (c.number0.startsWith('−') ? -1 : 1);
      expect(parseAmount(c.style, c.number0, c.currency), name).toBe(number0 + 0);
      if (Math.abs(c.value) < 1e15) {
        const two = parseAmount(c.style, c.number2, c.currency) as number;
        expect(Math.abs(two - c.value), name).toBeLessThanOrEqual(0.005 + 1e-9);
        // An input shows up to six decimals: reading that back changes nothing visible.
        const edited = parseAmount(c.style, formatEditable(c.style, c.value), c.currency) as number;
        expect(Math.abs(edited - c.value), name).toBeLessThanOrEqual(Math.max(Math.abs(c.value) * 1e-12, 5e-7));
      }
    }
  });

  it('takes plain digits, the currency on either side, both minus signs and spaces around', () => {
    const $ = (text: string) => parseAmount('comma_point', text, '$');
    expect($('12,345')).toBe(12345);
    expect($('12345')).toBe(12345);
    expect($('$12,345')).toBe(12345);
    expect($(' $ 12,345.50 ')).toBe(12345.5);
    expect($('12345 $')).toBe(12345);
    expect($('-500')).toBe(-500);
    expect($('−$500')).toBe(-500);
    expect($('$−500')).toBe(-500);
    expect($('.5')).toBe(0.5);
    expect($('-0')).toBe(0);
    const eur = (text: string) => parseAmount('point_comma', text, '€');
    expect(eur('12.345 €')).toBe(12345);
    expect(eur('€12.345,67')).toBe(12345.67);
    expect(eur('1234,5')).toBe(1234.5);
    const chf = (text: string) => parseAmount('space_comma', text, 'CHF');
    expect(chf('1 234 567,25 CHF')).toBe(1234567.25);
    expect(chf('1\u202f234 chf')).toBe(1234);
    expect(chf('1\u00a0234')).toBe(1234);
    expect(parseAmount('comma_point', 'CHF −500', 'CHF')).toBe(-500);
  });

  it('refuses what is not an amount, saying how to write one', () => {
    const refused = (style: NumberStyle, text: string, currency = '') => {
      const result = parseAmount(style, text, currency);
      expect(typeof result, `${style} ${JSON.stringify(text)} → ${String(result)}`).toBe('string');
      return result as string;
    };
    expect(refused('comma_point', '')).toBe('Enter an amount, like 1,234.50.');
    expect(refused('comma_point', '   ')).toBe('Enter an amount, like 1,234.50.');
    expect(refused('comma_point', '$', '$')).toBe('Enter an amount, like $1,234.50.');
    expect(refused('comma_point', '12abc')).toBe('An amount is written in digits, like 1,234.50.');
    expect(refused('point_comma', '12abc', '€')).toBe('An amount is written in digits, like 1.234,50 €.');
    expect(refused('comma_point', '€12', '$')).toContain('digits');
    expect(refused('comma_point', '--5')).toContain('digits');
    expect(refused('comma_point', '-$-5', '$')).toContain('digits');
    // Grouping that could mean more than one number.
    expect(refused('comma_point', '1,2,3')).toBe(
      'Group thousands in threes with “,” and write decimals after “.”, like 1,234.50, or leave the commas out: 1234.50.',
    );
    expect(refused('point_comma', '1,2,3')).toContain('after “,”');
    expect(refused('comma_point', '12,5')).toContain('threes');
    expect(refused('comma_point', '1,2345')).toContain('threes');
    expect(refused('comma_point', '1.234.567')).toContain('threes');
    expect(refused('comma_point', '1.')).toContain('threes');
    expect(refused('point_comma', '12.5')).toContain('threes');
    expect(refused('space_comma', '1 23')).toContain('a space');
    expect(refused('space_comma', '12.5')).toContain('a space');
    expect(refused('comma_point', '1 234')).toContain('threes');
    expect(refused('comma_point', '1e5')).toContain('digits');
    expect(refused('comma_point', '9'.repeat(400))).toBe('That number is too large.');
  });
});

describe('amounts in inputs', () => {
  it('shows every decimal a saved amount has, grouped, without the currency', () => {
    expect(formatEditable('comma_point', 12345)).toBe('12,345');
    expect(formatEditable('comma_point', 1234.5)).toBe('1,234.5');
    expect(formatEditable('point_comma', 0.1 + 0.2)).toBe('0,3');
    expect(formatEditable('space_comma', -1234.125)).toBe('−1\u202f234,125');
    expect(formatEditable('comma_point', 0)).toBe('0');
  });

  it('reads back exactly the amount an input shows', () => {
    const amounts = [0, 1, 7, 42.42, -42.42, 0.01, 0.1, 1234.5, 12345, 25000, 99999999999.99, -1e11, 123456.789, 0.000001];
    for (const style of styles) {
      for (const currency of ['', '$', '€', 'CHF', 'kr']) {
        for (const amount of amounts) {
          const shown = formatEditable(style, amount);
          expect(parseAmount(style, shown, currency), `${style} ${shown}`).toBe(amount + 0);
          const money = formatMoney({ style, currency }, amount);
          expect(parseAmount(style, money, currency), `${style} ${money}`).toBe(Math.round(amount) + 0);
        }
      }
    }
  });
});

const settings = (numberStyle: NumberStyle, currency: string): PrintSettings => ({ paper: 'a4', numberStyle, currency });

describe('AmountField', () => {
  afterEach(() => {
    vi.useRealTimers();
    printSettingsSaved(settings('comma_point', ''));
  });

  it('shows the amount in the style, the currency beside it, and follows new print settings', async () => {
    printSettingsSaved(settings('comma_point', '$'));
    const { getByLabelText, container } = render(AmountField, {
      props: { label: 'Target', value: 1234567.5, testid: 't', onvalue: () => {} },
    });
    const input = getByLabelText('Target') as HTMLInputElement;
    expect(input.value).toBe('1,234,567.5');
    expect(input.inputMode).toBe('decimal');
    expect(container.textContent).toContain('$');
    printSettingsSaved(settings('point_comma', '€'));
    await tick();
    expect(input.value).toBe('1.234.567,5');
    expect(container.textContent).toContain('€');
  });

  it('reports each good value typed and writes it in the style when left', async () => {
    printSettingsSaved(settings('comma_point', '$'));
    const seen: number[] = [];
    const { getByLabelText } = render(AmountField, {
      props: { label: 'Target', value: 0, onvalue: (v: number) => seen.push(v) },
    });
    const input = getByLabelText('Target') as HTMLInputElement;
    for (const text of ['$12,345', '12345', '25000']) {
      await fireEvent.input(input, { target: { value: text } });
    }
    expect(seen).toEqual([12345, 12345, 25000]);
    await fireEvent.blur(input);
    // The parent has not passed the new value back in this test: it shows the prop.
    expect(input.value).toBe('0');
  });

  it('keeps text that is no amount, says why beside the field and what stays saved', async () => {
    printSettingsSaved(settings('comma_point', '$'));
    const seen: number[] = [];
    const { getByLabelText, queryByRole, getByTestId } = render(AmountField, {
      props: { label: 'Target', value: 25000, testid: 't', onvalue: (v: number) => seen.push(v) },
    });
    const input = getByLabelText('Target') as HTMLInputElement;
    await fireEvent.input(input, { target: { value: '12abc' } });
    expect(queryByRole('alert')).toBeNull(); // not at each keystroke
    await fireEvent.blur(input);
    expect(seen).toEqual([]);
    expect(input.value).toBe('12abc');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(getByTestId('t-error').textContent).toBe('An amount is written in digits, like $1,234.50. Still saved: $25,000.');
    // Escape puts the saved amount back.
    await fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.value).toBe('25,000');
    expect(queryByRole('alert')).toBeNull();
  });

  it('says why once the typing pauses', async () => {
    vi.useFakeTimers();
    const { getByLabelText, queryByRole } = render(AmountField, {
      props: { label: 'Target', value: 5, onvalue: () => {} },
    });
    await fireEvent.input(getByLabelText('Target'), { target: { value: '1,2,3' } });
    expect(queryByRole('alert')).toBeNull();
    await vi.advanceTimersByTimeAsync(2000);
    expect(queryByRole('alert')?.textContent).toContain('threes');
  });

  it('shows the save error it is given, as text', () => {
    const { getByRole } = render(AmountField, {
      props: { label: 'Target', value: 5, error: '<b>The revenue target cannot be negative.</b>', onvalue: () => {} },
    });
    expect(getByRole('alert').textContent).toBe('<b>The revenue target cannot be negative.</b>');
    expect(getByRole('alert').querySelector('b')).toBeNull();
  });

  it('counts: no currency, empty as zero, whole numbers only where asked', async () => {
    printSettingsSaved(settings('space_comma', 'kr'));
    const seen: number[] = [];
    const { getByLabelText, container } = render(AmountField, {
      props: { label: 'Goal', value: 0, money: false, emptyIsZero: true, whole: true, showLabel: false, onvalue: (v: number) => seen.push(v) },
    });
    const input = getByLabelText('Goal') as HTMLInputElement;
    expect(input.value).toBe('');
    expect(container.textContent).not.toContain('kr');
    await fireEvent.input(input, { target: { value: '1 200' } });
    await fireEvent.input(input, { target: { value: '2,5' } });
    await fireEvent.input(input, { target: { value: '12 kr' } });
    await fireEvent.input(input, { target: { value: '' } });
    expect(seen).toEqual([1200]); // then 0 is the value already
    await fireEvent.input(input, { target: { value: '-3' } });
    await fireEvent.blur(input);
    expect(container.textContent).toContain('Enter a whole number, 0 or more, like 12.');
  });
});

describe('the shared number settings', () => {
  it('formats with the saved settings', () => {
    printSettingsSaved(settings('point_comma', '€'));
    expect(numbers.money(-1234.5)).toBe('−1.235 €');
    expect(numbers.number(1.5, 2)).toBe('1,50');
    expect(numbers.count(1200)).toBe('1.200');
    expect(numbers.percent(0.5)).toBe('50 %');
    expect(numbers.parse('1.234 €')).toBe(1234);
    expect(typeof numbers.parse('1.234 €', false)).toBe('string');
    printSettingsSaved(settings('comma_point', ''));
  });
});

describe('reading the print settings', () => {
  afterEach(() => {
    vi.doUnmock('./api');
    vi.resetModules();
  });

  async function freshStore(getPrintSettings: () => Promise<PrintSettings>) {
    vi.resetModules();
    vi.doMock('./api', () => ({ api: { getPrintSettings } }));
    return import('./numbers.svelte');
  }

  it('asks once, however many screens load it', async () => {
    const ask = vi.fn(async () => settings('point_comma', '€'));
    const { numbers: fresh } = await freshStore(ask);
    expect(fresh.money(1234)).toBe('1,234'); // the default until the answer
    await Promise.all([fresh.load(), fresh.load()]);
    await fresh.load();
    expect(ask).toHaveBeenCalledTimes(1);
    expect(fresh.loaded).toBe(true);
    expect(fresh.money(1234)).toBe('1.234 €');
  });

  it('asks again after a failure', async () => {
    const ask = vi.fn().mockRejectedValueOnce(new Error('no workspace')).mockResolvedValue(settings('comma_point', '$'));
    const { numbers: fresh } = await freshStore(ask);
    await fresh.load();
    expect(fresh.loaded).toBe(false);
    await fresh.load();
    expect(ask).toHaveBeenCalledTimes(2);
    expect(fresh.money(5)).toBe('$5');
  });

  it('keeps settings saved while the first answer was on its way', async () => {
    let answer: (s: PrintSettings) => void = () => {};
    const { numbers: fresh, printSettingsSaved: saved } = await freshStore(
      () => new Promise<PrintSettings>((resolve) => (answer = resolve)),
    );
    const loading = fresh.load();
    saved(settings('space_comma', 'CHF'));
    answer(settings('comma_point', ''));
    await loading;
    expect(fresh.money(1000)).toBe('1\u202f000 CHF');
  });
});
