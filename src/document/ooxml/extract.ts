/**
 * Turns a WordModel into an ExtractedContract for a template definition. Generic over the
 * definition: sections, repeat blocks, sub-blocks, fields, checkbox groups and clauses all come
 * from the data. Each field is found in this order (contract-checks.md):
 *   1. a content control whose tag is the field id (anywhere in the document);
 *   2. a content control in the field's section whose title (alias) or tag is a label synonym;
 *   3. the content control that follows the field's label in the same paragraph;
 *   4. bare text typed after the label (or in the next table cell when the label stands alone).
 */
import type {
  ExtractedChoice, ExtractedClause, ExtractedContract, ExtractedValue, ValueLocation,
} from '../../domain/contract/extracted-contract';
import { definitionLabelKey, endsWithLabel, findLabelHits, indexText, labelKey, sameLabel, startsWithLabel } from '../../domain/contract/labels';
import type {
  CheckboxGroupDefinition, FieldDefinition, TemplateDefinition,
} from '../../domain/contract/template-definition';
import { isPlaceholderText, type ContentControl, type InlineItem, type Paragraph, type WordModel } from './word-model';
import type { XmlElement } from './xml';

/** A half-open range of paragraph indexes; `only` narrows it to some of them (a table column). */
export interface Scope {
  from: number;
  to: number;
  only?: Set<number>;
  /** A party's column in a signature grid (labels in the first column): the value sits in this column. */
  valueColumn?: number;
}

const inScope = (scope: Scope, i: number): boolean => i >= scope.from && i < scope.to && (!scope.only || scope.only.has(i));

export interface FieldBinding {
  fieldId: string;
  strategy: 1 | 2 | 3 | 4;
  paragraph: number;
  control?: ContentControl;
  value: ExtractedValue;
}

export interface OptionBinding {
  optionId: string;
  paragraph: number;
  item: Extract<InlineItem, { kind: 'box' }>;
}

/** What the writer and the port need beyond the contract: where everything was found. */
export interface ExtractionIndex {
  model: WordModel;
  sections: Map<string, { heading: number; scope: Scope }>;
  /** Repeat block instances by block id: heading paragraph (or -1) and scope. */
  blocks: Map<string, Array<{ heading: number; scope: Scope }>>;
  fields: Map<string, FieldBinding>;
  options: Map<string, OptionBinding[]>;
  clauseParagraphs: Map<string, number[]>;
}

export interface Extraction { contract: ExtractedContract; index: ExtractionIndex }

const OBJECT = '\uFFFC'; // stands for a picture inside segment text

const labelsOf = (f: { label: string | null; synonyms: string[] }): string[] =>
  (f.label ? [f.label, ...f.synonyms] : [...f.synonyms]);

const instanceId = (genericId: string, i: number): string => genericId.replace('[]', `[${i}]`);

