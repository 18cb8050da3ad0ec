/**
 * A contract retyped by hand as Markdown (for pandoc): one paragraph per label, some values on the
 * line below their label, a combined "Postnr. og by:" label, ☐/☒ glyphs for the boxes, and the
 * template's footer typed as the last paragraph.
 */
import { FOOTER, OPERATING_FORMS, PERIODS, ROLES, TIMINGS, TITLE, type CorpusContract } from './contract-data';

const box = (on: boolean): string => (on ? '☒' : '☐');
const boxes = (opts: Array<[string, string]>, chosen: string[], sep: string): string =>
  opts.map(([id, text]) => `${box(chosen.includes(id))} ${text}`).join(sep);

export function contractMarkdown(c: CorpusContract): string {
  const p: string[] = [];
  const add = (...lines: string[]): void => { p.push(...lines); };
  add(`**${TITLE}**`);
  add('## 1. Borger', `Navn: ${c.citizen.name}`, `CPR-nr. ${c.citizen.cpr}`);
  add('## 2. Køber');
  // Labels with the value on the line below (a value ending in a label word: "Næstved Kommune").
  add('Handelskommune:', c.buyer.municipality, 'Forvaltning:', c.buyer.department);
  add(`Adresse: ${c.buyer.address}`, `Postnr. og by: ${c.buyer.postcode} ${c.buyer.city}`);
  add(`EAN-nr.: ${c.buyer.ean}`, `Telefon: ${c.buyer.phone}`, `Sikker e-mail: ${c.buyer.email}`);
  add('## 3. Leverandør');
  add(`Driftsform: ${boxes(OPERATING_FORMS, c.provider.operatingForm, '   ')}`);
  add(`Tilbuddets navn: ${c.provider.name}`, `Adresse: ${c.provider.address}`, `Postnr.: ${c.provider.postcode}`, `By: ${c.provider.city}`);
  add(`Sikker e-mail: ${c.provider.email}`, `Tlf.: ${c.provider.phone}`, `Evt. P-nummer: ${c.provider.pNumber}`);
  add(`Evt. Cvr-nummer: ${c.provider.cvr}`, `Evt. afdelings UUID: ${c.provider.uuid}`);
  add('## 4. Leverandørens indsatser og pris', 'Indsats 1');
  add(`Indsats og paragraf: ${c.service.what}`, `Antal: ${c.service.quantity}`, `Enhedspris: ${c.service.unitPrice}`);
  add(`Evt. uddybning af indhold: ${c.service.description}`, `Ikrafttrædelsesdato: ${c.service.start}`);
  add(`Evt. slutdato: ${c.service.end}`, `Første opfølgningsdato: ${c.service.followUp}`);
  add('## 5. Betaling', c.clauses.payment);
  add(`Betaling sker: ${boxes(TIMINGS, c.payment.timing, '   ')}`);
  add(`Betalingsfrist i dage efter modtagelse af faktura (højst 30): ${c.payment.deadline}`);
  add('## 6. Regulering af takster', c.clauses.priceRegulation);
  add('## 7. Genforhandling', c.clauses.renegotiation);
  add('## 8. Opsigelse', c.clauses.termination, 'Betaling efter fraflytning:');
  for (const line of boxes(PERIODS, c.termination.period, '\n').split('\n')) add(line);
  add(`Antal dage: ${c.termination.days}`);
  add('## 9. Persondata');
  for (const line of boxes(ROLES, c.dataProtection, '\n').split('\n')) add(line);
  add('## 10. Dokumentationskrav til køber', c.clauses.documentation);
  add('## 11. Underskrifter');
  for (const [heading, s] of [['For køber', c.signatures.buyer], ['For leverandør', c.signatures.provider]] as const) {
    add(`**${heading}**`, `Dato: ${s.date}`, `Navn: ${s.name}`, `Underskrift: ${s.signature}`);
  }
  add(FOOTER);
  // A blank line between lines makes each its own paragraph.
  return `${p.join('\n\n')}\n`;
}
