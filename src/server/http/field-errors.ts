/**
 * Schema failures as field paths and Danish messages. Zod's own wording is English and written for
 * developers ("Invalid input: expected number, received null"), so it never reaches a user: every issue
 * code is said again here, with the field's Danish name from the domain's vocabulary.
 */
import {
  LIST_STATUS_LABELS, OFFER_FIELD_LABELS, OPERATING_FORM_LABELS, RATE_FIELD_LABELS, RATE_UNIT_LABELS, SUPERVISION_LABELS,
} from '../../domain/providers/offer';
import type { FieldError } from '../errors';

/** Paths are dot paths into the body ('places', 'rates.0.amount'); other request parts are prefixed ('querystring.limit'). */
export type { FieldError };

/** The parts of a zod issue this module reads (zod 4 issue codes; fastify-type-provider-zod passes them as keyword + params). */
export interface IssueLike {
  code: string;
  path: readonly (string | number)[];
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  values?: readonly unknown[];
  format?: string;
  keys?: readonly string[];
  message?: string;
}

const LABELS: Record<string, string> = {
  ...OFFER_FIELD_LABELS, ...RATE_FIELD_LABELS,
  rates: 'Takster', reason: 'Begrundelse', title: 'Titel', comment: 'Kommentar', text: 'Tekst', state: 'Status', assignee: 'Ansvarlig',
  documentUrl: 'Dokumentets adresse', documentTitle: 'Dokumentets titel', findings: 'Fund', target: 'Modtager', displayName: 'Visningsnavn',
  hidden: 'Skjult', status: 'Status', limit: 'Antal', cursor: 'Side',
};

/** Value vocabularies said with their Danish labels, so an enum message lists words the user knows. */
const VALUE_LABELS: Record<string, Record<string, string>> = {
  operatingForm: OPERATING_FORM_LABELS, listStatus: LIST_STATUS_LABELS, supervisionColour: SUPERVISION_LABELS, supervision: SUPERVISION_LABELS, unit: RATE_UNIT_LABELS,
};

/** What a pattern means, per field: the schema's regex says only "wrong shape". */
const FORMAT_HINTS: Record<string, string> = {
  cvr: 'skal være 8 cifre.',
  pNumber: 'skal være 10 cifre.',
  postcode: 'skal være 4 cifre.',
  phone: 'skal være 8 cifre, eventuelt med +45 foran.',
  sections: 'angives som et tal, fx 107.',
  section: 'angives som et tal, fx 107.',
  supervisionDate: 'skal være en gyldig dato (dd-mm-åååå).',
  termsAcceptedDate: 'skal være en gyldig dato (dd-mm-åååå).',
  validFrom: 'skal være en gyldig dato (dd-mm-åååå).',
};

const EXPECTED: Record<string, string> = {
  number: 'et tal', int: 'et helt tal', string: 'tekst', boolean: 'ja eller nej', array: 'en liste', object: 'et objekt', date: 'en dato',
};

const num = (n: number | bigint | undefined) => (n === undefined ? '' : Number(n).toLocaleString('da-DK'));

/** The field a path names: its last part that is not a list index ('sections.0' → 'sections'). */
function fieldKey(path: readonly (string | number)[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const p = path[i];
    if (typeof p === 'string' && !/^\d+$/.test(p)) return p;
  }
  return undefined;
}

export function fieldLabel(path: readonly (string | number)[]): string {
  const key = fieldKey(path);
  if (key === undefined) return 'Indholdet';
  return LABELS[key] ?? `Feltet ${key}`;
}

function valueAt(input: unknown, path: readonly (string | number)[]): unknown {
  let v: unknown = input;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[String(p)];
  }
  return v;
}

