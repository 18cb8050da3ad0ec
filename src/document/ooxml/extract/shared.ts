/** What the extractors share: scopes, bindings, the index they fill, and how a value is cleaned. */
import type { ExtractedContract, ExtractedValue, ValueLocation } from '../../../domain/contract/extracted-contract';
import { isPlaceholderText, type ContentControl, type InlineItem, type WordModel } from '../word-model';

/** A half-open range of paragraph indexes; `only` narrows it to some of them (a table column). */
export interface Scope {
  from: number;
  to: number;
  only?: Set<number>;
  /** A party's column in a signature grid (labels in the first column): the value sits in this cell of the row. */
  valueColumn?: number;
}

export const inScope = (scope: Scope, i: number): boolean => i >= scope.from && i < scope.to && (!scope.only || scope.only.has(i));

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

export interface Located { heading: number; scope: Scope }

/** What the writer and the port need beyond the contract: where everything was found. */
export interface ExtractionIndex {
  model: WordModel;
  sections: Map<string, Located>;
  /** Repeat block instances by block id: heading paragraph (or -1) and scope. */
  blocks: Map<string, Located[]>;
  fields: Map<string, FieldBinding>;
  options: Map<string, OptionBinding[]>;
  clauseParagraphs: Map<string, number[]>;
}

export interface Extraction { contract: ExtractedContract; index: ExtractionIndex }

/** Stands for a picture inside segment text. */
export const OBJECT = '\uFFFC';

export const labelsOf = (f: { label: string | null; synonyms: string[] }): string[] =>
  (f.label ? [f.label, ...f.synonyms] : [...f.synonyms]);

export const instanceId = (genericId: string, i: number): string => genericId.replace('[]', `[${i}]`);

export function locationOf(paragraph: number, control?: ContentControl): ValueLocation {
  const loc: ValueLocation = { paragraph };
  if (control?.id) loc.controlId = control.id;
  if (control?.tag) loc.controlTag = control.tag;
  return loc;
}

/** Blank lines of paper forms ("______", "….") and placeholders are empty values. */
export const isBlank = (t: string): boolean => t === '' || /^[\s_.\-–…]*$/.test(t) || isPlaceholderText(t);

export const cleanValue = (raw: string): { text: string | null; picture: boolean } => {
  const picture = raw.includes(OBJECT);
  const t = raw.split(OBJECT).join(' ').replace(/\s+/g, ' ').trim();
  return { text: isBlank(t) ? null : t, picture };
};

export function controlValue(c: ContentControl, strategy: 1 | 2 | 3 | 4): ExtractedValue {
  const text = isBlank(c.text.trim()) ? null : c.text.trim();
  const v: ExtractedValue = { text, strategy, location: locationOf(c.paragraph, c) };
  const full = c.date?.fullDate;
  if (full && text !== null && /^\d{4}-\d{2}-\d{2}/.test(full)) v.isoDate = full.slice(0, 10);
  if (c.hasPicture) v.hasPicture = true;
  return v;
}

export function bindControl(fieldId: string, strategy: 1 | 2 | 3, c: ContentControl): FieldBinding {
  return { fieldId, strategy, paragraph: c.paragraph, control: c, value: controlValue(c, strategy) };
}

export function bareValue(v: { text: string | null; picture: boolean }, paragraph: number): ExtractedValue {
  return { text: v.text, strategy: 4, location: { paragraph }, ...(v.picture ? { hasPicture: true } : {}) };
}

/** Text of a paragraph's items with pictures as OBJECT (controls left out). */
export const itemsText = (items: InlineItem[]): string =>
  items.map((it) => (it.kind === 'text' ? it.text : it.kind === 'picture' ? OBJECT : '')).join('');
