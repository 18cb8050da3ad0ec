/**
 * The part of the Office.js Word object model that the Word adapter uses, as narrow interfaces.
 * Why not Word.* directly: the adapter must run against tests/fakes/word.ts (a typed in-memory
 * fake) as well as the real host, and a narrow surface makes the batching rules visible: every
 * property read here needs a load() and a sync() first, exactly as in Office.js.
 *
 * The real `Word` namespace is structurally wider; the entry file (src/addin/office-host.ts) hands
 * it over once as a WordHost.
 */

export type InsertLocation = 'Replace' | 'Start' | 'End' | 'Before' | 'After';
export type ChangeTrackingMode = 'Off' | 'TrackAll' | 'TrackMineOnly';

/** Office.js ClientResult: `value` is readable only after the next context.sync(). */
export interface WordClientResult<T> {
  readonly value: T;
}

export interface WordLoadable {
  load(propertyNames?: string | string[]): unknown;
}

export interface WordComment {
  readonly content?: string;
}

/**
 * WordApi 1.4: body.getComments(); `items/content` needs load() + sync() like every property.
 * https://learn.microsoft.com/javascript/api/word/word.body#word-word-body-getcomments-member(1)
 */
export interface WordCommentCollection extends WordLoadable {
  readonly items: WordComment[];
}

export interface WordRange extends WordLoadable {
  readonly text: string;
  select(selectionMode?: 'Select' | 'Start' | 'End'): void;
  insertComment(commentText: string): WordComment;
  insertText(text: string, insertLocation: InsertLocation): WordRange;
  insertOoxml(ooxml: string, insertLocation: InsertLocation): WordRange;
  expandTo(range: WordRange): WordRange;
}

export interface WordRangeCollection extends WordLoadable {
  readonly items: WordRange[];
}

export interface WordCheckboxContentControl {
  isChecked: boolean;
}

export interface WordContentControl extends WordLoadable {
  readonly id: number;
  readonly tag: string;
  readonly title: string;
  readonly type: string;
  readonly text: string;
  /** WordApi 1.7; only for checkbox controls. */
  readonly checkboxContentControl: WordCheckboxContentControl;
  insertText(text: string, insertLocation: 'Replace' | 'Start' | 'End'): WordRange;
  getRange(rangeLocation?: 'Whole' | 'Start' | 'End' | 'Before' | 'After' | 'Content'): WordRange;
  select(selectionMode?: 'Select' | 'Start' | 'End'): void;
}

export interface WordContentControlCollection extends WordLoadable {
  readonly items: WordContentControl[];
}

/**
 * WordApi 1.3, inside the WordApi 1.4 minimum the manifest asks for: a table, reached through a
 * paragraph standing in it. delete() deletes the entire table; its range takes insertOoxml
 * 'Before'/'After' like any range.
 * https://learn.microsoft.com/javascript/api/word/word.table#word-word-table-delete-member(1)
 */
export interface WordTable {
  getRange(rangeLocation?: 'Whole' | 'Start' | 'End' | 'After'): WordRange;
  delete(): void;
}

export interface WordParagraph extends WordLoadable {
  readonly text: string;
  /**
   * WordApi 1.3: the level of the paragraph's table, 0 outside a table, 1 in a top-level table
   * (needs load() + sync()). https://learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-tablenestinglevel-member
   */
  readonly tableNestingLevel: number;
  /**
   * WordApi 1.3: the innermost table holding the paragraph; ItemNotFound at sync when there is none.
   * https://learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-parenttable-member
   */
  readonly parentTable: WordTable;
  getRange(rangeLocation?: 'Whole' | 'Start' | 'End' | 'Content'): WordRange;
  insertText(text: string, insertLocation: 'Replace' | 'Start' | 'End'): WordRange;
  insertOoxml(ooxml: string, insertLocation: 'Replace' | 'Start' | 'End'): WordRange;
  insertParagraph(paragraphText: string, insertLocation: 'Before' | 'After'): WordParagraph;
  delete(): void;
  select(selectionMode?: 'Select' | 'Start' | 'End'): void;
}

export interface WordParagraphCollection extends WordLoadable {
  readonly items: WordParagraph[];
}

export interface WordBody extends WordLoadable {
  readonly text: string;
  readonly contentControls: WordContentControlCollection;
  readonly paragraphs: WordParagraphCollection;
  getOoxml(): WordClientResult<string>;
  /** WordApi 1.4. */
  getComments(): WordCommentCollection;
  insertOoxml(ooxml: string, insertLocation: 'Replace' | 'Start' | 'End'): WordRange;
  insertFileFromBase64(base64File: string, insertLocation: 'Replace' | 'Start' | 'End'): WordRange;
  search(searchText: string, options?: { matchCase?: boolean; ignoreSpace?: boolean; ignorePunct?: boolean }): WordRangeCollection;
}

export type HeaderFooterType = 'Primary' | 'FirstPage' | 'EvenPages';

/** A header's or footer's body: only its text is read (to recognise the template by its footer). */
export interface WordHeaderFooterBody extends WordLoadable {
  readonly text: string;
  insertText(text: string, insertLocation: 'Replace' | 'Start' | 'End'): WordRange;
}

export interface WordSection {
  getFooter(type: HeaderFooterType): WordHeaderFooterBody;
}

export interface WordSectionCollection {
  getFirst(): WordSection;
}

export interface WordDocument extends WordLoadable {
  readonly body: WordBody;
  readonly sections: WordSectionCollection;
  /** WordApi 1.4. */
  changeTrackingMode: ChangeTrackingMode;
}

export interface WordRequestContext {
  readonly document: WordDocument;
  sync(): Promise<void>;
}

/** What `Word` offers the adapter: Word.run. */
export interface WordHost {
  run<T>(batch: (context: WordRequestContext) => Promise<T>): Promise<T>;
}

/** What `Office.context` offers the adapter: requirement sets and the document's URL. */
export interface OfficeContextLike {
  isSetSupported(name: string, minVersion?: string): boolean;
  /** The document's URL when Office knows it (SharePoint/OneDrive or a local path), else null. */
  documentUrl(): string | null;
}
