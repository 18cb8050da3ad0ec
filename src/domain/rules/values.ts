import type { ExtractedValue } from '../contract/extracted-contract';
import { parseFieldValue } from '../contract/parsers';
import type { IsoDate } from '../contract/branded';
import type { FieldKind } from '../contract/template-definition';

/** A value judged against its field kind: empty, unreadable (with the parser's rule code), or valid. */
export type JudgedValue =
  | { state: 'empty' }
  | { state: 'invalid'; code: string; reason: string; text: string }
  | { state: 'valid'; value: unknown; text: string };

const textOf = (value: ExtractedValue | undefined): string => value?.text?.trim() ?? '';

/**
 * Judges one extracted value. Dates use the date control's w:fullDate (isoDate) when present,
 * else the text; a signature is present when its line holds text or a picture.
 */
export const judgeValue = (kind: FieldKind, value: ExtractedValue | undefined): JudgedValue => {
  const text = textOf(value);
  if (kind === 'signature') {
    return text !== '' || value?.hasPicture === true ? { state: 'valid', value: text, text } : { state: 'empty' };
  }
  const source = kind === 'date' && value?.isoDate ? value.isoDate : text;
  if (source === '') return { state: 'empty' };
  const parsed = parseFieldValue(kind, source);
  return parsed.ok
    ? { state: 'valid', value: parsed.value, text: source }
    : { state: 'invalid', code: parsed.error.code, reason: parsed.error.message, text: source };
};

/** The date of a valid date value, else null. */
export const validDate = (judged: JudgedValue | undefined): IsoDate | null =>
  judged?.state === 'valid' && typeof judged.value === 'string' ? (judged.value as IsoDate) : null;

/** The number of a valid days value, else null. */
export const validNumber = (judged: JudgedValue | undefined): number | null =>
  judged?.state === 'valid' && typeof judged.value === 'number' ? judged.value : null;
