import { checkRead } from '../../src/addin/check/check-document';
import { danishMessage, PaneError } from '../../src/addin/errors';
import { officeHost } from '../../src/addin/host/office-loader';
import { BrowserHost } from '../../src/addin/host/browser-host';
import { flagRequest } from '../../src/addin/views/SendView';
import { checkDocx } from '../../src/document/ooxml/check';
import { loadTemplateRegistry } from '../../src/document/templates/node-loader';
import { ApiError } from '../../src/ui/api/errors';
import { fixtures, readFixture, readTemplate, sampleInput } from '../document/word/helpers';

const registry = loadTemplateRegistry();
const templates = { registry, sources: registry.list().map((t) => ({ definition: t.definition, docx: t.docx })) };

describe('browser host', () => {
  it.each(fixtures)('%s: the pane\'s check equals the CLI\'s', async (file) => {
    const host = new BrowserHost(templates);
    host.openFile(readFixture(file), file);
    const outcome = checkRead(await host.port()!.read(), registry);
    const cli = checkDocx(readFixture(file), registry);
    expect({ category: outcome.category, findings: outcome.findings }).toEqual({ category: cli.category, findings: cli.findings });
  });

  it('gives a file-level result for what is not a contract, and fills and downloads the template', async () => {
    const host = new BrowserHost(templates);
    host.openFile(new TextEncoder().encode('ikke en docx'), 'x.docx');
    expect(checkRead(await host.port()!.read(), registry).category).toBe('ikke-laesbar');
    await host.insertBlankTemplate();
    await host.port()!.writeValues(sampleInput(1));
    const file = host.currentFile()!;
    expect(file.name).toMatch(/\.docx$/);
    expect(checkDocx(file.bytes, registry).category).toBe('korrekt');
    expect(readTemplate().length).toBeGreaterThan(0);
  });
});

describe('send for review', () => {
  it('never sends a CPR number: not in findings, comment or title', () => {
    const bytes = readFixture('fejl-ugyldigt-cpr.docx');
    const outcome = checkRead({ kind: 'contract', contract: checkDocx(bytes, registry).contract! }, registry);
    const cpr = '010190-1234';
    const contract = { ...outcome.contract!, values: { ...outcome.contract!.values, 'citizen.cpr': { text: cpr } } };
    const body = flagRequest({ ...outcome, contract, findings: [...outcome.findings, { rule: 'x.y', category: null, field: null, message: `Borger ${cpr} mangler` }] }, {
      comment: `Se cpr ${cpr.replace('-', '')}`, documentUrl: 'https://tenant.sharepoint.com/k.docx', documentTitle: `Kontrakt ${cpr}.docx`, target: { kind: 'webhook' },
    });
    const json = JSON.stringify(body);
    expect(json).not.toContain('010190');
    expect(json).not.toContain('1234');
    expect((body.findings ?? []).map((f) => f.rule)).toEqual([...outcome.findings.map((f) => f.rule), 'x.y']);
    expect(body.documentUrl).toBe('https://tenant.sharepoint.com/k.docx');
  });
});

describe('host detection and errors', () => {
  it('takes the host from Office.onReady: Word mode only when office.js reports Word', async () => {
    const office = (host: unknown) => ({ onReady: async () => ({ host }), HostType: { Word: 'Word' } });
    const word = {};
    await expect(officeHost({ Office: office('Word'), Word: word })).resolves.toMatchObject({ Word: word });
    await expect(officeHost({ Office: office(null), Word: word })).resolves.toBeNull();
    await expect(officeHost({ Office: office('Excel'), Word: word })).resolves.toBeNull();
    await expect(officeHost({ Office: office('Word') })).resolves.toBeNull();
    // office.js could not be fetched: no Office global at all.
    await expect(officeHost({})).resolves.toBeNull();
  });

  it('turns every failure into a Danish sentence', () => {
    expect(danishMessage(new PaneError('x', 'Skabelonen kunne ikke hentes.'))).toBe('Skabelonen kunne ikke hentes.');
    expect(danishMessage(new ApiError('flag.invalid', 'Flaget er ugyldigt.', 400))).toBe('Flaget er ugyldigt.');
    expect(danishMessage({ code: 'ItemNotFound', message: 'ItemNotFound' })).toMatch(/findes ikke/);
    expect(danishMessage(new Error('Something exploded'))).toMatch(/uventet fejl/);
    expect(danishMessage(undefined)).toMatch(/uventet fejl/);
  });
});
