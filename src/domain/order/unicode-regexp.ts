/**
 * JavaScript's \b and \w know only ASCII letters, so 'år', 'døgn' or 'måneder' would never start or
 * end a word. Patterns in the order rules are written with \b and \w for readability and compiled
 * here with Unicode-aware equivalents (letters and digits of any script).
 */
const W = String.raw`[\p{L}\p{N}_]`;
const BOUNDARY = `(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`;

export const unicodeRegExp = (source: string, flags = ''): RegExp =>
  new RegExp(source.replace(/\\b/g, BOUNDARY).replace(/\\w/g, W), `${flags}u`);
