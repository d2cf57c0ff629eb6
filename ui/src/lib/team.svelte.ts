// The team and the current user, shared by every screen that picks people.
import { api } from './api';
import type { Person } from './bindings';

class TeamStore {
  people = $state<Person[]>([]);
  current = $state<Person | null>(null);
  /** False until the first answer: an empty list is not yet "no team". */
  loaded = $state(false);

  async load() {
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
