import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CommandError, toCommandError } from './api';
import { createSaver, saveStatus } from './saving.svelte';

describe('createSaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once, a moment after the last edit, with the latest value', async () => {
    let value = 'a';
    const seen: string[] = [];
    const saver = createSaver(async () => {
      seen.push(value);
    }, () => {}, 300);
    saver.schedule();
    value = 'ab';
    saver.schedule();
    value = 'abc';
    saver.schedule();
    expect(seen).toEqual([]);
    await vi.advanceTimersByTimeAsync(299);
    expect(seen).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(seen).toEqual(['abc']);
    expect(saveStatus.state).toBe('saved');
  });

  it('flush saves at once and reports errors with their field', async () => {
    const errors: (CommandError | null)[] = [];
    const saver = createSaver(
      async () => {
        throw { code: 'invalid', message: 'The stage name cannot be empty.', field: 'name' };
      },
      (e) => errors.push(e),
    );
    saver.schedule();
    await saver.flush();
    expect(errors).toHaveLength(1);
    expect(errors[0]?.field).toBe('name');
    expect(errors[0]?.message).toBe('The stage name cannot be empty.');
    expect(saveStatus.state).toBe('error');
  });

  it('never runs two saves of one record at once', async () => {
    let running = 0;
    let maxRunning = 0;
    const saver = createSaver(async () => {
      running += 1;
      maxRunning = Math.max(maxRunning, running);
      await new Promise((r) => setTimeout(r, 50));
      running -= 1;
    }, () => {}, 10);
    saver.schedule();
    await vi.advanceTimersByTimeAsync(20);
    saver.schedule();
    await vi.advanceTimersByTimeAsync(20);
    saver.schedule();
    await vi.advanceTimersByTimeAsync(500);
    expect(maxRunning).toBe(1);
  });
});

describe('toCommandError', () => {
  it('keeps the structured payload and wraps anything else', () => {
    const structured = toCommandError({ code: 'conflict', message: 'Duplicate', field: 'name' });
    expect(structured.code).toBe('conflict');
    expect(structured.field).toBe('name');
    const plain = toCommandError('boom');
    expect(plain.code).toBe('internal');
    expect(plain.message).toBe('boom');
  });
});
