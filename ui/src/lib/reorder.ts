// Keyboard reordering: Alt+ArrowUp / Alt+ArrowDown move an item, Alt+Home /
// Alt+End move it to the ends. Returns the new index, or null for other keys.
export function reorderTarget(
  key: string,
  altKey: boolean,
  index: number,
  length: number,
): number | null {
  if (!altKey || length < 2) return null;
  switch (key) {
    case 'ArrowUp':
      return index > 0 ? index - 1 : null;
    case 'ArrowDown':
      return index < length - 1 ? index + 1 : null;
    case 'Home':
      return index > 0 ? 0 : null;
    case 'End':
      return index < length - 1 ? length - 1 : null;
    default:
      return null;
  }
}
