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

  /** A quarter's last day, as the library says: from the quarters offered,
   *  or, for one further away (a search hit), asked for by its first day. */
  async lastDay(quarter: string): Promise<string> {
    await this.load();
    const offered = this.choices.find((c) => c.quarter === quarter);
    if (offered) return offered.lastDay;
    const firstMonth = (Number(quarter.slice(5)) - 1) * 3 + 1;
    const inside = `${quarter.slice(0, 4)}-${String(firstMonth).padStart(2, '0')}-01`;
    const around = await api.quarterChoices(inside).catch(() => []);
    return around.find((c) => c.current && c.quarter === quarter)?.lastDay ?? '';
  }
}

export const quarters = new QuarterStore();
