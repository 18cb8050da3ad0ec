/**
 * Text as the CPR finder sees it: every spelling people, Word's autocorrect and URLs give a CPR
 * number reduced to ASCII digits and four separator characters (' ', '-', '.', '/'), with a map
 * from each character back to the original text so that a match can be masked where it was found.
 *
 * Pure: no I/O, no clock. Steps, in order:
 *  1. percent-decoding (up to three rounds, for URLs and double-encoded values);
 *  2. per code point: format characters (Unicode Cf: zero-width space/joiner, soft hyphen, BOM,
 *     bidi marks) and combining marks are dropped; NFKC (full-width, circled, superscript digits);
 *     any Unicode decimal digit (\p{Nd}) becomes its ASCII digit; whitespace, dashes, dots and
 *     slashes become one canonical separator each;
 *  3. identifiers that legitimately hold long digit runs (UUIDs, Teams/Bot Framework ids, long hex
 *     strings) are blanked, so they can never look like a CPR number.
 */

export interface MappedText {
  /** The normalised text. */
  readonly text: string;
  /** For each UTF-16 unit of `text`, the original offset it came from (inclusive)… */
  readonly from: readonly number[];
  /** …and the original offset where that source ends (exclusive). */
  readonly to: readonly number[];
}

const PERCENT_RUN = /(?:%[0-9A-Fa-f]{2})+/g;

/** The original range that output units [start, end) came from. */
export const sourceRange = (m: MappedText, start: number, end: number): { start: number; end: number } => ({
  start: m.from[start] ?? 0,
  end: m.to[end - 1] ?? m.from[start] ?? 0,
});

class Builder {
  private text = '';
  private readonly from: number[] = [];
  private readonly to: number[] = [];
  push(chars: string, start: number, end: number): void {
    this.text += chars;
    for (let i = 0; i < chars.length; i++) { this.from.push(start); this.to.push(end); }
  }
  build(): MappedText { return { text: this.text, from: this.from, to: this.to }; }
}

const identity = (text: string): MappedText => {
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < text.length; i++) { from.push(i); to.push(i + 1); }
  return { text, from, to };
};

/** Decodes %XX runs as UTF-8; a run that is not valid UTF-8 has only its ASCII bytes decoded. */
const decodeRun = (run: string): string => {
  try {
    return decodeURIComponent(run);
  } catch {
    return run.replace(/%([0-9A-Fa-f]{2})/g, (all, hex: string) => {
      const byte = parseInt(hex, 16);
      return byte < 0x80 ? String.fromCharCode(byte) : all;
    });
  }
};

const percentDecode = (m: MappedText, plusIsSpace: boolean): MappedText => {
  const b = new Builder();
  let last = 0;
  const re = plusIsSpace ? /(?:%[0-9A-Fa-f]{2})+|\+/g : PERCENT_RUN;
  for (const hit of m.text.matchAll(re)) {
    const at = hit.index;
    for (let i = last; i < at; i++) b.push(m.text[i] ?? '', m.from[i] ?? 0, m.to[i] ?? 0);
    const src = sourceRange(m, at, at + hit[0].length);
    b.push(hit[0] === '+' ? ' ' : decodeRun(hit[0]), src.start, src.end);
    last = at + hit[0].length;
  }
  for (let i = last; i < m.text.length; i++) b.push(m.text[i] ?? '', m.from[i] ?? 0, m.to[i] ?? 0);
  return b.build();
};

const ND = /^\p{Nd}$/u;
const digitCache = new Map<string, string>();

/**
 * The ASCII digit of any Unicode decimal digit. Unicode encodes every \p{Nd} digit in contiguous,
 * ascending runs of ten starting at zero, so the value is the count of decimal digits before it
 * in its run, modulo ten.
 */
export const asciiDigit = (ch: string): string | null => {
  if (ch >= '0' && ch <= '9') return ch;
  if (!ND.test(ch)) return null;
  const cached = digitCache.get(ch);
  if (cached) return cached;
  let cp = ch.codePointAt(0) ?? 0;
  let count = 0;
  while (ND.test(String.fromCodePoint(cp - 1))) { cp--; count++; }
  const value = String(count % 10);
  digitCache.set(ch, value);
  return value;
};

