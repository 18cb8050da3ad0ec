import { checkConsistency, pairOrders } from '../../../src/domain/order/consistency';
import { contract, order } from './order-fixtures';

const pairs = (r: ReturnType<typeof checkConsistency>) => r.findings.map((f) => [f.rule, f.field]);

describe('checkConsistency — a contract and its order that agree', () => {
  it('has no findings', () => {
    const result = checkConsistency(contract(), order());
    expect(result).toEqual({ category: 'korrekt', findings: [] });
  });

  it('tolerates other notations of the same CPR number, date and section', () => {
    const result = checkConsistency(
      contract(),
      order({ values: { 'citizen.cpr': '1203851234', 'order.contractStartDate': '1. marts 2026', 'orderedServices[0].serviceAndSection': 'Botilbud efter servicelovens §108' } }),
    );
    expect(pairs(result)).toEqual([]);
  });
});

describe('checkConsistency — arguments', () => {
  it("refuses an order in the contract's place, or a contract in the order's", () => {
    expect(() => checkConsistency(order(), order())).toThrow(/contract and an order/);
    expect(() => checkConsistency(contract(), contract())).toThrow(/contract and an order/);
  });
});

describe('checkConsistency — contract without order (order.missing)', () => {
  it('reports the missing order as an economic risk', () => {
    const result = checkConsistency(contract(), null);
    expect(pairs(result)).toEqual([['order.missing', null]]);
    expect(result.category).toBe('fejl-med-oekonomisk-risiko');
    expect(result.findings[0]?.message).toMatch(/ingen bestilling/);
  });
});

describe('checkConsistency — citizen (order.citizen-mismatch)', () => {
  it('different CPR numbers, never shown', () => {
    const result = checkConsistency(contract(), order({ values: { 'citizen.cpr': '010190-4321' } }));
    expect(pairs(result)).toEqual([['order.citizen-mismatch', 'citizen.cpr']]);
    const message = result.findings[0]?.message ?? '';
    expect(message).not.toMatch(/\d{6}/);
    expect(message).not.toMatch(/120385|010190|4321|1234/);
    expect(result.category).toBe('fejl-med-oekonomisk-risiko');
  });

  it('no CPR number in the order: the names are compared', () => {
    expect(pairs(checkConsistency(contract(), order({ values: { 'citizen.cpr': null } })))).toEqual([]);
    expect(pairs(checkConsistency(contract(), order({ values: { 'citizen.cpr': null, 'citizen.name': 'Jens Hansen' } })))).toEqual([
      ['order.citizen-mismatch', 'citizen.name'],
    ]);
  });

  it('the same CPR number under a differently written name is the same citizen', () => {
    expect(pairs(checkConsistency(contract(), order({ values: { 'citizen.name': 'Mette  Marie Sørensen' } })))).toEqual([]);
  });
});

describe('checkConsistency — start date (order.start-date-mismatch)', () => {
  it('the order refers to another start date', () => {
    const result = checkConsistency(contract(), order({ values: { 'order.contractStartDate': '01-04-2026' } }));
    expect(pairs(result)).toEqual([['order.start-date-mismatch', 'order.contractStartDate']]);
    expect(result.findings[0]?.message).toMatch(/01-04-2026.*01-03-2026/);
    expect(result.category).toBe('fejl-uden-meromkostning');
  });

  it('a date control value (w:fullDate) counts', () => {
    const o = order();
    o.values['order.contractStartDate'] = { text: '1/3/2026', isoDate: '2026-03-01' };
    expect(pairs(checkConsistency(contract(), o))).toEqual([]);
  });

  it('a missing or unreadable date is left to the order check', () => {
    expect(pairs(checkConsistency(contract(), order({ values: { 'order.contractStartDate': null } })))).toEqual([]);
    expect(pairs(checkConsistency(contract(), order({ values: { 'order.contractStartDate': 'snart' } })))).toEqual([]);
  });
});

