/**
 * Parsers from raw text (a document, a request, a form) to branded domain values. Every parser
 * returns a ParseResult instead of throwing, so a wrong value becomes a finding or a form message.
 */
import type { FieldKind } from '../template-definition';
import { parseAmount } from './amount';
import { parseCpr } from './cpr';
import { parseCvr } from './cvr';
import { parseDate } from './date';
import { parseDays } from './days';
import { parseEan } from './ean';
import { parseEmail } from './email';
import { parsePhone } from './phone';
import { parsePNumber } from './pnumber';
import { parsePostcode } from './postcode';
import { ok, type ParseResult } from './result';
import { parseUuid } from './uuid';

export type { ParseError, ParseResult } from './result';
export type { Amount, AmountValue, Cpr, Cvr, Days, Ean, Email, IsoDate, Phone, PNumber, Postcode, Uuid } from '../branded';
export { parseAmount, formatAmount } from './amount';
export { parseCpr, cprBirthDate, cprCentury } from './cpr';
export { parseCvr, cvrWeightedSum } from './cvr';
export { parseDate, formatDate, compareIsoDates } from './date';
export { parseDays } from './days';
export { parseEan, gs1CheckDigit } from './ean';
export { parseEmail } from './email';
export { parsePhone } from './phone';
export { parsePNumber } from './pnumber';
export { parsePostcode } from './postcode';
export { parseUuid } from './uuid';
export { isLeapYear, isRealDate } from './calendar';

/**
 * The parser for a field kind ('text' and 'signature' accept any non-empty text as it is).
 * Used by the rule engine and by forms that validate as the user types.
 */
export const parseFieldValue = (kind: FieldKind, raw: string): ParseResult<unknown> => {
  switch (kind) {
    case 'cpr': return parseCpr(raw);
    case 'cvr': return parseCvr(raw);
    case 'pNumber': return parsePNumber(raw);
    case 'ean': return parseEan(raw);
    case 'postcode': return parsePostcode(raw);
    case 'phone': return parsePhone(raw);
    case 'email': return parseEmail(raw);
    case 'uuid': return parseUuid(raw);
    case 'date': return parseDate(raw);
    case 'days': return parseDays(raw);
    case 'amount': return parseAmount(raw);
    case 'text':
    case 'signature':
      return ok(raw.trim());
  }
};