export function extractContract(model: WordModel, def: TemplateDefinition): Extraction {
  const index: ExtractionIndex = {
    model, sections: locateSections(model, def), blocks: new Map(), fields: new Map(), options: new Map(), clauseParagraphs: new Map(),
  };
  const byTag = new Map<string, ContentControl>();
  for (const c of model.controls) if (c.tag && !byTag.has(c.tag)) byTag.set(c.tag, c);

  // Repeat blocks: instances headed "Indsats 1", "Indsats 2", … inside their section.
  let serviceCount = 0;
  for (const rb of def.repeatBlocks) {
    const section = index.sections.get(rb.section);
    const instances = section ? locateInstances(model, section.scope, [rb.heading, ...rb.headingSynonyms]) : [];
    // Tags naming instance numbers beyond the headings found still count (a tagged block without a heading).
    let tagged = 0;
    const tagRe = new RegExp(`^${rb.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\[(\\d+)\\]\\.`);
    for (const tag of byTag.keys()) {
      const m = tagRe.exec(tag);
      if (m) tagged = Math.max(tagged, Number(m[1]) + 1);
    }
    while (instances.length < tagged) instances.push({ heading: -1, scope: { from: 0, to: 0 } });
    index.blocks.set(rb.id, instances);
    if (rb.id === 'services') serviceCount = instances.length;
  }

  const scopeOf = (sectionId: string, blockId?: string, instance?: number): Scope | null => {
    if (blockId !== undefined && instance !== undefined) {
      const inst = index.blocks.get(blockId)?.[instance];
      return inst && inst.scope.to > inst.scope.from ? inst.scope : null;
    }
    return index.sections.get(sectionId)?.scope ?? null;
  };

  // Group the fields to search by scope, so that labels compete only with their neighbours.
  interface Wanted { id: string; def: FieldDefinition; genericTags: string[] }
  const groups = new Map<string, { scope: Scope | null; fields: Wanted[] }>();
  const want = (key: string, scope: Scope | null, w: Wanted): void => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { scope, fields: [] }));
    g.fields.push(w);
  };
  for (const f of def.fields) {
    if (f.repeat) {
      const n = index.blocks.get(f.repeat)?.length ?? 0;
      for (let i = 0; i < Math.max(n, 1); i++) {
        const key = f.id.slice(f.id.indexOf('.') + 1);
        want(`${f.repeat}#${i}`, scopeOf(f.section, f.repeat, i), {
          id: instanceId(f.id, i), def: f, genericTags: [f.id, `${f.repeat}.${key}`],
        });
      }
    } else if (f.block) {
      const key = `${f.section}/${f.block}`;
      want(key, groups.get(key)?.scope ?? blockScope(model, def, index, f.section, f.block), { id: f.id, def: f, genericTags: [] });
    } else {
      want(f.section, scopeOf(f.section), { id: f.id, def: f, genericTags: [] });
    }
  }

  for (const g of groups.values()) {
    // Strategy 1: tag = field id, anywhere; generic tags of a repeat block only inside its instance.
    for (const w of g.fields) {
      const c = byTag.get(w.id) ?? (g.scope ? findInScope(model, g.scope, (cc) => !!cc.tag && w.genericTags.includes(cc.tag)) : undefined);
      if (c && !c.checkbox) index.fields.set(w.id, bindControl(w.id, 1, c));
    }
    if (!g.scope) continue;
    const open = g.fields.filter((w) => !index.fields.has(w.id));
    if (open.length === 0) continue;
    bindByLabels(model, g.scope, open.map((w) => ({ id: w.id, labels: labelsOf(w.def) })), index.fields, byTagIsField(def));
  }

  // Checkbox groups.
  const choices: Record<string, ExtractedChoice> = {};
  for (const grp of def.checkboxGroups) {
    const n = grp.repeat ? Math.max(index.blocks.get(grp.repeat)?.length ?? 0, 1) : 1;
    for (let i = 0; i < n; i++) {
      const gid = grp.repeat ? instanceId(grp.id, i) : grp.id;
      const scope = grp.repeat ? scopeOf(grp.section, grp.repeat, i) : scopeOf(grp.section);
      const bindings = findOptions(model, grp, gid, scope, byTag);
      index.options.set(gid, bindings);
      const checked = [...new Set(bindings.filter((b) => b.item.checked).map((b) => b.optionId))];
      const first = bindings[0];
      const typed = bindings.length === 0 && scope ? typedChoice(model, grp, scope) : null;
      choices[gid] = typed ?? {
        checked,
        found: bindings.length > 0,
        ...(first ? { location: locationOf(first.paragraph, first.item.control) } : {}),
      };
    }
  }

  // Clauses: the prose of their sections, outside fields and checkbox lines.
  const clauses: Record<string, ExtractedClause> = {};
  for (const cl of def.clauses) {
    const section = index.sections.get(cl.section);
    if (!section) {
      clauses[cl.id] = { text: null };
      continue;
    }
    const bound = new Set<number>();
    for (const b of index.fields.values()) bound.add(b.paragraph);
    const paras = clauseParagraphs(model, def, cl.section, section.scope).filter((i) => !bound.has(i));
    index.clauseParagraphs.set(cl.id, paras);
    const text = paras.map((i) => (model.paragraphs[i]?.text ?? '').replace(/\s+/g, ' ').trim()).join('\n');
    clauses[cl.id] = { text, location: { paragraph: paras[0] ?? section.heading } };
  }

  const values: Record<string, ExtractedValue> = {};
  for (const [id, b] of index.fields) values[id] = b.value;

  return {
    contract: {
      template: { id: def.id, version: def.version },
      values,
      serviceCount,
      choices,
      clauses,
      hasPendingRevisions: model.hasPendingRevisions,
    },
    index,
  };
}

