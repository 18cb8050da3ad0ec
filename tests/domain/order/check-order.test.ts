import { checkOrder } from '../../../src/domain/order/check-order';
import { ORDER_RULE_CATEGORIES } from '../../../src/domain/order/rules/catalogue';
import { klVoksen21 } from '../../../src/domain/contract/kl-voksen-2.1';
import { order } from './order-fixtures';

const pairs = (o: ReturnType<typeof order>) => checkOrder(o).findings.map((f) => [f.rule, f.field]);

describe('checkOrder — a complete, SMART order', () => {
  it('is korrekt with no findings', () => {
    const result = checkOrder(order());
    expect(result.findings).toEqual([]);
    expect(result.category).toBe('korrekt');
  });

  it('refuses a document read as another template', () => {
    expect(() => checkOrder({ ...order(), template: { id: 'kl-voksen', version: '2.1' } })).toThrow(/kl-voksen/);
    expect(() => checkOrder(order(), { template: klVoksen21 })).toThrow();
  });
});

describe('checkOrder — required fields (order.field-missing)', () => {
  it.each([
    ['order.validFrom'],
    ['order.contractStartDate'],
    ['citizen.name'],
    ['citizen.cpr'],
    ['background.supportBasis'],
    ['assessment.overall'],
    ['assessment.purpose'],
    ['assessment.supportNeed'],
    ['orderedServices[0].serviceAndSection'],
  ])('%s empty', (id) => {
    const result = checkOrder(order({ values: { [id]: null } }));
    expect(result.findings.map((f) => [f.rule, f.field])).toEqual([['order.field-missing', id]]);
    expect(result.category).toBe('fejl-uden-meromkostning');
    expect(result.findings[0]?.message).toMatch(/er ikke udfyldt\. Udfyld/);
  });

  it('optional fields may be empty', () => {
    const empty = Object.fromEntries(
      ['background.diagnoses', 'background.attentionPoints', 'assessment.supportOptedOut', 'orderedServices[0].nightWatch', 'orderedServices[0].staffingRatio',
        'requirements.cooperation', 'requirements.staff', 'requirements.physical', 'requirements.welfareTechnology'].map((id) => [id, null]),
    );
    expect(checkOrder(order({ values: empty })).findings).toEqual([]);
  });

  it('a goal block with scores but no description', () => {
    expect(pairs(order({ values: { 'goals[1].description': null } }))).toEqual([['order.field-missing', 'goals[1].description']]);
  });
});

describe('checkOrder — values that cannot be read', () => {
  it('an invalid CPR number gets order.cpr-invalid and the message never repeats it', () => {
    const result = checkOrder(order({ values: { 'citizen.cpr': '310285-1234' } }));
    expect(result.findings.map((f) => [f.rule, f.field])).toEqual([['order.cpr-invalid', 'citizen.cpr']]);
    expect(result.findings[0]?.message).not.toMatch(/310285|1234/);
  });

  it('a date that cannot be read gets order.date-invalid', () => {
    expect(pairs(order({ values: { 'order.validFrom': '31-02-2026' } }))).toEqual([['order.date-invalid', 'order.validFrom']]);
  });

  it('dates in the usual Danish notations are read', () => {
    expect(pairs(order({ values: { 'order.validFrom': '1. marts 2026', 'order.contractStartDate': '2026-03-01' } }))).toEqual([]);
  });
});

describe('checkOrder — guardianship (order.guardianship-undecided)', () => {
  it('neither Nej nor Ja', () => {
    const result = checkOrder(order({ choices: { 'guardianship.status': [] } }));
    expect(result.findings.map((f) => [f.rule, f.field])).toEqual([['order.guardianship-undecided', 'guardianship.status']]);
    expect(result.findings[0]?.message).toMatch(/Nej.*Ja/);
  });

  it('Ja without the section of Værgemålsloven, and without the guardian', () => {
    expect(pairs(order({ choices: { 'guardianship.status': ['yes'] } }))).toEqual([
      ['order.guardianship-undecided', 'guardianship.section'],
      ['order.field-missing', 'guardianship.contact'],
    ]);
  });

  it('Ja with § 6 and the guardian is complete', () => {
    expect(pairs(order({ choices: { 'guardianship.status': ['yes'], 'guardianship.section': ['s6'] }, values: { 'guardianship.contact': 'Hanne Jensen, tlf. 22 33 44 55' } }))).toEqual([]);
  });

  it('both Nej and Ja is ambiguous', () => {
    expect(pairs(order({ choices: { 'guardianship.status': ['no', 'yes'] } }))).toEqual([['order.choice-ambiguous', 'guardianship.status']]);
  });
});

