/**
 * The fill form as data: sections, fields and checkbox groups come from the template definition
 * (never hard-coded), values are a ContractFillInput, and validation uses the domain's parsers, so
 * the form says exactly what the checker would say about a value.
 */
import type { ExtractedContract } from '../../domain/contract/extracted-contract';
import type { ContractFillInput } from '../../domain/contract/fill-input';
import { parseFieldValue } from '../../domain/contract/parsers';
import { fillInputCrossFieldFindings } from '../../domain/rules/fill-input-checks';
import type { OfferSummary } from '../../ui/api/types';
import type { CheckboxGroupDefinition, FieldDefinition, SectionDefinition, TemplateDefinition } from '../../domain/contract/template-definition';

export interface FormSection {
  section: SectionDefinition;
  fields: FieldDefinition[];
  groups: CheckboxGroupDefinition[];
  /** Fields repeated per service (only in the services section). */
  serviceFields: FieldDefinition[];
}

export function formSections(def: TemplateDefinition): FormSection[] {
  return def.sections
    .map((section) => ({
      section,
      fields: def.fields.filter((f) => f.section === section.id && !f.repeat),
      groups: def.checkboxGroups.filter((g) => g.section === section.id && !g.repeat),
      serviceFields: def.fields.filter((f) => f.section === section.id && f.repeat === 'services'),
    }))
    .filter((s) => s.fields.length + s.groups.length + s.serviceFields.length > 0);
}

/** 'services[].unitPrice' → 'unitPrice'. */
export const serviceKey = (f: FieldDefinition): string => f.id.replace(/^.*\]\./, '');

export const emptyInput = (): ContractFillInput => ({ fields: {}, choices: {}, services: [{}] });

/** The Danish message for a value, or null when it is fine (an empty optional field is fine). */
export function fieldError(f: FieldDefinition, raw: string | undefined, input: ContractFillInput): string | null {
  const value = (raw ?? '').trim();
  if (value === '') {
    const requiredNow = f.required || (f.requiredWhen && input.choices[f.requiredWhen.group] === f.requiredWhen.option);
    return requiredNow ? 'Skal udfyldes.' : null;
  }
  const r = parseFieldValue(f.kind, value);
  return r.ok ? null : r.error.message;
}

export interface FormErrors {
  fields: Record<string, string>;
  choices: Record<string, string>;
  services: Array<Record<string, string>>;
  count: number;
}

/**
 * The cross-field checks of contract-checks.md (end before start, follow-up before start, payment deadline
 * against 30 days, extended payment period) on the values as typed, by the field or group id the form
 * names its controls after ('services[0].endDate', 'termination.paymentPeriod'). They warn, they do not
 * block "Indsæt": the checker reports the same finding on the document.
 */
export function crossFieldWarnings(def: TemplateDefinition, input: ContractFillInput): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fillInputCrossFieldFindings(def, input)) if (f.field && !out[f.field]) out[f.field] = f.message;
  return out;
}

export function validateForm(def: TemplateDefinition, input: ContractFillInput): FormErrors {
  const errors: FormErrors = { fields: {}, choices: {}, services: input.services.map(() => ({})), count: 0 };
  for (const f of def.fields) {
    if (f.repeat === 'services') {
      input.services.forEach((svc, i) => {
        const e = fieldError(f, svc[serviceKey(f)], input);
        if (e) { errors.services[i]![serviceKey(f)] = e; errors.count++; }
      });
    } else if (!f.repeat) {
      const e = fieldError(f, input.fields[f.id], input);
      if (e) { errors.fields[f.id] = e; errors.count++; }
    }
  }
  for (const g of def.checkboxGroups) {
    if (g.required && !g.repeat && !input.choices[g.id]) { errors.choices[g.id] = 'Vælg en mulighed.'; errors.count++; }
  }
  return errors;
}

/**
 * Only what the user filled in is written, so a half-filled form never blanks a field in the document;
 * blocks the user removed (document instance numbers per block id) are taken out of it.
 */
export function toFillInput(input: ContractFillInput, removed: Record<string, number[]> = {}): ContractFillInput {
  const keep = (r: Record<string, string>) => Object.fromEntries(Object.entries(r).filter(([, v]) => v.trim() !== ''));
  const removeInstances = Object.fromEntries(Object.entries(removed).filter(([, r]) => r.length > 0));
  return {
    fields: keep(input.fields), choices: keep(input.choices), services: input.services.map(keep),
    ...(Object.keys(removeInstances).length > 0 ? { removeInstances } : {}),
  };
}

/** The form's values from a read contract ("Hent værdier fra dokumentet"): dates as dd-mm-åååå, one entry per service block. */
export function inputFromDocument(definition: TemplateDefinition, c: ExtractedContract): ContractFillInput {
  const fields: Record<string, string> = {};
  for (const f of definition.fields) if (!f.repeat && c.values[f.id]?.text) fields[f.id] = c.values[f.id]!.text!;
  const choices: Record<string, string> = {};
  for (const [g, ch] of Object.entries(c.choices)) if (ch.checked.length === 1) choices[g] = ch.checked[0]!;
  const services = Array.from({ length: Math.max(1, c.serviceCount) }, (_, i) => {
    const svc: Record<string, string> = {};
    for (const f of definition.fields.filter((d) => d.repeat === 'services')) {
      const v = c.values[f.id.replace('[]', `[${i}]`)];
      if (v?.text) svc[serviceKey(f)] = v.isoDate ? v.isoDate.split('-').reverse().join('-') : v.text;
    }
    return svc;
  });
  return { fields, choices, services };
}

/** The form with an offer from the provider list: the provider's fields, its operating form, and the first service's price and § when empty. */
export function withOffer(s: ContractFillInput, o: OfferSummary): ContractFillInput {
  const rate = o.currentRates[0];
  const services = [...s.services];
  const first = { ...(services[0] ?? {}) };
  if (rate && !first.unitPrice) first.unitPrice = `${new Intl.NumberFormat('da-DK', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(rate.amount)} kr. pr. ${rate.unit}`;
  if (rate && !first.serviceAndSection) first.serviceAndSection = `SEL § ${rate.section}`;
  services[0] = first;
  return {
    ...s,
    fields: {
      ...s.fields,
      'provider.name': o.name,
      'provider.address': o.address,
      'provider.postcode': o.postcode,
      'provider.city': o.city,
      'provider.cvr': o.cvr,
      ...(o.pNumber ? { 'provider.pNumber': o.pNumber } : {}),
      ...(o.email ? { 'provider.secureEmail': o.email } : {}),
      ...(o.phone ? { 'provider.phone': o.phone } : {}),
    },
    choices: { ...s.choices, 'provider.operatingForm': o.operatingForm },
    services,
  };
}
