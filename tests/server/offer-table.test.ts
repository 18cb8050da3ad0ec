import { neutraliseCell } from '../../src/export/danish-csv';
import { amountFromText, columnForHeader, dateFromText, operatingFormFromText } from '../../src/server/app/offer-table';
import { rateInputSchema } from '../../src/server/app/offer-mapping';

describe('spreadsheet cells', () => {
  test('formula-looking cells get a leading apostrophe; others are untouched', () => {
    for (const v of ['=1+1', '+45 1234', '-3', '@SUM(A1)', '\tx', '\rx']) expect(neutraliseCell(v)).toBe(`'${v}`);
    for (const v of ['Bosted', '2.450,00', '', "'=already"]) expect(neutraliseCell(v)).toBe(v);
  });
  test('Danish amounts', () => {
    expect(amountFromText('2.450,00')).toBe(2450);
    expect(amountFromText('2450,5 kr.')).toBe(2450.5);
    expect(amountFromText('1.234.567,89')).toBe(1234567.89);
    expect(amountFromText('2450.50')).toBe(2450.5);
    expect(amountFromText('2,450.00')).toBeNull();
    expect(amountFromText('abc')).toBeNull();
    expect(amountFromText('')).toBeNull();
  });
  test('dates as shown in Denmark or ISO', () => {
    expect(dateFromText('01-02-2026')).toBe('2026-02-01');
    expect(dateFromText('1.2.2026')).toBe('2026-02-01');
    expect(dateFromText('2026-02-01')).toBe('2026-02-01');
    expect(dateFromText('2026-02-01T00:00:00.000Z')).toBe('2026-02-01');
    expect(dateFromText('februar 2026')).toBeNull();
  });
  test('headers and operating forms in Danish or as ids, case and spacing tolerant', () => {
    expect(columnForHeader('  ledige   PLADSER ')).toBe('freePlaces');
    expect(columnForHeader('freePlaces')).toBe('freePlaces');
    expect(columnForHeader('Ukendt')).toBeUndefined();
    expect(operatingFormFromText('Selvejende')).toBe('selfOwning');
    expect(operatingFormFromText('municipal')).toBe('municipal');
    expect(operatingFormFromText('offentlig')).toBeNull();
  });
});

describe('issue 11.6: rate dates are real dates, amounts at least 0,01 kr.', () => {
  test('the rate schema refuses unreal dates and amounts under 0,01 kr.', () => {
    const rate = { section: '107', unit: 'dag', amount: 2450, validFrom: '2026-01-01' };
    expect(rateInputSchema.safeParse(rate).success).toBe(true);
    expect(rateInputSchema.safeParse({ ...rate, validFrom: '2026-02-30' }).success).toBe(false);
    expect(rateInputSchema.safeParse({ ...rate, amount: 0.004 }).success).toBe(false);
    expect(rateInputSchema.safeParse({ ...rate, amount: 0.01 }).success).toBe(true);
  });
});
