/**
 * The DocumentPort contract: every adapter (OOXML here, Office.js in tests/document/word) must pass
 * it. `makePort` opens the given .docx bytes in the adapter under test.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { ExtractedContract } from '../../src/domain/contract/extracted-contract';
import { checkContract } from '../../src/domain/rules/engine';
import { fillDocx } from '../../src/document/ooxml/fill-docx';
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

    describe('removing a service block (Fjern indsats N, then Indsæt)', () => {
      const threeServices = () => {
        const input = validInput();
        const base = input.services[0]!;
        input.services = [1, 2, 3].map((n) => ({ ...base, serviceAndSection: `Indsats nummer ${n}, SEL § 108`, unitPrice: `${n}.000,00 kr. pr. døgn` }));
        return input;
      };
      const services = (c: ExtractedContract) => Array.from({ length: c.serviceCount }, (_, i) => [
        c.values[`services[${i}].serviceAndSection`]?.text, c.values[`services[${i}].unitPrice`]?.text,
      ]);

      it('removes the middle of three: the third moves up as service 2 with its own values', async () => {
        const port = await makePort(templateBytes());
        const input = threeServices();
        await port.writeValues(input);
        expect((await readContract(port)).serviceCount).toBe(3);
        // The form after "Fjern indsats 2": services 1 and 3, and the removal in document numbers.
        await port.writeValues({ ...input, services: [input.services[0]!, input.services[2]!], removeInstances: { services: [1] } });
        const c = await readContract(port);
        expect(services(c)).toEqual([
          ['Indsats nummer 1, SEL § 108', '1.000,00 kr. pr. døgn'],
          ['Indsats nummer 3, SEL § 108', '3.000,00 kr. pr. døgn'],
        ]);
        expect(c.values['services[2].serviceAndSection']).toBeUndefined();
        expect(judge(c).category).toBe('korrekt');
      });

      it('removes the last service the document has', async () => {
        const port = await makePort(templateBytes());
        const input = threeServices();
        await port.writeValues(input);
        await port.writeValues({ fields: {}, choices: {}, services: [], removeInstances: { services: [2] } });
        const c = await readContract(port);
        expect(services(c)).toEqual([
          ['Indsats nummer 1, SEL § 108', '1.000,00 kr. pr. døgn'],
          ['Indsats nummer 2, SEL § 108', '2.000,00 kr. pr. døgn'],
        ]);
      });

      it('reduces a document opened with three services to two, values read from it (Hent værdier) and written back', async () => {
        // Filled elsewhere (kl-fill's engine stands in for the hand), then opened in the adapter under test.
        const reopened = await makePort(fillDocx(templateBytes(), threeServices(), registry()));
        const before = await readContract(reopened);
        expect(before.serviceCount).toBe(3);
        await reopened.writeValues({ fields: {}, choices: {}, services: [{}, {}], removeInstances: { services: [0] } });
        expect(services(await readContract(reopened))).toEqual([
          ['Indsats nummer 2, SEL § 108', '2.000,00 kr. pr. døgn'],
          ['Indsats nummer 3, SEL § 108', '3.000,00 kr. pr. døgn'],
        ]);
      });

      it('keeps the template\'s block when every service is named (a contract has at least one)', async () => {
        const port = await makePort(templateBytes());
        await port.writeValues(validInput());
        await port.writeValues({ fields: {}, choices: {}, services: [], removeInstances: { services: [0, 7] } });
        const c = await readContract(port);
        expect(c.serviceCount).toBe(1);
        expect(c.values['services[0].serviceAndSection']?.text).toBe('Længerevarende botilbud, SEL § 108');
      });

      it('renumbers indexed tags, so a tagged contract keeps each value with its service', async () => {
        const port = await makePort(readBytes(path.join(contractsDir, 'korrekt-med-tags.docx')));
        const base = validInput().services[0]!;
        await port.writeValues({ fields: {}, choices: {}, services: [{}, { ...base, serviceAndSection: 'Anden, SEL § 85' }, { ...base, serviceAndSection: 'Tredje, SEL § 85' }] });
        await port.writeValues({ fields: {}, choices: {}, services: [], removeInstances: { services: [1] } });
        const c = await readContract(port);
        expect(c.serviceCount).toBe(2);
        expect(c.values['services[1].serviceAndSection']?.text).toBe('Tredje, SEL § 85');
        expect(judge(c).category).toBe('korrekt');
      });
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
