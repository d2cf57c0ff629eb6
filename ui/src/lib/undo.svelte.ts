// Undo of deletes: after a delete the app offers "Stage “Visit” deleted —
// Undo" (and Ctrl+Z outside a text field); the library keeps what was
// deleted until the workspace is closed. Screens that show deletable
// records reload when `restored` changes.
import { api, type CommandError } from './api';
import type { Restored } from './bindings';

class UndoStore {
  /** What Ctrl+Z brings back ("Stage “Visit”"), if anything. */
  offered = $state<string | null>(null);
  /** The last undo's outcome, shown in the notice. */
  message = $state<string | null>(null);
  failed = $state(false);
  /** The last record brought back, and a count of undos: screens showing
   *  its table reload when the count moves past what they saw. */
  restored = $state<Restored | null>(null);
  count = $state(0);
  /** The notice was closed; Ctrl+Z still works. */
  hidden = $state(false);
  #busy = false;

  /** Call after every successful delete. */
  async deleted() {
    this.message = null;
    this.failed = false;
    this.hidden = false;
    this.offered = await api.lastDeleted().catch(() => null);
  }

  async run() {
    // One undo at a time: a held Ctrl+Z or a double click must not bring
    // back older deletes nobody asked for.
    if (this.#busy) return;
    this.#busy = true;
    this.hidden = false;
    try {
      const restored = await api.undoDelete();
      this.restored = restored;
      this.count += 1;
      this.message = `${restored.label} is back.`;
      this.failed = false;
    } catch (e) {
      this.message = (e as CommandError).message;
      this.failed = true;
    }
    this.offered = await api.lastDeleted().catch(() => null);
    this.#busy = false;
  }

  dismiss() {
    this.hidden = true;
    this.message = null;
  }
}

export const undo = new UndoStore();

/** Tables of the playbook: an undo there reloads the playbook. */
export const playbookTables = new Set([
  'stages',
  'qualification_criteria',
  'objections',
  'competitors',
  'kpis',
  'training_modules',
]);