/** Tags that are some field's or option's id: such a control is never claimed by a label of another field. */
function byTagIsField(def: TemplateDefinition): (tag: string) => boolean {
  const ids = new Set<string>(def.fields.map((f) => f.id));
  for (const g of def.checkboxGroups) for (const o of g.options) ids.add(`${g.id}.${o.id}`);
  return (tag) => ids.has(tag.replace(/\[\d+\]/g, '[]'));
}

function locationOf(paragraph: number, control?: ContentControl): ValueLocation {
  const loc: ValueLocation = { paragraph };
  if (control?.id) loc.controlId = control.id;
  if (control?.tag) loc.controlTag = control.tag;
  return loc;
}

function controlValue(c: ContentControl, strategy: 1 | 2 | 3 | 4): ExtractedValue {
  const text = isBlank(c.text.trim()) ? null : c.text.trim();
  const v: ExtractedValue = { text, strategy, location: locationOf(c.paragraph, c) };
  const full = c.date?.fullDate;
  if (full && text !== null && /^\d{4}-\d{2}-\d{2}/.test(full)) v.isoDate = full.slice(0, 10);
  if (c.hasPicture) v.hasPicture = true;
  return v;
}

function bindControl(fieldId: string, strategy: 1 | 2 | 3, c: ContentControl): FieldBinding {
  return { fieldId, strategy, paragraph: c.paragraph, control: c, value: controlValue(c, strategy) };
}

function findInScope(model: WordModel, scope: Scope, pred: (c: ContentControl) => boolean): ContentControl | undefined {
  for (const c of model.controls) if (inScope(scope, c.paragraph) && pred(c)) return c;
  return undefined;
}

/** Section headings: "1. Borger" (number and title or a synonym), or an unnumbered title styled as a heading. */
export function locateSections(model: WordModel, def: TemplateDefinition): Map<string, { heading: number; scope: Scope }> {
  const keys = new Map<string, string>();
  for (const s of def.sections) for (const t of [s.title, ...s.titleSynonyms]) if (!keys.has(labelKey(t))) keys.set(labelKey(t), s.id);
  const found: Array<{ id: string; heading: number }> = [];
  const seen = new Set<string>();
  for (const p of model.paragraphs) {
    const text = p.text.trim();
    if (text.length === 0 || text.length > 120) continue;
    let id: string | undefined;
    const m = /^(\d{1,2})(?:\s*[.)]\s*|\s+)(.+?)\s*:?$/u.exec(text);
    if (m) id = keys.get(labelKey(m[2] ?? ''));
    if (!id && (p.numbered || p.allBold || /heading|overskrift/i.test(p.styleId ?? '') || p.outlineLevel !== undefined || headsRow(p))) {
      id = keys.get(labelKey(text));
    }
    if (id && !seen.has(id)) {
      seen.add(id);
      found.push({ id, heading: p.index });
    }
  }
  const out = new Map<string, { heading: number; scope: Scope }>();
  found.forEach((s, k) => {
    const next = found[k + 1];
    out.set(s.id, { heading: s.heading, scope: { from: s.heading + 1, to: next ? next.heading : model.paragraphs.length } });
  });
  return out;
}

/** The key rest of a block heading after its word: "1", "nr1" ("Indsats nr. 1"). */
const INSTANCE_NUMBER = /^(?:nr)?\d{1,3}$/;

/** A title alone in the first cell of a table row whose other cells hold the section ("Betaling" | …). */
function headsRow(p: Paragraph): boolean {
  const row = p.cell?.parent;
  if (!row) return false;
  const cells = row.children.filter((c) => c.name === 'w:tc');
  return cells.length >= 2 && cells[0] === p.cell;
}

