/**
 * The Bestilling tab's document operations on both hosts, without the UI: in Word (OfficeHost over
 * the fake Word) a blank order is inserted into an empty document and the form's values are written
 * with goals and ordered services added as blocks; in a plain browser (BrowserHost) the blank order
 * is opened and downloaded filled. Either way the engine reads kl-bestilling and finds it korrekt,
 * and the order agrees with the contract it belongs to.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { BrowserHost } from '../../src/addin/host/browser-host';
import { OfficeHost } from '../../src/addin/host/office-host';
import { compareDocuments } from '../../src/addin/order/compare-documents';
import { toOrderFillInput, valuesFromDocument } from '../../src/addin/order/order-form-model';
import { klBestilling10 } from '../../src/domain/order/kl-bestilling-1.0';
import { checkDocx } from '../../src/document/ooxml/check';
import { OoxmlDocumentPort } from '../../src/document/ooxml/port';
import { loadTemplateRegistry } from '../../src/document/templates/node-loader';
import { FakeWord } from '../fakes/word';
import { readFixture } from '../document/word/helpers';
import { order } from '../domain/order/order-fixtures';

const registry = loadTemplateRegistry();
const templates = { registry, sources: registry.list().map((t) => ({ definition: t.definition, docx: t.docx })) };
const blankOrder = new Uint8Array(readFileSync(path.resolve(__dirname, '..', '..', 'assets', 'templates', 'kl-bestilling-1.0.docx')));
const input = toOrderFillInput(klBestilling10, valuesFromDocument(klBestilling10, order()));

/** An empty document (a new Word document): the order package with an empty body and no footer. */
function emptyDocx(): Uint8Array {
  const files = unzipSync(blankOrder);
  files['word/document.xml'] = strToU8(strFromU8(files['word/document.xml']!).replace(/<w:body>[\s\S]*?(<w:sectPr)/, '<w:body><w:p/>$1').replace(/<w:footerReference[^>]*\/>/g, ''));
  files['word/_rels/document.xml.rels'] = strToU8(strFromU8(files['word/_rels/document.xml.rels']!).replace(/<Relationship [^>]*footer[^>]*\/>/g, ''));
  return zipSync(files);
}

const expectKorrektOrder = (bytes: Uint8Array) => {
  const r = checkDocx(bytes, registry);
  expect({ template: r.template, category: r.category, findings: r.findings }).toEqual({ template: { id: 'kl-bestilling', version: '1.0' }, category: 'korrekt', findings: [] });
  expect(r.contract!.values['goals[1].description']?.text).toBe(input.fields['goals[1].description']);
};

describe('Bestilling on the hosts', () => {
  it('Word: inserts the blank order into an empty document and writes the form\'s values through the Office.js adapter', async () => {
    const word = new FakeWord({ docx: emptyDocx() });
    const office = { context: { requirements: { isSetSupported: word.office.isSetSupported }, document: { url: null } } } as unknown as typeof Office;
    const host = new OfficeHost({ Office: office, Word: word.host as unknown as typeof Word }, templates);
    await host.insertBlankTemplate(klBestilling10.id);
    const port = host.port();
    const read = await port.read();
    expect(read.kind === 'contract' && read.contract.template).toEqual({ id: 'kl-bestilling', version: '1.0' });
    await port.writeValues(input);
    expectKorrektOrder(word.toDocx());
    const contract = await OoxmlDocumentPort.fromDocx(readFixture('korrekt-01.docx'), registry).read();
    expect(compareDocuments(await port.read(), contract, registry)).toEqual({ openIs: 'order', result: { category: 'korrekt', findings: [] } });
  });

  it('browser: opens the blank order by template id, fills it and hands it back for download', async () => {
    const host = new BrowserHost(templates);
    await host.insertBlankTemplate(klBestilling10.id);
    await host.port()!.writeValues(input);
    const file = host.currentFile()!;
    expect(file.name).toBe('kl-bestilling-1.0-udfyldt.docx');
    expectKorrektOrder(file.bytes);
    // Without an id, the first registered template (the contract) as before.
    await host.insertBlankTemplate();
    expect(host.currentFile()!.name).toBe('kl-voksen-2.1-udfyldt.docx');
  });
});
