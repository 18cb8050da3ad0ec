/**
 * Word-level diff of a clause against its standard text, whitespace-insensitive. Hand-written because
 * src/domain may import no packages (the `diff` package is for the edges); a longest common
 * subsequence over words is small, exact and deterministic.
 */
export type DiffOp = { op: 'equal' | 'added' | 'removed'; words: string[] };

/**
 * Word processors vary these without anyone changing a word: soft hyphens and zero-width characters
 * vanish, typographic quotes and dashes count as their plain forms.
 */
const normaliseTypography = (text: string): string =>
  text
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-');

/**
 * Punctuation that leans on the word before or after it; a token of only these is punctuation.
 * Guillemets stay on their word: Danish writes »citat«, French «citation», so their side is not fixed.
 */
const TRAILING = ',.;:!?)]…';
const LEADING = '([';
const isTrailing = (token: string): boolean => [...token].every((ch) => TRAILING.includes(ch));
const isLeading = (token: string): boolean => [...token].every((ch) => LEADING.includes(ch));

/**
 * Splits leading and trailing punctuation off a word ('lønfremskrivning,' → 'lønfremskrivning', ','),
 * so that adding words before a comma reads as an addition, not as a replaced word. Punctuation
 * inside a word ('2.450,00', 'pris-') stays.
 */
const tokenise = (chunk: string): string[] => {
  let start = 0;
  let end = chunk.length;
  while (start < end && LEADING.includes(chunk.charAt(start))) start++;
  while (end > start && TRAILING.includes(chunk.charAt(end - 1))) end--;
  if (start === end) return [chunk];
  return [...chunk.slice(0, start), chunk.slice(start, end), ...(end < chunk.length ? [chunk.slice(end)] : [])];
};

/**
 * The words of a text: split on any whitespace (incl. no-break spaces), punctuation at the edges of a
 * word as tokens of their own, empties dropped.
 */
const WHITESPACE = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/u;

export const words = (text: string): string[] =>
  normaliseTypography(text)
    .split(WHITESPACE)
    .filter((w) => w !== '')
    .flatMap(tokenise);

/**
 * The text with typography normalised and each whitespace run as one space, trimmed. Two texts with
 * the same spaced form split into the same words (words() splits on exactly these runs), so most
 * unchanged clauses are recognised without tokenising them.
 */
const WHITESPACE_RUNS = new RegExp(WHITESPACE.source, 'gu');
const spaced = (text: string): string => normaliseTypography(text).replace(WHITESPACE_RUNS, ' ').trim();

/**
 * The words of a standard text, split once: a template has a handful of standard texts and every
 * checked document is compared with the same ones, so a batch must not re-split them per document.
 * Bounded, so that callers passing arbitrary texts as the standard cannot grow it without limit.
 */
const standardWordsCache = new Map<string, readonly string[]>();
const standardWords = (standard: string): readonly string[] => {
  let w = standardWordsCache.get(standard);
  if (!w) {
    if (standardWordsCache.size >= 64) standardWordsCache.clear();
    w = words(standard);
    standardWordsCache.set(standard, w);
  }
  return w;
};

/** The spaced form of a standard text, once per text (bounded like standardWords). */
const standardSpacedCache = new Map<string, string>();
const standardSpaced = (standard: string): string => {
  let v = standardSpacedCache.get(standard);
  if (v === undefined) {
    if (standardSpacedCache.size >= 64) standardSpacedCache.clear();
    v = spaced(standard);
    standardSpacedCache.set(standard, v);
  }
  return v;
};

/** Joins words back into readable text: no space before trailing punctuation or after an opening bracket. */
export const joinWords = (tokens: readonly string[]): string => {
  let out = '';
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    const glue = i === 0 || isTrailing(token) || (previous !== undefined && isLeading(previous)) ? '' : ' ';
    out += glue + token;
  });
  return out;
};

/** Above this many cells the middle part is reported as replaced wholesale instead of aligned word by word. */
const MAX_TABLE_CELLS = 4_000_000;

const push = (ops: DiffOp[], op: DiffOp['op'], w: readonly string[]): void => {
  if (w.length === 0) return;
  const last = ops[ops.length - 1];
  if (last && last.op === op) last.words.push(...w);
  else ops.push({ op, words: [...w] });
};

/** Diff of the words in `standard` and `actual`: equal runs, and what `actual` removed from or added to the standard. */
export const diffWords = (standard: string, actual: string): DiffOp[] => {
  const a = standardWords(standard);
  const b = words(actual);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const midA = a.slice(prefix, a.length - suffix);
  const midB = b.slice(prefix, b.length - suffix);

  const ops: DiffOp[] = [];
  push(ops, 'equal', a.slice(0, prefix));
  for (const op of diffMiddle(midA, midB)) push(ops, op.op, op.words);
  push(ops, 'equal', a.slice(a.length - suffix));
  return ops;
};

const diffMiddle = (a: string[], b: string[]): DiffOp[] => {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > MAX_TABLE_CELLS) {
    return [{ op: 'removed', words: a }, { op: 'added', words: b }].filter((o) => o.words.length > 0) as DiffOp[];
  }
  // lcs[i][j] = length of the LCS of a[i..] and b[j..], in one flat table.
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j]
        ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1
        : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
    }
  }
  const ops: DiffOp[] = [];
  let i = 0;
  let j = 0;
  // Within a changed stretch, removals are emitted before additions, so a replacement reads "removed, added".
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    push(ops, 'removed', removed);
    push(ops, 'added', added);
    removed = [];
    added = [];
  };
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      flush();
      push(ops, 'equal', [a[i] as string]);
      i++;
      j++;
    } else if ((lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0)) {
      removed.push(a[i++] as string);
    } else {
      added.push(b[j++] as string);
    }
  }
  removed.push(...a.slice(i));
  added.push(...b.slice(j));
  flush();
  return ops;
};

/** True when the texts have the same words (whitespace and typographic variants ignored). */
export const sameWords = (standard: string, actual: string): boolean => {
  if (actual === standard || spaced(actual) === standardSpaced(standard)) return true;
  const a = standardWords(standard);
  const b = words(actual);
  return a.length === b.length && a.every((w, i) => w === b[i]);
};
