// The team and the current user, shared by every screen that picks people.
import { api } from './api';
import type { Person } from './bindings';

class TeamStore {
  people = $state<Person[]>([]);
  current = $state<Person | null>(null);
  /** False until the first answer: an empty list is not yet "no team". */
  loaded = $state(false);

  #loading: Promise<void> | null = null;

  /** The team, asked for once per page: screens share it. Changes made
   *  here (a person added, a hire) call `refresh`. */
  load(): Promise<void> {
    if (this.loaded) return Promise.resolve();
    this.#loading ??= this.refresh().finally(() => (this.#loading = null));
    return this.#loading;
  }

  /** Asks for the team again. */
  async refresh() {
    const [people, current] = await Promise.all([api.getTeam(), api.currentUser()]);
    this.people = people;
    this.current = current;
    this.loaded = true;
  }

  name(id: string | null): string {
    return this.people.find((p) => p.id === id)?.name ?? '';
  }
}

export const team = new TeamStore();