describe('checkOrder — goals', () => {
  it('no goals at all (order.goals-missing), once', () => {
    const result = checkOrder(order({
      values: { 'goals[0].description': null, 'goals[1].description': null },
      choices: { 'goals[0].currentScore': [], 'goals[0].expectedScore': [], 'goals[1].currentScore': [], 'goals[1].expectedScore': [] },
    }));
    expect(result.findings.map((f) => [f.rule, f.field])).toEqual([['order.goals-missing', 'goals[0].description']]);
    expect(result.findings[0]?.message).toMatch(/ingen indsatsmål/);
  });

  it('a goal that is neither measurable nor time-bound (order.goal-not-smart)', () => {
    const result = checkOrder(order({ values: { 'goals[0].description': 'Borgeren skal blive mere selvstændig' } }));
    expect(result.findings.map((f) => [f.rule, f.field])).toEqual([['order.goal-not-smart', 'goals[0].description']]);
    expect(result.findings[0]?.message).toMatch(/Mål 1 er ikke SMART.*målbart kriterium.*og en tidsramme/);
  });

  it('a measurable goal without a time frame names only the time frame', () => {
    const [f] = checkOrder(order({ values: { 'goals[1].description': 'Borgeren laver selv aftensmad 3 gange om ugen' } })).findings;
    expect(f?.rule).toBe('order.goal-not-smart');
    expect(f?.field).toBe('goals[1].description');
    expect(f?.message).toMatch(/Mål 2 er ikke SMART: målet mangler en tidsramme/);
    expect(f?.message).not.toMatch(/målbart kriterium/);
  });

  it('current and expected score not chosen (order.score-missing)', () => {
    expect(pairs(order({ choices: { 'goals[1].currentScore': [], 'goals[1].expectedScore': [] } }))).toEqual([
      ['order.score-missing', 'goals[1].currentScore'],
      ['order.score-missing', 'goals[1].expectedScore'],
    ]);
  });

  it('two scores ticked is ambiguous', () => {
    expect(pairs(order({ choices: { 'goals[0].currentScore': ['2', '3'] } }))).toEqual([['order.choice-ambiguous', 'goals[0].currentScore']]);
  });

  it('an expected score worse than the current (order.score-worse)', () => {
    const result = checkOrder(order({ choices: { 'goals[0].currentScore': ['1'], 'goals[0].expectedScore': ['3'] } }));
    expect(result.findings.map((f) => [f.rule, f.field])).toEqual([['order.score-worse', 'goals[0].expectedScore']]);
    expect(result.category).toBe('uhensigtsmaessige-valg');
    expect(result.findings[0]?.message).toMatch(/3 Svær.*1 Let/);
  });

  it('keeping the same score is a lawful goal (maintaining function)', () => {
    expect(pairs(order({ choices: { 'goals[0].currentScore': ['3'], 'goals[0].expectedScore': ['3'] } }))).toEqual([]);
  });

  it('an untouched extra goal block is not reported', () => {
    expect(pairs(order({ repeatCounts: { goals: 3 } }))).toEqual([]);
  });
});

