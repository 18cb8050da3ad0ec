/**
 * Orders filled into the registered order template with the kl-fill engine, then read and checked
 * as kl-check does: every order rule on a real .docx, and contract/order pairs with the development
 * contracts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkDocx } from '../../src/document/ooxml/check';
import { fillDocx } from '../../src/document/ooxml/fill-docx';
import { readDocx } from '../../src/document/ooxml/read';
import { loadTemplateRegistry } from '../../src/document/templates/node-loader';
import type { ExtractedContract } from '../../src/domain/contract/extracted-contract';
import { unzipSync, zipSync, strFromU8, strToU8 } from 'fflate';
import { checkConsistency } from '../../src/domain/order/consistency';
import { orderFillInput } from '../domain/order/order-fixtures';

const repoRoot = path.resolve(__dirname, '..', '..');
const registry = loadTemplateRegistry();
const template = new Uint8Array(readFileSync(path.join(repoRoot, 'assets', 'templates', 'kl-bestilling-1.0.docx')));

const fill = (changes?: Parameters<typeof orderFillInput>[0]): Uint8Array => fillDocx(template, orderFillInput(changes), registry);
const check = (changes?: Parameters<typeof orderFillInput>[0]) => checkDocx(fill(changes), registry);
const pairs = (changes?: Parameters<typeof orderFillInput>[0]) => check(changes).findings.map((f) => [f.rule, f.field]);
const values = (bytes: Uint8Array): ExtractedContract => {
  const r = readDocx(bytes, registry);
  if (r.kind !== 'contract') throw new Error(`not read: ${r.kind}`);
  return r.contract;
};

describe('filled order template, checked', () => {
  it('removes a goal the form removed (any repeat block, not only services): "Mål 2" goes, the first keeps its values', () => {
    const twoGoals = fill();
    const one = fillDocx(twoGoals, { fields: {}, choices: {}, services: [], removeInstances: { goals: [1] } }, registry);
    const c = values(one);
    expect(c.repeatCounts?.goals).toBe(1);
    expect(c.values['goals[0].description']?.text).toBe(values(twoGoals).values['goals[0].description']?.text);
    expect(c.values['goals[1].description']).toBeUndefined();
  });

  it('a complete order with two goals is recognised as kl-bestilling 1.0 and korrekt', () => {
    const r = check();
    expect(r.template).toEqual({ id: 'kl-bestilling', version: '1.0' });
    expect(r.findings).toEqual([]);
    expect(r.category).toBe('korrekt');
    // "Mål 2" was added by the filler and read back as the second goal.
    expect(r.contract?.values['goals[1].description']?.text).toMatch(/morgenmedicin/);
    expect(r.contract?.choices['goals[1].expectedScore']?.checked).toEqual(['1']);
  });

  it('the blank template holds every missing-field finding', () => {
    const r = checkDocx(template, registry);
    expect(r.category).toBe('fejl-med-oekonomisk-risiko');
    expect(new Set(r.findings.map((f) => f.rule))).toEqual(new Set([
      'order.field-missing', 'order.guardianship-undecided', 'order.goals-missing', 'order.support-kind-missing',
      'order.extent-missing', 'order.time-horizon-missing', 'order.choice-undecided',
    ]));
  });

  it.each([
    ['order.field-missing', { fields: { 'assessment.purpose': null } }, 'assessment.purpose'],
    ['order.cpr-invalid', { fields: { 'citizen.cpr': '320185-1234' } }, 'citizen.cpr'],
    ['order.guardianship-undecided', { choices: { 'guardianship.status': null } }, 'guardianship.status'],
    ['order.goal-not-smart', { fields: { 'goals[0].description': 'Borgeren skal blive mere selvstændig' } }, 'goals[0].description'],
    ['order.score-missing', { choices: { 'goals[1].currentScore': null } }, 'goals[1].currentScore'],
    ['order.score-worse', { choices: { 'goals[0].currentScore': '1', 'goals[0].expectedScore': '2' } }, 'goals[0].expectedScore'],
    ['order.support-kind-missing', { fields: { 'orderedServices[0].kind': null } }, 'orderedServices[0].kind'],
    ['order.extent-missing', { fields: { 'orderedServices[0].extent': null } }, 'orderedServices[0].extent'],
    ['order.extent-unclear', { fields: { 'orderedServices[0].extent': 'Efter behov' } }, 'orderedServices[0].extent'],
    ['order.time-horizon-missing', { fields: { 'orderedServices[0].timeHorizon': 'Løbende' } }, 'orderedServices[0].timeHorizon'],
    ['order.documentation-content-missing', { fields: { 'documentation.content': null } }, 'documentation.content'],
  ] as const)('%s', (rule, changes, field) => {
    expect(pairs(changes)).toEqual([[rule, field]]);
  });

  it('goals missing altogether', () => {
    expect(pairs({
      fields: { 'goals[0].description': null, 'goals[1].description': null },
      choices: { 'goals[0].currentScore': null, 'goals[0].expectedScore': null, 'goals[1].currentScore': null, 'goals[1].expectedScore': null },
    })).toEqual([['order.goals-missing', 'goals[0].description']]);
  });

  it('guardianship Ja with § 5 and the guardian, and a second ordered service, are filled and read', () => {
    expect(pairs({
      choices: { 'guardianship.status': 'yes', 'guardianship.section': 's5' },
      fields: {
        'guardianship.contact': 'Hanne Jensen, tlf. 22 33 44 55',
        'orderedServices[1].serviceAndSection': 'Aktivitets- og samværstilbud, SEL § 104',
        'orderedServices[1].kind': 'Deltagelse i værkstedets hold to formiddage om ugen',
        'orderedServices[1].extent': '6 timer pr. uge',
        'orderedServices[1].timeHorizon': '6 måneder',
      },
    })).toEqual([]);
  });
});

describe('an order typed without content controls', () => {
  it('is read by its labels: every text value comes back whole (no label cuts a value short)', () => {
    const input = orderFillInput({
      fields: {
        'guardianship.contact': 'Hanne Jensen, værge',
        'requirements.staff': 'Pædagogisk uddannet personale',
        'requirements.physical': 'Egen bolig med egnede fysiske rammer',
        'requirements.welfareTechnology': 'Medicindispenser og brug af velfærdsteknologi',
        'assessment.supportNeed': 'Borgeren har et stort støttebehov',
        'background.attentionPoints': 'Bruger hjælpemidler',
      },
      choices: { 'guardianship.status': 'yes', 'guardianship.section': 's7' },
    });
    const parts = unzipSync(fillDocx(template, input, registry));
    // Unwrap every text and date control, keeping what it shows: bare text after each label.
    const xml = strFromU8(parts['word/document.xml'] as Uint8Array).replace(
      /<w:sdt><w:sdtPr>((?:(?!<\/w:sdtPr>).)*)<\/w:sdtPr><w:sdtContent>((?:(?!<\/w:sdtContent>).)*)<\/w:sdtContent><\/w:sdt>/g,
      (whole, pr: string, content: string) => (pr.includes('w14:checkbox') ? whole : content),
    );
    expect(xml).not.toContain('<w:text');
    parts['word/document.xml'] = strToU8(xml);
    const read = values(zipSync(parts));
    for (const [id, text] of Object.entries(input.fields)) {
      expect([id, read.values[id]?.text]).toEqual([id, text]);
      expect(read.values[id]?.strategy).toBe(4);
    }
  });
});

describe('contract and order, both as documents', () => {
  const contractOf = (name: string) => values(new Uint8Array(readFileSync(path.join(repoRoot, 'tests', 'fixtures', 'contracts', name))));
  const contract = contractOf('korrekt-01.docx');

  it('the development contract and its filled order agree', () => {
    expect(checkConsistency(contract, values(fill())).findings).toEqual([]);
  });

  it('an order for another citizen, start date, service and extent disagrees on each', () => {
    const order = values(fill({
      fields: {
        'citizen.cpr': '010190-4321',
        'order.contractStartDate': '01-04-2026',
        'orderedServices[0].extent': '12 timer pr. uge',
        'orderedServices[1].serviceAndSection': 'Bostøtte, SEL § 85',
        'orderedServices[1].kind': 'Støtte i eget hjem',
        'orderedServices[1].extent': '4 timer pr. uge',
        'orderedServices[1].timeHorizon': '6 måneder',
      },
    }));
    const result = checkConsistency(contract, order);
    expect(result.findings.map((f) => [f.rule, f.field])).toEqual([
      ['order.citizen-mismatch', 'citizen.cpr'],
      ['order.start-date-mismatch', 'order.contractStartDate'],
      ['order.extent-mismatch', 'orderedServices[0].extent'],
      ['order.service-mismatch', 'orderedServices[1].serviceAndSection'],
    ]);
    expect(result.category).toBe('fejl-med-oekonomisk-risiko');
    for (const f of result.findings) expect(f.message).not.toMatch(/120385|010190/);
  });

  it('a contract without an order', () => {
    expect(checkConsistency(contract, null).findings.map((f) => f.rule)).toEqual(['order.missing']);
  });
});
