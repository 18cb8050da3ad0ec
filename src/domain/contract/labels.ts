/**
 * Label normalisation and synonym matching (pure). Real documents write the same label in many
 * ways: "Cpr.nr.:", "CPR-nr", "cpr nr", "Tlf." — so labels are compared on their letters and
 * digits only, case-insensitively, and a label matches only on word boundaries.
 *
 * Matching works on an index of the text (its key characters and where each sits in the text),
 * built once per text and shared by every label tried on it: a label is found with indexOf on
 * the key, not with one regular expression per label (the checker tries ~100 labels per line).
 */

const KEEP = /[\p{L}\p{N}§]/u;
const DROP_ALL = /[^\p{L}\p{N}§]+/gu;

/**
 * A memo for a pure string function. The extractor asks for the same keys over and over (every
 * template label against every line, the template's section titles for every document), so a batch
 * would otherwise recompute them per file. Bounded so that it stays a few MB at worst inside a
 * worker's heap limit: strings up to 500 characters (labels and lines, not whole parts), and the memo
 * is emptied when it holds maxEntries.
 */
function memoised<T>(fn: (s: string) => T, maxEntries = 10_000, maxLength = 500): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    if (s.length > maxLength) return fn(s);
    let v = cache.get(s);
    if (v === undefined) {
      v = fn(s);
      if (cache.size >= maxEntries) cache.clear();
      cache.set(s, v);
    }
    return v;
  };
}

/** The comparison key of a label: lower case, letters, digits and § only ("Cpr.nr.:" → "cprnr"). */
export const labelKey = memoised((s: string): string => s.normalize('NFC').toLowerCase().replace(DROP_ALL, ''));

/** Text normalised for containment tests: NFC, lower case, one space for any whitespace, uniform quotes and dots. */
export const normaliseText = memoised((s: string): string =>
  s
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201b\u00b4`]/g, "'")
    .replace(/[\u2022\u2219\u22c5\u30fb]/g, '\u00b7')
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ')
    .trim()
    .toLowerCase());

/** labelKey for the bounded set of labels of template definitions (labelKey is memoised). */
export const definitionLabelKey = (label: string): string => labelKey(label);

/** True when a template label and a text name the same thing after normalisation. */
export const sameLabel = (label: string, text: string): boolean => {
  const ka = definitionLabelKey(label);
  return ka !== '' && ka === labelKey(text);
};

/** A text with its key and, for each key character, its index in the text. */
export interface IndexedText {
  /** The text (NFC); hit offsets refer to it. */
  text: string;
  key: string;
  /** Read-only: an index is memoised and shared by every caller that indexes the same text. */
  pos: readonly number[];
}

const isKeyChar = (ch: string): boolean => {
  const c = ch.charCodeAt(0);
  // Fast path for ASCII; the Unicode test for the rest (æøå, accents).
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return KEEP.test(ch);
};

export const indexText = memoised((raw: string): IndexedText => {
  const text = raw.normalize('NFC');
  let key = '';
  const pos: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let ch = text[i] as string;
    const code = ch.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) ch += text[i + 1];
    if (isKeyChar(ch)) {
      const lower = ch.toLowerCase();
      for (let k = 0; k < lower.length; k++) pos.push(i);
      key += lower;
    }
    if (ch.length === 2) i++;
  }
  return { text, key, pos };
}, 2_000);

export interface LabelHit {
  /** Index in the (NFC) text where the label starts. */
  start: number;
  /** Index after the label and its colon (where the value begins). */
  end: number;
  /** Length of the label key (longer labels win over shorter ones at the same place). */
  weight: number;
  hasColon: boolean;
}

const TRAILING = new Set([' ', '\t', '\u00a0', '.', ')', ']']);

/** Occurrences of the label's key in the text's key that start and end on word boundaries. */
function occurrences(idx: IndexedText, key: string): Array<{ start: number; endChar: number }> {
  const out: Array<{ start: number; endChar: number }> = [];
  if (key === '') return out;
  let k = idx.key.indexOf(key);
  while (k >= 0) {
    const last = k + key.length - 1;
    const startPos = idx.pos[k] as number;
    const endPos = idx.pos[last] as number;
    const before = k === 0 || (idx.pos[k - 1] as number) < startPos - 1;
    const after = last === idx.key.length - 1 || (idx.pos[last + 1] as number) > endPos + 1;
    if (before && after) out.push({ start: startPos, endChar: endPos + 1 });
    k = idx.key.indexOf(key, k + 1);
  }
  return out;
}

/**
 * Every place where the label occurs at a word start in the text, followed by a colon (or by the
 * end of the text). A hit without a colon is only reported at the end of the text (or, with
 * bareAtStart, when it opens the text), so that prose that happens to contain a label word is not
 * mistaken for a label.
 */
export const findLabelHits = (text: string | IndexedText, label: string, bareAtStart = false): LabelHit[] => {
  const key = definitionLabelKey(label);
  const idx = typeof text === 'string' ? indexText(text) : text;
  if (key === '' || !idx.key.includes(key)) return [];
  const hits: LabelHit[] = [];
  const s = idx.text;
  for (const o of occurrences(idx, key)) {
    let end = o.endChar;
    while (end < s.length && TRAILING.has(s[end] as string)) end++;
    const hasColon = s[end] === ':';
    if (hasColon) end++;
    // "CPR-NR. 120385-1234", "Handlekommune Næstved": a label without a colon that opens the text.
    const opensText = bareAtStart && idx.pos.length > 0 && o.start === idx.pos[0];
    if (hasColon || opensText || s.slice(end).trim() === '') hits.push({ start: o.start, end, weight: key.length, hasColon });
  }
  return hits;
};

/** True when the text starts with the label (after leading punctuation or spaces) on a word boundary. */
export const startsWithLabel = (text: string | IndexedText, label: string): boolean => {
  const key = definitionLabelKey(label);
  const idx = typeof text === 'string' ? indexText(text) : text;
  if (key === '' || !idx.key.startsWith(key)) return false;
  const last = key.length - 1;
  return last === idx.key.length - 1 || (idx.pos[last + 1] as number) > (idx.pos[last] as number) + 1;
};

/** True when the text ends with the label (before trailing punctuation or spaces) on a word boundary. */
export const endsWithLabel = (text: string | IndexedText, label: string): boolean => {
  const key = definitionLabelKey(label);
  const idx = typeof text === 'string' ? indexText(text) : text;
  if (key === '' || !idx.key.endsWith(key)) return false;
  const k = idx.key.length - key.length;
  return k === 0 || (idx.pos[k - 1] as number) < (idx.pos[k] as number) - 1;
};
