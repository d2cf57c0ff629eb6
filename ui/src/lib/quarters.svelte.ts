// The quarters the pickers offer, from the library (quarter_choices): the
// screens do no quarter arithmetic of their own.
import { api } from './api';
import type { QuarterChoice } from './bindings';
import { todayIso } from './format';

class QuarterStore {
  choices = $state<QuarterChoice[]>([]);
  #day = '';
  #loading: Promise<void> | null = null;

  /** Asked for once a day and shared by every screen. */
  load(): Promise<void> {
    const today = todayIso();
    if (this.#day === today) return this.#loading ?? Promise.resolve();
    this.#day = today;
    this.#loading = api.quarterChoices(today).then((choices) => {
      this.choices = choices;
    });
    this.#loading.catch(() => (this.#day = ''));
    return this.#loading;
  }

  /** This quarter ("2026Q4"), once loaded. */
  get current(): string {
    return this.choices.find((c) => c.current)?.quarter ?? '';
  }

  /** A quarter's last day (as the library says), or '' if not offered. */
  lastDay(quarter: string): string {
    return this.choices.find((c) => c.quarter === quarter)?.lastDay ?? '';
  }
}

export const quarters = new QuarterStore();
