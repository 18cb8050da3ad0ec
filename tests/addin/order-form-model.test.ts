import { readFileSync } from 'node:fs';
import path from 'node:path';
import { klBestilling10, klBestillingLayout } from '../../src/domain/order/kl-bestilling-1.0';
import { checkDocx } from '../../src/document/ooxml/check';
import { OoxmlDocumentPort } from '../../src/document/ooxml/port';
import { loadTemplateRegistry } from '../../src/document/templates/node-loader';
import { compareDocuments, fieldInOpenDocument } from '../../src/addin/order/compare-documents';
import {
  emptyOrderValues, orderFormSections, scoreHint, smartHint, toOrderFillInput, validateOrderForm, valuesFromDocument,
  type OrderFormValues,
} from '../../src/addin/order/order-form-model';
import { PaneError } from '../../src/addin/errors';
import { order, orderFillInput } from '../domain/order/order-fixtures';

const def = klBestilling10;
const repoRoot = path.resolve(__dirname, '..', '..');
const registry = loadTemplateRegistry();

/** The form as a user fills it for the fixture's complete order. */
const filledForm = (): OrderFormValues => valuesFromDocument(def, order());

describe('order form model — structure from the definition', () => {
  it('has the template\'s sections; goals and ordered services as repeat blocks; groups in the layout\'s order', () => {
    const sections = orderFormSections(def, klBestillingLayout);
    expect(sections.map((s) => s.section.id)).toEqual(def.sections.map((s) => s.id));
    const goals = sections.find((s) => s.section.id === 'goals')!;
    expect(goals.block?.heading).toBe('Mål');
    expect(goals.block?.items.map((i) => [i.type, i.def.id])).toEqual([
      ['field', 'goals[].description'], ['group', 'goals[].currentScore'], ['group', 'goals[].expectedScore'],
    ]);
    const services = sections.find((s) => s.section.id === 'orderedServices')!;
    expect(services.block?.items.map((i) => i.def.id)).toEqual(klBestillingLayout.orderedServices);
    // "Værgemål" comes before the fields that depend on it.
    expect(sections.find((s) => s.section.id === 'background')!.items.map((i) => i.def.id)).toEqual(klBestillingLayout.background);
    const score = goals.block!.items[1]!;
    expect(score.type === 'group' && score.def.options.map((o) => o.text)).toEqual(['0 Ingen begrænsning', '1 Let', '2 Moderat', '3 Svær', '4 Fuldstændig']);
  });

  it('starts with one empty instance of each repeat block', () => {
    expect(emptyOrderValues(def).blocks).toEqual({ goals: [{}], orderedServices: [{}] });
  });
});

describe('order form model — values to fill input', () => {
  it('turns goals and ordered services into indexed field and choice ids, as kl-fill takes them', () => {
    const form = filledForm();
    expect(form.blocks.goals).toHaveLength(2);
    expect(form.blocks.goals![1]).toEqual({ description: expect.stringContaining('morgenmedicin'), currentScore: '2', expectedScore: '1' });
    expect(toOrderFillInput(def, form)).toEqual(orderFillInput());
  });

  it('writes only what was filled in, so a half-filled form never blanks the document', () => {
    const form: OrderFormValues = { fields: { 'citizen.name': 'A', 'citizen.cpr': ' ' }, choices: { 'guardianship.status': '' }, blocks: { goals: [{ description: 'x', currentScore: '' }, {}], orderedServices: [{}] } };
    expect(toOrderFillInput(def, form)).toEqual({ fields: { 'citizen.name': 'A', 'goals[0].description': 'x' }, choices: {}, services: [] });
  });
});

describe('order form model — validation as the user types', () => {
  it('requires the required fields and score groups per goal; conditional requirements follow the choice', () => {
    const empty = validateOrderForm(def, emptyOrderValues(def));
    expect(empty.byId['citizen.cpr']).toBe('Skal udfyldes.');
    expect(empty.byId['goals[0].description']).toBe('Skal udfyldes.');
    expect(empty.byId['goals[0].currentScore']).toBe('Vælg en mulighed.');
    expect(empty.byId['orderedServices[0].timeHorizon']).toBe('Skal udfyldes.');
    expect(empty.byId['guardianship.status']).toBe('Vælg en mulighed.');
    expect(empty.byId['guardianship.contact']).toBeUndefined();
    expect(empty.byId['background.diagnoses']).toBeUndefined();

    const form = filledForm();
    expect(validateOrderForm(def, form)).toEqual({ byId: {}, count: 0 });
    const guardian = { ...form, choices: { ...form.choices, 'guardianship.status': 'yes' } };
    expect(Object.keys(validateOrderForm(def, guardian).byId).sort()).toEqual(['guardianship.contact', 'guardianship.section']);
    const noDocs = { ...form, fields: { ...form.fields, 'documentation.content': '' } };
    expect(validateOrderForm(def, noDocs).byId['documentation.content']).toBe('Skal udfyldes.');
  });

  it('checks dates and CPR numbers with the domain\'s parsers, never repeating the number', () => {
    const form = filledForm();
    const bad = { ...form, fields: { ...form.fields, 'citizen.cpr': '320185-1234', 'order.validFrom': '31-02-2026' } };
    const errors = validateOrderForm(def, bad);
    expect(Object.keys(errors.byId).sort()).toEqual(['citizen.cpr', 'order.validFrom']);
    expect(errors.byId['citizen.cpr']).not.toMatch(/320185|1234/);
    const extraGoal = { ...form, blocks: { ...form.blocks, goals: [...form.blocks.goals!, {}] } };
    expect(Object.keys(validateOrderForm(def, extraGoal).byId).sort()).toEqual(['goals[2].currentScore', 'goals[2].description', 'goals[2].expectedScore']);
  });
});

