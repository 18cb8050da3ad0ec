/**
 * The DocumentPort over an in-memory OOXML package: what the CLI, the server and the browser
 * fallback use, and the reference implementation for the shared port contract tests.
 */
import type { ValueLocation } from '../../domain/contract/extracted-contract';
import type { ContractFillInput } from '../../domain/contract/fill-input';
import { findingCommentText, type Finding } from '../../domain/contract/finding';
import type { DocumentPort, DocumentReadResult } from '../port';
import type { TemplateRegistry } from '../templates/registry';
import { DocumentUnreadable, FillError, UnknownTemplate } from './errors';
import { extractContract } from './extract';
import { fillMainPart } from './fill';
import { loadDocument, loadFlatOpc, loadPackage, type LoadedDocument } from './load';
import { readLoaded, unreadableReason, type OoxmlReadResult } from './read';
import { escapeAttr, escapeText, findAll, parseXml, rootElement, attr as xmlAttr } from './xml';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const COMMENTS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const COMMENTS_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';

export class OoxmlDocumentPort implements DocumentPort {
  private last: OoxmlReadResult | null = null;

  private constructor(
    private doc: LoadedDocument | null,
    private readonly registry: TemplateRegistry,
    private readonly failure?: string,
  ) {}

  /** Never throws: an unreadable file gives a port whose read() says so. */
  static fromDocx(bytes: Uint8Array, registry: TemplateRegistry): OoxmlDocumentPort {
    try {
      return new OoxmlDocumentPort(loadDocument(bytes), registry);
    } catch (e) {
      return new OoxmlDocumentPort(null, registry, unreadableReason(e));
    }
  }

  static fromFlatOpc(xml: string, registry: TemplateRegistry): OoxmlDocumentPort {
    try {
      return new OoxmlDocumentPort(loadFlatOpc(xml), registry);
    } catch (e) {
      return new OoxmlDocumentPort(null, registry, unreadableReason(e));
    }
  }

  private current(): OoxmlReadResult {
    if (!this.doc) return { kind: 'unreadable', reason: this.failure ?? 'Dokumentet kunne ikke læses.' };
    if (!this.last) this.last = readLoaded(this.doc, this.registry);
    return this.last;
  }

  private contractOrThrow(): Extract<OoxmlReadResult, { kind: 'contract' }> {
    const r = this.current();
    if (r.kind === 'unreadable') throw new DocumentUnreadable(r.reason);
    if (r.kind === 'unknown-template') throw new UnknownTemplate(r.reason);
    return r;
  }

  private replaceMainPart(xml: string): void {
    const doc = this.contractOrThrow().doc;
    doc.pkg.setText(doc.mainPart, xml);
    this.doc = loadPackage(doc.pkg);
    this.last = null;
  }

  async read(): Promise<DocumentReadResult> {
    const r = this.current();
    if (r.kind === 'contract') return { kind: 'contract', contract: r.contract };
    return { kind: r.kind, reason: r.reason };
  }

  async writeValues(input: ContractFillInput): Promise<void> {
    const r = this.contractOrThrow();
    this.replaceMainPart(fillMainPart(r.doc, r.template.definition, input));
  }

  async selectField(fieldId: string): Promise<ValueLocation | null> {
    const r = this.current();
    if (r.kind !== 'contract') return null;
    const c = r.contract;
    if (fieldId.startsWith('clauses.')) return c.clauses[fieldId.slice('clauses.'.length)]?.location ?? null;
    const direct = c.values[fieldId]?.location ?? c.choices[fieldId]?.location;
    if (direct) return direct;
    // A party's signature ('signatures.provider') points at its signature line.
    const sig = c.values[`${fieldId}.signature`]?.location;
    if (sig) return sig;
    const section = r.extraction.index.sections.get(fieldId.split('.')[0] ?? '');
    return section ? { paragraph: section.heading } : null;
  }