function locateInstances(model: WordModel, scope: Scope, headings: string[]): Array<{ heading: number; scope: Scope }> {
  const keys = headings.map(labelKey);
  const starts: number[] = [];
  for (let i = scope.from; i < scope.to; i++) {
    const k = labelKey(model.paragraphs[i]?.text ?? '');
    if (keys.some((h) => k.startsWith(h) && INSTANCE_NUMBER.test(k.slice(h.length)))) starts.push(i);
  }
  if (starts.length === 0) return [{ heading: -1, scope }];
  return starts.map((s, k) => ({ heading: s, scope: { from: s + 1, to: starts[k + 1] ?? scope.to } }));
}

function blockScope(model: WordModel, def: TemplateDefinition, index: ExtractionIndex, sectionId: string, block: string): Scope | null {
  const section = index.sections.get(sectionId);
  if (!section) return null;
  const headingKeys = def.signatureBlocks.map((b) => ({ party: b.party, keys: [b.heading, ...b.headingSynonyms].map(labelKey) }));
  const starts: Array<{ party: string; at: number }> = [];
  for (let i = section.scope.from; i < section.scope.to; i++) {
    const k = labelKey(model.paragraphs[i]?.text ?? '');
    if (!k) continue;
    const hit = headingKeys.find((h) => h.keys.includes(k));
    if (hit && !starts.some((s) => s.party === hit.party)) starts.push({ party: hit.party, at: i });
  }
  starts.sort((a, b) => a.at - b.at);
  const k = starts.findIndex((s) => s.party === block);
  const s = starts[k];
  if (!s) return null;
  const own = model.paragraphs[s.at];
  const sideBySide = own?.cell && starts.some((o) => o !== s && model.paragraphs[o.at]?.cell?.parent === own.cell?.parent && model.paragraphs[o.at]?.cell !== own.cell);
  if (own?.cell && sideBySide) {
    // The parties sign side by side in one table: a block is its heading's column, in the rows below.
    const table = own.cell.parent?.parent;
    const column = columnOf(own.cell);
    // Columns left of every party's heading hold the labels of a grid ("Dato:" | køber | leverandør).
    const firstParty = Math.min(...starts.map((o) => model.paragraphs[o.at]?.cell).filter((c): c is XmlElement => !!c && c.parent?.parent === table).map(columnOf));
    const only = new Set<number>();
    let labelColumn = false;
    for (let i = s.at + 1; i < section.scope.to; i++) {
      const c = model.paragraphs[i]?.cell;
      if (!c || c.parent?.parent !== table) continue;
      const col = columnOf(c);
      if (col === column) only.add(i);
      else if (col < firstParty && c.parent !== own.cell.parent) {
        only.add(i);
        labelColumn = true;
      }
    }
    return { from: s.at + 1, to: section.scope.to, only, ...(labelColumn ? { valueColumn: column } : {}) };
  }
  return { from: s.at + 1, to: starts[k + 1]?.at ?? section.scope.to };
}

function columnOf(cell: XmlElement): number {
  const row = cell.parent;
  if (!row) return 0;
  let n = 0;
  for (const c of row.children) {
    if (c === cell) return n;
    if (c.name === 'w:tc') n++;
  }
  return n;
}

interface Segment { text: string; next?: ContentControl; paragraph: Paragraph; last: boolean }

/** Splits a paragraph at content controls and boxes into text segments, each knowing the control after it. */
function segments(p: Paragraph): Segment[] {
  const out: Segment[] = [];
  let text = '';
  for (const it of p.items) {
    if (it.kind === 'text') text += it.text;
    else if (it.kind === 'picture') text += OBJECT;
    else if (it.kind === 'control') {
      out.push({ text, next: it.control, paragraph: p, last: false });
      text = '';
    } else {
      out.push({ text, paragraph: p, last: false });
      text = '';
    }
  }
  out.push({ text, paragraph: p, last: true });
  return out;
}

/** Blank lines of paper forms ("______", "….") and placeholders are empty values. */
const isBlank = (t: string): boolean => t === '' || /^[\s_.\-–…]*$/.test(t) || isPlaceholderText(t);

const cleanValue = (raw: string): { text: string | null; picture: boolean } => {
  const picture = raw.includes(OBJECT);
  const t = raw.split(OBJECT).join(' ').replace(/\s+/g, ' ').trim();
  return { text: isBlank(t) ? null : t, picture };
};

