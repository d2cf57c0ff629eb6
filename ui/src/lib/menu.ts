// The application menu's actions and their shortcuts, on the page's side.
// The menu itself is declared in src-tauri/src/menu.rs; its entries arrive
// here by id over a channel. The same shortcuts work from the keyboard
// when the menu bar does not take them (and under test automation).
import { Channel } from '@tauri-apps/api/core';
import { api } from './api';
import { modules, type Module } from './navigation.svelte';

export type MenuAction =
  | { kind: 'view'; module: Module }
  | { kind: 'search' }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'edit'; command: 'cut' | 'copy' | 'paste' | 'selectAll' }
  | { kind: 'export' }
  | { kind: 'backup' }
  | { kind: 'open' }
  | { kind: 'about' };

/** The action of a menu entry's id (as in menu.rs), if it is one. */
export function actionFor(id: string): MenuAction | null {
  if (id.startsWith('view-')) {
    const module = id.slice('view-'.length) as Module;
    return modules.some((m) => m.id === module) ? { kind: 'view', module } : null;
  }
  switch (id) {
    case 'search':
      return { kind: 'search' };
    case 'edit-undo':
      return { kind: 'undo' };
    case 'edit-redo':
      return { kind: 'redo' };
    case 'edit-cut':
      return { kind: 'edit', command: 'cut' };
    case 'edit-copy':
      return { kind: 'edit', command: 'copy' };
    case 'edit-paste':
      return { kind: 'edit', command: 'paste' };
    case 'edit-select-all':
      return { kind: 'edit', command: 'selectAll' };
    case 'export':
      return { kind: 'export' };
    case 'backup':
      return { kind: 'backup' };
    case 'open':
      return { kind: 'open' };
    case 'about':
      return { kind: 'about' };
    default:
      return null;
  }
}

/** The action of a key press (Ctrl, or ⌘ on a Mac), if it has one. */
export function shortcutFor(event: KeyboardEvent): MenuAction | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  const index = Number(event.key) - 1;
  if (!event.shiftKey && Number.isInteger(index) && index >= 0 && index < modules.length) {
    return { kind: 'view', module: modules[index].id };
  }
  if (key === 'k' && !event.shiftKey) return { kind: 'search' };
  if (key === 'z') return event.shiftKey ? { kind: 'redo' } : { kind: 'undo' };
  if (key === 'y' && !event.shiftKey) return { kind: 'redo' };
  if (key === 'p' && !event.shiftKey) return { kind: 'export' };
  if (key === 'o' && !event.shiftKey) return { kind: 'open' };
  if (key === 'b' && event.shiftKey) return { kind: 'backup' };
  return null;
}

/** Receives the menu's entries; returns the function that stops it. */
export function menuActions(perform: (action: MenuAction) => void): () => void {
  let listening = true;
  const channel = new Channel<string>();
  channel.onmessage = (id) => {
    const action = actionFor(id);
    if (listening && action) perform(action);
  };
  void api.menuEvents(channel).catch(() => {});
  return () => {
    listening = false;
  };
}
