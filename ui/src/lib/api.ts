// The Rust commands, typed: their wrappers (commands.ts) and types
// (bindings.ts) are generated from the Rust source, so nothing here is
// written twice. This file adds how they are sent: errors as CommandError,
// and the record the end-to-end tests read.
import { invoke } from '@tauri-apps/api/core';
import type { ErrorCode, ErrorPayload } from './bindings';
import { commandsOver } from './commands';

/** An error from a command, with the field it belongs next to. */
export class CommandError extends Error {
  readonly code: ErrorCode;
  readonly field: string | null;

  constructor(payload: ErrorPayload) {
    super(payload.message);
    this.code = payload.code;
    this.field = payload.field;
  }
}

function isPayload(value: unknown): value is ErrorPayload {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ErrorPayload).message === 'string' &&
    typeof (value as ErrorPayload).code === 'string'
  );
}

/** Turns whatever a failed invoke threw into a CommandError. */
export function toCommandError(error: unknown): CommandError {
  if (error instanceof CommandError) return error;
  if (isPayload(error)) return new CommandError(error);
  const message = error instanceof Error ? error.message : String(error);
  return new CommandError({ code: 'internal', message, field: null });
}

/** With `window.__salesdeskSent` set to an array (the end-to-end tests do),
 *  every command sent from here is added to it: tests check that a screen
 *  asks only for what it shows. (index.html's head script sends the first
 *  screen's three before this code loads.) Tauri's own invoke cannot be
 *  wrapped (it is frozen). */
type Recorder = { __salesdeskSent?: { cmd: string; args: Record<string, unknown> }[] };

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  (window as Recorder).__salesdeskSent?.push({ cmd: command, args: args ?? {} });
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw toCommandError(error);
  }
}

/** Every command; a renamed command or argument fails the type check. */
export const api = commandsOver(call);
