// The workspace's number style and currency, shared by every screen that
// shows or edits an amount, so screens write numbers as the PDFs do. The
// print settings are read once; the Reviews screen, where they are edited,
// hands each saved version to `printSettingsSaved`.
import { api } from './api';
import type { PrintSettings } from './bindings';
import {
  defaultFormat,
  formatCount,
  formatMoney,
  formatNumber,
  formatOf,
  formatPercent,
  parseAmount,
  type NumberFormat,
} from './numbers';

class NumberSettings {
  format = $state<NumberFormat>({ ...defaultFormat });
  /** False until the settings are known; until then the default style is shown. */
  loaded = $state(false);
  #loading: Promise<void> | null = null;

  /** Reads the print settings, once; later calls wait for the same read. */
  load(): Promise<void> {
    if (this.loaded) return Promise.resolve();
    this.#loading ??= api.getPrintSettings().then(
      (settings) => {
        // Settings saved meanwhile are newer than this answer.
        if (!this.loaded) this.use(settings);
      },
      () => {
        // Shown in the default style; the next screen asks again.
        this.#loading = null;
      },
    );
    return this.#loading;
  }

  use(settings: PrintSettings) {
    this.format = formatOf(settings);
    this.loaded = true;
  }

  /** "$12,345": whole units with the currency. */
  money = (value: number): string => formatMoney(this.format, value);
  /** "1,234.50": `places` decimals, no currency. */
  number = (value: number, places = 0): string => formatNumber(this.format.style, value, places);
  /** "1,200", "2.5": a count, decimals only when it has them. */
  count = (value: number): string => formatCount(this.format.style, value);
  /** "87 %", "—" for none. */
  percent = (value: number | null | undefined): string => formatPercent(this.format.style, value);
  /** An amount as typed (with or without the currency), or a message.
   *  Money has no third decimal, so "8.000" or "8,000" — one kind of mark
   *  before groups of three digits — is eight thousand in every style (how
   *  people used to either style type it). */
  parse = (text: string, withCurrency = true): number | string => {
    const grouped = /^\s*([-\u2212]?)\s*([1-9]\d{0,2}(?:([.,])\d{3})(?:\3\d{3})*)\s*$/.exec(text);
    if (withCurrency && grouped) {
      const value = Number(grouped[2].replace(/[.,]/g, ''));
      return grouped[1] ? -value : value;
    }
    return parseAmount(this.format.style, text, withCurrency ? this.format.currency : '');
  };
}

export const numbers = new NumberSettings();

/** The Reviews screen calls this after the print settings were saved. */
export function printSettingsSaved(settings: PrintSettings) {
  numbers.use(settings);
}
