import type { OperatingForm, RateUnit, SupervisionColour } from '../../domain/providers/offer';
import { TARGET_GROUPS } from '../../domain/providers/offer';
import { DEFAULT_MUNICIPALITIES } from '../config';

/**
 * Fictional demo data: every name is invented and marked "(fiktivt)". Seeded and deterministic,
 * so `npm start`, screenshots and the benchmark see the same list.
 */

/** mulberry32: a tiny seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PREFIX = ['Bostedet', 'Botilbuddet', 'Opholdsstedet', 'Bofællesskabet', 'Støttecentret', 'Hjemmet', 'Huset', 'Gården', 'Kollegiet', 'Værestedet'];
const PLACE = ['Eksempelhøj', 'Prøvelund', 'Demodal', 'Fiktivbakken', 'Modelgården', 'Testvang', 'Skitsebo', 'Udkastholm', 'Mønsterly', 'Påskudsvej', 'Tænktsø', 'Opdigtet Enge', 'Forsøgsmark', 'Øvelseshøj', 'Attrapslund'];
const PROVIDER = ['Omsorg', 'Trivsel', 'Fællesskab', 'Fremdrift', 'Tryghed', 'Livsmod', 'Hverdag', 'Udvikling'];
const STREETS = ['Eksempelvej', 'Prøvegade', 'Demoallé', 'Fiktivstien', 'Modelvej', 'Testparken'];

const POSTCODES: Record<string, [string, string]> = {
  Faxe: ['4640', 'Faxe'], Greve: ['2670', 'Greve'], Guldborgsund: ['4800', 'Nykøbing F'], Holbæk: ['4300', 'Holbæk'],
  Kalundborg: ['4400', 'Kalundborg'], Køge: ['4600', 'Køge'], Lejre: ['4320', 'Lejre'], Lolland: ['4930', 'Maribo'],
  Næstved: ['4700', 'Næstved'], Odsherred: ['4500', 'Nykøbing Sj'], Ringsted: ['4100', 'Ringsted'], Roskilde: ['4000', 'Roskilde'],
  Slagelse: ['4200', 'Slagelse'], Solrød: ['2680', 'Solrød Strand'], Sorø: ['4180', 'Sorø'], Stevns: ['4660', 'Store Heddinge'],
  Vordingborg: ['4760', 'Vordingborg'],
};

export interface DemoOffer {
  id: string;
  name: string;
  providerName: string;
  cvr: string;
  pNumber: string;
  operatingForm: OperatingForm;
  address: string;
  postcode: string;
  city: string;
  municipality: string;
  email: string;
  phone: string;
  sections: string[];
  targetGroups: string[];
  places: number;
  freePlaces: number;
  freePlacesUpdatedAt: string;
  supervisionColour: SupervisionColour;
  supervisionDate: string;
  termsAcceptedDate: string;
  listStatus: 'optaget' | 'suspenderet' | 'fjernet';
  rates: { section: string; unit: RateUnit; amountOre: number; validFrom: string }[];
}

export interface DemoFlag {
  id: string;
  title: string;
  municipality: string;
  offerId: string;
  state: 'ny' | 'under-gennemgang' | 'afsluttet' | 'afvist';
  findings: { rule: string; category: string; field: string | null; message: string }[];
  requesterName: string;
}

/** A valid CVR from a seed: 7 random digits and the one check digit that makes the sum divisible by 11. */
function cvrFrom(rand: () => number): string {
  const w = [2, 7, 6, 5, 4, 3, 2, 1];
  for (;;) {
    const d = [1 + Math.floor(rand() * 9), ...Array.from({ length: 6 }, () => Math.floor(rand() * 10))];
    const sum = d.reduce((s, x, i) => s + x * (w[i] ?? 0), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) return [...d, check].join('');
  }
}

function uuidFrom(rand: () => number): string {
  const h = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16));
  h[12] = '4';
  h[16] = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