/** Strategies 2–4 for the open fields of one scope. */
function bindByLabels(
  model: WordModel, scope: Scope, fields: Array<{ id: string; labels: string[] }>,
  out: Map<string, FieldBinding>, isFieldTag: (tag: string) => boolean,
): void {
  const found = new Map<string, FieldBinding>();
  const offer = (b: FieldBinding): void => {
    const cur = found.get(b.fieldId);
    if (!cur || b.strategy < cur.strategy) found.set(b.fieldId, b);
  };
  // Labels without a colon ("Cpr.nr. 120385-1234") are weaker evidence: used only for a field found no
  // other way, and not on a line that another binding read as its value ("Forvaltning:" / "Center for …").
  const weak = new Map<string, FieldBinding>();
  /** A line holding a label (or reading "Something:") is no value of the line above; the field's own synonyms may open its value. */
  /** A control whose tag or title names another field is that field's, never the value of a label above it. */
  const namesOther = (c: ContentControl, fieldId: string): boolean => {
    const generic = (id: string) => id.replace(/\[\d+\]/g, '[]');
    for (const name of [c.tag, c.alias]) {
      if (!name) continue;
      if (isFieldTag(name)) return generic(name) !== generic(fieldId);
      const other = fields.find((fl) => fl.labels.some((l) => sameLabel(l, name)));
      if (other) return other.id !== fieldId;
    }
    return false;
  };
  const isLabelLine = (text: string, fieldId: string): boolean => {
    const idx = indexText(text);
    if (/^[^:]{1,40}:(?!\d)/.test(text.trim())) return true;
    return fields.some((f) => f.labels.some((l) => findLabelHits(idx, l, f.id !== fieldId).length > 0));
  };
  // Strategy 2: title or tag names the field by a label synonym.
  for (const c of model.controls) {
    if (!inScope(scope, c.paragraph) || c.checkbox) continue;
    for (const name of [c.alias, c.tag]) {
      if (!name || isFieldTag(name)) continue;
      const f = fields.find((fl) => fl.labels.some((l) => sameLabel(l, name)));
      if (f) { offer(bindControl(f.id, 2, c)); break; }
    }
  }
  // Strategies 3 and 4: labels in the text.
  for (let i = scope.from; i < scope.to; i++) {
    const p = model.paragraphs[i];
    if (!p || !inScope(scope, i)) continue;
    for (const [segNo, seg] of segments(p).entries()) {
      if (seg.text.trim() === '') continue;
      const idx = indexText(seg.text);
      if (idx.key === '') continue;
      const hits: Array<{ id: string; start: number; end: number; weight: number; hasColon: boolean }> = [];
      for (const f of fields) {
        // A label without a colon counts when it opens the paragraph ("CPR-NR. 120385-1234").
        for (const l of f.labels) for (const h of findLabelHits(idx, l, segNo === 0)) hits.push({ id: f.id, ...h });
      }
      if (hits.length === 0) continue;
      hits.sort((a, b) => a.start - b.start || b.weight - a.weight);
      const chosen: typeof hits = [];
      for (const h of hits) {
        const prev = chosen[chosen.length - 1];
        if (!prev || h.start >= prev.end) chosen.push(h);
      }
      chosen.forEach((h, k) => {
        const nextStart = chosen[k + 1]?.start ?? idx.text.length;
        const value = cleanValue(idx.text.slice(h.end, nextStart));
        const isLast = k === chosen.length - 1;
        if (value.text === null && !value.picture && isLast && seg.next && !seg.next.checkbox) {
          offer(bindControl(h.id, 3, seg.next));
        } else if (value.text !== null || value.picture) {
          const b: FieldBinding = { fieldId: h.id, strategy: 4, paragraph: p.index, value: bareValue(value, p.index) };
          if (h.hasColon || k > 0) offer(b);
          else if (!weak.has(h.id)) weak.set(h.id, b);
        } else if (isLast && seg.last && p.items.every((it) => it.kind !== 'control')) {
          const nb = nextCellValue(model, p, scope, h.id, {
            isLabelLine: (text) => isLabelLine(text, h.id), namesOther: (c) => namesOther(c, h.id),
          });
          if (nb) offer(nb);
        }
      });
    }
  }
  // A control that holds the label and the value together ("Navn: Mette Sørensen" in one control).
  for (const c of model.controls) {
    if (!inScope(scope, c.paragraph) || c.checkbox || c.text === '') continue;
    const idx = indexText(c.text);
    // The longest label that opens the control's text names its field ("CVR nr." rather than "CVR").
    let best: { id: string; end: number; weight: number } | undefined;
    for (const f of fields) {
      for (const l of f.labels) {
        for (const h of findLabelHits(idx, l, true)) {
          if (idx.text.slice(0, h.start).trim() === '' && (!best || h.weight > best.weight)) best = { id: f.id, end: h.end, weight: h.weight };
        }
      }
    }
    if (!best || found.has(best.id)) continue;
    const value = cleanValue(idx.text.slice(best.end));
    if (value.text === null) continue;
    found.set(best.id, { fieldId: best.id, strategy: 3, paragraph: c.paragraph, control: c, value: { ...controlValue(c, 3), text: value.text } });
  }
  const used = new Set([...found.values()].map((b) => b.paragraph));
  for (const [id, b] of weak) if (!found.has(id) && !used.has(b.paragraph)) found.set(id, b);
  for (const [id, b] of found) if (!out.has(id)) out.set(id, b);
}

