import type { ExtractedContract } from '../contract/extracted-contract';
import type { Finding } from '../contract/finding';
import type { IsoDate } from '../contract/branded';
import { formatDate } from '../contract/parsers/date';
import { redactCprNumbers } from '../privacy/cpr';
import { worstCategory } from '../rules/catalogue';
import { judgeValue, validDate } from '../rules/values';
import { TemplateConfigurationError } from '../errors';
import { isOrderTemplate, type OrderCheckResult } from './check-order';
import { formatHours, parseExtent } from './extent';
import { blockCount, instanceId, textOf } from './order-values';
import { orderFinding } from './rules/catalogue';
import { unicodeRegExp as re } from './unicode-regexp';

/**
 * Contract ↔ order consistency (domain.md: the contract says the service is delivered according
 * to the latest order, so both must speak of the same citizen, start, services and extent).
 *
 * - same citizen: CPR numbers compared as their 10 digits (never shown); when either lacks a CPR
 *   number, the names are compared instead (case and spacing ignored);
 * - the order's "Kontraktens ikrafttrædelsesdato" is one of the contract's service start dates;
 * - every contract service is ordered and every ordered service is in the contract: matched by
 *   their § numbers ('SEL § 108'), or, when a side names no §, by a shared significant word;
 * - for each matched pair where both state hours per week (the contract in "Antal", or else in its
 *   "Evt. uddybning af indhold"), the hours agree within 5 % (at least a quarter of an hour).
 */

/** Field ids read from each side. */
export const CONSISTENCY_FIELDS = {
  contract: { services: 'services', serviceAndSection: 'services[].serviceAndSection', quantity: 'services[].quantity', description: 'services[].description', startDate: 'services[].startDate' },
  order: { services: 'orderedServices', serviceAndSection: 'orderedServices[].serviceAndSection', extent: 'orderedServices[].extent', contractStartDate: 'order.contractStartDate' },
};
const C = CONSISTENCY_FIELDS.contract;
const O = CONSISTENCY_FIELDS.order;

const digits = (text: string): string => text.replace(/\D/g, '');
const normaliseName = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** The citizen's identity for matching: 10 CPR digits, else the normalised name, else null. */
export const citizenKey = (doc: ExtractedContract): { cprDigits: string | null; name: string | null } => {
  const cpr = digits(textOf(doc, 'citizen.cpr'));
  const name = normaliseName(textOf(doc, 'citizen.name'));
  return { cprDigits: cpr.length === 10 ? cpr : null, name: name === '' ? null : name };
};

const citizenFindings = (contract: ExtractedContract, order: ExtractedContract): Finding[] => {
  const c = citizenKey(contract);
  const o = citizenKey(order);
  if (c.cprDigits !== null && o.cprDigits !== null) {
    return c.cprDigits === o.cprDigits
      ? []
      : [orderFinding('order.citizen-mismatch', 'citizen.cpr', 'Bestillingen og kontrakten gælder ikke samme borger: cpr-numrene er forskellige. Kontrollér, at bestillingen hører til kontrakten, og ret cpr-nummeret i det dokument, der er forkert.')];
  }
  if (c.name !== null && o.name !== null && c.name !== o.name) {
    return [orderFinding('order.citizen-mismatch', 'citizen.name', 'Bestillingen og kontrakten gælder ikke samme borger: navnene er forskellige (og cpr-nummeret mangler i det ene dokument). Kontrollér, at bestillingen hører til kontrakten, og udfyld cpr-nummeret i begge.')];
  }
  return [];
};

const dateOf = (doc: ExtractedContract, id: string): IsoDate | null => validDate(judgeValue('date', doc.values[id]));

