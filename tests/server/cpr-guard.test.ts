import { valueContainsCpr } from '../../src/server/http/cpr-guard';

describe('CPR guard over request values', () => {
  test('finds CPR-shaped values anywhere: strings, numbers, nested, keys', () => {
    expect(valueContainsCpr({ a: { b: ['x', 'borger 010190-1234'] } })).toBe(true);
    expect(valueContainsCpr({ n: 101901234 })).toBe(false);
    expect(valueContainsCpr({ n: 2512901234 })).toBe(true);
    expect(valueContainsCpr({ '010190-1234': 'x' })).toBe(true);
  });
  test('ordinary values pass: CVR, phone, dates, amounts, UUIDs', () => {
    expect(valueContainsCpr({ cvr: '12345674', phone: '+45 12345678', date: '2026-01-01', amount: 2450.5, id: '3f2504e0-4f89-41d3-9a0c-0305e82c3301' })).toBe(false);
  });
  test('a bare 10-digit P-number in the pNumber field is exempt, nowhere else', () => {
    expect(valueContainsCpr({ pNumber: '0101901234' })).toBe(false);
    expect(valueContainsCpr({ comment: '0101901234' })).toBe(true);
    expect(valueContainsCpr({ pNumber: 'P 010190-1234' })).toBe(true);
  });
  test('a whole UUID is an identifier, even with ten digits in a row; a CPR beside it is still found', () => {
    expect(valueContainsCpr({ id: '3f2504e0-4f89-41d3-9a0c-a0101901234b' })).toBe(false);
    expect(valueContainsCpr({ id: '3f2504e0-4f89-41d3-9a0c-a0101901234b 010190-1234' })).toBe(true);
  });
});

describe('CPR guard: spellings and depth', () => {
  test('any spelling the domain finder knows is found, at any depth', () => {
    let deep: unknown = { comment: '12.03.85 – 1234' };
    for (let i = 0; i < 200; i++) deep = { next: [deep] };
    expect(valueContainsCpr(deep)).toBe(true);
    expect(valueContainsCpr({ title: '１２０３８５－１２３４' })).toBe(true);
  });
  test('fractions and Teams ids are not CPR numbers', () => {
    expect(valueContainsCpr({ amount: 1203851234.5, chat: '19:a1203851234b5c6d7e8f9a0b1c2d3e4f@thread.v2' })).toBe(false);
  });
});