function bareValue(v: { text: string | null; picture: boolean }, paragraph: number): ExtractedValue {
  return { text: v.text, strategy: 4, location: { paragraph }, ...(v.picture ? { hasPicture: true } : {}) };
}

/** A label alone in a table cell: the value is in the next cell of the same row. */
function nextCellValue(
  model: WordModel, p: Paragraph, scope: Scope, fieldId: string,
  { isLabelLine, namesOther }: { isLabelLine: (text: string) => boolean; namesOther: (c: ContentControl) => boolean },
): FieldBinding | null {
  const cell = p.cell;
  // The line below in the same place: a control on a line of its own, or a picture (a scanned signature).
  const below = model.paragraphs[p.index + 1];
  if (below && below.cell === cell && inScope(scope, below.index)) {
    const k = below.items.findIndex((it) => it.kind !== 'text' || it.text.trim() !== '');
    const first = below.items[k];
    if (first?.kind === 'control') {
      // A control that holds a label of its own ("Evt. Cvr-nummer: …" in a rich-text control) is that label's line.
      return namesOther(first.control) || isLabelLine(first.control.rawText) ? null : bindControl(fieldId, 3, first.control);
    }
    const text = below.items.map((it) => (it.kind === 'text' ? it.text : '')).join('').trim();
    if (text === '' && below.items.some((it) => it.kind === 'picture')) {
      return { fieldId, strategy: 4, paragraph: below.index, value: bareValue({ text: null, picture: true }, below.index) };
    }
    // Bare text on the line below ("Navn:" / "Mette Sørensen"), unless that line is itself a label.
    if (text !== '' && below.items.every((it) => it.kind === 'text' || it.kind === 'picture') && !isLabelLine(text)) {
      return { fieldId, strategy: 4, paragraph: below.index, value: bareValue(cleanValue(text), below.index) };
    }
  }
  if (cell && scope.valueColumn !== undefined && columnOf(cell) !== scope.valueColumn) {
    // A signature grid: the party's value is in its own column of the label's row.
    const target = cell.parent?.children.filter((c): c is XmlElement => c.name === 'w:tc')[scope.valueColumn];
    if (!target) return null;
    const paras = model.paragraphs.slice(p.index + 1, scope.to).filter((q) => q.cell === target);
    const control = paras.flatMap((q) => q.items).find((it) => it.kind === 'control');
    if (control && control.kind === 'control') return namesOther(control.control) ? null : bindControl(fieldId, 3, control.control);
    const at = paras[0]?.index ?? p.index;
    const raw = paras.map((q) => q.items.map((it) => (it.kind === 'text' ? it.text : it.kind === 'picture' ? OBJECT : '')).join('')).join(' ');
    return { fieldId, strategy: 4, paragraph: at, value: bareValue(cleanValue(raw), at) };
  }
  if (!cell) return null;
  for (let j = p.index + 1; j < scope.to; j++) {
    const q = model.paragraphs[j];
    if (!q) break;
    if (q.cell === cell) continue;
    if (!q.cell || q.cell.parent !== cell.parent) return null;
    const control = q.items.find((it) => it.kind === 'control');
    if (control && control.kind === 'control') return namesOther(control.control) ? null : bindControl(fieldId, 3, control.control);
    let raw = '';
    for (const it of q.items) raw += it.kind === 'text' ? it.text : it.kind === 'picture' ? OBJECT : '';
    const v = cleanValue(raw);
    return { fieldId, strategy: 4, paragraph: q.index, value: bareValue(v, q.index) };
  }
  return null;
}