describe('checkConsistency — services (order.service-mismatch)', () => {
  it('the order orders another section than the contract', () => {
    const result = checkConsistency(contract(), order({ values: { 'orderedServices[0].serviceAndSection': 'Socialpædagogisk støtte, SEL § 85' } }));
    expect(pairs(result)).toEqual([
      ['order.service-mismatch', 'services[0].serviceAndSection'],
      ['order.service-mismatch', 'orderedServices[0].serviceAndSection'],
    ]);
    expect(result.findings[0]?.message).toMatch(/Kontraktens indsats 1 \(§ 108\) findes ikke blandt bestillingens/);
    expect(result.findings[1]?.message).toMatch(/Bestillingens indsats 1 \(§ 85\) findes ikke i kontrakten/);
  });

  it('a second ordered service the contract does not hold', () => {
    const result = checkConsistency(contract(), order({ values: { 'orderedServices[1].serviceAndSection': 'Aktivitets- og samværstilbud, SEL § 104', 'orderedServices[1].extent': '6 timer pr. uge' } }));
    expect(pairs(result)).toEqual([['order.service-mismatch', 'orderedServices[1].serviceAndSection']]);
  });

  it('a contract with two services, both ordered', () => {
    const c = contract({ values: { 'services[1].serviceAndSection': 'Aktivitets- og samværstilbud, SEL § 104', 'services[1].quantity': '6 timer pr. uge', 'services[1].startDate': '01-03-2026' } }, 2);
    const o = order({ values: { 'orderedServices[1].serviceAndSection': 'Samværstilbud § 104', 'orderedServices[1].extent': '6 timer pr. uge' } });
    expect(pairs(checkConsistency(c, o))).toEqual([]);
    expect(pairs(checkConsistency(c, order()))).toEqual([['order.service-mismatch', 'services[1].serviceAndSection']]);
  });

  it('services named without § numbers are matched by their words', () => {
    const c = contract({ values: { 'services[0].serviceAndSection': 'Længerevarende botilbud' } });
    expect(pairs(checkConsistency(c, order()))).toEqual([]);
    const other = contract({ values: { 'services[0].serviceAndSection': 'Bostøtte i eget hjem' } });
    expect(pairs(checkConsistency(other, order())).map(([r]) => r)).toEqual(['order.service-mismatch', 'order.service-mismatch']);
  });
});

describe('checkConsistency — extent (order.extent-mismatch)', () => {
  it('the contract describes 18 hours a week, the order 12', () => {
    const result = checkConsistency(contract(), order({ values: { 'orderedServices[0].extent': '12 timer pr. uge' } }));
    expect(pairs(result)).toEqual([['order.extent-mismatch', 'orderedServices[0].extent']]);
    expect(result.findings[0]?.message).toMatch(/12 timer pr\. uge.*18 timer pr\. uge/);
    expect(result.category).toBe('fejl-med-oekonomisk-risiko');
  });

  it('the contract counts hours in "Antal"', () => {
    const c = contract({ values: { 'services[0].quantity': '10 timer pr. uge', 'services[0].description': null } });
    expect(pairs(checkConsistency(c, order({ values: { 'orderedServices[0].extent': '10 timer om ugen' } })))).toEqual([]);
    expect(pairs(checkConsistency(c, order({ values: { 'orderedServices[0].extent': '2 timer dagligt' } })))).toEqual([['order.extent-mismatch', 'orderedServices[0].extent']]);
  });

  it('small rounding differences are not a mismatch', () => {
    const c = contract({ values: { 'services[0].quantity': '20 timer om måneden', 'services[0].description': null } });
    expect(pairs(checkConsistency(c, order({ values: { 'orderedServices[0].extent': '4,6 timer pr. uge' } })))).toEqual([]);
  });

  it('no comparison when either side is not in hours', () => {
    const c = contract({ values: { 'services[0].description': null } });
    expect(pairs(checkConsistency(c, order({ values: { 'orderedServices[0].extent': '12 timer pr. uge' } })))).toEqual([]);
    expect(pairs(checkConsistency(contract(), order({ values: { 'orderedServices[0].extent': 'Døgndækning, normering 1-2/3' } })))).toEqual([]);
  });
});

describe('pairOrders', () => {
  const a = contract();
  const b = contract({ values: { 'citizen.cpr': '010190-4321', 'citizen.name': 'Jens Hansen' } });
  const c = contract({ values: { 'citizen.cpr': null, 'citizen.name': 'Ole Holm' } });

  it('pairs by CPR digits, else by name, and leaves contracts without an order unpaired', () => {
    const orders = [
      order({ values: { 'citizen.cpr': '0101904321', 'citizen.name': 'Jens Hansen' } }),
      order({ values: { 'citizen.cpr': '251170-1111', 'citizen.name': 'Ole Holm' } }),
      order(),
    ];
    expect(pairOrders([a, b, c], orders)).toEqual([2, 0, 1]);
    expect(pairOrders([a, b], [order()])).toEqual([0, null]);
  });

  it('takes the latest order of a citizen', () => {
    const older = order({ values: { 'order.validFrom': '01-03-2026' } });
    const newer = order({ values: { 'order.validFrom': '01-06-2026' } });
    expect(pairOrders([a], [older, newer])).toEqual([1]);
    expect(pairOrders([a], [newer, older])).toEqual([0]);
  });
});
