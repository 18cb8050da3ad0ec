/**
 * The Office.js adapter of the DocumentPort. Every operation is one Word.run with a fixed number
 * of context.sync() calls, whatever the number of fields, services or findings:
 *   read            1 sync  (snapshot: OOXML + footers + controls + paragraphs)
 *   writeValues     2 syncs (snapshot; then every value, checkbox, added and removed block, tables too, at once)
 *   selectField     2 syncs (snapshot; select)
 *   addComments     2 syncs (snapshot with the existing comments; one comment per finding not yet there)
 *   restoreClause   2 syncs (snapshot; replace the clause's paragraphs)
 * Reading goes through the OOXML engine (see snapshot.ts), so findings equal the CLI's.
 */
import type { ValueLocation } from '../../domain/contract/extracted-contract';
import type { ContractFillInput } from '../../domain/contract/fill-input';
import { findingCommentText, type Finding } from '../../domain/contract/finding';
import { extractContract } from '../ooxml/extract';
import { FillError } from '../ooxml/errors';
import { fillMainPart } from '../ooxml/fill';
import { loadDocument } from '../ooxml/load';
import { buildWordModel } from '../ooxml/word-model';
import { parseXml, rootElement } from '../ooxml/xml';
import type { DocumentPort, DocumentReadResult } from '../port';
import type { RegisteredTemplate, TemplateRegistry } from '../templates/registry';
import { detectCapabilities, type WordCapabilities } from './capabilities';
import { ControlMap } from './control-map';
import { DocumentNotEmpty, FieldNotFound, NotAContract, WordApiMissing } from './errors';
import { planFill, type TableRef } from './fill-plan';
import { flatOpcForBlocks } from './flat-opc';
import { takeSnapshot, type Snapshot } from './snapshot';
import { mapParagraphs } from './paragraph-map';
import type { ChangeTrackingMode, OfficeContextLike, WordCommentCollection, WordHost, WordParagraph, WordRange, WordRequestContext, WordTable } from './word-api';

type ContractSnapshot = Snapshot & {
  read: Extract<Snapshot['read'], { kind: 'contract' }>;
  doc: NonNullable<Snapshot['doc']>;
  /** Word's paragraph for an engine paragraph index (see paragraph-map.ts). */
  paragraph: (index: number) => WordParagraph | undefined;
};

export class WordDocumentPort implements DocumentPort {
  readonly capabilities: WordCapabilities;
  private readonly templateClauses = new Map<string, Map<string, string[]>>();

  constructor(
    private readonly word: WordHost,
    private readonly office: OfficeContextLike,
    private readonly registry: TemplateRegistry,
  ) {
    this.capabilities = detectCapabilities(office);
  }

  /** The document's URL when Office knows it (SharePoint/OneDrive), for "Send til gennemgang". */
  documentUrl(): string | null {
    return this.office.documentUrl();
  }

  async read(): Promise<DocumentReadResult> {
    const snap = await this.word.run((ctx) => takeSnapshot(ctx, this.registry));
    const r = snap.read;
    if (r.kind === 'contract') return { kind: 'contract', contract: r.contract };
    return { kind: r.kind, reason: r.reason };
  }

  /** Whether Word records edits as tracked changes now (null when the host cannot tell). */
  async changeTrackingMode(): Promise<ChangeTrackingMode | null> {
    if (!this.capabilities.changeTracking) return null;
    return this.word.run(async (ctx) => {
      ctx.document.load('changeTrackingMode');
      await ctx.sync();
      return ctx.document.changeTrackingMode;
    });
  }

