/**
 * A typed in-memory fake of the part of Office.js Word that the add-in uses (src/document/word/word-api.ts).
 * It behaves like the host where the adapter could go wrong:
 * - batching: every load(), write and ClientResult is queued and only happens at context.sync(),
 *   which is counted (`syncCount`); reading a property that was not loaded and synced throws
 *   PropertyNotLoaded, as Office.js does;
 * - the document is a real WordprocessingML tree (from a .docx fixture); body.getOoxml() returns a
 *   Flat OPC package built from it, so the OOXML engine reads exactly what Word would hand over;
 * - requirement sets are configurable per test (Office.context.requirements.isSetSupported), and an
 *   API from a set the host lacks throws ApiNotFound when called;
 * - tables as Word reaches them from a paragraph (WordApi 1.3): Paragraph.tableNestingLevel,
 *   Paragraph.parentTable (ItemNotFound at sync outside a table), Table.delete() and Table.getRange();
 *   body.paragraphs lists the paragraphs of table cells too, in document order, as Word does;
 * - known host quirks from the Office.js issue trackers, switched on per test:
 *   `omitControlTypes`: plain-text and checkbox controls missing from ContentControlCollection.items
 *     (OfficeDev/office-js#6144; dropdowns nested in rich text: office-js-docs#290);
 *   `omitNested`: controls nested in another control missing from the collection (office-js-docs#290);
 *   `renumberIds`: ContentControl.id differs from the w:id in the OOXML (office-js-docs#259,
 *     office-js#2759 "ID unexpectedly changes"), so ids cannot be matched against getOoxml();
 *   `phantomParagraph`: body.paragraphs and the OOXML disagree on the paragraph count;
 *   getOoxml() of the body leaves out headers and footers, as a range's OOXML does.
 * With change tracking on (changeTrackingMode 'TrackAll'), text replacements become w:del/w:ins.
 */
import { DOMParser, XMLSerializer, type Document as XDocument, type Element as XElement, type Node as XNode } from '@xmldom/xmldom';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type {
  ChangeTrackingMode,
  InsertLocation,
  OfficeContextLike,
  WordBody,
  WordCheckboxContentControl,
  WordClientResult,
  WordComment,
  WordCommentCollection,
  WordContentControl,
  WordContentControlCollection,
  WordDocument,
  HeaderFooterType,
  WordHeaderFooterBody,
  WordSection,
  WordSectionCollection,
  WordHost,
  WordParagraph,
  WordParagraphCollection,
  WordRange,
  WordRangeCollection,
  WordRequestContext,
  WordTable,
} from '../../src/document/word/word-api';
import { FakeOfficeDialogs } from './office-dialog';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';
const PKG = 'http://schemas.microsoft.com/office/2006/xmlPackage';

export type ControlType = 'RichText' | 'PlainText' | 'CheckBox' | 'DatePicker' | 'DropDownList' | 'ComboBox' | 'Picture';

export interface FakeWordQuirks {
  omitControlTypes?: ControlType[];
  omitNested?: boolean;
  renumberIds?: boolean;
  /** body.paragraphs lists a paragraph the body's OOXML lacks (as text-box paragraphs or a final mark can). */
  phantomParagraph?: boolean;
}

export interface FakeWordOptions {
  /** The document open in the fake Word (.docx bytes). */
  docx: Uint8Array;
  /** Highest WordApi version the host supports, e.g. '1.4' (default '1.7'). */
  wordApi?: string;
  quirks?: FakeWordQuirks;
  changeTrackingMode?: ChangeTrackingMode;
  /** Office.context.document.url (null: Office does not know it). */
  url?: string | null;
}

/** The error Office.js raises when a property is read before load() and sync(). */
export class PropertyNotLoaded extends Error {
  readonly code = 'PropertyNotLoaded';
}
/** The error Office.js raises when the host lacks the API's requirement set. */
export class ApiNotFound extends Error {
  readonly code = 'ApiNotFound';
}

export interface FakeComment {
  text: string;
  /** Text of the range the comment is anchored on. */
  anchorText: string;
  paragraphIndex: number;
}

export interface FakeSelection {
  text: string;
  paragraphIndex: number;
  controlId?: number;
}

const versionAtLeast = (have: string, want: string): boolean => {
  const [a1 = 0, a2 = 0] = have.split('.').map(Number);
  const [b1 = 0, b2 = 0] = want.split('.').map(Number);
  return a1 > b1 || (a1 === b1 && a2 >= b2);
};

const elementChildren = (n: XNode): XElement[] => {
  const out: XElement[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c as XElement);
  return out;
};
const isW = (n: XNode | null, local: string): boolean =>
  !!n && n.nodeType === 1 && (n as XElement).namespaceURI === W && (n as XElement).localName === local;
const descendants = (root: XElement, ns: string, local: string): XElement[] =>
  Array.from(root.getElementsByTagNameNS(ns, local)) as XElement[];
const firstChildW = (n: XElement, local: string): XElement | undefined => elementChildren(n).find((c) => isW(c, local));
const hasAncestor = (n: XElement, stop: XElement, pred: (e: XElement) => boolean): boolean => {
  for (let p = n.parentNode; p && p !== stop; p = p.parentNode) if (p.nodeType === 1 && pred(p as XElement)) return true;
  return false;
};

