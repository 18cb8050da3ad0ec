/**
 * The DocumentPort contract: every adapter (OOXML here, Office.js in tests/document/word) must pass
 * it. `makePort` opens the given .docx bytes in the adapter under test.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { ExtractedContract } from '../../src/domain/contract/extracted-contract';
import { checkContract } from '../../src/domain/rules/engine';
import type { DocumentPort } from '../../src/document/port';
import { contractsDir, expected, pairs, readBytes, registry, templateBytes, validInput } from './helpers';

const judge = (contract: ExtractedContract) => {
  const t = registry().find(contract.template.id, contract.template.version);
  if (!t) throw new Error(`template ${contract.template.id} ${contract.template.version} not registered`);
  return checkContract(contract, { template: t.definition, standardTexts: t.standardTexts });
};

async function readContract(port: DocumentPort): Promise<ExtractedContract> {
  const r = await port.read();
  if (r.kind !== 'contract') throw new Error(`expected a contract, got ${r.kind}: ${r.reason}`);
  return r.contract;
}

export function describeDocumentPortContract(name: string, makePort: (docx: Uint8Array) => Promise<DocumentPort>): void {
  describe(`DocumentPort contract: ${name}`, () => {
    const exp = expected();
    const files = readdirSync(contractsDir).filter((f) => /\.docx$/i.test(f)).sort();

    it('reads every fixture contract with the category and findings of expected.json', async () => {
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) {
        const want = exp[f];
        expect({ f, known: want !== undefined }).toEqual({ f, known: true });
        const port = await makePort(readBytes(path.join(contractsDir, f)));
        const result = judge(await readContract(port));
        expect({ f, category: result.category, findings: pairs(result.findings) })
          .toEqual({ f, category: want?.category, findings: pairs(want?.findings ?? []) });
      }
    });

    it('reads the blank template as a contract with empty fields', async () => {
      const c = await readContract(await makePort(templateBytes()));
      expect(c.template).toEqual({ id: 'kl-voksen', version: '2.1' });
      expect(c.values['citizen.name']?.text ?? null).toBeNull();
      expect(c.serviceCount).toBe(1);
      expect(c.choices['payment.timing']).toMatchObject({ found: true, checked: [] });
      expect(judge(c).category).not.toBe('korrekt');
    });

    it('fills the blank template with valid values and reads it back as korrekt', async () => {
      const port = await makePort(templateBytes());
      const input = validInput();
      input.services.push({ ...input.services[0], serviceAndSection: 'Bostøtte, SEL § 85', unitPrice: '650,00 kr. pr. time' });
      await port.writeValues(input);
      const c = await readContract(port);
      const result = judge(c);
      expect({ category: result.category, findings: pairs(result.findings) }).toEqual({ category: 'korrekt', findings: [] });
      expect(c.values['citizen.name']?.text).toBe('Mette Sørensen');
      expect(c.serviceCount).toBe(2);
      expect(c.values['services[1].serviceAndSection']?.text).toBe('Bostøtte, SEL § 85');
      expect(c.values['services[0].startDate']?.isoDate).toBe('2026-03-01');
      expect(c.choices['payment.timing']?.checked).toEqual(['arrears']);
    });

    it('points at fields, choices and clauses', async () => {
      const port = await makePort(readBytes(path.join(contractsDir, 'korrekt-01.docx')));
      await port.read();
      const cpr = await port.selectField('citizen.cpr');
      const name = await port.selectField('citizen.name');
      expect(cpr?.paragraph).toEqual(expect.any(Number));
      expect(name?.paragraph).toEqual(expect.any(Number));
      expect(cpr?.paragraph).not.toBe(name?.paragraph);
      expect(await port.selectField('payment.timing')).not.toBeNull();
      expect(await port.selectField('clauses.priceRegulation')).not.toBeNull();
      expect(await port.selectField('signatures.provider')).not.toBeNull();
      expect(await port.selectField('no.such.field')).toBeNull();
    });

    it('restores an altered clause to the standard text', async () => {
      const port = await makePort(readBytes(path.join(contractsDir, 'risiko-aendret-prisregulering.docx')));
      expect(judge(await readContract(port)).category).toBe('fejl-med-oekonomisk-risiko');
      await port.restoreClause('priceRegulation');
      const result = judge(await readContract(port));
      expect(pairs(result.findings)).toEqual([]);
    });

    it('adds comments for findings without changing what is read', async () => {
      const port = await makePort(readBytes(path.join(contractsDir, 'risiko-flere-fejl.docx')));
      const before = judge(await readContract(port));
      await port.addComments(before.findings);
      const after = judge(await readContract(port));
      expect(pairs(after.findings)).toEqual(pairs(before.findings));
    });
  });
}
