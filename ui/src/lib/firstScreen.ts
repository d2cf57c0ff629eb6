// The first screen's data. index.html's head script asks for it before the
// app's code is loaded; main.ts takes the answers and mounts the app with
// them. Without that script (a test page) the calls are sent from here.
import { api, toCommandError } from './api';
import type { Person, Playbook, WorkspaceStatus } from './bindings';

export interface FirstScreen {
  status: WorkspaceStatus;
  /** The playbook of the open workspace; null when none could be opened. */
  playbook: Playbook | null;
  /** Who is at the keyboard ("You are"), if known: they start on their
   *  start screen, everyone else on the playbook. */
  currentUser: Person | null;
}

/** What index.html's head script asked for, before this code loaded. */
type Early = { __salesdeskFirst?: [Promise<WorkspaceStatus>, Promise<Playbook>, Promise<Person | null>] };

/** The commands the head script sends, in its order (a test compares). */
export const EARLY_COMMANDS = ['workspace_status', 'get_playbook', 'current_user'];

/** A raw invoke's answer, failing as every command does (CommandError). */
function asCommand<T>(answer: Promise<T>): Promise<T> {
  return answer.catch((error: unknown) => {
    throw toCommandError(error);
  });
}

export function askFirstScreen(): Promise<FirstScreen> {
  // The head script's answers serve once; "Try again" asks anew.
  const early = (window as Early).__salesdeskFirst;
  (window as Early).__salesdeskFirst = undefined;
  const status = early ? asCommand(early[0]) : api.workspaceStatus();
  const playbook = early ? asCommand(early[1]) : api.getPlaybook();
  const currentUser = early ? asCommand(early[2]) : api.currentUser();
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
