/**
 * Branded value types. A value of one of these types is obtained only through its parser in
 * ./parsers (the brand symbol is not exported), so the core never sees raw strings from a document
 * or a request where one of these is expected.
 */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

/** CPR number normalised to 'ddmmyy-ssss'. Sensitive: never log, store or put in a message. */
export type Cpr = Brand<string, 'Cpr'>;
/** CVR number, 8 digits. */
export type Cvr = Brand<string, 'Cvr'>;
/** P-number (production unit), 10 digits. */
export type PNumber = Brand<string, 'PNumber'>;
/** EAN/GLN location number, 13 digits with a valid GS1 check digit. */
export type Ean = Brand<string, 'Ean'>;
/** Danish postcode, 4 digits (leading 0 allowed). */
export type Postcode = Brand<string, 'Postcode'>;
/** Danish phone number, the 8 national digits without country code or spaces. */
export type Phone = Brand<string, 'Phone'>;
/** E-mail address, trimmed. */
export type Email = Brand<string, 'Email'>;
/** UUID in lower case, 8-4-4-4-12. */
export type Uuid = Brand<string, 'Uuid'>;
/** A real calendar date as 'yyyy-mm-dd' (string comparison orders dates). */
export type IsoDate = Brand<string, 'IsoDate'>;
/** A whole, non-negative number of days. */
export type Days = Brand<number, 'Days'>;

/** An amount of money read from Danish notation. */
export interface AmountValue {
  /** Amount in øre (1 kr. = 100 øre), an integer, so that sums never suffer from floating point. */
  ore: number;
  /** The amount in kroner as a decimal number (ore / 100), for display and comparison. */
  kroner: number;
  /** Text after the amount that says what it is per, e.g. 'pr. døgn'; null when there is none. */
  unit: string | null;
}
export type Amount = Brand<AmountValue, 'Amount'>;