function sizeMessage(label: string, issue: IssueLike, min: boolean): string {
  const bound = min ? issue.minimum : issue.maximum;
  const n = Number(bound ?? 0);
  switch (issue.origin) {
    case 'string':
      if (min && n <= 1) return `${label} skal udfyldes.`;
      return `${label} må ${min ? 'ikke være kortere end' : 'højst være'} ${num(bound)} tegn.`;
    case 'array':
    case 'set':
      if (min) return n <= 1 ? `${label}: angiv mindst én.` : `${label}: angiv mindst ${num(bound)}.`;
      return `${label}: højst ${num(bound)} må angives.`;
    default: {
      const strict = issue.inclusive === false;
      if (min) return strict ? `${label} skal være større end ${num(bound)}.` : `${label} skal være ${num(bound)} eller mere.`;
      return strict ? `${label} skal være mindre end ${num(bound)}.` : `${label} må højst være ${num(bound)}.`;
    }
  }
}

function issueMessage(issue: IssueLike, input: unknown): string {
  const label = fieldLabel(issue.path);
  const key = fieldKey(issue.path) ?? '';
  switch (issue.code) {
    case 'invalid_type': {
      const value = valueAt(input, issue.path);
      if (value === undefined || value === null || value === '') return `${label} mangler.`;
      const expected = EXPECTED[issue.expected ?? ''];
      return expected ? `${label} skal være ${expected}.` : `${label} har en forkert type.`;
    }
    case 'too_small': return sizeMessage(label, issue, true);
    case 'too_big': return sizeMessage(label, issue, false);
    case 'invalid_value':
    case 'invalid_enum_value': {
      const names = VALUE_LABELS[key];
      const values = (issue.values ?? []).map((v) => (names?.[String(v)] ?? String(v)).toLowerCase());
      return values.length > 0 ? `${label} skal være en af: ${values.join(', ')}.` : `${label} har en ugyldig værdi.`;
    }
    case 'invalid_format':
    case 'invalid_string': {
      const hint = FORMAT_HINTS[key];
      if (hint) return `${label} ${hint}`;
      if (issue.format === 'email') return `${label} skal være en gyldig e-mailadresse.`;
      if (issue.format === 'url') return `${label} skal være en gyldig webadresse (https://…).`;
      if (issue.format === 'datetime') return `${label} skal være et gyldigt tidspunkt.`;
      if (issue.format === 'date') return `${label} skal være en gyldig dato (dd-mm-åååå).`;
      return `${label} har et ugyldigt format.`;
    }
    case 'not_multiple_of': return `${label} har for mange decimaler.`;
    case 'unrecognized_keys': return 'Feltet kendes ikke og må ikke sendes.';
    // A refinement's own message: those are written in Danish in this code base; zod's default is not.
    case 'custom': return issue.message && issue.message !== 'Invalid input' ? issue.message : `${label} har en ugyldig værdi.`;
    default: return `${label} har en ugyldig værdi.`;
  }
}

/** One field error per issue (an unknown key is one per key), in the order zod found them. */
export function fieldErrorsFromIssues(issues: readonly IssueLike[], input: unknown, prefix = ''): FieldError[] {
  const join = (path: readonly (string | number)[]) => [prefix, ...path.map(String)].filter((p) => p !== '').join('.');
  const all = issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys' && issue.keys?.length) {
      return issue.keys.map((k) => ({ path: join([...issue.path, k]), message: issueMessage(issue, input) }));
    }
    return [{ path: join(issue.path), message: issueMessage(issue, input) }];
  });
  // One message per field: a value can fail several checks (format, then a real calendar date), the form shows the first.
  const seen = new Set<string>();
  return all.filter((f) => (seen.has(f.path) ? false : (seen.add(f.path), true)));
}

/** fastify-type-provider-zod's validation entries: the zod code as keyword, the path as a JSON pointer, the rest in params. */
export interface FastifyZodValidation {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

export function issuesFromFastify(validation: readonly FastifyZodValidation[]): IssueLike[] {
  return validation.map((v) => ({
    ...(v.params as Omit<IssueLike, 'code' | 'path'>),
    code: v.keyword,
    path: v.instancePath.split('/').slice(1).filter((p) => p !== '').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~')),
    message: v.message,
  }));
}

/** The summary line above the field messages. */
export function fieldErrorsSummary(count: number): string {
  return count === 1 ? 'Forespørgslen blev afvist: 1 felt skal rettes.' : `Forespørgslen blev afvist: ${count} felter skal rettes.`;
}
