import { containsCprNumber, maskCpr, redactCprNumbers } from '../../../src/domain/privacy/cpr';

describe('containsCprNumber', () => {
  it.each([
    ['010190-1234', true],
    ['0101901234', true],
    ['010190 1234', true],
    ['Borger: 010190-1234, bor i Roskilde', true],
    ['{"cpr":"2902004000"}', true], // 29-02-2000 (digit 7 = 4 → 2000, a leap year)
    ['cpr 290200-1000', false], // 29-02-1900 does not exist
    ['320190-1234', false], // day 32
    ['011390-1234', false], // month 13
    ['EAN 5798000000001', false], // 13 digits is no CPR number
    ['tlf. +45 46313131', false],
    ['010190-12345', false], // part of a longer digit run
    ['12010190-1234', false],
    ['dato 01-01-1990', false],
    ['', false],
    ['Ingen tal her', false],
  ])('%j → %s', (text, expected) => {
    expect(containsCprNumber(text)).toBe(expected);
  });

  it('finds a CPR number after a non-matching candidate', () => {
    expect(containsCprNumber('320190-1234 og 010190-1234')).toBe(true);
  });
});

describe('maskCpr', () => {
  it.each([
    ['010190-1234', '010190-xxxx'],
    ['0101901234', '010190-xxxx'],
    ['010190 1234', '010190-xxxx'],
    [' 010190-1234 ', '010190-xxxx'],
    // Not CPR-shaped: nothing of the digits survives.
    ['0101-901234', 'xxxx-xxxxxx'],
    ['01019012', 'xxxxxxxx'],
    ['ukendt', 'ukendt'],
  ])('%j → %j', (value, masked) => {
    expect(maskCpr(value)).toBe(masked);
  });
});

describe('redactCprNumbers', () => {
  it('masks every CPR number and leaves other numbers alone', () => {
    const text = 'Borger 010190-1234 og 0202024321; EAN 5798000000001; ikke-dato 320190-1234.';
    expect(redactCprNumbers(text)).toBe('Borger 010190-xxxx og 020202-xxxx; EAN 5798000000001; ikke-dato 320190-1234.');
  });

  it('leaves text without CPR numbers unchanged', () => {
    expect(redactCprNumbers('Betalingsfrist 30 dage')).toBe('Betalingsfrist 30 dage');
  });

  it('gives text that no longer contains a CPR number', () => {
    const text = 'a 010190 1234 b 1111111111 c';
    expect(containsCprNumber(redactCprNumbers(text))).toBe(false);
  });
});
