import { containsCprNumber } from '../../domain/privacy/cpr';

/**
 * Fields that legitimately hold a 10-digit number: a P-number (production unit) is 10 digits and
 * may look like a CPR number. Only the exact key and a bare 10-digit value are exempt.
 */
const EXEMPT_KEYS = new Set(['pNumber']);

/** Identifiers this server issues; a random UUID can hold ten digits in a row and is never a CPR number. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when any string or number anywhere in the value is shaped like a CPR number. */
export function valueContainsCpr(value: unknown, depth = 0): boolean {
  if (depth > 32) return false;
  if (typeof value === 'string') return !UUID.test(value) && containsCprNumber(value);
  if (typeof value === 'number') return containsCprNumber(String(value));
  if (Array.isArray(value)) return value.some((v) => valueContainsCpr(v, depth + 1));
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (containsCprNumber(k)) return true;
      if (EXEMPT_KEYS.has(k) && (typeof v === 'string' && /^\d{10}$/.test(v))) continue;
      if (valueContainsCpr(v, depth + 1)) return true;
    }
  }
  return false;
}
