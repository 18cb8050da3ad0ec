/**
 * Label normalisation and synonym matching (pure). Real documents write the same label in many
 * ways: "Cpr.nr.:", "CPR-nr", "cpr nr", "Tlf." — so labels are compared on their letters and
 * digits only, case-insensitively, and a label matches only on word boundaries.
 */

const KEEP = /[\p{L}\p{N}§]/u;
const DROP_ALL = /[^\p{L}\p{N}§]+/gu;

/** The comparison key of a label: lower case, letters, digits and § only ("Cpr.nr.:" → "cprnr"). */
export const labelKey = (s: string): string => s.normalize('NFC').toLowerCase().replace(DROP_ALL, '');

/** Text normalised for containment tests: NFC, lower case, one space for any whitespace, uniform quotes and dots. */
export const normaliseText = (s: string): string =>
  s
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201b\u00b4`]/g, "'")
    .replace(/[\u2022\u2219\u22c5\u30fb]/g, '\u00b7')
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ')
    .trim()
    .toLowerCase();

/** True when two labels name the same thing after normalisation. */
export const sameLabel = (a: string, b: string): boolean => {
  const ka = labelKey(a);
  return ka !== '' && ka === labelKey(b);
};

const patternCache = new Map<string, string>();

/** The label's key characters joined by "anything that is not a letter or digit". */
const labelPattern = (label: string): string => {
  let p = patternCache.get(label);
  if (p === undefined) {
    const chars = [...labelKey(label)].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    p = chars.join('[^\\p{L}\\p{N}§]*');
    patternCache.set(label, p);
  }
  return p;
};

const regexCache = new Map<string, RegExp>();
const cached = (key: string, make: () => RegExp): RegExp => {
  let r = regexCache.get(key);
  if (!r) {
    r = make();
    regexCache.set(key, r);
  }
  return r;
};

/** True when the text ends with the label (on a word boundary), ignoring trailing punctuation and spaces. */
export const endsWithLabel = (text: string, label: string): boolean => {
  if (labelKey(label) === '') return false;
  const re = cached(`end:${label}`, () => new RegExp(`(?:^|[^\\p{L}\\p{N}§])${labelPattern(label)}[^\\p{L}\\p{N}§]*$`, 'iu'));
  return re.test(text.normalize('NFC'));
};

export interface LabelHit {
  /** Index in the text where the label starts. */
  start: number;
  /** Index after the label and its colon (where the value begins). */
  end: number;
  /** Length of the label key (longer labels win over shorter ones at the same place). */
  weight: number;
  hasColon: boolean;
}

/**
 * Every place where the label occurs at a word start in the text, followed by a colon (or by the
 * end of the text). A hit without a colon is only reported at the end of the text, so that prose
 * that happens to contain a label word is not mistaken for a label.
 */
export const findLabelHits = (text: string, label: string): LabelHit[] => {
  const key = labelKey(label);
  if (key === '') return [];
  const re = cached(`hit:${label}`, () => new RegExp(`(?<![\\p{L}\\p{N}§])${labelPattern(label)}(?![\\p{L}\\p{N}§])([ \\t\\u00a0.)\\]]*)(:?)`, 'giu'));
  const s = text.normalize('NFC');
  const hits: LabelHit[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    const end = m.index + m[0].length;
    const hasColon = m[2] === ':';
    if (hasColon || s.slice(end).trim() === '') hits.push({ start: m.index, end, weight: key.length, hasColon });
    if (m[0].length === 0) re.lastIndex++;
  }
  return hits;
};

/** True when the text starts with the label (after leading punctuation, numbering aside). */
export const startsWithLabel = (text: string, label: string): boolean => {
  if (labelKey(label) === '') return false;
  const re = cached(`start:${label}`, () => new RegExp(`^[^\\p{L}\\p{N}§]*${labelPattern(label)}(?![\\p{L}\\p{N}§])`, 'iu'));
  return re.test(text.normalize('NFC'));
};

/** True when the character is part of a label key (letter, digit or §). */
export const isLabelChar = (ch: string): boolean => KEEP.test(ch);
