import { parseDays } from '../../../../src/domain/contract/parsers';

describe('parseDays', () => {
  it.each([
    ['30', 30],
    ['14', 14],
    ['0', 0],
    ['10 dage', 10],
    ['30 dage', 30],
    ['30 Dage', 30],
    ['1 dag', 1],
    ['14 kalenderdage', 14],
    ['30 dage netto', 30],
    ['30 d.', 30],
    ['30dage', 30],
    [' 45 ', 45],
  ])('reads %j as %i', (raw, days) => {
    expect(parseDays(raw)).toEqual({ ok: true, value: days });
  });

  it.each(['', 'tredive', '30,5', '-5', '30 bankdage', '10 hverdage', 'løbende måned + 30 dage', '1 måned', 'ca. 30 dage'])('refuses %j', (raw) => {
    expect(parseDays(raw)).toMatchObject({ ok: false, error: { code: 'number.invalid' } });
  });
});