const DROPPED = /^[\p{Cf}\p{M}]$/u;
const SPACE = /^[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]$/;
// Hyphen-minus and every Unicode dash (hyphen, non-breaking hyphen, figure/en/em dash, …), the minus sign and look-alikes.
const DASH = /^[\p{Pd}\u2212\u2043\u02d7\u2796\ufe63\uff0d]$/u;
const DOT = /^[.\u00b7\u2024\u2027\u2219\u22c5\u30fb\uff0e]$/;
const SLASH = /^[/\u2044\u2215\u29f8\uff0f]$/;

/** One source character's contribution: '' (dropped), an ASCII digit, a canonical separator, or the character itself. */
const canonical = (ch: string): string => {
  const digit = asciiDigit(ch);
  if (digit) return digit;
  if (SPACE.test(ch)) return ' ';
  if (DASH.test(ch)) return '-';
  if (DOT.test(ch)) return '.';
  if (SLASH.test(ch)) return '/';
  return ch;
};

const foldCharacters = (m: MappedText): MappedText => {
  const b = new Builder();
  for (let i = 0; i < m.text.length;) {
    const cp = m.text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const ch = m.text.slice(i, i + width);
    const src = sourceRange(m, i, i + width);
    i += width;
    if (cp < 0x80) { b.push(canonical(ch), src.start, src.end); continue; }
    if (DROPPED.test(ch)) continue;
    let out = '';
    for (const c of ch.normalize('NFKC')) if (!DROPPED.test(c)) out += canonical(c);
    b.push(out, src.start, src.end);
  }
  return b.build();
};

// Identifiers: replaced by 'x' of equal length (the map stays aligned), so their digits are never read.
const UUID = /(?<![0-9a-f])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-f])/gi;
// Teams and Bot Framework ids: 19:…@thread.v2 (chats, channels, meetings), 29:… (users), 28:… (bots), a:… and 8:orgid:….
const TEAMS_ID = /(?<![\w:])(?:19|28|29|8|a|f):([\w\-.=:]+)(?:@[\w.]+)?/g;
const LONG_HEX = /(?<![0-9a-z])[0-9a-f]{16,}(?![0-9a-z])/gi;

const blank = (text: string, re: RegExp, keep: (hit: RegExpMatchArray) => boolean = () => true): string =>
  text.replace(re, (...args: unknown[]) => {
    const hit = args as unknown as RegExpMatchArray;
    const whole = String(args[0]);
    return keep(hit) ? 'x'.repeat(whole.length) : whole;
  });

const hasLetterAndDigit = (s: string): boolean => /[a-z]/i.test(s) && /\d/.test(s);

const blankIdentifiers = (m: MappedText): MappedText => {
  let text = blank(m.text, UUID);
  // A real id's body is long and mixes letters and digits; "29:1203851234" is not let through as one.
  text = blank(text, TEAMS_ID, (hit) => { const body = hit[1] ?? ''; return body.length >= 16 && /[a-z]/i.test(body); });
  text = blank(text, LONG_HEX, (hit) => hasLetterAndDigit(hit[0] ?? ''));
  return { ...m, text };
};

/** A URL (or a path or query string) may spell a space as '+'. */
const looksLikeUrl = (text: string): boolean => /^\s*(?:[a-z][a-z0-9+.-]*:\/\/|\/|\?)/i.test(text) || /\?[^\s]*=/.test(text);

/** Fewer than ten characters that can become a digit: no CPR number can be in the text. */
export const cannotHoldCpr = (text: string): boolean => {
  let n = 0;
  for (const _ of text.matchAll(/[\p{Nd}\p{No}%]/gu)) if (++n >= 10) return false;
  return true;
};

/** The text with every CPR spelling reduced to ASCII digits and canonical separators (see the file comment). */
export const normaliseForCpr = (text: string): MappedText => {
  let m = identity(text);
  const url = looksLikeUrl(text);
  for (let round = 0; round < 3 && /%[0-9A-Fa-f]{2}|\+/.test(m.text); round++) {
    const next = percentDecode(m, url);
    if (next.text === m.text) break;
    m = next;
  }
  return blankIdentifiers(foldCharacters(m));
};
