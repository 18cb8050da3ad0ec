import { containsCprNumber } from '../../domain/privacy/cpr';

/**
 * Fields that legitimately hold a 10-digit number: a P-number (production unit) is 10 digits and
 * may look like a CPR number. Only the exact key and a bare 10-digit value are exempt.
 */
const EXEMPT_KEYS = new Set(['pNumber']);

/**
 * True when any string or number anywhere in the value (keys included) holds a CPR number in any
 * spelling the domain's finder knows (src/domain/privacy/cpr-finder.ts). Identifiers (UUIDs,
 * Teams ids) are recognised there. Only whole numbers are read: a CPR number is never a fraction,
 * and 1203851234.5 is an amount.
 */
export function valueContainsCpr(value: unknown): boolean {
  // An explicit stack, not recursion: no nesting depth lets a value through unread.
  const stack: unknown[] = [value];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') { if (containsCprNumber(v)) return true; continue; }
    if (typeof v === 'number' || typeof v === 'bigint') {
      if (Number.isInteger(Number(v)) && containsCprNumber(String(v))) return true;
      continue;
    }
    if (v === null || typeof v !== 'object' || v instanceof Date || seen.has(v)) continue;
    seen.add(v);
    if (Array.isArray(v)) { stack.push(...(v as unknown[])); continue; }
    for (const [k, child] of Object.entries(v)) {
      if (containsCprNumber(k)) return true;
      if (EXEMPT_KEYS.has(k) && typeof child === 'string' && /^\d{10}$/.test(child)) continue;
      stack.push(child);
    }
  }
  return false;
}
