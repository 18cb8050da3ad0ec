import { parseEmail, parsePhone, parsePNumber, parsePostcode, parseUuid } from '../../../../src/domain/contract/parsers';
import type { ParseResult } from '../../../../src/domain/contract/parsers';

const accepts = <T>(parse: (raw: string) => ParseResult<T>, rows: Array<[string, T]>) =>
  it.each(rows)('accepts %j', (raw, expected) => {
    expect(parse(raw)).toEqual({ ok: true, value: expected });
  });
const refuses = <T>(parse: (raw: string) => ParseResult<T>, code: string, rows: string[]) =>
  it.each(rows)('refuses %j', (raw) => {
    const result = parse(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message.length).toBeGreaterThan(10);
    }
  });

describe('parsePNumber', () => {
  accepts(parsePNumber, [['1003388394', '1003388394'], ['10 03 38 83 94', '1003388394'], ['0123456789', '0123456789']]);
  refuses(parsePNumber, 'pnumber.invalid', ['', '100338839', '10033883941', '100338839A', '1003-388394']);
});

describe('parsePostcode', () => {
  accepts(parsePostcode, [['4000', '4000'], ['0800', '0800'], [' 2100 ', '2100'], ['9990', '9990']]);
  refuses(parsePostcode, 'postcode.invalid', ['', '400', '40000', 'DK-4000', '4000 Roskilde', '4 000', 'abcd']);
});

describe('parsePhone', () => {
  accepts(parsePhone, [
    ['46313131', '46313131'],
    ['46 31 31 31', '46313131'],
    ['4631 3131', '46313131'],
    ['+45 46 31 31 31', '46313131'],
    ['+4546313131', '46313131'],
    ['0045 46313131', '46313131'],
    ['004546313131', '46313131'],
  ]);
  refuses(parsePhone, 'phone.invalid', ['', '4631313', '463131311', '+46 46313131', '46-31-31-31', '45 46 31 31 31 1', 'ring på 46313131']);
});

describe('parseEmail', () => {
  accepts(parseEmail, [
    ['sikkerpost@roskilde.dk', 'sikkerpost@roskilde.dk'],
    [' Social.Myndighed@kommune.gov.dk ', 'Social.Myndighed@kommune.gov.dk'],
    ['mailto:post@tilbud.dk', 'post@tilbud.dk'],
    ['a+b@æblegården.dk', 'a+b@æblegården.dk'],
  ]);
  refuses(parseEmail, 'email.invalid', ['', 'post', 'post@', '@roskilde.dk', 'post@roskilde', 'post@roskilde.', 'post @roskilde.dk', 'post@@roskilde.dk', 'post@roskilde..dk', 'post@roskilde.d1']);
});

describe('parseUuid', () => {
  accepts(parseUuid, [
    ['3f2504e0-4f89-11d3-9a0c-0305e82c3301', '3f2504e0-4f89-11d3-9a0c-0305e82c3301'],
    ['3F2504E0-4F89-11D3-9A0C-0305E82C3301', '3f2504e0-4f89-11d3-9a0c-0305e82c3301'],
    ['{3f2504e0-4f89-11d3-9a0c-0305e82c3301}', '3f2504e0-4f89-11d3-9a0c-0305e82c3301'],
    [' 00000000-0000-0000-0000-000000000000 ', '00000000-0000-0000-0000-000000000000'],
  ]);
  refuses(parseUuid, 'uuid.invalid', ['', '3f2504e04f8911d39a0c0305e82c3301', '3f2504e0-4f89-11d3-9a0c-0305e82c330', '3g2504e0-4f89-11d3-9a0c-0305e82c3301', '3f2504e0-4f89-11d3-9a0c-0305e82c3301-1']);
});
