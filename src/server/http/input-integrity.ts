import { InvalidCharacters } from '../errors';

// NUL, or a UTF-16 surrogate without its partner: neither is text, and PostgreSQL refuses NUL.
// eslint-disable-next-line no-control-regex -- matching NUL is the point
const FORBIDDEN = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const hasForbiddenCharacters = (text: string): boolean => FORBIDDEN.test(text);

/** True when any string (or key) anywhere in the value holds NUL or a lone surrogate. */
export function valueHasForbiddenCharacters(value: unknown): boolean {
  const stack: unknown[] = [value];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') { if (FORBIDDEN.test(v)) return true; continue; }
    if (v === null || typeof v !== 'object' || Buffer.isBuffer(v) || seen.has(v)) continue;
    seen.add(v);
    if (Array.isArray(v)) { stack.push(...(v as unknown[])); continue; }
    for (const [k, child] of Object.entries(v)) {
      if (FORBIDDEN.test(k)) return true;
      stack.push(child);
    }
  }
  return false;
}

/** Throws the coded 400 when the request's query, path parameters or body hold such characters. */
export function refuseForbiddenCharacters(req: { query: unknown; params: unknown; body: unknown }): void {
  if (valueHasForbiddenCharacters(req.query) || valueHasForbiddenCharacters(req.params) || valueHasForbiddenCharacters(req.body)) throw new InvalidCharacters();
}
