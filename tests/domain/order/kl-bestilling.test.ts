import { klBestilling10, klBestillingLayout } from '../../../src/domain/order/kl-bestilling-1.0';

describe('kl-bestilling 1.0 — the order template as data', () => {
  const def = klBestilling10;
  const ids = [...def.fields.map((f) => f.id), ...def.checkboxGroups.map((g) => g.id)];

  it('is identified as kl-bestilling 1.0 with a heading and a footer to recognise it by', () => {
    expect([def.id, def.version]).toEqual(['kl-bestilling', '1.0']);
    expect(def.recognition.heading).toMatch(/BESTILLING/);
    expect(def.recognition.footer).toMatch(/Version 1\.0/);
  });

  it('has unique ids, known sections and known repeat blocks', () => {
    expect(new Set(ids).size).toBe(ids.length);
    const sections = new Set(def.sections.map((s) => s.id));
    const blocks = new Set(def.repeatBlocks.map((b) => b.id));
    for (const item of [...def.fields, ...def.checkboxGroups]) {
      expect(sections.has(item.section)).toBe(true);
      if (item.repeat !== undefined) {
        expect(blocks.has(item.repeat)).toBe(true);
        expect(item.id.startsWith(`${item.repeat}[].`)).toBe(true);
      } else {
        expect(item.id).not.toContain('[]');
      }
    }
  });

  it('holds every part of the common order template (domain.md "The order")', () => {
    for (const id of [
      'order.validFrom', 'order.contractStartDate', 'citizen.name', 'citizen.cpr', 'background.diagnoses', 'background.attentionPoints',
      'guardianship.status', 'guardianship.section', 'guardianship.contact', 'background.supportBasis', 'assessment.overall',
      'assessment.purpose', 'assessment.supportNeed', 'assessment.supportOptedOut', 'goals[].description', 'goals[].currentScore',
      'goals[].expectedScore', 'orderedServices[].kind', 'orderedServices[].extent', 'orderedServices[].nightWatch',
      'orderedServices[].staffingRatio', 'orderedServices[].timeHorizon', 'requirements.cooperation', 'requirements.staff',
      'requirements.physical', 'requirements.welfareTechnology', 'documentation.required', 'documentation.content',
    ]) {
      expect(ids).toContain(id);
    }
    expect(def.repeatBlocks.map((b) => [b.id, b.heading])).toEqual([['goals', 'Mål'], ['orderedServices', 'Indsats']]);
  });

  it('scores goals on the FFB scale 0–4 inside the goal block', () => {
    for (const id of ['goals[].currentScore', 'goals[].expectedScore']) {
      const group = def.checkboxGroups.find((g) => g.id === id);
      expect(group?.repeat).toBe('goals');
      expect(group?.options.map((o) => [o.id, o.text])).toEqual([
        ['0', '0 Ingen begrænsning'], ['1', '1 Let'], ['2', '2 Moderat'], ['3', '3 Svær'], ['4', '4 Fuldstændig'],
      ]);
    }
  });

  it('asks for the guardianship section and the guardian only with Ja', () => {
    const section = def.checkboxGroups.find((g) => g.id === 'guardianship.section');
    expect(section?.requiredWhen).toEqual({ group: 'guardianship.status', option: 'yes' });
    expect(section?.options.map((o) => o.text)).toEqual(['Værgemålsloven § 5', 'Værgemålsloven § 6 (frataget den retlige handleevne)', 'Værgemålsloven § 7']);
    expect(def.fields.find((f) => f.id === 'guardianship.contact')?.requiredWhen).toEqual({ group: 'guardianship.status', option: 'yes' });
  });

  it('lays out every field and group exactly once, in its own section', () => {
    const laidOut = Object.entries(klBestillingLayout).flatMap(([section, list]) => list.map((id) => [section, id] as const));
    expect(laidOut.map(([, id]) => id).sort()).toEqual([...ids].sort());
    for (const [section, id] of laidOut) {
      const item = [...def.fields, ...def.checkboxGroups].find((x) => x.id === id);
      expect(item?.section).toBe(section);
    }
  });
});