/** Checkbox options of a group: by tag `<group>.<option>`, else by the option text beside each box. */
function findOptions(
  model: WordModel, grp: CheckboxGroupDefinition, gid: string, scope: Scope | null, byTag: Map<string, ContentControl>,
): OptionBinding[] {
  const out: OptionBinding[] = [];
  for (const o of grp.options) {
    const c = byTag.get(`${gid}.${o.id}`);
    if (c && c.checkbox) out.push({ optionId: o.id, paragraph: c.paragraph, item: { kind: 'box', checked: c.checkbox.checked, control: c } });
  }
  if (out.length > 0 || !scope) return out;
  const optionLabels = grp.options.map((o) => ({ id: o.id, labels: [o.text, ...o.synonyms] }));
  const match = (text: string, where: 'start' | 'end' = 'start'): string | undefined => {
    let best: { id: string; w: number } | undefined;
    const idx = indexText(text);
    if (idx.key === '') return undefined;
    for (const o of optionLabels) {
      for (const l of o.labels) {
        const w = definitionLabelKey(l).length;
        const hit = where === 'start' ? startsWithLabel(idx, l) : endsWithLabel(idx, l);
        if (hit && (!best || w > best.w)) best = { id: o.id, w };
      }
    }
    return best?.id;
  };
  for (let i = scope.from; i < scope.to; i++) {
    const p = model.paragraphs[i];
    if (!p || !inScope(scope, i)) continue;
    const items = p.items;
    const boxes = items.flatMap((it, k) => (it.kind === 'box' ? [k] : []));
    if (boxes.length === 0) continue;
    // "Forud ☐  Bagud ☒": the option text stands before its box when nothing follows the last box.
    const textFirst = textAround(items, boxes[boxes.length - 1] as number, 1) === '' &&
      match(textAround(items, boxes[0] as number, -1), 'end') !== undefined;
    for (const k of boxes) {
      const it = items[k];
      if (!it || it.kind !== 'box') continue;
      let id: string | undefined;
      for (const name of [it.control?.alias, it.control?.tag]) if (!id && name) id = match(name);
      if (!id && textFirst) id = match(textAround(items, k, -1), 'end');
      if (!id && !textFirst) id = match(textAround(items, k, 1)) ?? match(textAround(items, k, -1), 'end');
      // A checkbox table: the box alone in its cell, the option text in the next (or previous) cell.
      if (!id && boxes.length === 1 && p.cell && textAround(items, k, 1) === '' && textAround(items, k, -1) === '') {
        id = match(neighbourCellText(model, p.cell, 1)) ?? match(neighbourCellText(model, p.cell, -1), 'end');
      }
      if (id) out.push({ optionId: id, paragraph: p.index, item: it });
    }
  }
  return out;
}

/**
 * A choice typed as text where the form has no boxes at all ("Betaling sker: Bagud"): the one option
 * named after the group's label. Naming several ("Forud / Bagud", the unfilled form) decides nothing.
 */
