import { PreconditionRequired, StaleVersion } from '../errors';

/**
 * Optimistic concurrency for every editable resource (offers, flags): the ETag names the row and
 * its version, and an edit must send back exactly the current one.
 */
export const etagOf = (id: string, version: number): string => `"${id}.${version}"`;

/** Accepts exactly the ETag of the current version; anything else is stale. */
export function versionFromIfMatch(ifMatch: string, id: string): number | null {
  const m = /^(?:W\/)?"([^"]+)\.(\d+)"$/.exec(ifMatch.trim());
  if (!m || m[1] !== id) return null;
  return Number(m[2]);
}

/** If-Match is required on every edit: no ETag, no write (428); a stale one is refused (412). */
export function requireVersion(ifMatch: string | undefined, id: string, what: string): number {
  if (!ifMatch) throw new PreconditionRequired();
  const v = versionFromIfMatch(ifMatch, id);
  if (v === null) throw new StaleVersion(what);
  return v;
}