  /**
   * Puts a registered template into an empty document (2 syncs). insertFileFromBase64 brings the
   * body only, so the template's footer line, by which it is recognised, is written into the
   * primary footer when that is empty.
   */
  async insertTemplate(docx: Uint8Array, footerText: string): Promise<void> {
    await this.word.run(async (ctx) => {
      const { body } = ctx.document;
      body.load('text');
      const footer = ctx.document.sections.getFirst().getFooter('Primary');
      footer.load('text');
      await ctx.sync();
      if (body.text.trim() !== '') throw new DocumentNotEmpty('Dokumentet er ikke tomt. Åbn et nyt, tomt dokument og indsæt skabelonen dér.');
      body.insertFileFromBase64(bytesToBase64(docx), 'Replace');
      if (footer.text.trim() === '') footer.insertText(footerText, 'Replace');
      await ctx.sync();
    });
  }

  async writeValues(input: ContractFillInput): Promise<void> {
    await this.word.run(async (ctx) => {
      const snap = await this.contractSnapshot(ctx, { tableLevels: this.capabilities.tables });
      const { doc, read } = snap;
      const filledXml = fillMainPart(doc, read.template.definition, input);
      const root = rootElement(parseXml(doc.xml, doc.mainPart));
      if (!root) throw new FillError('Dokumentets indhold kunne ikke læses.');
      const rootStartTag = doc.xml.slice(root.start, root.innerStart);
      const ops = planFill(doc.model, buildWordModel(filledXml, parseXml(filledXml, doc.mainPart), doc.model.styles), filledXml);
      const map = new ControlMap(doc.model.controls, snap.controls);
      const paragraph = (i: number) => {
        const p = snap.paragraph(i);
        if (!p) throw new FillError(`Afsnit ${i + 1} i kontrakten kunne ikke findes i Word; intet er ændret.`);
        return p;
      };
      // Paragraphs that must be replaced whole: asked for by the plan, or holding a control Word does not list.
      const replaced = new Map<number, string>();
      const filledModel = buildWordModel(filledXml, parseXml(filledXml, doc.mainPart), doc.model.styles);
      const filledParagraphOf = (controlId: string | undefined): string | undefined => {
        const fc = filledModel.controls.find((c) => c.id === controlId);
        const fp = fc && filledModel.paragraphs[fc.paragraph];
        return fp && filledXml.slice(fp.el.start, fp.el.end);
      };
      for (const op of ops) {
        if (op.kind === 'replace-paragraph') replaced.set(op.paragraph, op.xml);
        else if (op.kind === 'control-text' || op.kind === 'control-check') {
          // Two values the API cannot write as kl-fill does, so their paragraph is replaced by the
          // filled one instead: a checkbox's state without WordApi 1.7 (writing only the glyph would
          // leave w14:checked, which the checker reads, unchanged), and a date control's w:fullDate
          // (insertText sets only the shown text).
          const needsParagraph = (op.kind === 'control-check' && !this.capabilities.checkboxControls)
            || (op.kind === 'control-text' && op.control.date !== undefined);
          if (map.live(op.control) && !needsParagraph) continue;
          const xml = filledParagraphOf(op.control.id);
          if (!xml) throw new FillError('Et felt i dokumentet kunne ikke udfyldes (indholdskontrollen blev ikke fundet).');
          replaced.set(op.paragraph, xml);
        }
      }
      // A table is reached through a paragraph standing in it (Paragraph.parentTable, WordApi 1.3).
      // Its nesting level, read with the snapshot, must be the one the plan expects, or a mapping gone
      // wrong could delete the wrong table (the contract's layout table holds everything).
      const table = (ref: TableRef): WordTable => {
        if (!this.capabilities.tables) throw new WordApiMissing('At fjerne eller indsætte en tabel', '1.3');
        const p = paragraph(ref.paragraph);
        if (p.tableNestingLevel !== ref.nesting) throw new FillError(`Tabellen ved afsnit ${ref.paragraph + 1} i kontrakten kunne ikke findes i Word; intet er ændret.`);
        return p.parentTable;
      };
      // Every paragraph and table the plan touches is found before anything is queued, so a failure changes nothing.
      // (A control written through its live content control needs no paragraph.)
      for (const op of ops) {
        if (op.kind === 'delete-table' || op.kind === 'insert-at-table') table(op.table);
        else if (op.kind === 'insert-after' || op.kind === 'insert-before' || op.kind === 'delete-paragraph') paragraph(op.paragraph);
      }
      for (const i of replaced.keys()) paragraph(i);
      for (const op of ops) {
        switch (op.kind) {
          case 'control-text': {
            if (replaced.has(op.paragraph)) break;
            map.live(op.control)!.insertText(op.text, 'Replace');
            break;
          }
          case 'control-check': {
            if (replaced.has(op.paragraph)) break;
            map.live(op.control)!.checkboxContentControl.isChecked = op.checked;
            break;
          }
          case 'insert-after':
            paragraph(op.paragraph).getRange('Whole').insertOoxml(flatOpcForBlocks(rootStartTag, op.xml), 'After');
            break;
          case 'insert-before':
            paragraph(op.paragraph).getRange('Whole').insertOoxml(flatOpcForBlocks(rootStartTag, op.xml), 'Before');
            break;
          case 'insert-at-table':
            table(op.table).getRange('Whole').insertOoxml(flatOpcForBlocks(rootStartTag, op.xml), op.where);
            break;
          case 'delete-paragraph':
            paragraph(op.paragraph).delete();
            break;
          case 'delete-table':
            // The table as a whole: deleting its cells' paragraphs would leave an empty table behind.
            table(op.table).delete();
            break;
          case 'replace-paragraph':
            break;
        }
      }
      for (const [i, xml] of replaced) paragraph(i).insertOoxml(flatOpcForBlocks(rootStartTag, xml), 'Replace');
      await ctx.sync();
    });
  }

