/**
 * One batched read of the open document: the body's OOXML (Flat OPC), the text of the first
 * section's footers, the content controls (id, tag, title, type) and the paragraphs, all queued
 * before a single context.sync().
 *
 * Why the OOXML and not the object model: the same OOXML engine as the CLI then reads the
 * contract, so the pane's findings are the CLI's findings by construction (labels, synonyms,
 * placeholders, tracked changes, checkbox glyphs), and it costs one round trip whatever the number
 * of fields. The content controls and paragraphs are loaded in the same batch only to map what
 * the engine found to live ranges for selecting, commenting and writing.
 * Why the footers separately: a range's OOXML (body.getOoxml()) carries no header or footer parts,
 * and the template is recognised by its footer; the footer text is added to the package as a part.
 */
import { loadPackage, type LoadedDocument } from '../ooxml/load';
import { OoxmlPackage } from '../ooxml/package';
import { readLoaded, unreadableReason, type OoxmlReadResult } from '../ooxml/read';
import type { TemplateRegistry } from '../templates/registry';
import { footerPartXml } from './flat-opc';
import type { HeaderFooterType, WordContentControl, WordParagraph, WordRequestContext } from './word-api';

const FOOTERS: HeaderFooterType[] = ['Primary', 'FirstPage', 'EvenPages'];

export interface Snapshot {
  read: OoxmlReadResult;
  /** The loaded document (absent when the OOXML could not be read at all). */
  doc?: LoadedDocument;
  controls: WordContentControl[];
  paragraphs: WordParagraph[];
}

/** `tableLevels`: also load each paragraph's tableNestingLevel (WordApi 1.3), which the fill checks before touching a table. */
export async function takeSnapshot(context: WordRequestContext, registry: TemplateRegistry, options: { tableLevels?: boolean } = {}): Promise<Snapshot> {
  const { body } = context.document;
  const ooxml = body.getOoxml();
  const section = context.document.sections.getFirst();
  const footers = FOOTERS.map((t) => section.getFooter(t).load('text') as { text: string });
  const controls = body.contentControls;
  controls.load('items/id,items/tag,items/title,items/type');
  const paragraphs = body.paragraphs;
  paragraphs.load(options.tableLevels ? 'items/text,items/tableNestingLevel' : 'items/text');
  await context.sync();

  let doc: LoadedDocument;
  try {
    // Flat OPC names parts absolutely ('/word/document.xml'); the package reader refuses absolute
    // zip paths (zip-slip), so the names are made relative first. Harmless if the reader accepts both.
    const pkg = OoxmlPackage.fromFlatOpc(ooxml.value.replace(/(pkg:name=")\/+/g, '$1'));
    footers.forEach((f, i) => {
      if (f.text.trim()) pkg.setText(`word/footer90${i + 1}.xml`, footerPartXml(f.text));
    });
    doc = loadPackage(pkg);
  } catch (e) {
    return { read: { kind: 'unreadable', reason: unreadableReason(e) }, controls: controls.items, paragraphs: paragraphs.items };
  }
  return { read: readLoaded(doc, registry), doc, controls: controls.items, paragraphs: paragraphs.items };
}
