// Edits are saved as they are made: each editor schedules a save a moment
// after the last keystroke (and at once when the field loses focus). This
// module tracks every save in flight so the header can say whether all
// changes are saved.
import { CommandError, toCommandError } from './api';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

class SaveStatus {
  pending = $state(0);
  failed = $state<CommandError | null>(null);
  lastSaved = $state<Date | null>(null);

  get state(): SaveState {
    if (this.pending > 0) return 'saving';
    if (this.failed) return 'error';
    return this.lastSaved ? 'saved' : 'idle';
  }

  /** Runs one save and records how it went. */
  async track<T>(save: () => Promise<T>): Promise<T> {
    this.pending += 1;
    try {
      const value = await save();
      this.failed = null;
      this.lastSaved = new Date();
      return value;
    } catch (error) {
      this.failed = toCommandError(error);
      throw this.failed;
    } finally {
      this.pending -= 1;
    }
  }
}

export const saveStatus = new SaveStatus();

/** How long after the last keystroke a save starts. */
export const SAVE_DELAY_MS = 300;

/**
 * A debounced saver for one record: `schedule()` after each edit, `flush()`
 * on blur. `save` reads the record's current value when it runs, so the
 * latest edit always wins and saves never overlap.
 */
export function createSaver(
  save: () => Promise<unknown>,
  onError: (error: CommandError | null) => void,
  delay = SAVE_DELAY_MS,
) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let dirty = false;
  let running: Promise<void> | null = null;

  async function run(): Promise<void> {
    while (dirty) {
      dirty = false;
      try {
        await saveStatus.track(save);
        onError(null);
      } catch (error) {
        onError(toCommandError(error));
      }
    }
  }

  function start(): Promise<void> {
    if (!running) {
      running = run().finally(() => {
        running = null;
      });
    }
    return running;
  }

  return {
    schedule() {
      dirty = true;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        void start();
      }, delay);
    },
    flush(): Promise<void> {
      if (timer) {
        clearTimeout(timer);
        timer = null;
      }
      return dirty ? start() : (running ?? Promise.resolve());
    },
  };
}