  async selectField(fieldId: string): Promise<ValueLocation | null> {
    return this.word.run(async (ctx) => {
      const snap = await this.contractSnapshot(ctx);
      const target = this.locate(snap, fieldId);
      if (!target) return null;
      target.range.select();
      await ctx.sync();
      return target.location;
    });
  }

  async addComments(findings: Finding[]): Promise<number> {
    if (!this.capabilities.comments) throw new WordApiMissing('Kommentarer', '1.4');
    return this.word.run(async (ctx) => {
      let added = 0;
      // Queued before the snapshot's sync, so reading the existing comments costs no extra round trip.
      const existing = ctx.document.body.getComments().load('items/content') as WordCommentCollection;
      const snap = await this.contractSnapshot(ctx);
      // A second click (or a check after an edit) must not write every comment again: a finding whose
      // comment text is already in the document is skipped, and so is a repeat within this batch.
      const present = new Set(existing.items.map((c) => c.content ?? ''));
      for (const f of findings) {
        const text = findingCommentText(f);
        if (present.has(text)) continue;
        present.add(text);
        // A finding about the whole document (revisions pending) goes on the first paragraph.
        const target = f.field ? this.locate(snap, f.field) : null;
        const range = target?.range ?? snap.paragraph(0)?.getRange('Whole') ?? snap.paragraphs[0]?.getRange('Whole');
        if (range) { range.insertComment(text); added++; }
      }
      await ctx.sync();
      return added;
    });
  }

  async restoreClause(clauseId: string): Promise<void> {
    const id = clauseId.replace(/^clauses\./, '');
    await this.word.run(async (ctx) => {
      const snap = await this.contractSnapshot(ctx);
      const standard = this.standardParagraphs(snap.read.template, id);
      const paras = snap.read.extraction.index.clauseParagraphs.get(id);
      if (!standard || !paras || paras.length === 0) throw new FieldNotFound(`Klausulen "${id}" findes ikke i dokumentet.`);
      // Paragraph by paragraph, so Word records each as an ordinary edit (tracked when tracking is on).
      const live = paras.map((i) => snap.paragraph(i));
      if (live.some((p) => !p)) throw new FieldNotFound(`Klausulens afsnit kunne ikke findes i Word; intet er ændret.`);
      const common = Math.min(live.length, standard.length);
      for (let k = 0; k < common; k++) {
        const current = snap.doc.model.paragraphs[paras[k]!]?.text.replace(/\s+/g, ' ').trim();
        if (current !== standard[k]) live[k]!.insertText(standard[k]!, 'Replace');
      }
      for (let k = common; k < live.length; k++) live[k]!.delete();
      let after: WordParagraph = live[common - 1] ?? live[0]!;
      for (let k = common; k < standard.length; k++) after = after.insertParagraph(standard[k]!, 'After');
      await ctx.sync();
    });
  }

