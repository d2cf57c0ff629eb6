// The team and the current user, shared by every screen that picks people.
import { api } from './api';
import type { Person } from './bindings';
import { onChanges, touches } from './changes';

class TeamStore {
  people = $state<Person[]>([]);
  current = $state<Person | null>(null);
  /** False until the first answer: an empty list is not yet "no team". */
  loaded = $state(false);

  #loading: Promise<void> | null = null;
  #following = false;

  /** The team, asked for once per page: screens share it. It follows
   *  every change to the people or to "You are", wherever it was made. */
  load(): Promise<void> {
    if (!this.#following) {
      this.#following = true;
      onChanges((batch) => {
        if (this.loaded && touches(batch, 'people', 'settings')) void this.refresh().catch(() => {});
      });
    }
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

  /** The active reps: what every rep picker offers. */
  get reps(): Person[] {
    return this.people.filter((p) => p.active && p.role === 'rep');
  }

  name(id: string | null): string {
    return this.people.find((p) => p.id === id)?.name ?? '';
  }
}

export const team = new TeamStore();