export function generateDemoOffers(count: number, opts: { seed?: number; today: Date; municipalities?: readonly string[] }): DemoOffer[] {
  const rand = prng(opts.seed ?? 2026);
  const municipalities = opts.municipalities ?? DEFAULT_MUNICIPALITIES;
  const year = opts.today.getUTCFullYear();
  const offers: DemoOffer[] = [];
  for (let i = 0; i < count; i++) {
    const municipality = pick(rand, municipalities);
    const r = rand();
    const operatingForm: OperatingForm = r < 0.55 ? 'private' : r < 0.75 ? 'selfOwning' : r < 0.95 ? 'municipal' : 'regional';
    const residential = rand() < 0.7;
    const sections = residential ? (rand() < 0.5 ? ['107', '85'] : ['108', '85']) : (rand() < 0.5 ? ['85'] : ['105', '85']);
    const groups = [...new Set([pick(rand, TARGET_GROUPS), ...(rand() < 0.5 ? [pick(rand, TARGET_GROUPS)] : [])])];
    const places = 4 + Math.floor(rand() * 36);
    const freePlaces = rand() < 0.35 ? 1 + Math.floor(rand() * Math.min(5, places)) : 0;
    const c = rand();
    const colour: SupervisionColour = c < 0.78 ? 'grøn' : c < 0.95 ? 'gul' : 'rød';
    const [postcode, city] = POSTCODES[municipality] ?? ['4000', municipality];
    const name = `${pick(rand, PREFIX)} ${pick(rand, PLACE)}${count > PLACE.length * PREFIX.length ? ` ${i + 1}` : ''} (fiktivt)`;
    const providerName = operatingForm === 'municipal' ? `${municipality} Kommune (fiktiv afdeling)`
      : operatingForm === 'regional' ? 'Region Sjælland (fiktiv afdeling)'
        : `${pick(rand, PROVIDER)} ${operatingForm === 'selfOwning' ? 'Fonden' : 'ApS'} (fiktivt)`;
    // Rate history: 4–6 years; mostly yearly regulation around 2–4 %, some above the thresholds.
    const rates: DemoOffer['rates'] = [];
    const years = 4 + Math.floor(rand() * 3);
    for (const section of sections) {
      const unit: RateUnit = section === '85' ? 'time' : 'dag';
      let amount = section === '85' ? 45000 + Math.floor(rand() * 30000) : 180000 + Math.floor(rand() * 250000);
      for (let y = year - years + 1; y <= year; y++) {
        rates.push({ section, unit, amountOre: amount, validFrom: iso(y, 1, 1) });
        const jump = rand() < 0.12 ? 0.06 + rand() * 0.08 : 0.01 + rand() * 0.035;
        amount = Math.round(amount * (1 + jump));
      }
    }
    const status = rand();
    offers.push({
      id: uuidFrom(rand), name, providerName, cvr: cvrFrom(rand),
      // P-numbers from 10 and a month digit pair > 12 never look like a date (and so never like a CPR number).
      pNumber: `10${20 + Math.floor(rand() * 79)}${String(Math.floor(rand() * 1_000_000)).padStart(6, '0')}`,
      operatingForm, address: `${pick(rand, STREETS)} ${1 + Math.floor(rand() * 120)}`, postcode, city, municipality,
      email: `kontakt${i + 1}@eksempel.invalid`, phone: `${20 + Math.floor(rand() * 79)}${String(Math.floor(rand() * 1_000_000)).padStart(6, '0')}`,
      sections, targetGroups: groups, places, freePlaces,
      freePlacesUpdatedAt: new Date(opts.today.getTime() - Math.floor(rand() * 60) * 86_400_000).toISOString(),
      supervisionColour: colour, supervisionDate: iso(year - (rand() < 0.3 ? 1 : 0), 1 + Math.floor(rand() * 11), 1 + Math.floor(rand() * 28)),
      termsAcceptedDate: iso(year - 1 - Math.floor(rand() * 4), 1 + Math.floor(rand() * 12), 1 + Math.floor(rand() * 28)),
      listStatus: status < 0.93 ? 'optaget' : status < 0.98 ? 'suspenderet' : 'fjernet', rates,
    });
  }
  return offers;
}

const DEMO_FINDINGS = [
  { rule: 'signature.missing', category: 'fejl-med-oekonomisk-risiko', field: null, message: 'Kontrakten mangler underskrift fra leverandøren.' },
  { rule: 'standard-text.changed', category: 'fejl-med-oekonomisk-risiko', field: null, message: 'Standardteksten om prisregulering er ændret.' },
  { rule: 'gdpr.choice-missing', category: 'fejl-uden-meromkostning', field: null, message: 'Der er ikke valgt en databeskyttelsesmodel.' },
  { rule: 'follow-up.first-date-missing', category: 'fejl-uden-meromkostning', field: 'services[0].firstFollowUpDate', message: 'Dato for første opfølgning mangler.' },
  { rule: 'payment.prepayment', category: 'uhensigtsmaessige-valg', field: null, message: 'Der er valgt forudbetaling.' },
];

export function generateDemoFlags(offers: readonly DemoOffer[], count: number, seed = 7): DemoFlag[] {
  const rand = prng(seed);
  const states: DemoFlag['state'][] = ['ny', 'ny', 'under-gennemgang', 'afsluttet', 'afvist'];
  return Array.from({ length: Math.min(count, offers.length) }, (_, i) => {
    const offer = offers[Math.floor(rand() * offers.length)]!;
    const findings = DEMO_FINDINGS.filter(() => rand() < 0.45);
    return {
      id: uuidFrom(rand), title: `Kontrakt ${offer.name} – borger ${i + 1} (fiktiv)`, municipality: pick(rand, DEFAULT_MUNICIPALITIES), offerId: offer.id,
      state: pick(rand, states), findings: findings.length > 0 ? findings : [DEMO_FINDINGS[0]!], requesterName: `Rådgiver ${String.fromCharCode(65 + i % 26)} (fiktiv)`,
    };
  });
}
