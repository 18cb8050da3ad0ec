import { containsCprNumber } from '../../domain/privacy/cpr';
import { InvalidCursor } from '../errors';
import { hasForbiddenCharacters } from '../http/input-integrity';

/**
 * Pagination cursors: opaque to clients, but anyone can forge one. Each is decoded to exactly the
 * types its query binds (a forged value never reaches the driver, whose error message would repeat
 * it) and anything else is the coded 400 `request.invalid-cursor`.
 */
export type CursorValueKind = 'text' | 'integer' | 'timestamp';

const MAX_ID = 100;
const MAX_TEXT = 400;

const validId = (id: unknown): id is string => typeof id === 'string' && id.length > 0 && id.length <= MAX_ID && !hasForbiddenCharacters(id);

const validValue = (kind: CursorValueKind, v: unknown): boolean => {
  if (kind === 'integer') return typeof v === 'number' && Number.isSafeInteger(v);
  if (typeof v !== 'string' || v.length > MAX_TEXT || hasForbiddenCharacters(v)) return false;
  if (kind === 'timestamp') return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?Z$/.test(v) && !Number.isNaN(Date.parse(v));
  return true;
};

/** A keyset cursor: the last row's sort value and id, as base64url JSON. */
export const encodeKeysetCursor = (sortValue: unknown, id: string): string => Buffer.from(JSON.stringify([sortValue, id])).toString('base64url');

export function decodeKeysetCursor(cursor: string, kind: CursorValueKind): [string | number, string] {
  let v: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new InvalidCursor();
    v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
  } catch {
    throw new InvalidCursor();
  }
  // Our cursors hold values already stored, which never hold a CPR number: one that does is forged.
  if (!Array.isArray(v) || v.length !== 2 || !validValue(kind, v[0]) || !validId(v[1]) || containsCprNumber(JSON.stringify(v))) throw new InvalidCursor();
  return [v[0] as string | number, v[1]];
}

// Milliseconds Date can represent (±8.64e15); the flag list's cursor is "<created ms>.<id>".
const MAX_MS = 8.64e15;

export const encodeTimeCursor = (at: Date, id: string): string => `${at.getTime()}.${id}`;

export function decodeTimeCursor(cursor: string): [Date, string] {
  const m = /^(\d{1,16})\.(.+)$/.exec(cursor);
  const ms = m ? Number(m[1]) : NaN;
  const id = m?.[2];
  if (!m || !Number.isSafeInteger(ms) || ms > MAX_MS || !validId(id)) throw new InvalidCursor();
  return [new Date(ms), id];
}
