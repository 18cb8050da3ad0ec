/**
 * The server's field errors laid onto a form: one message per field (the first, the server lists them
 * in schema order), a list item's error on its list ('sections.1' → sections), and whatever names no
 * field of this form kept apart so it is still said.
 */
import type { FieldError } from '../api/error-body';

export interface FormMessages<K extends string> {
  byField: Partial<Record<K, string>>;
  /** In the form's field order, for the error summary. */
  ordered: { key: K; message: string }[];
  other: string[];
}

export function formMessages<K extends string>(fields: readonly FieldError[], keys: readonly K[], prefix = ''): FormMessages<K> {
  const byField: Partial<Record<K, string>> = {};
  const other: string[] = [];
  for (const f of fields) {
    const path = prefix && f.path.startsWith(`${prefix}.`) ? f.path.slice(prefix.length + 1) : f.path;
    const key = path.split('.')[0] as K;
    if (keys.includes(key)) byField[key] ??= f.message;
    else other.push(f.message);
  }
  const ordered = keys.filter((k) => byField[k] !== undefined).map((k) => ({ key: k, message: byField[k]! }));
  return { byField, ordered, other };
}

export const EMPTY_MESSAGES: FormMessages<never> = { byField: {}, ordered: [], other: [] };