describe('checkOrder — ordered services', () => {
  it('kind of support missing (order.support-kind-missing)', () => {
    expect(pairs(order({ values: { 'orderedServices[0].kind': null } }))).toEqual([['order.support-kind-missing', 'orderedServices[0].kind']]);
  });

  it('extent missing (order.extent-missing) is an economic risk', () => {
    const result = checkOrder(order({ values: { 'orderedServices[0].extent': null } }));
    expect(result.findings.map((f) => [f.rule, f.field])).toEqual([['order.extent-missing', 'orderedServices[0].extent']]);
    expect(result.category).toBe('fejl-med-oekonomisk-risiko');
  });

  it.each(['Efter behov', 'Som aftalt med borgeren', 'Fleksibelt'])('extent "%s" is unclear (order.extent-unclear)', (extent) => {
    expect(pairs(order({ values: { 'orderedServices[0].extent': extent } }))).toEqual([['order.extent-unclear', 'orderedServices[0].extent']]);
  });

  it.each(['12 timer pr. uge', '2 timer dagligt', 'Døgndækning med vågen nattevagt, normering 1-2/3', '1:1 i dagtimerne'])('extent "%s" is hours per week or intensity', (extent) => {
    expect(pairs(order({ values: { 'orderedServices[0].extent': extent } }))).toEqual([]);
  });

  it('time horizon missing (order.time-horizon-missing)', () => {
    expect(pairs(order({ values: { 'orderedServices[0].timeHorizon': null } }))).toEqual([['order.time-horizon-missing', 'orderedServices[0].timeHorizon']]);
  });

  it.each(['Løbende', 'Indtil videre', 'Permanent'])('time horizon "%s" names no period', (horizon) => {
    const [f] = checkOrder(order({ values: { 'orderedServices[0].timeHorizon': horizon } })).findings;
    expect([f?.rule, f?.field]).toEqual(['order.time-horizon-missing', 'orderedServices[0].timeHorizon']);
    expect(f?.message).toMatch(/hverken en periode eller en dato/);
  });

  it('a second ordered service is checked as "Indsats 2"', () => {
    const result = checkOrder(order({ values: { 'orderedServices[1].serviceAndSection': 'Socialpædagogisk støtte, SEL § 85', 'orderedServices[1].kind': 'Støtte til økonomi' } }));
    expect(result.findings.map((f) => [f.rule, f.field])).toEqual([
      ['order.extent-missing', 'orderedServices[1].extent'],
      ['order.time-horizon-missing', 'orderedServices[1].timeHorizon'],
    ]);
    expect(result.findings[0]?.message).toMatch(/^Indsats 2:/);
  });

  it('an order with no ordered service at all reports the first block once per missing part', () => {
    const blank = Object.fromEntries(['serviceAndSection', 'kind', 'extent', 'nightWatch', 'staffingRatio', 'timeHorizon'].map((k) => [`orderedServices[0].${k}`, null]));
    expect(pairs(order({ values: blank }))).toEqual([
      ['order.field-missing', 'orderedServices[0].serviceAndSection'],
      ['order.support-kind-missing', 'orderedServices[0].kind'],
      ['order.extent-missing', 'orderedServices[0].extent'],
      ['order.time-horizon-missing', 'orderedServices[0].timeHorizon'],
    ]);
  });
});

describe('checkOrder — documentation (order.documentation-content-missing)', () => {
  it('documentation required without content', () => {
    const result = checkOrder(order({ values: { 'documentation.content': null } }));
    expect(result.findings.map((f) => [f.rule, f.field])).toEqual([['order.documentation-content-missing', 'documentation.content']]);
    expect(result.findings[0]?.message).toMatch(/hvad dokumentationen skal indeholde/);
  });

  it('documentation required with a content too short to say anything', () => {
    expect(pairs(order({ values: { 'documentation.content': 'Efter aftale' } }))).toEqual([['order.documentation-content-missing', 'documentation.content']]);
  });

  it('no documentation required (Nej) needs no content', () => {
    expect(pairs(order({ choices: { 'documentation.required': ['no'] }, values: { 'documentation.content': null } }))).toEqual([]);
  });

  it('neither box ticked and no content is undecided; content alone reads as Ja', () => {
    expect(pairs(order({ choices: { 'documentation.required': [] }, values: { 'documentation.content': null } }))).toEqual([['order.choice-undecided', 'documentation.required']]);
    expect(pairs(order({ choices: { 'documentation.required': [] } }))).toEqual([]);
  });
});

describe('checkOrder — the audit figures, together', () => {
  it('an order like most the audit saw: vague goal, no extent, no horizon, documentation without content', () => {
    const result = checkOrder(order({
      values: {
        'goals[0].description': 'Borgeren skal have det bedre og trives',
        'goals[1].description': null,
        'orderedServices[0].extent': null,
        'orderedServices[0].timeHorizon': null,
        'documentation.content': null,
        'citizen.cpr': '120385-1234',
      },
      choices: { 'goals[0].currentScore': [], 'goals[0].expectedScore': [], 'goals[1].currentScore': [], 'goals[1].expectedScore': [] },
    }));
    expect(result.category).toBe('fejl-med-oekonomisk-risiko');
    expect(result.findings.map((f) => f.rule)).toEqual([
      'order.goal-not-smart',
      'order.score-missing',
      'order.score-missing',
      'order.extent-missing',
      'order.time-horizon-missing',
      'order.documentation-content-missing',
    ]);
    for (const f of result.findings) {
      expect(f.message).not.toMatch(/120385|1234/);
      expect(f.category).toBe(ORDER_RULE_CATEGORIES[f.rule as keyof typeof ORDER_RULE_CATEGORIES]);
    }
  });
});
