// The first screen's data. main.ts asks for it before the app is mounted:
// both calls go out at once, and the workspace opens while the page builds.
import { api } from './api';
import type { Person, Playbook, WorkspaceStatus } from './bindings';

export interface FirstScreen {
  status: WorkspaceStatus;
  /** The playbook of the open workspace; null when none could be opened. */
  playbook: Playbook | null;
  /** Who is at the keyboard ("You are"), if known: they start on their
   *  start screen, everyone else on the playbook. */
  currentUser: Person | null;
}

export function askFirstScreen(): Promise<FirstScreen> {
  const status = api.workspaceStatus();
  const playbook = api.getPlaybook();
  const currentUser = api.currentUser();
  // Refused when no workspace opens; the status says why, so that refusal
  // is not reported on its own.
  playbook.catch(() => {});
  currentUser.catch(() => {});
  return status.then(async (status) => ({
    status,
    playbook: status.status === 'open' ? await playbook : null,
    currentUser: status.status === 'open' ? await currentUser.catch(() => null) : null,
  }));
}
