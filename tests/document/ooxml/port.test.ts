import { OoxmlDocumentPort } from '../../../src/document/ooxml/port';
import { readDocx } from '../../../src/document/ooxml/read';
import { registry } from '../helpers';
import { describeDocumentPortContract } from '../port-contract';

describeDocumentPortContract('OOXML', async (docx) => OoxmlDocumentPort.fromDocx(docx, registry()));

describe('OoxmlDocumentPort specifics', () => {
  it('writes a valid .docx after comments, whose comments part is registered', async () => {
    const { readBytes, contractsDir, partText } = await import('../helpers');
    const path = await import('node:path');
    const port = OoxmlDocumentPort.fromDocx(readBytes(path.join(contractsDir, 'risiko-mangler-underskrift.docx')), registry());
    await port.addComments([{ rule: 'signature.missing', category: 'fejl-med-oekonomisk-risiko', field: 'signatures.provider', message: 'Leverandøren har ikke underskrevet.' }]);
    const out = port.toDocx();
    expect(partText(out, 'word/comments.xml')).toContain('Leverandøren har ikke underskrevet.');
    expect(partText(out, '[Content_Types].xml')).toContain('/word/comments.xml');
    expect(partText(out, 'word/_rels/document.xml.rels')).toContain('comments.xml');
    expect(partText(out)).toContain('commentReference');
    expect(readDocx(out, registry()).kind).toBe('contract');
  });

  it('adds each comment once, also across a save and reopen, recognising runs split by another writer', async () => {
    const { readBytes, contractsDir, partText } = await import('../helpers');
    const path = await import('node:path');
    const finding = { rule: 'signature.missing', category: 'fejl-med-oekonomisk-risiko' as const, field: 'signatures.provider', message: 'Leverandøren har ikke underskrevet & "dato" mangler.' };
    const port = OoxmlDocumentPort.fromDocx(readBytes(path.join(contractsDir, 'risiko-mangler-underskrift.docx')), registry());
    expect(await port.addComments([finding, finding])).toBe(1);
    expect(await port.addComments([finding])).toBe(0);
    const reopened = OoxmlDocumentPort.fromDocx(port.toDocx(), registry());
    await reopened.addComments([finding, { ...finding, rule: 'other.rule' }]);
    const comments = partText(reopened.toDocx(), 'word/comments.xml');
    expect(comments.match(/<w:comment /g)).toHaveLength(2);
    expect(comments).toContain('(other.rule)');
  });

  it('gives an unreadable result instead of throwing for bad bytes', async () => {
    const port = OoxmlDocumentPort.fromDocx(new Uint8Array([1, 2, 3]), registry());
    expect(await port.read()).toEqual({ kind: 'unreadable', reason: expect.stringMatching(/\S/) });
    await expect(port.writeValues({ fields: {}, choices: {}, services: [] })).rejects.toMatchObject({ code: 'file.unreadable' });
  });
});
