import { sqlStateOf } from './db/driver-errors';

/**
 * What an unexpected error may put in a log line: its class, its code and where it was thrown,
 * never its message (a driver's message repeats the values sent; any message may hold a name).
 */
export function logFieldsOf(err: unknown): { name: string; code?: string; sqlState?: string; frames?: string } {
  if (!(err instanceof Error)) return { name: typeof err };
  const code = (err as { code?: unknown }).code;
  const sqlState = sqlStateOf(err);
  // The stack without its first line (which is the message), a few frames only.
  const frames = err.stack?.split('\n').slice(1, 8).map((l) => l.trim()).join(' | ');
  return {
    name: err.name,
    ...(typeof code === 'string' ? { code } : {}),
    ...(sqlState ? { sqlState } : {}),
    ...(frames ? { frames } : {}),
  };
}