const startDateFindings = (contract: ExtractedContract, order: ExtractedContract): Finding[] => {
  const referred = dateOf(order, O.contractStartDate);
  const starts = Array.from({ length: blockCount(contract, C.services) }, (_, i) => dateOf(contract, instanceId(C.startDate, i))).filter(
    (d): d is IsoDate => d !== null,
  );
  // A missing or unreadable date is the single checks' finding, not a disagreement.
  if (referred === null || starts.length === 0 || starts.includes(referred)) return [];
  const contractDates = [...new Set(starts)].sort().map(formatDate).join(' / ');
  return [orderFinding('order.start-date-mismatch', O.contractStartDate, `Bestillingen henviser til kontraktens ikrafttrædelsesdato ${formatDate(referred)}, men kontrakten træder i kraft ${contractDates}. Ret datoen i bestillingen, så den henviser til den kontrakt, den hører til.`)];
};

interface ServiceRef {
  index: number;
  text: string;
  sections: Set<string>;
  words: Set<string>;
}

/** '§ 108', '§§ 85 og 107', 'paragraf 85', '§ 107 stk. 2' → {'108'}, {'85','107'}, {'85'}, {'107'}. */
const SECTION_LIST = re(String.raw`(?:§§?|\bparagraf(?:ferne)?)\s*(\d+\s?[a-z]?\b(?:\s*(?:,|og|/|&)\s*\d+\s?[a-z]?\b)*)`, 'gi');
const sectionsOf = (text: string): Set<string> => {
  const out = new Set<string>();
  for (const m of text.matchAll(SECTION_LIST)) {
    for (const n of (m[1] ?? '').split(/\s*(?:,|og|\/|&)\s*/)) out.add(n.replace(/\s+/g, '').toLowerCase());
  }
  return out;
};

/** Words that say nothing about which service it is. */
const STOP_WORDS = new Set(['efter', 'jævnfør', 'serviceloven', 'servicelovens', 'lov', 'loven', 'indsats', 'ydelse', 'tilbud', 'støtte', 'borger', 'borgeren', 'samt', 'eller', 'med', 'til']);
const WORD = re(String.raw`\p{L}{4,}`, 'g');
const wordsOf = (text: string): Set<string> =>
  new Set([...text.toLowerCase().matchAll(WORD)].map((m) => m[0]).filter((w) => !STOP_WORDS.has(w)));

const servicesOf = (doc: ExtractedContract, block: string, fieldId: string): ServiceRef[] =>
  Array.from({ length: blockCount(doc, block) }, (_, index) => {
    const text = textOf(doc, instanceId(fieldId, index));
    return { index, text, sections: sectionsOf(text), words: wordsOf(text) };
  }).filter((s) => s.text !== '');

const intersects = <T>(a: Set<T>, b: Set<T>): boolean => [...a].some((x) => b.has(x));

const matches = (a: ServiceRef, b: ServiceRef): boolean =>
  a.sections.size > 0 && b.sections.size > 0 ? intersects(a.sections, b.sections) : intersects(a.words, b.words);

const describe = (s: ServiceRef): string =>
  s.sections.size > 0 ? ` (${[...s.sections].map((n) => `§ ${n}`).join(', ')})` : '';

/** Hours per week stated for a contract service: in "Antal", else in the service's description. */
const contractHours = (contract: ExtractedContract, index: number): { hours: number; where: string } | null => {
  for (const [id, where] of [[C.quantity, 'antal'], [C.description, 'uddybning af indhold']] as const) {
    const extent = parseExtent(textOf(contract, instanceId(id, index)));
    if (extent.kind === 'hoursPerWeek') return { hours: extent.hours, where };
  }
  return null;
};

const hoursDiffer = (a: number, b: number): boolean => Math.abs(a - b) > Math.max(0.25, 0.05 * Math.max(a, b));

