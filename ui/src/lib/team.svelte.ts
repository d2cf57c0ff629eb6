// The team and the current user, shared by every screen that picks people.
import { api } from './api';
import type { Person } from './bindings';

class TeamStore {
  people = $state<Person[]>([]);
  current = $state<Person | null>(null);

  async load() {
    this.people = await api.getTeam();
    this.current = await api.currentUser();
  }

  name(id: string | null): string {
    return this.people.find((p) => p.id === id)?.name ?? '';
  }
}

export const team = new TeamStore();
