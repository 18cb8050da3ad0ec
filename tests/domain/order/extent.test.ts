import { formatHours, parseExtent } from '../../../src/domain/order/extent';

describe('parseExtent — hours per week', () => {
  it.each([
    ['12 timer pr. uge', 12],
    ['Gennemsnitligt 18 støttetimer pr. uge, vågen nattevagt deles med 3 beboere', 18],
    ['10-14 timer om ugen', 12],
    ['3,5 t/uge', 3.5],
    ['ugentligt 6 timer', 6],
    ['12 ugentlige timer', 12],
    ['8 timer i gennemsnit pr. uge', 8],
    ['2 timer dagligt', 14],
    ['1,5 timer om dagen', 10.5],
    ['20 timer om måneden', 4.62],
    ['Bostøtte 5 timer per uge', 5],
  ])('"%s" → %s hours per week', (text, hours) => {
    expect(parseExtent(text)).toEqual({ kind: 'hoursPerWeek', hours });
  });
});

describe('parseExtent — intensity', () => {
  it.each([
    'Døgndækning',
    'Støtte hele døgnet',
    '24/7',
    'Vågen nattevagt',
    'Sovende nattevagt og rådighedsvagt',
    'Normering 1-2/3',
    '1:1 i dagtimerne',
    'En-til-en støtte ved udflugter',
  ])('"%s" is an intensity', (text) => {
    expect(parseExtent(text)).toEqual({ kind: 'intensity' });
  });
});

describe('parseExtent — unclear', () => {
  it.each(['Efter behov', 'Som aftalt', 'Fleksibelt efter borgerens dagsform', '365 døgn pr. år', 'Mange timer'])('"%s" is unclear', (text) => {
    expect(parseExtent(text)).toEqual({ kind: 'unclear' });
  });
});

it('formats hours the Danish way', () => {
  expect(formatHours(12.5)).toBe('12,5');
  expect(formatHours(18)).toBe('18');
});