/** Visible text (tracked deletions left out), as Word's `text` property gives it. */
function textOf(n: XElement): string {
  let s = '';
  const walk = (e: XElement): void => {
    for (const c of elementChildren(e)) {
      if (isW(c, 'del') || isW(c, 'sdtPr') || isW(c, 'rPr') || isW(c, 'pPr')) continue;
      if (isW(c, 't')) s += c.textContent ?? '';
      else if (isW(c, 'tab')) s += '\t';
      else if (isW(c, 'p') && s.length > 0) { s += '\r'; walk(c); }
      else walk(c);
    }
  };
  walk(n);
  return s;
}

class FakeRequestContext implements WordRequestContext {
  readonly queue: Array<() => void> = [];
  readonly document: FakeDocument;
  constructor(readonly word: FakeWord) {
    this.document = new FakeDocument(this);
  }
  async sync(): Promise<void> {
    this.word.syncCount++;
    const ops = this.queue.splice(0);
    for (const op of ops) op();
  }
  /** Queues a write; it throws ApiNotFound at once when the host lacks the set, as Office.js does. */
  enqueue(op: () => void, requires?: string): void {
    if (requires && !this.word.isSetSupported('WordApi', requires)) {
      throw new ApiNotFound(`Denne API kræver WordApi ${requires}.`);
    }
    this.queue.push(op);
  }
}

