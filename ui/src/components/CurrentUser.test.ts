// "You are" against Tauri's IPC mock: the real component, team store and API
// layer, with the Rust side answered in-process when the test says so.
import { afterEach, describe, expect, it } from 'vitest';
import { render, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { Person } from '../lib/bindings';
import { markFirstPaint } from '../lib/firstPaint';
import { team } from '../lib/team.svelte';
import CurrentUser from './CurrentUser.svelte';

function person(id: string, name: string): Person {
  return {
    id,
    name,
    email: '',
    role: 'rep',
    managerId: null,
    startDate: null,
    territory: '',
    active: true,
    hiredFromCandidateId: null,
  };
}

/** Answers get_team only when `release` is called, as a slow start would. */
function teamAnsweredLater(people: Person[]) {
  let release = () => {};
  const answered = new Promise<void>((resolve) => (release = resolve));
  mockIPC(async (cmd) => {
    if (cmd === 'get_team') {
      await answered;
      return people;
    }
    if (cmd === 'current_user') return people[0] ?? null;
    throw new Error(`unexpected command ${cmd}`);
  });
  return release;
}

afterEach(() => {
  clearMocks();
  // The team store is shared by the whole page: each test starts unread.
  team.people = [];
  team.current = null;
  team.loaded = false;
});

describe('CurrentUser', () => {
  // Runs first: the first paint is marked once per page, here in this test.
  it('asks for the team only once the first screen is painted', async () => {
    const asked: string[] = [];
    mockIPC((cmd) => {
      asked.push(cmd);
      return cmd === 'get_team' ? [person('p1', 'Ana Ruiz')] : null;
    });
    const view = render(CurrentUser);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(asked).toEqual([]);

    markFirstPaint();
    expect(await view.findByTestId('current-user')).toBeTruthy();
    // The team store also starts following the workspace's changes then.
    expect(asked.sort()).toEqual(['change_events', 'current_user', 'get_team']);
  });

  it('says nothing about the team until the team has been read', async () => {
    const release = teamAnsweredLater([person('p1', 'Ana Ruiz'), person('p2', 'Ben Okafor')]);
    const view = render(CurrentUser);
    // Before the answer: neither the "add your team" advice nor a choice.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(view.queryByText(/Add your team/)).toBeNull();
    expect(view.queryByTestId('current-user')).toBeNull();

    release();
    const select = (await view.findByTestId('current-user')) as HTMLSelectElement;
    await waitFor(() => expect(select.value).toBe('p1'));
    expect([...select.options].map((o) => o.text)).toEqual(['Choose yourself…', 'Ana Ruiz', 'Ben Okafor']);
    expect(view.queryByText(/Add your team/)).toBeNull();
  });

  it('asks for a team once the answer is that there is none', async () => {
    const release = teamAnsweredLater([]);
    const view = render(CurrentUser);
    release();
    expect(await view.findByText('Add your team under Hiring › Team.')).toBeTruthy();
    expect(view.queryByTestId('current-user')).toBeNull();
  });
});
