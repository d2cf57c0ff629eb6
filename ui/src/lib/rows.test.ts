import { describe, expect, it } from 'vitest';
import { adoptIds } from './rows';

describe('adoptIds', () => {
  it('gives new rows the ids the store gave them and leaves the others', () => {
    const a = { id: 'a', text: 'kept' };
    const b = { id: null as string | null, text: 'new' };
    const c = { id: null as string | null, text: 'new too' };
    adoptIds([a, b, c], [{ id: 'a' }, { id: 'b1' }, { id: 'c1' }]);
    expect([a.id, b.id, c.id]).toEqual(['a', 'b1', 'c1']);
  });

  it('follows the rows sent, not the list as it is now', () => {
    const first = { id: null as string | null };
    const second = { id: null as string | null };
    const list = [first, second];
    const sent = [...list];
    // The first row is removed while the save is on its way.
    list.splice(0, 1);
    adoptIds(sent, [{ id: 'one' }, { id: 'two' }]);
    expect(list[0].id).toBe('two');
  });

  it('never takes an id away or swaps one', () => {
    const row = { id: 'mine' as string | null };
    adoptIds([row], [{ id: 'other' }]);
    expect(row.id).toBe('mine');
    const unsaved = { id: null as string | null };
    adoptIds([unsaved], []);
    expect(unsaved.id).toBeNull();
  });
});
