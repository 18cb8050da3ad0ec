/**
 * Fills a template document from a ContractFillInput by splicing the main part's XML text: each
 * field's content control gets the value (placeholder and w:showingPlcHdr removed), dates become
 * w:fullDate plus dd-mm-yyyy, checkboxes get w14:checked and their glyph, and repeat blocks are
 * removed or cloned as the input asks (./repeat-blocks). Nothing else in
 * the part changes, and every other part of the package keeps its bytes.
 */
import type { ContractFillInput } from '../../domain/contract/fill-input';
import { formatDate, parseDate } from '../../domain/contract/parsers';
import type { FieldDefinition, TemplateDefinition } from '../../domain/contract/template-definition';
import { FillError } from './errors';
import { extractContract } from './extract';
import type { LoadedDocument } from './load';
import { cloneBlocks, removeBlocks } from './repeat-blocks';
import { buildWordModel, type ContentControl } from './word-model';
import { child, escapeText, findAll, isElement, parseXml, textContent, type XmlElement } from './xml';

interface Edit { start: number; end: number; text: string }

const rawPrefix = (xml: string, el: XmlElement): string => {
  const m = /^<([\w.-]+:)?/.exec(xml.slice(el.start, el.start + 64));
  return m?.[1] ?? '';
};

/** The definition of a concrete field id ('services[1].unitPrice' → 'services[].unitPrice'). */
export function fieldDefinitionOf(def: TemplateDefinition, fieldId: string): FieldDefinition | undefined {
  const generic = fieldId.replace(/\[\d+\]/g, '[]');
  return def.fields.find((f) => f.id === generic);
}

function applyEdits(xml: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let out = xml;
  let floor = Infinity;
  for (const e of sorted) {
    if (e.end > floor) throw new FillError('Interne ændringer i dokumentet overlapper; udfyldningen er afbrudt.');
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    floor = e.start;
  }
  return out;
}

/** The run properties of the control's first run, without the placeholder style. */
function runProperties(xml: string, content: XmlElement | undefined): string {
  if (!content) return '';
  const run = findAll(content, 'w:r')[0];
  const rPr = run && child(run, 'w:rPr');
  if (!rPr) return '';
  const src = xml.slice(rPr.start, rPr.end);
  return src.replace(/<([\w.-]+:)?rStyle\b[^>]*(?:placeholder|pladsholder)[^>]*\/>/gi, '').replace(/<([\w.-]+:)?rPr\s*>\s*<\/([\w.-]+:)?rPr>/, '');
}

function controlEdits(xml: string, cc: ContentControl, shown: string, isoDate?: string): Edit[] {
  const edits: Edit[] = [];
  const sdt = cc.el;
  const pr = child(sdt, 'w:sdtPr');
  const content = child(sdt, 'w:sdtContent');
  if (!content) throw new FillError(`Indholdskontrollen ${cc.tag ?? cc.id ?? ''} har intet indhold og kan ikke udfyldes.`);
  const w = rawPrefix(xml, content);
  if (pr) {
    for (const c of pr.children) {
      if (isElement(c) && c.name === 'w:showingPlcHdr') edits.push({ start: c.start, end: c.end, text: '' });
      if (isElement(c) && c.name === 'w:date' && isoDate) {
        const startTag = xml.slice(c.start, c.innerStart > c.start ? c.innerStart : c.end);
        const full = `${isoDate}T00:00:00Z`;
        const replaced = /\bfullDate\s*=\s*"[^"]*"/.test(startTag)
          ? startTag.replace(/\bfullDate\s*=\s*"[^"]*"/, `fullDate="${full}"`)
          : startTag.replace(/^<([\w.:-]+)/, `<$1 ${rawPrefix(xml, c)}fullDate="${full}"`);
        edits.push({ start: c.start, end: c.start + startTag.length, text: replaced });
      }
    }
  }
  const rPr = runProperties(xml, content);
  const run = `<${w}r>${rPr}<${w}t xml:space="preserve">${escapeText(shown)}</${w}t></${w}r>`;
  // A block-level control holds paragraphs: keep the first paragraph's properties.
  const firstP = content.children.find((c) => isElement(c) && c.name === 'w:p') as XmlElement | undefined;
  let inner = run;
  if (cc.block && firstP) {
    const pPr = child(firstP, 'w:pPr');
    inner = `<${w}p>${pPr ? xml.slice(pPr.start, pPr.end) : ''}${run}</${w}p>`;
  }
  edits.push({ start: content.innerStart, end: content.innerEnd, text: inner });
  return edits;
}

function checkboxEdits(xml: string, cc: ContentControl, checked: boolean): Edit[] {
  const edits: Edit[] = [];
  const pr = child(cc.el, 'w:sdtPr');
  const box = pr && child(pr, 'w14:checkbox');
  if (!box) return edits;
  const p = rawPrefix(xml, box);
  const val = checked ? '1' : '0';
  const checkedEl = child(box, 'w14:checked');
  if (checkedEl) {
    edits.push({ start: checkedEl.start, end: checkedEl.end, text: `<${p}checked ${p}val="${val}"/>` });
  } else {
    edits.push({ start: box.innerStart, end: box.innerStart, text: `<${p}checked ${p}val="${val}"/>` });
  }
  const glyph = checked ? cc.checkbox?.checkedChar ?? '☒' : cc.checkbox?.uncheckedChar ?? '☐';
  const content = child(cc.el, 'w:sdtContent');
  const texts = content ? findAll(content, 'w:t') : [];
  texts.forEach((t, k) => {
    if (t.innerEnd < t.innerStart) return;
    if (t.innerStart === t.end) {
      // <w:t/>: give it content.
      edits.push({ start: t.start, end: t.end, text: `<${rawPrefix(xml, t)}t>${k === 0 ? glyph : ''}</${rawPrefix(xml, t)}t>` });
    } else edits.push({ start: t.innerStart, end: t.innerEnd, text: k === 0 ? glyph : '' });
  });
  return edits;
}

