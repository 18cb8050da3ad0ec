/**
 * Maps the engine's paragraph indexes (every w:p of the body's OOXML in document order) to Word's
 * body.paragraphs. They agree in the normal case, and then the mapping is the identity. Hosts can
 * list paragraphs the OOXML does not have or the other way round (text boxes, a final paragraph
 * mark), so when the counts differ paragraphs are aligned by their text instead (longest common
 * subsequence), comparing text without checkbox glyphs and placeholder text, which Word's
 * Paragraph.text includes and the engine leaves out. A paragraph that cannot be aligned is not mapped.
 */
import { PLACEHOLDER_TEXTS, type Paragraph } from '../ooxml/word-model';
import type { WordParagraph } from './word-api';

const GLYPHS = /[☐☒☑□✓✔✗✘⊠]/g;
const PLACEHOLDERS = new RegExp([...PLACEHOLDER_TEXTS].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');

export const paragraphKey = (text: string): string =>
  text.replace(GLYPHS, '').replace(PLACEHOLDERS, '').replace(/[\s\u00a0]+/g, ' ').trim().toLowerCase();

export function mapParagraphs(model: Paragraph[], live: WordParagraph[]): (index: number) => WordParagraph | undefined {
  if (model.length === live.length) return (i) => live[i];
  const a = model.map((p) => paragraphKey(p.text));
  const b = live.map((p) => paragraphKey(p.text));
  const n = a.length, m = b.length;
  const dp: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) {
    dp[i]![j] = a[i] === b[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  }
  const map = new Map<number, WordParagraph>();
  let i = 0, j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) { map.set(i, live[j]!); i++; j++; }
    else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) i++;
    else j++;
  }
  return (index) => map.get(index);
}
