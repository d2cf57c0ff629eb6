import { describe, expect, it } from 'vitest';
import { fireEvent, render } from '@testing-library/svelte';
import Grid from './Grid.svelte';

function rows() {
  return [
    { id: 'a', labels: ['Café Müller', 'Chairs'], values: [1, 2, 0] },
    { id: 'b', labels: ['Acme', 'Desks'], values: [0, 0, 4] },
  ];
}

describe('Grid', () => {
  it('totals rows and columns', () => {
    const { getAllByTestId, getByTestId } = render(Grid, {
      props: { name: 'g', labelHeaders: ['Client', 'Product'], columns: ['Jan', 'Feb', 'Mar'], rows: rows(), onvalues: () => {} },
    });
    expect(getAllByTestId('grid-g-row-total').map((c) => c.textContent)).toEqual(['3', '4']);
    expect(getByTestId('grid-g-total').textContent).toBe('7');
  });

  it('pastes a block copied from a spreadsheet from the focused cell', async () => {
    const changes: unknown[] = [];
    const { getAllByTestId } = render(Grid, {
      props: {
        name: 'g',
        labelHeaders: ['Client', 'Product'],
        columns: ['Jan', 'Feb', 'Mar'],
        rows: rows(),
        onvalues: (c: unknown[]) => changes.push(...c),
      },
    });
    const cells = getAllByTestId('grid-g-cell');
    const clipboardData = { getData: () => '10\t1.234,50\n20\t30\n99\t99\n' };
    await fireEvent.paste(cells[1], { clipboardData });
    // From row 0, column 1: the block is cut at the grid's edges.
    expect(changes).toEqual([
      { row: 0, col: 1, value: 10 },
      { row: 0, col: 2, value: 1234.5 },
      { row: 1, col: 1, value: 20 },
      { row: 1, col: 2, value: 30 },
    ]);
  });

  it('moves with Enter and arrow keys, and marks what is not a number', async () => {
    const changes: unknown[] = [];
    const { getAllByTestId, findByRole } = render(Grid, {
      props: { name: 'g', labelHeaders: ['Client', 'Product'], columns: ['Jan', 'Feb', 'Mar'], rows: rows(), onvalues: (c: unknown[]) => changes.push(...c) },
    });
    const cells = getAllByTestId('grid-g-cell') as HTMLInputElement[];
    cells[0].focus();
    cells[0].value = '5';
    await fireEvent.keyDown(cells[0], { key: 'Enter' });
    expect(document.activeElement).toBe(cells[3]);
    expect(changes).toEqual([{ row: 0, col: 0, value: 5 }]);
    await fireEvent.keyDown(cells[3], { key: 'ArrowUp' });
    expect(document.activeElement).toBe(cells[0]);
    cells[4].value = 'twelve';
    await fireEvent.change(cells[4]);
    expect(cells[4].getAttribute('aria-invalid')).toBe('true');
    expect((await findByRole('alert')).textContent).toContain('not numbers');
    expect(changes).toHaveLength(1);
  });
});
