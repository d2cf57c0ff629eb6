import { describe, expect, it } from 'vitest';
import { actionFor, shortcutFor } from './menu';

function key(key: string, mods: Partial<KeyboardEventInit> = {}): KeyboardEvent {
  return new KeyboardEvent('keydown', { key, ctrlKey: true, ...mods });
}

describe('the menu on the page', () => {
  it('maps every menu id to its action', () => {
    expect(actionFor('view-home')).toEqual({ kind: 'view', module: 'home' });
    expect(actionFor('view-data')).toEqual({ kind: 'view', module: 'data' });
    expect(actionFor('view-nowhere')).toBeNull();
    expect(actionFor('search')).toEqual({ kind: 'search' });
    expect(actionFor('edit-undo')).toEqual({ kind: 'undo' });
    expect(actionFor('edit-select-all')).toEqual({ kind: 'edit', command: 'selectAll' });
    expect(actionFor('export')).toEqual({ kind: 'export' });
    expect(actionFor('<script>')).toBeNull();
  });

  it('knows the shortcuts, with Ctrl or the Mac command key', () => {
    expect(shortcutFor(key('1'))).toEqual({ kind: 'view', module: 'home' });
    expect(shortcutFor(key('7'))).toEqual({ kind: 'view', module: 'data' });
    expect(shortcutFor(key('8'))).toBeNull();
    expect(shortcutFor(key('k', { ctrlKey: false, metaKey: true }))).toEqual({ kind: 'search' });
    expect(shortcutFor(key('z'))).toEqual({ kind: 'undo' });
    expect(shortcutFor(key('Z', { shiftKey: true }))).toEqual({ kind: 'redo' });
    expect(shortcutFor(key('B', { shiftKey: true }))).toEqual({ kind: 'backup' });
    expect(shortcutFor(key('k', { ctrlKey: false }))).toBeNull();
    expect(shortcutFor(key('k', { altKey: true }))).toBeNull();
  });
});
