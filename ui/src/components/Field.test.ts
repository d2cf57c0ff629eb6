import { describe, expect, it } from 'vitest';
import { fireEvent, render } from '@testing-library/svelte';
import Field from './Field.svelte';

describe('Field', () => {
  it('shows its error next to the input and marks it invalid', () => {
    const { getByLabelText, getByRole } = render(Field, {
      props: { id: 'n', label: 'Name', value: '', error: 'The stage name cannot be empty.' },
    });
    const input = getByLabelText('Name');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(getByRole('alert').textContent?.trim()).toBe('The stage name cannot be empty.');
    expect(input.getAttribute('aria-describedby')).toBe('n-error');
  });

  it('shows user text literally, never as HTML', () => {
    const { container, getByLabelText } = render(Field, {
      props: { id: 'h', label: 'Scripts', value: '<b>x</b>', multiline: true, error: '<i>bad</i>' },
    });
    expect((getByLabelText('Scripts') as HTMLTextAreaElement).value).toBe('<b>x</b>');
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('i')).toBeNull();
    expect(container.textContent).toContain('<i>bad</i>');
  });

  it('reports each edit', async () => {
    const seen: string[] = [];
    const { getByLabelText } = render(Field, {
      props: { id: 'e', label: 'Purpose', value: '', oninput: (v: string) => seen.push(v) },
    });
    await fireEvent.input(getByLabelText('Purpose'), { target: { value: 'Qualify' } });
    expect(seen).toEqual(['Qualify']);
  });
});