const CHECKED_GLYPH = '☒';
const UNCHECKED_GLYPH = '☐';

/** Instances of a repeat block the input fills: one more than the highest index it names. */
function neededInstances(input: ContractFillInput, blockId: string): number {
  let n = blockId === 'services' ? input.services.length : 0;
  const prefix = `${blockId}[`;
  for (const id of [...Object.keys(input.fields), ...Object.keys(input.choices)]) {
    if (id.startsWith(prefix)) n = Math.max(n, Number.parseInt(id.slice(prefix.length), 10) + 1 || 0);
  }
  return n;
}

/** Fills the document's main part; returns the new XML of the main part. */
export function fillMainPart(doc: LoadedDocument, def: TemplateDefinition, input: ContractFillInput): string {
  let xml = doc.xml;
  let extraction = extractContract(doc.model, def);
  // Instances the input removes go first (the input's indexes name the instances after removal); then
  // every repeat block gets as many instances as the input names: services from `services`, any
  // block (the order's goals, orderedServices) from indexed ids such as 'goals[2].description'.
  for (const rb of def.repeatBlocks) {
    const remove = input.removeInstances?.[rb.id];
    if (remove && remove.length > 0) {
      const removed = removeBlocks(xml, extraction, def, rb.id, remove);
      if (removed !== xml) {
        xml = removed;
        extraction = extractContract(buildWordModel(xml, parseXml(xml, doc.mainPart), doc.model.styles), def);
      }
    }
    const needed = neededInstances(input, rb.id);
    if (needed > (extraction.index.blocks.get(rb.id)?.length ?? 0)) {
      xml = cloneBlocks(xml, extraction, def, rb.id, needed);
      const tree = parseXml(xml, doc.mainPart);
      extraction = extractContract(buildWordModel(xml, tree, doc.model.styles), def);
    }
  }
  const edits: Edit[] = [];
  const values: Array<[string, string]> = Object.entries(input.fields);
  input.services.forEach((svc, i) => {
    for (const [key, v] of Object.entries(svc)) values.push([`services[${i}].${key}`, v]);
  });
  for (const [fieldId, raw] of values) {
    const fd = fieldDefinitionOf(def, fieldId);
    if (!fd) throw new FillError(`Feltet "${fieldId}" findes ikke i skabelonen ${def.id} ${def.version}.`);
    const binding = extraction.index.fields.get(fieldId);
    if (!binding?.control) {
      throw new FillError(`Feltet "${fieldId}" (${fd.label}) har ingen indholdskontrol i skabelonen og kan ikke udfyldes.`);
    }
    const value = raw.trim();
    if (fd.kind === 'date' && value !== '') {
      const parsed = parseDate(value);
      if (!parsed.ok) throw new FillError(`Datoen i feltet "${fieldId}" (${fd.label}) kan ikke læses: ${parsed.error.message}`);
      edits.push(...controlEdits(xml, binding.control, formatDate(parsed.value), parsed.value));
    } else {
      edits.push(...controlEdits(xml, binding.control, value));
    }
  }
  const glyphTexts = new Map<XmlElement, Map<number, boolean>>();
  for (const [groupId, optionId] of Object.entries(input.choices)) {
    const generic = groupId.replace(/\[\d+\]/g, '[]');
    const grp = def.checkboxGroups.find((g) => g.id === generic);
    if (!grp) throw new FillError(`Afkrydsningsgruppen "${groupId}" findes ikke i skabelonen ${def.id} ${def.version}.`);
    if (!grp.options.some((o) => o.id === optionId)) {
      throw new FillError(`"${optionId}" er ikke en mulighed i "${groupId}"; mulige værdier: ${grp.options.map((o) => o.id).join(', ')}.`);
    }
    const bindings = extraction.index.options.get(groupId) ?? [];
    if (!bindings.some((b) => b.optionId === optionId)) {
      throw new FillError(`Afkrydsningsfeltet for "${groupId}.${optionId}" findes ikke i dokumentet.`);
    }
    for (const b of bindings) {
      const on = b.optionId === optionId;
      if (b.item.control) edits.push(...checkboxEdits(xml, b.item.control, on));
      else if (b.item.glyph) {
        let m = glyphTexts.get(b.item.glyph.textEl);
        if (!m) glyphTexts.set(b.item.glyph.textEl, (m = new Map()));
        m.set(b.item.glyph.index, on);
      }
    }
  }
  for (const [textEl, states] of glyphTexts) {
    let k = 0;
    const text = textContent(textEl);
    const out = [...text].map((ch) => {
      if (ch !== CHECKED_GLYPH && ch !== UNCHECKED_GLYPH && !'☑✓✔✗✘⊠□'.includes(ch)) return ch;
      const s = states.get(k++);
      return s === undefined ? ch : s ? CHECKED_GLYPH : UNCHECKED_GLYPH;
    }).join('');
    edits.push({ start: textEl.innerStart, end: textEl.innerEnd, text: escapeText(out) });
  }
  return applyEdits(xml, edits);
}
