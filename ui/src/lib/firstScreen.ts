// The first screen's data. main.ts asks for it before the app is mounted:
// both calls go out at once, and the workspace opens while the page builds.
import { api } from './api';
import type { Playbook, WorkspaceStatus } from './bindings';

export interface FirstScreen {
  status: WorkspaceStatus;
  /** The playbook of the open workspace; null when none could be opened. */
  playbook: Playbook | null;
}

export function askFirstScreen(): Promise<FirstScreen> {
  const status = api.workspaceStatus();
  const playbook = api.getPlaybook();
  // Refused when no workspace opens; the status says why, so that refusal
  // is not reported on its own.
  playbook.catch(() => {});
  return status.then(async (status) => ({
    status,
    playbook: status.status === 'open' ? await playbook : null,
  }));
}