  async addComments(findings: Finding[]): Promise<number> {
    const r = this.contractOrThrow();
    const doc = r.doc;
    const pkg = doc.pkg;
    let commentsPart = pkg.relationships(doc.mainPart).find((rel) => rel.type === COMMENTS_REL && !rel.external)?.target;
    // A comment already in the document (an earlier run, or the task pane) is not written twice.
    const present = new Set(commentsPart ? commentTexts(pkg.text(commentsPart) ?? '') : []);
    const places: Array<{ paragraph: number; text: string }> = [];
    for (const f of findings) {
      const text = findingCommentText(f);
      if (present.has(text)) continue;
      present.add(text);
      const loc = f.field ? await this.selectField(f.field) : null;
      places.push({ paragraph: loc?.paragraph ?? 0, text });
    }
    if (places.length === 0) return 0;
    if (!commentsPart || !pkg.has(commentsPart)) {
      commentsPart = doc.mainPart.replace(/[^/]*$/, 'comments.xml');
      pkg.setText(commentsPart, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${W_NS}"></w:comments>`);
      addRelationship(pkg, doc.mainPart, COMMENTS_REL, commentsPart.slice(commentsPart.lastIndexOf('/') + 1));
      addOverride(pkg, commentsPart, COMMENTS_CT);
    }
    const commentsXml = pkg.text(commentsPart) ?? '';
    const commentsRoot = rootElement(parseXml(commentsXml, commentsPart));
    let nextId = 0;
    for (const m of commentsXml.matchAll(/:id="(\d+)"/g)) nextId = Math.max(nextId, Number(m[1]) + 1);
    for (const m of doc.xml.matchAll(/comment(?:RangeStart|RangeEnd|Reference)\s+[\w.-]*:?id="(\d+)"/g)) nextId = Math.max(nextId, Number(m[1]) + 1);
    const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    let added = '';
    const edits: Array<{ at: number; text: string }> = [];
    for (const p of places) {
      const id = nextId++;
      added += `<w:comment w:id="${id}" w:author="KL Kontrakt" w:initials="KL" w:date="${date}"><w:p><w:r><w:t xml:space="preserve">${escapeText(p.text)}</w:t></w:r></w:p></w:comment>`;
      // An empty self-closing <w:p/> cannot hold a range: anchor at the next paragraph that can.
      const paras = doc.model.paragraphs;
      let at = Math.min(p.paragraph, paras.length - 1);
      while (at < paras.length - 1 && paras[at] && paras[at]!.el.innerStart === paras[at]!.el.end) at++;
      const para = paras[at];
      if (!para || para.el.innerStart === para.el.end) continue;
      const w = /^<([\w.-]+:)?/.exec(doc.xml.slice(para.el.start, para.el.start + 32))?.[1] ?? 'w:';
      const pPr = para.el.children.find((c) => c.name === 'w:pPr');
      const startAt = pPr ? pPr.end : para.el.innerStart;
      edits.push({ at: startAt, text: `<${w}commentRangeStart ${w}id="${id}"/>` });
      edits.push({ at: para.el.innerEnd, text: `<${w}commentRangeEnd ${w}id="${id}"/><${w}r><${w}commentReference ${w}id="${id}"/></${w}r>` });
    }
    if (!commentsRoot) throw new FillError('Kommentardelen i dokumentet er beskadiget.');
    const insertAt = commentsRoot.innerEnd;
    pkg.setText(commentsPart, commentsXml.slice(0, insertAt) + added + commentsXml.slice(insertAt));
    // Insert from the end so that earlier offsets stay valid (stable for equal offsets).
    const order = edits.map((e, i) => ({ ...e, i })).sort((a, b) => b.at - a.at || b.i - a.i);
    let xml = doc.xml;
    for (const e of order) xml = xml.slice(0, e.at) + e.text + xml.slice(e.at);
    this.replaceMainPart(xml);
    // Two edits (range start, range end + reference) per anchored comment.
    return edits.length / 2;
  }

  async restoreClause(clauseId: string): Promise<void> {
    const r = this.contractOrThrow();
    const def = r.template.definition;
    const clause = def.clauses.find((c) => c.id === clauseId.replace(/^clauses\./, ''));
    if (!clause) throw new FillError(`Klausulen "${clauseId}" findes ikke i skabelonen.`);
    const tplDoc = loadDocument(r.template.docx);
    const tpl = extractContract(tplDoc.model, def);
    const tplParas = (tpl.index.clauseParagraphs.get(clause.id) ?? []).map((i) => tplDoc.model.paragraphs[i]);
    const standardXml = tplParas.map((p) => (p ? tplDoc.xml.slice(p.el.start, p.el.end) : '')).join('');
    const section = r.extraction.index.sections.get(clause.section);
    if (!section) throw new FillError(`Afsnittet med klausulen "${clause.id}" findes ikke i dokumentet.`);
    const paras = (r.extraction.index.clauseParagraphs.get(clause.id) ?? []).map((i) => r.doc.model.paragraphs[i]);
    const xml = r.doc.xml;
    let out: string;
    const first = paras[0];
    if (first) {
      const spans = paras.filter((p) => p !== undefined).map((p) => ({ start: p.el.start, end: p.el.end })).sort((a, b) => b.start - a.start);
      out = xml;
      for (const s of spans) out = out.slice(0, s.start) + (s.start === first.el.start ? standardXml : '') + out.slice(s.end);
    } else {
      const anchor = r.doc.model.paragraphs[section.scope.from];
      if (!anchor) throw new FillError(`Afsnittet med klausulen "${clause.id}" er tomt; teksten kan ikke indsættes.`);
      out = xml.slice(0, anchor.el.start) + standardXml + xml.slice(anchor.el.start);
    }
    this.replaceMainPart(out);
  }

  /** The document as .docx bytes (other parts unchanged). */
  toDocx(): Uint8Array {
    if (!this.doc) throw new DocumentUnreadable(this.failure ?? 'Dokumentet kunne ikke læses.');
    return this.doc.pkg.toZip();
  }
}

function addRelationship(pkg: LoadedDocument['pkg'], source: string, type: string, target: string): void {
  const relsName = `${source.replace(/[^/]*$/, '')}_rels/${source.slice(source.lastIndexOf('/') + 1)}.rels`;
  const xml = pkg.text(relsName) ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const root = rootElement(parseXml(xml, relsName));
  if (!root) throw new FillError('Dokumentets relationer er beskadigede.');
  const ids = new Set(findAll(root, 'rel:Relationship').map((r) => xmlAttr(r, 'Id')));
  let n = 1;
  while (ids.has(`rIdKl${n}`)) n++;
  const rel = `<Relationship Id="rIdKl${n}" Type="${escapeAttr(type)}" Target="${escapeAttr(target)}"/>`;
  pkg.setText(relsName, xml.slice(0, root.innerEnd) + rel + xml.slice(root.innerEnd));
}

function addOverride(pkg: LoadedDocument['pkg'], part: string, contentType: string): void {
  const name = '[Content_Types].xml';
  const xml = pkg.text(name);
  if (xml === undefined) return;
  const root = rootElement(parseXml(xml, name));
  if (!root) return;
  const o = `<Override PartName="/${escapeAttr(part)}" ContentType="${escapeAttr(contentType)}"/>`;
  pkg.setText(name, xml.slice(0, root.innerEnd) + o + xml.slice(root.innerEnd));
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** The plain text of each comment in a comments part (runs joined), whatever prefix the writer used. */
function commentTexts(commentsXml: string): string[] {
  const out: string[] = [];
  for (const m of commentsXml.matchAll(/<([\w.-]+:)?comment\b[^>]*>([\s\S]*?)<\/\1?comment>/g)) {
    const body = m[2] ?? '';
    const runs = [...body.matchAll(/<(?:[\w.-]+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:[\w.-]+:)?t>/g)].map((t) => t[1] ?? '');
    out.push(runs.join('').replace(/&(amp|lt|gt|quot|apos);|&#(\d+);|&#x([0-9a-f]+);/gi, (_e, name: string | undefined, dec: string | undefined, hex: string | undefined) =>
      name ? XML_ENTITIES[name.toLowerCase()]! : String.fromCodePoint(dec ? Number(dec) : parseInt(hex!, 16))));
  }
  return out;
}