const serviceFindings = (contract: ExtractedContract, order: ExtractedContract): Finding[] => {
  const contractServices = servicesOf(contract, C.services, C.serviceAndSection);
  const orderedServices = servicesOf(order, O.services, O.serviceAndSection);
  // With nothing named on a side, the single checks report the empty fields.
  if (contractServices.length === 0 || orderedServices.length === 0) return [];
  const findings: Finding[] = [];
  for (const cs of contractServices) {
    const match = orderedServices.find((os) => matches(cs, os));
    if (!match) {
      findings.push(orderFinding('order.service-mismatch', instanceId(C.serviceAndSection, cs.index), `Kontraktens indsats ${cs.index + 1}${describe(cs)} findes ikke blandt bestillingens indsatser. Bestil indsatsen, eller ret kontrakten, så kontrakt og bestilling omfatter de samme indsatser og paragraffer.`));
      continue;
    }
    const ordered = parseExtent(textOf(order, instanceId(O.extent, match.index)));
    const stated = contractHours(contract, cs.index);
    if (ordered.kind === 'hoursPerWeek' && stated !== null && hoursDiffer(ordered.hours, stated.hours)) {
      findings.push(orderFinding('order.extent-mismatch', instanceId(O.extent, match.index), `Bestillingens indsats ${match.index + 1} har et omfang på ${formatHours(ordered.hours)} timer pr. uge, men kontraktens indsats ${cs.index + 1} angiver ${formatHours(stated.hours)} timer pr. uge (${stated.where}). Ret omfanget, så bestilling og kontrakt stemmer; ændres omfanget, skal kontrakten genforhandles.`));
    }
  }
  for (const os of orderedServices) {
    if (!contractServices.some((cs) => matches(cs, os))) {
      findings.push(orderFinding('order.service-mismatch', instanceId(O.serviceAndSection, os.index), `Bestillingens indsats ${os.index + 1}${describe(os)} findes ikke i kontrakten. En bestilt indsats skal være omfattet af kontrakten: ret bestillingen, eller genforhandl kontrakten.`));
    }
  }
  return findings;
};

/**
 * Checks a contract against its order. Without an order the result is one finding,
 * 'order.missing' (used only where orders are checked together with contracts).
 * Field ids name the document they point into: 'services[…]' the contract, 'orderedServices[…]'
 * and 'order.*' the order, 'citizen.*' both.
 */
export const checkConsistency = (contract: ExtractedContract, order: ExtractedContract | null): OrderCheckResult => {
  if (isOrderTemplate(contract.template) || (order !== null && !isOrderTemplate(order.template))) {
    throw new TemplateConfigurationError(
      `Consistency needs a contract and an order, got ${contract.template.id} and ${order?.template.id ?? 'none'}`,
    );
  }
  const findings = (
    order === null
      ? [orderFinding('order.missing', null, 'Der er ingen bestilling til kontrakten. Kontrakten siger, at indsatsen leveres efter den seneste aktuelle bestilling: udarbejd en bestilling efter den fælleskommunale skabelon med mål, omfang og tidshorisont.')]
      : [...citizenFindings(contract, order), ...startDateFindings(contract, order), ...serviceFindings(contract, order)]
  ).map((f) => ({ ...f, message: redactCprNumbers(f.message) }));
  return { category: worstCategory(findings), findings };
};

/**
 * Pairs contracts with their orders, by CPR digits, else by name when a side has no CPR number.
 * Each order is used for at most one contract; when several orders fit a contract, the one valid
 * from the latest date wins (the contract follows the latest order). Returns, per contract index,
 * the index of its order or null.
 */
export const pairOrders = (contracts: readonly ExtractedContract[], orders: readonly ExtractedContract[]): Array<number | null> => {
  const used = new Set<number>();
  const orderKeys = orders.map(citizenKey);
  const validFrom = orders.map((o) => dateOf(o, 'order.validFrom') ?? '');
  const pick = (fits: (oi: number) => boolean): number | null => {
    let best: number | null = null;
    orders.forEach((_, oi) => {
      if (used.has(oi) || !fits(oi)) return;
      if (best === null || (validFrom[oi] ?? '') > (validFrom[best] ?? '')) best = oi;
    });
    return best;
  };
  return contracts.map((contract) => {
    const key = citizenKey(contract);
    let found = key.cprDigits === null ? null : pick((oi) => orderKeys[oi]?.cprDigits === key.cprDigits);
    if (found === null && key.name !== null) {
      found = pick((oi) => {
        const ok = orderKeys[oi];
        return ok !== undefined && (ok.cprDigits === null || key.cprDigits === null) && ok.name === key.name;
      });
    }
    if (found !== null) used.add(found);
    return found;
  });
};
