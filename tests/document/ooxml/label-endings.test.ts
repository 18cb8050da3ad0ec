/**
 * Values that end in a label word ("By", "Pris", "Takst", "Dage", "Indsats", "Kommune"): on the line
 * of their label, below it or in the next cell they are read whole, and a label word that ends a
 * value (after another label, or in a text the word's own field reads as a value of its kind) is no
 * label of its own (issue 15).
 */
import { checkDocx } from '../../../src/document/ooxml/check';
import { readDocx } from '../../../src/document/ooxml/read';
import { endsValue, looksLikeLabelLine } from '../../../src/document/ooxml/extract/label-lines';
import { labelsOf } from '../../../src/document/ooxml/extract/shared';
import { findLabelHits, indexText } from '../../../src/domain/contract/labels';
import { pairs, registry } from '../helpers';
import { buildDocx, choiceOf, fieldOf, korrektSections, run, sectionOf, type FieldStyle } from './adversarial-builder';

const ENDINGS: Record<string, string> = {
  'buyer.address': 'Torvet 1, Næstved By',
  'buyer.municipality': 'Næstved Kommune',
  'provider.name': 'Bostedet Skovbrynet By',
  'services[0].serviceAndSection': 'Socialpædagogisk Indsats',
  'services[0].quantity': '1 Indsats',
  'services[0].unitPrice': '2.450,00 kr. Døgntakst',
  'services[0].description': 'Døgnophold til fast Pris og Takst',
  'termination.extendedDays': '60 Dage',
};

const definition = () => {
  const t = registry().find('kl-voksen', '2.1');
  if (!t) throw new Error('no template');
  return t.definition;
};

function contract(layout: FieldStyle | 'below') {
  const s = korrektSections();
  for (const [id, v] of Object.entries(ENDINGS)) fieldOf(s, id).value = v;
  choiceOf(s, 'termination').options.forEach((o) => { o.checked = o.text.startsWith('Forlænget'); });
  if (layout === 'below') {
    for (const id of Object.keys(ENDINGS)) {
      const sec = sectionOf(s, id.split(/[.[]/)[0] as string);
      const k = sec.lines.findIndex((l) => l.t === 'field' && l.id === id);
      const fl = fieldOf(s, id);
      sec.lines[k] = { t: 'raw', xml: `<w:p>${run(fl.label)}</w:p><w:p>${run(fl.value)}</w:p>` };
    }
  }
  return buildDocx(s, { heading: 'heading', field: layout === 'below' ? 'bare' : layout });
}

describe('values ending in a label word', () => {
  it.each(['bare', 'runs', 'nbsp', 'cells', 'below'] as const)('are read whole, %s', (layout) => {
    const doc = contract(layout);
    const r = readDocx(doc, registry());
    if (r.kind !== 'contract') throw new Error(r.kind);
    const got = Object.fromEntries(Object.keys(ENDINGS).map((id) => [id, r.contract.values[id]?.text]));
    expect(got).toEqual(ENDINGS);
    // The chosen extended payment is the only finding: every value is found and valid.
    expect(pairs(checkDocx(doc, registry()).findings)).toEqual(['termination.extended-payment @ termination.paymentPeriod']);
  });

  it('a label word ends a value after another label, or in a text that is a value of its own field\'s kind', () => {
    const fields = definition().fields.map((f) => ({ id: f.id, labels: labelsOf(f), kind: f.kind }));
    const field = (id: string) => fields.find((f) => f.id === id) ?? fields[0]!;
    const ends = (text: string, id: string, followsLabel: boolean) => {
      const idx = indexText(text);
      const f = field(id);
      const hit = f.labels.flatMap((l) => findLabelHits(idx, l)).sort((a, b) => b.start - a.start)[0];
      if (!hit) throw new Error(`no hit of ${id} in ${text}`);
      return endsValue(idx, hit, followsLabel, f.kind);
    };
    expect(ends('60 Dage', 'termination.extendedDays', false)).toBe(true);
    expect(ends('2.450,00 kr. Takst', 'services[].unitPrice', false)).toBe(true);
    expect(ends('Torvet 1, Næstved By', 'buyer.city', true)).toBe(true);
    // A label alone (its value beside or below) stays a label, with or without words before it.
    expect(ends('Dage', 'termination.extendedDays', false)).toBe(false);
    expect(ends('Borgerens navn', 'citizen.name', false)).toBe(false);
    expect(ends('Evt. CVR', 'provider.cvr', false)).toBe(false);
    // The reading field's kind marks the line below as a value, whatever label words it holds.
    expect(looksLikeLabelLine('Pris 2.450,00 kr.', fields, 'services[].quantity')).toBe(true);
    expect(looksLikeLabelLine('Pris 2.450,00 kr.', fields, 'services[].startDate')).toBe(true);
    expect(looksLikeLabelLine('Dage 60', fields, 'termination.extendedDays')).toBe(false);
    // Another field's label opening a line that is no date of its own: that field's line.
    expect(looksLikeLabelLine('Startdato 01-03-2026', fields, 'services[].firstFollowUpDate')).toBe(true);
    expect(looksLikeLabelLine('01-06-2026', fields, 'services[].firstFollowUpDate')).toBe(false);
    expect(looksLikeLabelLine('Startdato:', fields, 'services[].firstFollowUpDate')).toBe(true);
  });
});
