import { describe, expect, it } from 'vitest';
import { reorderTarget } from './reorder';

describe('keyboard reordering', () => {
  it('moves with Alt+arrows and stops at the ends', () => {
    expect(reorderTarget('ArrowUp', true, 2, 5)).toBe(1);
    expect(reorderTarget('ArrowDown', true, 2, 5)).toBe(3);
    expect(reorderTarget('ArrowUp', true, 0, 5)).toBeNull();
    expect(reorderTarget('ArrowDown', true, 4, 5)).toBeNull();
    expect(reorderTarget('Home', true, 3, 5)).toBe(0);
    expect(reorderTarget('End', true, 1, 5)).toBe(4);
  });

  it('ignores keys without Alt, other keys and one-item lists', () => {
    expect(reorderTarget('ArrowUp', false, 2, 5)).toBeNull();
    expect(reorderTarget('a', true, 2, 5)).toBeNull();
    expect(reorderTarget('ArrowDown', true, 0, 1)).toBeNull();
  });
});
