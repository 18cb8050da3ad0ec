import { CPR_REMOVED, containsCprNumber, removeCprNumbers } from '../../domain/privacy/cpr';

/**
 * The last stop before a log line is written (pino's hooks.streamWrite): CPR numbers in any
 * spelling are removed from every message, field and key, whatever put them there (a driver
 * message, an error's text, a bound field). The line is parsed as the JSON pino wrote, so escapes
 * such as "\t" inside a string are read as the characters they stand for.
 */
export function scrubLogLine(line: string): string {
  if (!containsCprNumber(line) && !/\\[tnru]/.test(line)) return line;
  try {
    const parsed = JSON.parse(line) as unknown;
    return `${JSON.stringify(scrub(parsed))}\n`;
  } catch {
    return removeCprNumbers(line);
  }
}

function scrub(value: unknown): unknown {
  if (typeof value === 'string') return containsCprNumber(value) ? removeCprNumbers(value) : value;
  // A bare integer can be a CPR number (0101901234 logs as 101901234 only without its zero, which is no CPR shape).
  if (typeof value === 'number') return Number.isInteger(value) && containsCprNumber(String(value)) ? CPR_REMOVED : value;
  if (Array.isArray(value)) return value.map(scrub);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [containsCprNumber(k) ? removeCprNumbers(k) : k, scrub(v)]));
  }
  return value;
}
