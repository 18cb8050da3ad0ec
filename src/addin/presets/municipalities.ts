/**
 * The 17 municipalities of Rammeaftale Sjælland as buyer presets (configuration data, not code).
 *
 * FICTIONAL VALUES: the department names, street addresses, phone numbers, secure e-mail addresses
 * and EAN numbers below are made-up placeholders for the demonstration (EANs are in GS1's
 * 579800000xxxx test-style range with valid check digits). Each municipality must replace them with
 * its own before production use; `fictional: true` makes the form say so.
 */
export interface MunicipalityPreset {
  municipality: string;
  department: string;
  address: string;
  postcode: string;
  city: string;
  ean: string;
  phone: string;
  secureEmail: string;
  fictional: boolean;
}

const gs1 = (twelve: string): string => {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(twelve[i]) * (i % 2 === 0 ? 1 : 3);
  return twelve + ((10 - (sum % 10)) % 10);
};

const rows: Array<[string, string, string, string]> = [
  // name, postcode, city, e-mail domain (fictional)
  ['Faxe', '4640', 'Faxe', 'faxe.eksempel.dk'],
  ['Greve', '2670', 'Greve', 'greve.eksempel.dk'],
  ['Guldborgsund', '4800', 'Nykøbing F', 'guldborgsund.eksempel.dk'],
  ['Holbæk', '4300', 'Holbæk', 'holbaek.eksempel.dk'],
  ['Kalundborg', '4400', 'Kalundborg', 'kalundborg.eksempel.dk'],
  ['Køge', '4600', 'Køge', 'koege.eksempel.dk'],
  ['Lejre', '4330', 'Hvalsø', 'lejre.eksempel.dk'],
  ['Lolland', '4930', 'Maribo', 'lolland.eksempel.dk'],
  ['Næstved', '4700', 'Næstved', 'naestved.eksempel.dk'],
  ['Odsherred', '4500', 'Nykøbing Sj', 'odsherred.eksempel.dk'],
  ['Ringsted', '4100', 'Ringsted', 'ringsted.eksempel.dk'],
  ['Roskilde', '4000', 'Roskilde', 'roskilde.eksempel.dk'],
  ['Slagelse', '4200', 'Slagelse', 'slagelse.eksempel.dk'],
  ['Solrød', '2680', 'Solrød Strand', 'solroed.eksempel.dk'],
  ['Sorø', '4180', 'Sorø', 'soroe.eksempel.dk'],
  ['Stevns', '4660', 'Store Heddinge', 'stevns.eksempel.dk'],
  ['Vordingborg', '4760', 'Vordingborg', 'vordingborg.eksempel.dk'],
];

export const MUNICIPALITY_PRESETS: MunicipalityPreset[] = rows.map(([name, postcode, city, domain], i) => ({
  municipality: `${name} Kommune`,
  department: 'Myndighedsafdelingen, Voksen og Handicap (eksempel)',
  address: `Rådhusvej ${i + 1} (eksempel)`,
  postcode,
  city,
  ean: gs1(`5798000000${String(10 + i).padStart(2, '0')}`),
  phone: `70 00 ${String(10 + i).padStart(2, '0')} 00`,
  secureEmail: `sikkermail@${domain}`,
  fictional: true,
}));

/** The form fields a preset fills. */
export const presetFields = (p: MunicipalityPreset): Record<string, string> => ({
  'buyer.municipality': p.municipality,
  'buyer.department': p.department,
  'buyer.address': p.address,
  'buyer.postcode': p.postcode,
  'buyer.city': p.city,
  'buyer.ean': p.ean,
  'buyer.phone': p.phone,
  'buyer.secureEmail': p.secureEmail,
});

/**
 * The agreement's short name of a municipality ('Næstved') for a document's "Handelskommune" value
 * ('Næstved Kommune', 'næstved kommune'), or null when it is none of the 17 (the server knows the
 * 17 by their short names and refuses others).
 */
export function agreementMunicipality(value: string | null | undefined): string | null {
  const key = (value ?? '').replace(/\s+kommune\s*$/i, '').trim().toLowerCase();
  const hit = MUNICIPALITY_PRESETS.find((p) => p.municipality.replace(/ Kommune$/, '').toLowerCase() === key);
  return hit ? hit.municipality.replace(/ Kommune$/, '') : null;
}