  private async contractSnapshot(ctx: WordRequestContext, options: { tableLevels?: boolean } = {}): Promise<ContractSnapshot> {
    const snap = await takeSnapshot(ctx, this.registry, options);
    if (snap.read.kind !== 'contract' || !snap.doc) {
      throw new NotAContract(snap.read.kind === 'contract' ? 'Dokumentet kunne ikke læses.' : snap.read.reason);
    }
    const paragraph = mapParagraphs(snap.doc.model.paragraphs, snap.paragraphs);
    return { ...snap, read: snap.read, doc: snap.doc, paragraph };
  }

  /** The live range of a field, checkbox group or clause, and its location. */
  private locate(snap: ContractSnapshot, fieldId: string): { range: WordRange; location: ValueLocation } | null {
    const { index, contract } = snap.read.extraction;
    const map = new ControlMap(snap.doc.model.controls, snap.controls);
    const paragraphRange = (i: number): WordRange | null => snap.paragraph(i)?.getRange('Whole') ?? null;
    if (fieldId.startsWith('clauses.')) {
      const paras = index.clauseParagraphs.get(fieldId.slice('clauses.'.length)) ?? [];
      const first = paras[0] !== undefined ? paragraphRange(paras[0]) : null;
      const last = paras.length > 0 ? paragraphRange(paras[paras.length - 1]!) : null;
      if (!first || !last) return null;
      return { range: paras.length > 1 ? first.expandTo(last) : first, location: { paragraph: paras[0]! } };
    }
    const binding = index.fields.get(fieldId) ?? index.fields.get(`${fieldId}.signature`);
    if (binding) {
      const live = binding.control ? map.live(binding.control) : undefined;
      const location: ValueLocation = { paragraph: binding.paragraph, ...(binding.control?.id ? { controlId: binding.control.id } : {}), ...(binding.control?.tag ? { controlTag: binding.control.tag } : {}) };
      const range = live ? live.getRange('Whole') : paragraphRange(binding.paragraph);
      return range ? { range, location } : null;
    }
    const options = index.options.get(fieldId);
    if (options && options.length > 0) {
      const p = options[0]!.paragraph;
      const range = paragraphRange(p);
      return range ? { range, location: { paragraph: p } } : null;
    }
    // A field that was not found (missing): point at its section's heading or the choice's location.
    const loc = contract.values[fieldId]?.location ?? contract.choices[fieldId]?.location;
    if (loc) {
      const range = paragraphRange(loc.paragraph);
      return range ? { range, location: loc } : null;
    }
    const sectionId = fieldId.replace(/\[\d+\]/, '').split('.')[0] ?? '';
    const section = index.sections.get(sectionId);
    if (section) {
      const range = paragraphRange(section.heading);
      return range ? { range, location: { paragraph: section.heading } } : null;
    }
    return null;
  }

  /** The standard text of a clause, paragraph by paragraph, read from the registered template document. */
  private standardParagraphs(template: RegisteredTemplate, clauseId: string): string[] | undefined {
    const key = `${template.definition.id}@${template.definition.version}`;
    let clauses = this.templateClauses.get(key);
    if (!clauses) {
      const doc = loadDocument(template.docx);
      const { index } = extractContract(doc.model, template.definition);
      clauses = new Map();
      for (const [id, paras] of index.clauseParagraphs) {
        clauses.set(id, paras.map((i) => (doc.model.paragraphs[i]?.text ?? '').replace(/\s+/g, ' ').trim()));
      }
      this.templateClauses.set(key, clauses);
    }
    return clauses.get(clauseId);
  }
}

function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}