describe('order form model — hints', () => {
  it('judges a goal with the order domain\'s SMART heuristic', () => {
    expect(smartHint('')).toBeNull();
    expect(smartHint('Borgeren skal blive mere selvstændig')).toEqual({ measurable: false, timeBound: false, message: expect.stringMatching(/målbart kriterium .* og en tidsramme/) });
    expect(smartHint('Borgeren kan selv handle ind 1 gang om ugen')).toMatchObject({ measurable: true, timeBound: false, message: expect.stringMatching(/tidsramme/) });
    expect(smartHint('Borgeren kan selv handle ind 1 gang om ugen inden 1. juni 2026')).toEqual({ measurable: true, timeBound: true, message: null });
  });

  it('warns when the expected FFB score is worse (higher) than the current one', () => {
    expect(scoreHint(def, { currentScore: '1', expectedScore: '3' })).toMatch(/3 Svær.*1 Let.*forværring/);
    expect(scoreHint(def, { currentScore: '3', expectedScore: '2' })).toBeNull();
    expect(scoreHint(def, { currentScore: '2', expectedScore: '2' })).toBeNull();
    expect(scoreHint(def, { currentScore: '2' })).toBeNull();
  });
});

describe('contract ↔ order comparison in the pane', () => {
  const blankOrder = new Uint8Array(readFileSync(path.join(repoRoot, 'assets', 'templates', 'kl-bestilling-1.0.docx')));
  const contractBytes = new Uint8Array(readFileSync(path.join(repoRoot, 'tests', 'fixtures', 'contracts', 'korrekt-01.docx')));
  const filledOrder = async (form: OrderFormValues) => {
    const port = OoxmlDocumentPort.fromDocx(blankOrder, registry);
    await port.writeValues(toOrderFillInput(def, form));
    return port;
  };

  it('an order filled from the form is korrekt for the engine and agrees with its contract, either way round', async () => {
    const orderPort = await filledOrder(filledForm());
    const checked = checkDocx(orderPort.toDocx(), registry);
    expect({ template: checked.template, category: checked.category, findings: checked.findings }).toEqual({ template: { id: 'kl-bestilling', version: '1.0' }, category: 'korrekt', findings: [] });
    const contractRead = await OoxmlDocumentPort.fromDocx(contractBytes, registry).read();
    const asOrder = compareDocuments(await orderPort.read(), contractRead, registry);
    expect(asOrder).toEqual({ openIs: 'order', result: { category: 'korrekt', findings: [] } });
    expect(compareDocuments(contractRead, await orderPort.read(), registry).openIs).toBe('contract');
  });

  it('reports another citizen without showing either CPR number, and refuses two orders', async () => {
    const form = filledForm();
    const other = await filledOrder({ ...form, fields: { ...form.fields, 'citizen.cpr': '010190-4321' } });
    const contractRead = await OoxmlDocumentPort.fromDocx(contractBytes, registry).read();
    const outcome = compareDocuments(await other.read(), contractRead, registry);
    expect(outcome.result.findings.map((f) => [f.rule, f.field])).toEqual([['order.citizen-mismatch', 'citizen.cpr']]);
    expect(JSON.stringify(outcome)).not.toMatch(/010190|4321|120385/);
    const otherRead = await other.read();
    expect(() => compareDocuments(otherRead, { kind: 'contract', contract: order() }, registry)).toThrow(PaneError);
    expect(fieldInOpenDocument('services[0].serviceAndSection', 'order')).toBe(false);
    expect(fieldInOpenDocument('orderedServices[0].extent', 'order')).toBe(true);
    expect(fieldInOpenDocument('citizen.cpr', 'contract')).toBe(true);
  });
});
