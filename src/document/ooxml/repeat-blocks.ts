/**
 * Repeat blocks in the main part's XML ("Indsats 1", "Indsats 2", … ; the order's "Mål 1", …): adding
 * instances (clones of the last one with a renumbered heading and fresh w:id values) and removing
 * them (the instance's paragraphs go; the ones after it move up, renumbered and retagged). An
 * instance is its heading paragraph and the following sibling paragraphs up to the next heading.
 */
import { survivingInstances } from '../../domain/contract/repeat-removal';
import type { RepeatBlockDefinition, TemplateDefinition } from '../../domain/contract/template-definition';
import { FillError } from './errors';
import type { Extraction, Located } from './extract/shared';
import type { XmlElement } from './xml';

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface InstanceXml { start: number; end: number; headingEnd: number }

/** Where an instance with a heading stands in the XML: from its heading to its last sibling paragraph. */
function instanceXml(extraction: Extraction, inst: Located): InstanceXml | null {
  const paras = extraction.index.model.paragraphs;
  const heading = inst.heading >= 0 ? paras[inst.heading] : undefined;
  if (!heading) return null;
  const parent = heading.el.parent;
  let endEl: XmlElement = heading.el;
  for (let i = inst.scope.from; i < inst.scope.to; i++) {
    const p = paras[i];
    if (p && p.el.parent === parent) endEl = p.el;
  }
  return { start: heading.el.start, end: endEl.end, headingEnd: heading.el.end };
}

/** The instance's XML as instance number `to` (0-based): heading number and indexed tags changed. */
function renumbered(source: string, headingLen: number, rb: RepeatBlockDefinition, to: number): string {
  const headingWords = [rb.heading, ...rb.headingSynonyms].map(escapeRe).join('|');
  const heading = source.slice(0, headingLen).replace(new RegExp(`(>\\s*(?:${headingWords})\\s*)\\d+`, 'i'), `$1${to + 1}`);
  return (heading + source.slice(headingLen))
    .replace(new RegExp(`(<(?:[\\w.-]+:)?tag\\s+(?:[\\w.-]+:)?val\\s*=\\s*"${escapeRe(rb.id)})\\[\\d+\\]`, 'g'), `$1[${to}]`);
}

/** Clones the last repeat-block instance until there are `needed` instances. */
export function cloneBlocks(xml: string, extraction: Extraction, def: TemplateDefinition, blockId: string, needed: number): string {
  const instances = extraction.index.blocks.get(blockId) ?? [];
  if (instances.length >= needed) return xml;
  const rb = def.repeatBlocks.find((b) => b.id === blockId);
  const last = instances[instances.length - 1];
  const at = last && instanceXml(extraction, last);
  if (!rb || !at) {
    throw new FillError(`Skabelonen har ingen overskrift som "${rb?.heading ?? blockId} 1", så der kan ikke tilføjes flere blokke.`);
  }
  const source = xml.slice(at.start, at.end);
  let maxId = 0;
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?id\s+(?:[\w.-]+:)?val\s*=\s*"(-?\d+)"/g)) maxId = Math.max(maxId, Math.abs(Number(m[1])));
  let clones = '';
  for (let n = instances.length; n < needed; n++) {
    let c = renumbered(source, at.headingEnd - at.start, rb, n);
    c = c.replace(/(<(?:[\w.-]+:)?id\s+(?:[\w.-]+:)?val\s*=\s*")-?\d+"/g, (_m, pre: string) => `${pre}${++maxId}"`);
    c = c.replace(/\s(?:w14:paraId|w14:textId|w:rsid\w*)="[^"]*"/g, '');
    c = c.replace(/<(?:[\w.-]+:)?bookmark(?:Start|End)\b[^>]*\/>/g, '');
    clones += c;
  }
  return xml.slice(0, at.end) + clones + xml.slice(at.end);
}

/**
 * Takes the named instances out (see ContractFillInput.removeInstances); every later instance is
 * rewritten with its new number, so "Indsats 3" becomes "Indsats 2" with its own values. Returns
 * the XML unchanged when nothing the document has is named.
 */
export function removeBlocks(xml: string, extraction: Extraction, def: TemplateDefinition, blockId: string, remove: readonly number[]): string {
  const instances = extraction.index.blocks.get(blockId) ?? [];
  const keep = survivingInstances(instances.length, remove);
  if (keep.length === instances.length) return xml;
  const rb = def.repeatBlocks.find((b) => b.id === blockId);
  const at = instances.map((inst) => instanceXml(extraction, inst));
  if (!rb || at.some((a) => !a)) {
    throw new FillError(`Blokkene "${rb?.heading ?? blockId}" har ikke alle en overskrift med nummer, så der kan ikke fjernes en af dem.`);
  }
  // An instance owns what stands between its end and the next heading (a table after its last
  // paragraph, say); the last one ends with its last paragraph. The span from the first removed
  // instance to the last one is rewritten with the kept instances in order.
  const spans = (at as InstanceXml[]).map((a, i) => {
    const next = at[i + 1];
    return { ...a, end: next && next.start >= a.end ? next.start : a.end };
  });
  const first = instances.findIndex((_, i) => !keep.includes(i));
  const rewritten = keep.filter((i) => i >= first).map((i, k) => {
    const a = spans[i]!;
    return renumbered(xml.slice(a.start, a.end), a.headingEnd - a.start, rb, first + k);
  }).join('');
  return xml.slice(0, spans[first]!.start) + rewritten + xml.slice(spans[spans.length - 1]!.end);
}