function typedChoice(model: WordModel, grp: CheckboxGroupDefinition, scope: Scope): ExtractedChoice | null {
  const labels = labelsOf(grp);
  // Option lines without boxes: the options not chosen were deleted, the chosen one is left standing.
  const standing = new Map<string, number>();
  for (let i = scope.from; i < scope.to; i++) {
    const p = model.paragraphs[i];
    if (!p || !inScope(scope, i) || p.items.some((it) => it.kind === 'box')) continue;
    const idx = indexText(p.text);
    const o = grp.options.find((opt) => [opt.text, ...opt.synonyms].some((l) => startsWithLabel(idx, l) && idx.key.length <= definitionLabelKey(l).length + 40));
    if (o && !standing.has(o.id)) standing.set(o.id, i);
  }
  if (standing.size > 0) {
    const [first] = standing.values();
    return { checked: standing.size === 1 ? [...standing.keys()] : [], found: true, location: { paragraph: first ?? scope.from } };
  }
  for (let i = scope.from; i < scope.to; i++) {
    const p = model.paragraphs[i];
    if (!p || !inScope(scope, i) || p.items.some((it) => it.kind === 'box')) continue;
    const idx = indexText(p.text);
    const hit = labels.flatMap((l) => findLabelHits(idx, l)).find((h) => h.hasColon);
    if (!hit) continue;
    const rest = indexText(idx.text.slice(hit.end)).key;
    if (rest === '') continue;
    const named = grp.options.filter((o) => [o.text, ...o.synonyms].some((l) => rest.includes(definitionLabelKey(l))));
    return { checked: named.length === 1 ? [named[0]!.id] : [], found: true, location: { paragraph: i } };
  }
  return null;
}

/** The text of the cell after (dir 1) or before (dir -1) a cell in the same row, '' when there is none. */
function neighbourCellText(model: WordModel, cell: XmlElement, dir: 1 | -1): string {
  const row = cell.parent;
  if (!row) return '';
  const cells = row.children.filter((c): c is XmlElement => c.name === 'w:tc');
  const other = cells[cells.indexOf(cell) + dir];
  if (!other) return '';
  return model.paragraphs.filter((q) => q.cell === other).map((q) => q.text).join(' ').trim();
}

/** Text beside a box, after it (dir 1) or before it (dir -1), up to the next box or control. */
function textAround(items: InlineItem[], k: number, dir: 1 | -1): string {
  let s = '';
  for (let j = k + dir; j >= 0 && j < items.length; j += dir) {
    const it = items[j];
    if (!it || it.kind === 'box' || it.kind === 'control') break;
    if (it.kind === 'text') s = dir === 1 ? s + it.text : it.text + s;
  }
  return s.trim();
}

/** Paragraphs of a section that hold its fixed prose: not fields, not checkbox lines, not labels or block headings. */
function clauseParagraphs(model: WordModel, def: TemplateDefinition, sectionId: string, scope: Scope): number[] {
  const labels: string[] = [];
  for (const f of def.fields) if (f.section === sectionId) labels.push(...labelsOf(f));
  for (const g of def.checkboxGroups) if (g.section === sectionId) labels.push(...labelsOf(g));
  const blockHeadings = def.repeatBlocks.filter((b) => b.section === sectionId).flatMap((b) => [b.heading, ...b.headingSynonyms].map(labelKey));
  const optionTexts = def.checkboxGroups.filter((g) => g.section === sectionId).flatMap((g) => g.options.flatMap((o) => [o.text, ...o.synonyms]));
  const out: number[] = [];
  for (let i = scope.from; i < scope.to; i++) {
    const p = model.paragraphs[i];
    if (!p || p.text.trim() === '') continue;
    if (p.items.some((it) => it.kind !== 'text')) continue;
    const idx = indexText(p.text);
    const key = idx.key;
    if (blockHeadings.some((h) => key.startsWith(h) && (key === h || INSTANCE_NUMBER.test(key.slice(h.length))))) continue;
    // An option line whose box is gone (the options not chosen were deleted) is a choice, not prose.
    if (optionTexts.some((o) => startsWithLabel(idx, o) && key.length <= definitionLabelKey(o).length + 40)) continue;
    const isLabel = labels.some((l) => {
      if (definitionLabelKey(l) === key) return true;
      const hit = findLabelHits(idx, l)[0];
      return !!hit && hit.hasColon && idx.text.slice(0, hit.start).trim().replace(/^[\d.)\s]*/, '') === '';
    });
    if (!isLabel) out.push(i);
  }
  return out;
}
