// Every committed change to the workspace (what the write seam records),
// as the app tells the page: stores refresh what changed, so every screen
// shows the new data without a reload — whether the change came from this
// window, an import, a restore or (later) the team's server.
import { Channel } from '@tauri-apps/api/core';
import { api } from './api';
import type { ChangeBatch } from './bindings';

type Listener = (batch: ChangeBatch) => void;
const listeners = new Set<Listener>();
let started = false;

/** Calls `listener` with every change batch; returns the function that
 *  stops it. The channel is registered with the app on first use. */
export function onChanges(listener: Listener): () => void {
  listeners.add(listener);
  if (!started) {
    started = true;
    const channel = new Channel<ChangeBatch>();
    channel.onmessage = (batch) => {
      for (const l of listeners) l(batch);
    };
    void api.changeEvents(channel).catch(() => {});
  }
  return () => listeners.delete(listener);
}

/** Whether `batch` touched one of `tables` (a reset touches every table). */
export function touches(batch: ChangeBatch, ...tables: string[]): boolean {
  return batch.records.some((r) => r.table === '*' || tables.includes(r.table));
}
