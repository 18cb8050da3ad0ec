import { isRealDate } from '../contract/parsers/calendar';
import { cprCentury } from '../contract/parsers/cpr';
import { cannotHoldCpr, normaliseForCpr, sourceRange } from './cpr-text';

/** One CPR number found in a text: where it is in the original text and its birth date digits. */
export interface CprMatch {
  /** Offset of its first character in the original text. */
  readonly start: number;
  /** Offset just after its last character in the original text. */
  readonly end: number;
  /** 'ddmmyy': what a masked display may keep. */
  readonly birth: string;
}

// A run of separators between digit groups: spaces, tabs, dashes, dots, slashes ("120385 – 1234", "12.03.85-1234").
const SEP = '[ \\-./]{1,12}';
/**
 * The spellings of ten CPR digits: "ddmmyyssss", "ddmmyy<sep>ssss" and "dd<sep>mm<sep>yy<sep>ssss",
 * never part of a longer run of digits. Groupings nobody writes a CPR number in (2+2+2+2+2, 4+4)
 * are not matched, which keeps phone numbers ("+45 12 34 56 78") out.
 */
const CANDIDATE = new RegExp(`(?<!\\d)(?:(\\d{6})(?:${SEP})?(\\d{4})|(\\d{2})${SEP}(\\d{2})${SEP}(\\d{2})${SEP}(\\d{4}))(?!\\d)`, 'g');

/**
 * True when ddmmyy is a real date in the century the 7th digit gives (the CPR office's table:
 * 0–3 → 1900s; 4 and 9 → 2000s if yy ≤ 36 else 1900s; 5–8 → 2000s if yy ≤ 57 else 1800s).
 * Every 7th digit names some century, so the date decides: 29 February only in leap years.
 */
export const isCprDigits = (ddmmyy: string, serial: string): boolean => {
  if (!/^\d{6}$/.test(ddmmyy) || !/^\d{4}$/.test(serial)) return false;
  const year = cprCentury(Number(ddmmyy.slice(4, 6)), Number(serial[0]));
  return isRealDate(year, Number(ddmmyy.slice(2, 4)), Number(ddmmyy.slice(0, 2)));
};

/** Every CPR number in the text, in any spelling the normaliser knows (see cpr-text.ts), in order. */
export const findCprNumbers = (text: string): CprMatch[] => {
  if (cannotHoldCpr(text)) return [];
  const m = normaliseForCpr(text);
  const found: CprMatch[] = [];
  const re = new RegExp(CANDIDATE.source, 'g');
  for (let hit = re.exec(m.text); hit; hit = re.exec(m.text)) {
    const ddmmyy = hit[1] ?? `${hit[3] ?? ''}${hit[4] ?? ''}${hit[5] ?? ''}`;
    const serial = hit[2] ?? hit[6] ?? '';
    if (isCprDigits(ddmmyy, serial)) {
      found.push({ ...sourceRange(m, hit.index, hit.index + hit[0].length), birth: ddmmyy });
    } else {
      // Not a date: a valid spelling may still start inside this candidate ("99 12 03 85 1234").
      re.lastIndex = hit.index + 1;
    }
  }
  return found;
};

/** The text with every CPR number replaced by what `replacement` returns for it. */
export const replaceCprNumbers = (text: string, replacement: (match: CprMatch) => string): string => {
  const found = findCprNumbers(text);
  if (found.length === 0) return text;
  let out = '';
  let last = 0;
  for (const f of found) {
    if (f.start < last) continue;
    out += text.slice(last, f.start) + replacement(f);
    last = f.end;
  }
  return out + text.slice(last);
};
