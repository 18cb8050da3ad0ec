import { AppError, DbConflict, DbConstraint, DbInvalidValue, DbUnavailable } from '../errors';

/**
 * Errors from PostgreSQL (node-postgres' DatabaseError) and PGlite carry a SQLSTATE `code` and a
 * `severity`; their message, `detail`, `where`, `query` and `params` may repeat the values sent
 * (a CPR number, a name). Only the SQLSTATE is ever read here, so only a code reaches the caller
 * and the log. https://www.postgresql.org/docs/current/errcodes-appendix.html
 */
export const sqlStateOf = (err: unknown): string | null => {
  if (err === null || typeof err !== 'object') return null;
  const { code, severity } = err as { code?: unknown; severity?: unknown };
  return typeof code === 'string' && typeof severity === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : null;
};

/** The Danish, coded error for a driver error, or null when the error is none. */
export function appErrorForDriver(err: unknown): AppError | null {
  const state = sqlStateOf(err);
  if (state === null) return null;
  if (state.startsWith('22')) return new DbInvalidValue();
  // Unique and exclusion violations are a conflict with stored data (409); a foreign key to a row
  // that is gone is too; not-null and check violations are a value the caller must fix (400).
  if (state === '23505' || state === '23P01' || state === '23503') return new DbConflict();
  if (state.startsWith('23')) return new DbConstraint();
  // Connection, resources, operator intervention: the database is not there right now.
  if (/^(08|53|57)/.test(state)) return new DbUnavailable();
  return null;
}