/** Base of every proxy: property reads need load() + sync(). */
abstract class FakeProxy {
  private readonly loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: FakeRequestContext) {}
  /** Marks properties loaded at once: a collection's items arrive loaded with the collection. */
  markLoaded(names: string[]): this {
    for (const n of names) this.loaded.set(n, this.readLive(n));
    return this;
  }
  load(propertyNames?: string | string[]): this {
    const names = this.propertyList(propertyNames);
    this.ctx.queue.push(() => {
      for (const n of names) this.loaded.set(n, this.readLive(n));
    });
    return this;
  }
  protected propertyList(p?: string | string[]): string[] {
    const raw = p === undefined ? this.defaultProperties() : Array.isArray(p) ? p : p.split(',');
    return raw.map((s) => s.trim().replace(/^items\//, '')).filter(Boolean);
  }
  protected abstract defaultProperties(): string[];
  protected abstract readLive(name: string): unknown;
  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) {
      throw new PropertyNotLoaded(`The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    }
    return this.loaded.get(name) as T;
  }
}

class FakeClientResult<T> implements WordClientResult<T> {
  private ready = false;
  private v: T | undefined;
  constructor(ctx: FakeRequestContext, compute: () => T) {
    ctx.queue.push(() => {
      this.v = compute();
      this.ready = true;
    });
  }
  get value(): T {
    if (!this.ready) throw new PropertyNotLoaded('The value of the result object has not been loaded yet. Call "context.sync()" first.');
    return this.v as T;
  }
}

/** A range is a lazily resolved list of nodes (resolved at sync time, like a host-side object path). */
class FakeRange extends FakeProxy implements WordRange {
  constructor(ctx: FakeRequestContext, readonly nodes: () => XElement[]) {
    super(ctx);
  }
  protected defaultProperties(): string[] { return ['text']; }
  protected readLive(name: string): unknown {
    if (name === 'text') return this.nodes().map(textOf).join('\r');
    return undefined;
  }
  get text(): string { return this.get('text'); }
  select(): void {
    this.ctx.enqueue(() => this.ctx.word.recordSelection(this.nodes()));
  }
  insertComment(commentText: string): WordComment {
    this.ctx.enqueue(() => this.ctx.word.recordComment(this.nodes(), commentText), '1.4');
    return { content: commentText };
  }
  insertText(text: string, insertLocation: InsertLocation): WordRange {
    this.ctx.enqueue(() => {
      for (const [i, n] of this.nodes().entries()) this.ctx.word.replaceText(n, i === 0 ? text : '', insertLocation);
    });
    return this;
  }
  insertOoxml(ooxml: string, insertLocation: InsertLocation): WordRange {
    let inserted: XElement[] = [];
    this.ctx.enqueue(() => {
      inserted = this.ctx.word.insertOoxmlAt(this.nodes(), ooxml, insertLocation);
    });
    return new FakeRange(this.ctx, () => inserted);
  }
  expandTo(range: WordRange): WordRange {
    const other = range as FakeRange;
    return new FakeRange(this.ctx, () => this.ctx.word.paragraphsBetween(this.nodes()[0], other.nodes().at(-1)));
  }
}

class FakeRangeCollection extends FakeProxy implements WordRangeCollection {
  constructor(ctx: FakeRequestContext, private readonly resolve: () => XElement[][]) {
    super(ctx);
  }
  protected defaultProperties(): string[] { return ['text']; }
  private itemsLoaded: FakeRange[] | null = null;
  override load(propertyNames?: string | string[]): this {
    const names = this.propertyList(propertyNames);
    this.ctx.queue.push(() => {
      this.itemsLoaded = this.resolve().map((nodes) => {
        return new FakeRange(this.ctx, () => nodes).markLoaded(names);
      });
    });
    return this;
  }
  protected readLive(): unknown { return undefined; }
  get items(): WordRange[] {
    if (!this.itemsLoaded) throw new PropertyNotLoaded("The property 'items' is not available. Call load() and context.sync() first.");
    return this.itemsLoaded;
  }
}

class FakeCheckbox implements WordCheckboxContentControl {
  constructor(private readonly ctx: FakeRequestContext, private readonly sdt: XElement, private readonly loadedValue: () => boolean) {}
  get isChecked(): boolean { return this.loadedValue(); }
  set isChecked(v: boolean) {
    this.ctx.enqueue(() => this.ctx.word.setChecked(this.sdt, v), '1.7');
  }
}

class FakeContentControl extends FakeProxy implements WordContentControl {
  constructor(ctx: FakeRequestContext, readonly sdt: XElement) {
    super(ctx);
  }
  protected defaultProperties(): string[] { return ['id', 'tag', 'title', 'type', 'text']; }
  protected readLive(name: string): unknown {
    const w = this.ctx.word;
    switch (name) {
      case 'id': return w.apiIdOf(this.sdt);
      case 'tag': return w.sdtProp(this.sdt, 'tag');
      case 'title': return w.sdtProp(this.sdt, 'alias');
      case 'type': return w.controlType(this.sdt);
      case 'text': return textOf(firstChildW(this.sdt, 'sdtContent') ?? this.sdt);
      case 'checkboxContentControl/isChecked': return w.isChecked(this.sdt);
      default: return undefined;
    }
  }
  get id(): number { return this.get('id'); }
  get tag(): string { return this.get('tag'); }
  get title(): string { return this.get('title'); }
  get type(): string { return this.get('type'); }
  get text(): string { return this.get('text'); }
  get checkboxContentControl(): WordCheckboxContentControl {
    if (!this.ctx.word.isSetSupported('WordApi', '1.7')) throw new ApiNotFound('checkboxContentControl kræver WordApi 1.7.');
    if (this.ctx.word.controlType(this.sdt) !== 'CheckBox') throw new Error('InvalidArgument: the content control is not a checkbox.');
    return new FakeCheckbox(this.ctx, this.sdt, () => this.get('checkboxContentControl/isChecked'));
  }
  insertText(text: string, insertLocation: 'Replace' | 'Start' | 'End'): WordRange {
    this.ctx.enqueue(() => this.ctx.word.replaceText(this.sdt, text, insertLocation));
    return new FakeRange(this.ctx, () => [this.sdt]);
  }
  getRange(): WordRange {
    return new FakeRange(this.ctx, () => [this.sdt]);
  }
  select(): void {
    this.ctx.enqueue(() => this.ctx.word.recordSelection([this.sdt]));
  }
}


class FakeContentControlCollection extends FakeProxy implements WordContentControlCollection {
  private itemsLoaded: FakeContentControl[] | null = null;
  constructor(ctx: FakeRequestContext, private readonly filter: (sdt: XElement) => boolean = () => true) {
    super(ctx);
  }
  protected defaultProperties(): string[] { return ['id', 'tag', 'title', 'type', 'text']; }
  protected readLive(): unknown { return undefined; }
  override load(propertyNames?: string | string[]): this {
    const names = this.propertyList(propertyNames);
    this.ctx.queue.push(() => {
      this.itemsLoaded = this.ctx.word.visibleControls().filter(this.filter).map((sdt) => new FakeContentControl(this.ctx, sdt).markLoaded(names));
    });
    return this;
  }
  get items(): WordContentControl[] {
    if (!this.itemsLoaded) throw new PropertyNotLoaded("The property 'items' is not available. Call load() and context.sync() first.");
    return this.itemsLoaded;
  }
  getByTag(tag: string): FakeContentControlCollection {
    return new FakeContentControlCollection(this.ctx, (sdt) => this.filter(sdt) && this.ctx.word.sdtProp(sdt, 'tag') === tag);
  }
  getByTitle(title: string): FakeContentControlCollection {
    return new FakeContentControlCollection(this.ctx, (sdt) => this.filter(sdt) && this.ctx.word.sdtProp(sdt, 'alias') === title);
  }
}

/**
 * Word.Table (WordApi 1.3), as reached from a paragraph: resolved at sync time, so a paragraph
 * outside any table fails there with ItemNotFound, as Paragraph.parentTable does.
 * delete() "deletes the entire table": https://learn.microsoft.com/javascript/api/word/word.table#word-word-table-delete-member(1)
 * getRange() is the table's range; insertOoxml 'Before'/'After' on it goes next to the table.
 */
class FakeTable implements WordTable {
  constructor(private readonly ctx: FakeRequestContext, private readonly resolve: () => XElement) {}
  getRange(): WordRange {
    return new FakeRange(this.ctx, () => [this.resolve()]);
  }
  delete(): void {
    this.ctx.enqueue(() => this.ctx.word.deleteTable(this.resolve()), '1.3');
  }
}

class FakeParagraph extends FakeProxy implements WordParagraph {
  constructor(ctx: FakeRequestContext, readonly p: XElement) {
    super(ctx);
  }
  protected defaultProperties(): string[] { return ['text']; }
  protected readLive(name: string): unknown {
    if (name === 'text') return textOf(this.p);
    if (name === 'tableNestingLevel') {
      if (!this.ctx.word.isSetSupported('WordApi', '1.3')) throw new ApiNotFound('tableNestingLevel kræver WordApi 1.3.');
      return this.ctx.word.tableNestingLevel(this.p);
    }
    return undefined;
  }
  get text(): string { return this.get('text'); }
  /** 0 outside a table, 1 in a top-level table, 2 in a table nested in a cell (Word.Paragraph.tableNestingLevel, WordApi 1.3). */
  get tableNestingLevel(): number { return this.get('tableNestingLevel'); }
  /** The innermost table holding the paragraph (Word.Paragraph.parentTable, WordApi 1.3). */
  get parentTable(): WordTable {
    if (!this.ctx.word.isSetSupported('WordApi', '1.3')) throw new ApiNotFound('parentTable kræver WordApi 1.3.');
    return new FakeTable(this.ctx, () => {
      const t = this.ctx.word.innermostTable(this.p);
      if (!t) throw new Error('ItemNotFound: the paragraph is not in a table');
      return t;
    });
  }
  getRange(): WordRange { return new FakeRange(this.ctx, () => [this.p]); }
  insertText(text: string, insertLocation: 'Replace' | 'Start' | 'End'): WordRange {
    this.ctx.enqueue(() => this.ctx.word.replaceText(this.p, text, insertLocation));
    return new FakeRange(this.ctx, () => [this.p]);
  }
  insertOoxml(ooxml: string, insertLocation: 'Replace' | 'Start' | 'End'): WordRange {
    let inserted: XElement[] = [];
    this.ctx.enqueue(() => {
      inserted = this.ctx.word.insertOoxmlAt([this.p], ooxml, insertLocation);
    });
    return new FakeRange(this.ctx, () => inserted);
  }
  insertParagraph(paragraphText: string, insertLocation: 'Before' | 'After'): WordParagraph {
    let created: XElement | null = null;
    this.ctx.enqueue(() => {
      created = this.ctx.word.insertParagraphNear(this.p, paragraphText, insertLocation);
    });
    return new FakeParagraph(this.ctx, new Proxy({} as XElement, { get: (_t, k) => (created as unknown as Record<string | symbol, unknown>)[k] }));
  }
  delete(): void {
    this.ctx.enqueue(() => this.ctx.word.deleteParagraph(this.p));
  }
  select(): void {
    this.ctx.enqueue(() => this.ctx.word.recordSelection([this.p]));
  }
}

class FakeFooterBody extends FakeProxy implements WordHeaderFooterBody {
  constructor(ctx: FakeRequestContext, private readonly type: HeaderFooterType) {
    super(ctx);
  }
  protected defaultProperties(): string[] { return ['text']; }
  protected readLive(name: string): unknown { return name === 'text' ? this.ctx.word.footerText(this.type) : undefined; }
  get text(): string { return this.get('text'); }
  insertText(text: string, insertLocation: 'Replace' | 'Start' | 'End'): WordRange {
    this.ctx.enqueue(() => {
      const old = insertLocation === 'Replace' ? '' : this.ctx.word.footerText(this.type);
      this.ctx.word.footerOverrides.set(this.type, insertLocation === 'Start' ? text + old : old + text);
    });
    return new FakeRange(this.ctx, () => []);
  }
}

class FakeSectionCollection implements WordSectionCollection {
  constructor(private readonly ctx: FakeRequestContext) {}
  getFirst(): WordSection {
    return { getFooter: (type: HeaderFooterType) => new FakeFooterBody(this.ctx, type) };
  }
}

class FakeParagraphCollection extends FakeProxy implements WordParagraphCollection {
  private itemsLoaded: FakeParagraph[] | null = null;
  protected defaultProperties(): string[] { return ['text']; }
  protected readLive(): unknown { return undefined; }
  override load(propertyNames?: string | string[]): this {
    const names = this.propertyList(propertyNames);
    this.ctx.queue.push(() => {
      this.itemsLoaded = this.ctx.word.paragraphs().map((p) => new FakeParagraph(this.ctx, p).markLoaded(names));
      if (this.ctx.word.hasPhantomParagraph) {
        this.itemsLoaded.unshift(new FakeParagraph(this.ctx, this.ctx.word.phantomParagraph()).markLoaded(names));
      }
    });
    return this;
  }
  get items(): WordParagraph[] {
    if (!this.itemsLoaded) throw new PropertyNotLoaded("The property 'items' is not available. Call load() and context.sync() first.");
    return this.itemsLoaded;
  }
}

/** body.getComments() (WordApi 1.4): the comments in the document, each with its text as `content`. */
class FakeCommentCollection implements WordCommentCollection {
  private loaded: WordComment[] | null = null;
  constructor(private readonly ctx: FakeRequestContext) {}
  load(): this {
    this.ctx.enqueue(() => { this.loaded = this.ctx.word.comments.map((c) => ({ content: c.text })); }, '1.4');
    return this;
  }
  get items(): WordComment[] {
    if (!this.loaded) throw new PropertyNotLoaded("The property 'items' is not available. Call load() and context.sync() first.");
    return this.loaded;
  }
}

class FakeBody extends FakeProxy implements WordBody {
  readonly contentControls: FakeContentControlCollection;
  readonly paragraphs: FakeParagraphCollection;
  constructor(ctx: FakeRequestContext) {
    super(ctx);
    this.contentControls = new FakeContentControlCollection(ctx);
    this.paragraphs = new FakeParagraphCollection(ctx);
  }
  protected defaultProperties(): string[] { return ['text']; }
  protected readLive(name: string): unknown { return name === 'text' ? this.ctx.word.paragraphs().map(textOf).join('\r') : undefined; }
  get text(): string { return this.get('text'); }
  getOoxml(): WordClientResult<string> {
    return new FakeClientResult(this.ctx, () => this.ctx.word.bodyFlatOpc());
  }
  getComments(): WordCommentCollection {
    return new FakeCommentCollection(this.ctx);
  }
  insertOoxml(ooxml: string, insertLocation: 'Replace' | 'Start' | 'End'): WordRange {
    let inserted: XElement[] = [];
    this.ctx.enqueue(() => {
      inserted = this.ctx.word.insertIntoBody(this.ctx.word.bodyElementsFromFlatOpc(ooxml), insertLocation);
    });
    return new FakeRange(this.ctx, () => inserted);
  }
  insertFileFromBase64(base64File: string, insertLocation: 'Replace' | 'Start' | 'End'): WordRange {
    let inserted: XElement[] = [];
    this.ctx.enqueue(() => {
      inserted = this.ctx.word.insertIntoBody(this.ctx.word.bodyElementsFromDocx(Buffer.from(base64File, 'base64')), insertLocation);
    });
    return new FakeRange(this.ctx, () => inserted);
  }
  search(searchText: string, options?: { matchCase?: boolean }): WordRangeCollection {
    return new FakeRangeCollection(this.ctx, () => {
      const norm = (s: string) => (options?.matchCase ? s : s.toLowerCase());
      return this.ctx.word.paragraphs().filter((p) => norm(textOf(p)).includes(norm(searchText))).map((p) => [p]);
    });
  }
}

class FakeDocument extends FakeProxy implements WordDocument {
  readonly body: FakeBody;
  readonly sections: FakeSectionCollection;
  constructor(ctx: FakeRequestContext) {
    super(ctx);
    this.body = new FakeBody(ctx);
    this.sections = new FakeSectionCollection(ctx);
  }
  protected defaultProperties(): string[] { return ['changeTrackingMode']; }
  protected readLive(name: string): unknown {
    if (name === 'changeTrackingMode') {
      if (!this.ctx.word.isSetSupported('WordApi', '1.4')) throw new ApiNotFound('changeTrackingMode kræver WordApi 1.4.');
      return this.ctx.word.changeTrackingMode;
    }
    return undefined;
  }
  get changeTrackingMode(): ChangeTrackingMode { return this.get('changeTrackingMode'); }
  set changeTrackingMode(mode: ChangeTrackingMode) {
    this.ctx.enqueue(() => { this.ctx.word.changeTrackingMode = mode; }, '1.4');
  }
}


export class FakeWord {
  syncCount = 0;
  changeTrackingMode: ChangeTrackingMode;
  readonly comments: FakeComment[] = [];
  selection: FakeSelection | null = null;
  readonly url: string | null;
  private readonly parts: Map<string, Uint8Array>;
  private doc: XDocument;
  private readonly wordApi: string;
  private readonly quirks: FakeWordQuirks;
  private revisionId = 9000;

  constructor(options: FakeWordOptions) {
    const files = unzipSync(options.docx);
    this.parts = new Map(Object.entries(files));
    const main = this.parts.get('word/document.xml');
    if (!main) throw new Error('The fake opens only documents whose main part is word/document.xml.');
    this.doc = new DOMParser().parseFromString(strFromU8(main), 'text/xml');
    this.wordApi = options.wordApi ?? '1.7';
    this.quirks = options.quirks ?? {};
    this.changeTrackingMode = options.changeTrackingMode ?? 'Off';
    this.url = options.url ?? null;
  }

  /** `Word` as the adapter sees it. */
  readonly host: WordHost = {
    run: async <T>(batch: (context: WordRequestContext) => Promise<T>): Promise<T> => batch(new FakeRequestContext(this)),
  };

  /** Office's dialog API (`Office.context.ui`, Office.EventType), for the sign-in dialog. */
  readonly dialogs = new FakeOfficeDialogs();

  /** `Office.context` as the adapter sees it. */
  readonly office: OfficeContextLike = {
    isSetSupported: (name, minVersion) => this.isSetSupported(name, minVersion),
    documentUrl: () => this.url,
  };

  get hasPhantomParagraph(): boolean {
    return !!this.quirks.phantomParagraph;
  }

  /** A paragraph Word lists but the OOXML does not hold (detached: writing to it changes nothing). */
  phantomParagraph(): XElement {
    const p = this.el('p');
    p.appendChild(this.run('Tekstfelt'));
    return p;
  }

  isSetSupported(name: string, minVersion = '1.1'): boolean {
    return name === 'WordApi' && versionAtLeast(this.wordApi, minVersion);
  }

  /** The document as it now stands, as .docx bytes (to check what the add-in wrote). */
  toDocx(): Uint8Array {
    const files: Record<string, Uint8Array> = {};
    for (const [name, bytes] of this.parts) files[name] = bytes;
    files['word/document.xml'] = strToU8(new XMLSerializer().serializeToString(this.doc));
    return zipSync(files);
  }

  private get body(): XElement {
    const b = descendants(this.doc.documentElement as unknown as XElement, W, 'body')[0];
    if (!b) throw new Error('document.xml has no w:body');
    return b;
  }

  paragraphs(): XElement[] {
    return descendants(this.body, W, 'p').filter((p) => !hasAncestor(p, this.body, (e) => isW(e, 'txbxContent')));
  }

  paragraphIndexOf(n: XElement): number {
    const ps = this.paragraphs();
    let p: XNode | null = n;
    while (p && !isW(p, 'p')) p = p.parentNode;
    if (p) return ps.indexOf(p as XElement);
    const inner = descendants(n, W, 'p')[0];
    return inner ? ps.indexOf(inner) : -1;
  }

  paragraphsBetween(a: XElement | undefined, b: XElement | undefined): XElement[] {
    if (!a || !b) return [];
    const ps = this.paragraphs();
    const i = this.paragraphIndexOf(a), j = this.paragraphIndexOf(b);
    return ps.slice(Math.min(i, j), Math.max(i, j) + 1);
  }

  private allControls(): XElement[] {
    return descendants(this.body, W, 'sdt');
  }

  /** Content controls the collection returns, after the configured host quirks. */
  visibleControls(): XElement[] {
    return this.allControls().filter((sdt) => {
      if (this.quirks.omitControlTypes?.includes(this.controlType(sdt))) return false;
      if (this.quirks.omitNested && hasAncestor(sdt, this.body, (e) => isW(e, 'sdt'))) return false;
      return true;
    });
  }

  apiIdOf(sdt: XElement): number {
    if (this.quirks.renumberIds) return 700000 + this.allControls().indexOf(sdt) * 7;
    const id = firstChildW(firstChildW(sdt, 'sdtPr') ?? sdt, 'id');
    return Number(id?.getAttributeNS(W, 'val') ?? id?.getAttribute('w:val') ?? 0);
  }

  sdtProp(sdt: XElement, local: 'tag' | 'alias'): string {
    const pr = firstChildW(sdt, 'sdtPr');
    const el = pr && firstChildW(pr, local);
    return el?.getAttribute('w:val') ?? '';
  }

  controlType(sdt: XElement): ControlType {
    const pr = firstChildW(sdt, 'sdtPr');
    if (!pr) return 'RichText';
    for (const c of elementChildren(pr)) {
      if (c.namespaceURI === W14 && c.localName === 'checkbox') return 'CheckBox';
      if (isW(c, 'text')) return 'PlainText';
      if (isW(c, 'date')) return 'DatePicker';
      if (isW(c, 'dropDownList')) return 'DropDownList';
      if (isW(c, 'comboBox')) return 'ComboBox';
      if (isW(c, 'picture')) return 'Picture';
    }
    return 'RichText';
  }

  isChecked(sdt: XElement): boolean {
    const checked = descendants(firstChildW(sdt, 'sdtPr') ?? sdt, W14, 'checked')[0];
    const v = checked?.getAttribute('w14:val') ?? '0';
    return v === '1' || v === 'true';
  }

  setChecked(sdt: XElement, value: boolean): void {
    const pr = firstChildW(sdt, 'sdtPr');
    const box = pr && descendants(pr, W14, 'checkbox')[0];
    if (!box) throw new Error('InvalidArgument: not a checkbox content control');
    const checked = descendants(box, W14, 'checked')[0];
    checked?.setAttribute('w14:val', value ? '1' : '0');
    const state = descendants(box, W14, value ? 'checkedState' : 'uncheckedState')[0];
    const glyph = String.fromCharCode(parseInt(state?.getAttribute('w14:val') ?? (value ? '2612' : '2610'), 16));
    this.replaceText(sdt, glyph, 'Replace');
  }

  /** Text of the first section's footer of a kind (empty when there is none), from the package's footer parts. */
  /** Footer texts written through the API (the package's footer parts stay as they were). */
  readonly footerOverrides = new Map<HeaderFooterType, string>();

  footerText(type: HeaderFooterType): string {
    const override = this.footerOverrides.get(type);
    if (override !== undefined) return override;
    const sectPr = elementChildren(this.body).find((c) => isW(c, 'sectPr'));
    const wanted = type === 'Primary' ? 'default' : type === 'FirstPage' ? 'first' : 'even';
    const ref = sectPr && elementChildren(sectPr).find((c) => isW(c, 'footerReference') && (c.getAttribute('w:type') || 'default') === wanted);
    const rid = ref?.getAttribute('r:id');
    if (!rid) return '';
    const rels = strFromU8(this.parts.get('word/_rels/document.xml.rels') ?? new Uint8Array());
    const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)?.[1];
    const part = target && this.parts.get(`word/${target.replace(/^\/?word\//, '')}`);
    if (!part) return '';
    const d = new DOMParser().parseFromString(strFromU8(part), 'text/xml');
    return descendants(d.documentElement as unknown as XElement, W, 'p').map(textOf).join('\r');
  }

  insertParagraphNear(p: XElement, text: string, where: 'Before' | 'After'): XElement {
    const np = this.el('p');
    const pPr = firstChildW(p, 'pPr');
    if (pPr) np.appendChild(pPr.cloneNode(true));
    const r = this.run(text);
    if (this.changeTrackingMode !== 'Off') {
      const ins = this.revision('ins');
      ins.appendChild(r);
      np.appendChild(ins);
    } else np.appendChild(r);
    p.parentNode?.insertBefore(np, where === 'After' ? p.nextSibling : p);
    return np;
  }

  /** Word.Paragraph.tableNestingLevel: the number of tables around the paragraph (0 outside any). */
  tableNestingLevel(p: XElement): number {
    let n = 0;
    for (let e = p.parentNode; e && e !== this.body; e = e.parentNode) if (isW(e, 'tbl')) n++;
    return n;
  }

  innermostTable(p: XElement): XElement | undefined {
    for (let e = p.parentNode; e && e !== this.body; e = e.parentNode) if (isW(e, 'tbl')) return e as XElement;
    return undefined;
  }

  /**
   * Table.delete(): the table with every row, cell and nested table goes. Simplification: with
   * tracking on, Word would record the deletion as a revision; the fake deletes untracked.
   */
  deleteTable(tbl: XElement): void {
    tbl.parentNode?.removeChild(tbl);
  }

  deleteParagraph(p: XElement): void {
    if (this.changeTrackingMode !== 'Off') {
      this.replaceText(p, '', 'Replace');
      return;
    }
    p.parentNode?.removeChild(p);
  }

  recordSelection(nodes: XElement[]): void {
    const first = nodes[0];
    if (!first) throw new Error('ItemNotFound: the range is empty');
    this.selection = {
      text: nodes.map(textOf).join('\r'),
      paragraphIndex: this.paragraphIndexOf(first),
      ...(isW(first, 'sdt') ? { controlId: this.apiIdOf(first) } : {}),
    };
  }

  recordComment(nodes: XElement[], text: string): void {
    const first = nodes[0];
    if (!first) throw new Error('ItemNotFound: the range is empty');
    this.comments.push({ text, anchorText: nodes.map(textOf).join('\r'), paragraphIndex: this.paragraphIndexOf(first) });
  }

  private el(local: string): XElement {
    return this.doc.createElementNS(W, `w:${local}`) as unknown as XElement;
  }

  private run(text: string, rPr?: XElement, del = false): XElement {
    const r = this.el('r');
    if (rPr) r.appendChild(rPr.cloneNode(true));
    const t = this.el(del ? 'delText' : 't');
    t.setAttribute('xml:space', 'preserve');
    t.appendChild(this.doc.createTextNode(text));
    r.appendChild(t);
    return r;
  }

  private revision(local: 'ins' | 'del'): XElement {
    const e = this.el(local);
    e.setAttribute('w:id', String(this.revisionId++));
    e.setAttribute('w:author', 'KL Kontrakt');
    e.setAttribute('w:date', '2026-01-01T00:00:00Z');
    return e;
  }

  /**
   * Replaces the text of a paragraph, a content control or the body range of one, keeping the
   * first run's formatting (without placeholder styling). With tracking on, old runs become w:del
   * and the new one a w:ins, as Word records an edit.
   */
  replaceText(node: XElement, text: string, location: 'Replace' | 'Start' | 'End' | InsertLocation): void {
    const container = isW(node, 'sdt') ? firstChildW(node, 'sdtContent') : node;
    if (!container) throw new Error('GeneralException: content control without content');
    if (isW(node, 'sdt')) {
      const pr = firstChildW(node, 'sdtPr');
      const plc = pr && firstChildW(pr, 'showingPlcHdr');
      if (plc) pr.removeChild(plc);
      const date = pr && firstChildW(pr, 'date');
      if (date?.hasAttribute('w:fullDate')) date.removeAttribute('w:fullDate');
    }
    const blockLevel = elementChildren(container).some((c) => isW(c, 'p') || isW(c, 'tbl'));
    const target = blockLevel ? (elementChildren(container).find((c) => isW(c, 'p')) ?? container) : container;
    if (blockLevel) for (const c of elementChildren(container)) if (c !== target) container.removeChild(c);
    const runs = elementChildren(target).filter((c) => !isW(c, 'pPr') && !isW(c, 'sdtPr'));
    const firstRPr = descendants(target, W, 'rPr')[0];
    const rPr = firstRPr ? (firstRPr.cloneNode(true) as XElement) : undefined;
    if (rPr) for (const s of elementChildren(rPr)) if (isW(s, 'rStyle') && s.getAttribute('w:val') === 'PlaceholderText') rPr.removeChild(s);
    const tracked = this.changeTrackingMode !== 'Off';
    const newRun = this.run(text, rPr);
    if (location === 'Replace') {
      for (const r of runs) {
        if (tracked && (isW(r, 'r') || isW(r, 'sdt'))) {
          for (const t of descendants(r, W, 't')) {
            const dt = this.el('delText');
            dt.setAttribute('xml:space', 'preserve');
            dt.appendChild(this.doc.createTextNode(t.textContent ?? ''));
            t.parentNode?.replaceChild(dt, t);
          }
          const del = this.revision('del');
          target.replaceChild(del, r);
          del.appendChild(r);
        } else if (!isW(r, 'del')) {
          target.removeChild(r);
        }
      }
    }
    if (!text) return;
    const toInsert = tracked ? this.revision('ins') : newRun;
    if (tracked) toInsert.appendChild(newRun);
    const pPr = firstChildW(target, 'pPr');
    if (location === 'Start') target.insertBefore(toInsert, pPr ? pPr.nextSibling : target.firstChild);
    else target.appendChild(toInsert);
  }

  /** Body-level elements (w:p, w:tbl, w:sdt) of the main document part of a Flat OPC package. */
  bodyElementsFromFlatOpc(flatOpc: string): XElement[] {
    const pkg = new DOMParser().parseFromString(flatOpc, 'text/xml');
    for (const part of Array.from(pkg.getElementsByTagNameNS(PKG, 'part')) as XElement[]) {
      const name = part.getAttributeNS(PKG, 'name') || part.getAttribute('pkg:name');
      if (name !== '/word/document.xml') continue;
      const body = descendants(part, W, 'body')[0];
      if (!body) break;
      return elementChildren(body).filter((c) => !isW(c, 'sectPr')).map((c) => this.doc.importNode(c as never, true) as unknown as XElement);
    }
    throw new Error('InvalidArgument: the OOXML has no /word/document.xml part with a body');
  }

  bodyElementsFromDocx(bytes: Uint8Array): XElement[] {
    const main = unzipSync(bytes)['word/document.xml'];
    if (!main) throw new Error('InvalidArgument: the file has no word/document.xml');
    const d = new DOMParser().parseFromString(strFromU8(main), 'text/xml');
    const body = descendants(d.documentElement as unknown as XElement, W, 'body')[0];
    if (!body) throw new Error('InvalidArgument: the file has no body');
    return elementChildren(body).filter((c) => !isW(c, 'sectPr')).map((c) => this.doc.importNode(c as never, true) as unknown as XElement);
  }

  insertIntoBody(elements: XElement[], location: 'Replace' | 'Start' | 'End'): XElement[] {
    const body = this.body;
    const sectPr = elementChildren(body).find((c) => isW(c, 'sectPr'));
    if (location === 'Replace') for (const c of elementChildren(body)) if (c !== sectPr) body.removeChild(c);
    const before = location === 'Start' ? body.firstChild : (sectPr ?? null);
    for (const e of elements) body.insertBefore(e, before);
    return elements;
  }

  /**
   * insertOoxml on a range. Paragraph-level content inserted 'After' a paragraph goes after it
   * (inside the same table cell); 'Replace' swaps the range's paragraphs for the new content.
   */
  insertOoxmlAt(nodes: XElement[], ooxml: string, location: InsertLocation): XElement[] {
    const elements = this.bodyElementsFromFlatOpc(ooxml);
    const first = nodes[0], last = nodes.at(-1);
    if (!first || !last) throw new Error('ItemNotFound: the range is empty');
    const blockOf = (n: XElement): XElement => {
      let p: XNode | null = n;
      while (p && !isW(p, 'p') && !isW(p, 'tbl')) p = p.parentNode;
      return (p as XElement | null) ?? n;
    };
    const a = blockOf(first), b = blockOf(last);
    const parent = a.parentNode as XElement;
    if (location === 'After' || location === 'End') {
      const next = b.nextSibling;
      for (const e of elements) parent.insertBefore(e, next);
    } else if (location === 'Before' || location === 'Start') {
      for (const e of elements) parent.insertBefore(e, a);
    } else {
      // Simplification: Word would record this as a tracked deletion and insertion when tracking is
      // on; the fake replaces untracked (tests of tracked edits use insertText).
      for (const e of elements) parent.insertBefore(e, a);
      const span = this.paragraphsBetween(a, b);
      for (const p of span) p.parentNode?.removeChild(p);
    }
    return elements;
  }

  /**
   * body.getOoxml(): a Flat OPC package of the main document and the parts it needs for styling.
   * Like Word's range OOXML it leaves out headers, footers and their references.
   */
  bodyFlatOpc(): string {
    const ser = new XMLSerializer();
    const contentTypes = strFromU8(this.parts.get('[Content_Types].xml') ?? new Uint8Array());
    const typeOf = (name: string): string => {
      const override = new RegExp(`PartName="/${name.replace(/[.[\]]/g, '\\$&')}"\\s+ContentType="([^"]+)"`).exec(contentTypes)
        ?? new RegExp(`ContentType="([^"]+)"\\s+PartName="/${name.replace(/[.[\]]/g, '\\$&')}"`).exec(contentTypes);
      if (override?.[1]) return override[1];
      const ext = name.split('.').pop() ?? '';
      return new RegExp(`Extension="${ext}"\\s+ContentType="([^"]+)"`, 'i').exec(contentTypes)?.[1] ?? 'application/xml';
    };
    const docClone = this.doc.cloneNode(true) as XDocument;
    for (const ref of [...descendants(docClone.documentElement as unknown as XElement, W, 'headerReference'), ...descendants(docClone.documentElement as unknown as XElement, W, 'footerReference')]) {
      ref.parentNode?.removeChild(ref);
    }
    const docXml = ser.serializeToString(docClone).replace(/^<\?xml[^>]*\?>\s*/, '');
    const out: string[] = ['<?xml version="1.0" standalone="yes"?>', '<?mso-application progid="Word.Document"?>', `<pkg:package xmlns:pkg="${PKG}">`];
    const skip = (name: string) => name === '[Content_Types].xml' || /^word\/(header|footer)\d*\.xml$/.test(name) || name.startsWith('docProps/') || name.startsWith('customXml/');
    for (const [name, bytes] of this.parts) {
      if (skip(name)) continue;
      const type = typeOf(name);
      let xml: string | null = null;
      if (name === 'word/document.xml') xml = docXml;
      else if (name.endsWith('.xml') || name.endsWith('.rels')) {
        xml = strFromU8(bytes).replace(/^\uFEFF?<\?xml[^>]*\?>\s*/, '');
        if (name === 'word/_rels/document.xml.rels') xml = xml.replace(/<Relationship\b[^>]*Target="(header|footer)\d*\.xml"[^>]*\/>/g, '');
      }
      if (xml !== null) out.push(`<pkg:part pkg:name="/${name}" pkg:contentType="${type}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`);
      else out.push(`<pkg:part pkg:name="/${name}" pkg:contentType="${type}" pkg:compression="store"><pkg:binaryData>${Buffer.from(bytes).toString('base64')}</pkg:binaryData></pkg:part>`);
    }
    out.push('</pkg:package>');
    return out.join('');
  }
}

/** Flat OPC of a whole .docx (every part), as Word's "Save as XML" writes it; for tests of the engine. */
export function docxToFlatOpc(docx: Uint8Array): string {
  return new FakeWord({ docx }).bodyFlatOpc();
}
