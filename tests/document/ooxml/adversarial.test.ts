/**
 * Adversarial verification on contracts the checker has never seen: each is built from scratch
 * (adversarial-builder.ts) in one of the ways contract-checks.md lists, and must give exactly the
 * category and [rule, field] findings the spec says — korrekt stays korrekt, one defect gives one
 * finding.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { checkFile } from '../../../src/cli/check-files';
import { collectFiles } from '../../../src/cli/files';
import { checkDocx } from '../../../src/document/ooxml/check';
import { readDocx } from '../../../src/document/ooxml/read';
import { pairs, registry } from '../helpers';
import {
  CLAUSES, SERVICE, buildDocx, choiceOf, fieldOf, korrektSections, run, sdt, sectionOf,
  type BoxStyle, type BuildOptions, type FieldStyle, type HeadingStyle, type Section,
} from './adversarial-builder';

const summary = (docx: Uint8Array) => {
  const r = checkDocx(docx, registry());
  return { category: r.category, findings: pairs(r.findings) };
};
const contractOf = (docx: Uint8Array) => {
  const r = readDocx(docx, registry());
  if (r.kind !== 'contract') throw new Error(`${r.kind}: ${r.reason}`);
  return r.contract;
};
const KORREKT = { category: 'korrekt', findings: [] };
const FEJL = 'fejl-uden-meromkostning';
const RISIKO = 'fejl-med-oekonomisk-risiko';
const VALG = 'uhensigtsmaessige-valg';
const one = (category: string, rule: string, field: string | null) => ({ category, findings: [`${rule} @ ${field}`] });

const build = (edit: (s: Section[]) => void = () => undefined, o: Partial<BuildOptions> = {}) => {
  const s = korrektSections();
  edit(s);
  return buildDocx(s, o);
};

describe('layouts and value styles that stay korrekt', () => {
  const headings: HeadingStyle[] = ['table', 'heading', 'bold', 'numbered', 'plain-numbered', 'styled-unnumbered', 'upper', 'rows', 'table-plain'];
  const fields: FieldStyle[] = ['sdt', 'bare', 'runs', 'nbsp', 'cells', 'cells-sdt', 'tag', 'alias', 'alias-after-label', 'block', 'nested'];
  const boxes: BoxStyle[] = ['w14', 'w14-true', 'w14-on', 'glyph', 'sym', 'formfield', 'formfield-default'];

  it.each(headings)('headings as %s, controls after labels', (heading) => {
    expect(summary(build(undefined, { heading }))).toEqual(KORREKT);
  });

  it.each(fields)('every value written as %s (table layout)', (field) => {
    const doc = build(undefined, { field });
    expect(summary(doc)).toEqual(KORREKT);
    expect(contractOf(doc).values['citizen.cpr']?.text).toBe('120385-1234');
  });

  it.each(fields)('every value written as %s (heading paragraphs)', (field) => {
    expect(summary(build(undefined, { field, heading: 'heading' }))).toEqual(KORREKT);
  });

  it.each(boxes)('checkboxes as %s', (box) => {
    const doc = build(undefined, { box });
    expect(summary(doc)).toEqual(KORREKT);
    expect(contractOf(doc).choices['dataProtection.role']?.checked).toEqual(['processor']);
  });

  it('sections in another order (Persondata before Betaling, Underskrifter before Opsigelse)', () => {
    const order = ['citizen', 'buyer', 'provider', 'services', 'dataProtection', 'payment', 'priceRegulation', 'renegotiation', 'signatures', 'termination', 'documentation'];
    for (const heading of ['table', 'heading'] as const) expect(summary(build(undefined, { heading, order }))).toEqual(KORREKT);
  });

  it('label synonyms and spellings of the spec', () => {
    const doc = (field: FieldStyle) => build((s) => {
      fieldOf(s, 'citizen.cpr').label = 'CPR-nr.';
      fieldOf(s, 'buyer.municipality').label = 'Handlekommune';
      fieldOf(s, 'buyer.ean').label = 'EAN nr.:';
      fieldOf(s, 'buyer.phone').label = 'Telefon:';
      fieldOf(s, 'buyer.secureEmail').label = 'Sikker mail:';
      fieldOf(s, 'provider.phone').label = 'Tlf.';
      fieldOf(s, 'provider.secureEmail').label = 'SIKKER E-MAIL:';
      fieldOf(s, 'provider.cvr').label = 'CVR-nr.:';
    }, { field });
    for (const field of ['sdt', 'bare', 'runs', 'cells'] as const) expect({ field, ...summary(doc(field)) }).toEqual({ field, ...KORREKT });
    for (const label of ['CPR', 'Cpr. nr.', 'CPR nr', 'cpr.nr.']) {
      const d = build((s) => { fieldOf(s, 'citizen.cpr').label = label; }, { field: 'bare' });
      expect({ label, ...summary(d) }).toEqual({ label, ...KORREKT });
    }
    for (const label of ['EAN-nummer:', 'EAN', 'EAN-nr']) {
      const d = build((s) => { fieldOf(s, 'buyer.ean').label = label; }, { field: 'bare' });
      expect({ label, ...summary(d) }).toEqual({ label, ...KORREKT });
    }
  });

  it('controls by tag = a synonym ("CPR", "EAN") without labels', () => {
    const doc = build((s) => {
      Object.assign(fieldOf(s, 'citizen.cpr'), { style: 'tag', tag: 'CPR' });
      Object.assign(fieldOf(s, 'buyer.ean'), { style: 'tag', tag: 'EAN' });
      Object.assign(fieldOf(s, 'buyer.phone'), { style: 'alias', alias: 'Telefon' });
    });
    expect(summary(doc)).toEqual(KORREKT);
    expect(contractOf(doc).values['buyer.ean']).toMatchObject({ text: '5798000000001', strategy: 2 });
  });

  it('main part not at word/document.xml', () => {
    expect(summary(buildDocx(korrektSections(), {}, 'word/kontrakt.xml'))).toEqual(KORREKT);
  });
});

const setValue = (id: string, value: string) => (s: Section[]) => { fieldOf(s, id).value = value; };
const cases: Array<[string, (s: Section[]) => void, { category: string; findings: string[] }]> = [
  ['invalid CPR', setValue('citizen.cpr', '123456'), one(FEJL, 'cpr.invalid', 'citizen.cpr')],
  ['CPR not a date', setValue('citizen.cpr', '320185-1234'), one(FEJL, 'cpr.invalid', 'citizen.cpr')],
  ['EAN check digit', setValue('buyer.ean', '5798000000002'), one(FEJL, 'ean.invalid', 'buyer.ean')],
  ['postcode', setValue('provider.postcode', '418'), one(FEJL, 'postcode.invalid', 'provider.postcode')],
  ['phone', setValue('buyer.phone', '5544 554'), one(FEJL, 'phone.invalid', 'buyer.phone')],
  ['email', setValue('provider.secureEmail', 'kontakt(at)skovbrynet.dk'), one(FEJL, 'email.invalid', 'provider.secureEmail')],
  ['CVR', setValue('provider.cvr', '13748137'), one(FEJL, 'cvr.invalid', 'provider.cvr')],
  ['P-number', setValue('provider.pNumber', '12345'), one(FEJL, 'pnumber.invalid', 'provider.pNumber')],
  ['UUID', setValue('provider.departmentUuid', 'afd-17'), one(FEJL, 'uuid.invalid', 'provider.departmentUuid')],
  ['missing municipality', setValue('buyer.municipality', ''), one(FEJL, 'field.missing', 'buyer.municipality')],
  ['missing citizen name', setValue('citizen.name', ''), one(FEJL, 'field.missing', 'citizen.name')],
  ['missing unit price', setValue('services[0].unitPrice', ''), one(RISIKO, 'price.missing', 'services[0].unitPrice')],
  ['missing follow-up', setValue('services[0].firstFollowUpDate', ''), one(FEJL, 'follow-up.missing', 'services[0].firstFollowUpDate')],
  ['invalid date 31-02-2026', setValue('services[0].startDate', '31-02-2026'), one(FEJL, 'date.invalid', 'services[0].startDate')],
  ['end before start', setValue('services[0].endDate', '01-02-2026'), one(FEJL, 'dates.end-before-start', 'services[0].endDate')],
  ['follow-up before start', setValue('services[0].firstFollowUpDate', '15-02-2026'), one(FEJL, 'dates.follow-up-before-start', 'services[0].firstFollowUpDate')],
  ['no end date', setValue('services[0].endDate', ''), { category: 'korrekt', findings: ['contract.open-ended @ services[0].endDate'] }],
  ['deadline 14', setValue('payment.deadlineDays', '14'), one(VALG, 'payment.short-deadline', 'payment.deadlineDays')],
  ['deadline 10 dage', setValue('payment.deadlineDays', '10 dage'), one(VALG, 'payment.short-deadline', 'payment.deadlineDays')],
  ['deadline 45', setValue('payment.deadlineDays', '45'), one(FEJL, 'payment.deadline-over-limit', 'payment.deadlineDays')],
  ['deadline unreadable', setValue('payment.deadlineDays', 'løbende måned + 30'), one(FEJL, 'number.invalid', 'payment.deadlineDays')],
  ['deadline missing', setValue('payment.deadlineDays', ''), one(FEJL, 'field.missing', 'payment.deadlineDays')],
  ['provider not signed', setValue('signatures.provider.signature', ''), one(RISIKO, 'signature.missing', 'signatures.provider')],
  ['buyer not signed, name and date present', setValue('signatures.buyer.signature', ''), one(RISIKO, 'signature.missing', 'signatures.buyer')],
  ['neither name nor date nor signature', (s) => {
    for (const k of ['date', 'name', 'signature']) fieldOf(s, `signatures.provider.${k}`).value = '';
  }, one(RISIKO, 'signature.missing', 'signatures.provider')],
  ['signed but no name', setValue('signatures.buyer.name', ''), one(FEJL, 'field.missing', 'signatures.buyer.name')],
  ['prepayment', (s) => { choiceOf(s, 'payment').options.forEach((o) => { o.checked = o.text === 'Forud'; }); }, one(VALG, 'payment.prepayment', 'payment.timing')],
  ['both Forud and Bagud', (s) => { choiceOf(s, 'payment').options.forEach((o) => { o.checked = true; }); }, one(FEJL, 'choice.ambiguous', 'payment.timing')],
  ['no timing', (s) => { choiceOf(s, 'payment').options.forEach((o) => { o.checked = false; }); }, one(FEJL, 'choice.undecided', 'payment.timing')],
  ['no GDPR role', (s) => { choiceOf(s, 'dataProtection').options.forEach((o) => { o.checked = false; }); }, one(FEJL, 'gdpr.undecided', 'dataProtection.role')],
  ['both GDPR roles', (s) => { choiceOf(s, 'dataProtection').options.forEach((o) => { o.checked = true; }); }, one(FEJL, 'choice.ambiguous', 'dataProtection.role')],
  ['no operating form', (s) => { choiceOf(s, 'provider').options.forEach((o) => { o.checked = false; }); }, one(FEJL, 'operating-form.undecided', 'provider.operatingForm')],
  ['extended payment with days', (s) => {
    choiceOf(s, 'termination').options.forEach((o) => { o.checked = o.text.startsWith('Forlænget'); });
    fieldOf(s, 'termination.extendedDays').value = '60';
  }, one(VALG, 'termination.extended-payment', 'termination.paymentPeriod')],
  ['altered clause (added sentence)', (s) => {
    sectionOf(s, 'priceRegulation').lines = [{ t: 'prose', text: `${CLAUSES.priceRegulation} Dog reguleres taksten mindst med 3 %.` }];
  }, one(RISIKO, 'standard-text.altered', 'clauses.priceRegulation')],
  ['emptied clause', (s) => { sectionOf(s, 'renegotiation').lines = []; }, one(RISIKO, 'standard-text.altered', 'clauses.renegotiation')],
  ['edited word', (s) => {
    sectionOf(s, 'termination').lines[0] = { t: 'prose', text: CLAUSES.termination.replace('30 dages', '14 dages') };
  }, one(RISIKO, 'standard-text.altered', 'clauses.termination')],
];

describe('one defect gives exactly one finding', () => {
  const styles: Array<Partial<BuildOptions>> = [
    { field: 'sdt', heading: 'table', box: 'w14' },
    { field: 'bare', heading: 'heading', box: 'glyph' },
    { field: 'cells', heading: 'bold', box: 'formfield' },
    { field: 'tag', heading: 'numbered', box: 'w14-true' },
    { field: 'runs', heading: 'plain-numbered', box: 'sym' },
    { field: 'sdt', heading: 'rows', box: 'w14-on' },
    { field: 'bare', heading: 'rows', box: 'formfield-default' },
    { field: 'nbsp', heading: 'upper', box: 'glyph' },
    { field: 'alias', heading: 'styled-unnumbered', box: 'w14' },
    { field: 'nested', heading: 'table', box: 'w14' },
    { field: 'block', heading: 'heading', box: 'glyph' },
    { field: 'cells-sdt', heading: 'numbered', box: 'formfield-default' },
    { field: 'sdt', heading: 'table-plain', box: 'w14' },
    { field: 'alias-after-label', heading: 'upper', box: 'w14-true' },
    {
      field: 'bare', heading: 'styled-unnumbered', box: 'glyph',
      order: ['signatures', 'dataProtection', 'citizen', 'payment', 'buyer', 'documentation', 'provider', 'termination', 'services', 'renegotiation', 'priceRegulation'],
    },
  ];
  describe.each(styles)('%o', (style) => {
    it.each(cases)('%s', (_name, edit, want) => {
      expect(summary(build(edit, style))).toEqual(want);
    });
  });
});

describe('dates in every listed format, bare text', () => {
  it.each(['01-03-2026', '1.3.2026', '1/3/2026', '2026-03-01', '1. marts 2026', '1. mar. 2026', '1. Marts 2026'])('%s', (date) => {
    const doc = build((s) => { fieldOf(s, 'services[0].startDate').value = date; }, { field: 'bare', heading: 'heading' });
    expect(summary(doc)).toEqual(KORREKT);
  });

  it('a date control\'s w:fullDate wins over its text', () => {
    const doc = build((s) => {
      fieldOf(s, 'services[0].startDate').style = undefined;
      sectionOf(s, 'services').lines = sectionOf(s, 'services').lines.map((l) => (l.t === 'field' && l.id === 'services[0].startDate'
        ? { t: 'raw' as const, xml: `<w:p>${run('Ikrafttrædelsesdato: ')}${sdt(run('første marts'), { date: '2026-03-01' })}</w:p>` }
        : l));
    });
    expect(summary(doc)).toEqual(KORREKT);
  });
});

describe('services', () => {
  const second = { ...SERVICE, serviceAndSection: 'Bostøtte, SEL § 85', quantity: '4 timer pr. uge', unitPrice: '550 kr. pr. time' };
  it.each(['sdt', 'bare', 'cells', 'tag', 'nbsp'] as const)('two and three services (%s)', (field) => {
    expect(summary(buildDocx(korrektSections([SERVICE, second]), { field }))).toEqual(KORREKT);
    const three = korrektSections([SERVICE, second, { ...second, firstFollowUpDate: '' }]);
    expect(summary(buildDocx(three, { field }))).toEqual(one(FEJL, 'follow-up.missing', 'services[2].firstFollowUpDate'));
    const missing = korrektSections([SERVICE, { ...second, firstFollowUpDate: '' }]);
    expect(summary(buildDocx(missing, { field, heading: 'heading' }))).toEqual(one(FEJL, 'follow-up.missing', 'services[1].firstFollowUpDate'));
    const endBefore = korrektSections([SERVICE, { ...second, endDate: '01-01-2026' }]);
    expect(summary(buildDocx(endBefore, { field }))).toEqual(one(FEJL, 'dates.end-before-start', 'services[1].endDate'));
  });
});

describe('clause text as Word writes it', () => {
  const W = 'w:id="9001" w:author="Leverandør" w:date="2026-02-01T10:00:00Z"';
  const INS = (s: string) => `<w:ins ${W}>${run(s)}</w:ins>`;
  const DEL = (s: string) => `<w:del ${W}><w:r><w:delText xml:space="preserve">${s}</w:delText></w:r></w:del>`;
  const clause = (xml: string) => (s: Section[]) => {
    sectionOf(s, 'priceRegulation').lines = [{ t: 'prose', text: '', xml: `<w:p>${xml}</w:p>` }];
  };
  /** Splits a text at the space after position n: both halves keep their words whole. */
  const splitAt = (text: string, n: number): [string, string] => {
    const k = text.indexOf(' ', n);
    return [text.slice(0, k + 1), text.slice(k + 1)];
  };
  const [a, b] = splitAt(CLAUSES.priceRegulation, 40);

  it('split over runs with proofing marks, bookmarks, smart tags, custom XML, a hyperlink and a simple field', () => {
    const xml = `<w:proofErr w:type="spellStart"/>${run(a.slice(0, 7), '<w:b/>')}<w:proofErr w:type="spellEnd"/><w:bookmarkStart w:id="1" w:name="_Ref1"/>` +
      `<w:smartTag w:uri="urn:x" w:element="date">${run(a.slice(7, 20))}</w:smartTag><w:bookmarkEnd w:id="1"/>` +
      `<w:customXml w:element="klausul">${run(a.slice(20))}</w:customXml><w:hyperlink r:id="rId99">${run(b.slice(0, 30), '<w:rStyle w:val="Hyperlink"/>')}</w:hyperlink>` +
      `<w:fldSimple w:instr=" MERGEFIELD x ">${run(b.slice(30, 60))}</w:fldSimple><w:commentRangeStart w:id="3"/>${run(b.slice(60))}<w:commentRangeEnd w:id="3"/>`;
    for (const heading of ['table', 'heading'] as const) expect(summary(build(clause(xml), { heading }))).toEqual(KORREKT);
  });

  it('a tracked insertion of new words: altered and pending', () => {
    expect(summary(build(clause(run(a) + INS('normalt ') + run(b))))).toEqual({
      category: RISIKO, findings: ['revisions.pending @ null', 'standard-text.altered @ clauses.priceRegulation'],
    });
  });

  it('a tracked deletion of words: altered and pending', () => {
    expect(summary(build(clause(run(a.slice(0, 30)) + DEL(a.slice(30)) + run(b))))).toEqual({
      category: RISIKO, findings: ['revisions.pending @ null', 'standard-text.altered @ clauses.priceRegulation'],
    });
  });

  it('a tracked change of whitespace only, or of formatting, is only pending', () => {
    const ws = run(a.trimEnd()) + INS('  ') + run(b);
    expect(summary(build(clause(ws)))).toEqual({ category: 'korrekt', findings: ['revisions.pending @ null'] });
    const fmt = `<w:r><w:rPr><w:b/><w:rPrChange ${W}><w:rPr/></w:rPrChange></w:rPr>${'<w:t xml:space="preserve">'}${a}</w:t></w:r>${run(b)}`;
    expect(summary(build(clause(fmt)))).toEqual({ category: 'korrekt', findings: ['revisions.pending @ null'] });
  });

  it('a tracked change in a field value is only pending, read as accepted', () => {
    const doc = build((s) => {
      const lines = sectionOf(s, 'citizen').lines;
      lines[1] = { t: 'raw', xml: `<w:p>${run('Cpr.nr.: ')}${DEL('120385-1235')}${INS('120385-1234')}</w:p>` };
    });
    expect(summary(doc)).toEqual({ category: 'korrekt', findings: ['revisions.pending @ null'] });
    expect(contractOf(doc).values['citizen.cpr']?.text).toBe('120385-1234');
  });

  it('a clause in several paragraphs and with line breaks is unchanged', () => {
    const [x, y] = splitAt(CLAUSES.termination, 70);
    const [r1, r2] = splitAt(CLAUSES.renegotiation, 55);
    const doc = build((s) => {
      sectionOf(s, 'termination').lines[0] = { t: 'prose', text: '', xml: `<w:p>${run(x)}</w:p><w:p>${run(y.trim())}</w:p>` };
      sectionOf(s, 'renegotiation').lines = [{ t: 'prose', text: '', xml: `<w:p>${run(r1.trimEnd())}<w:r><w:br/></w:r>${run(r2)}</w:p>` }];
    });
    expect(summary(doc)).toEqual(KORREKT);
  });
});

describe('content controls', () => {
  const raw = (sectionId: string, fieldId: string, xml: string) => (s: Section[]) => {
    const lines = sectionOf(s, sectionId).lines;
    const k = lines.findIndex((l) => l.t === 'field' && l.id === fieldId);
    lines[k] = { t: 'raw', xml };
  };

  it('showing its placeholder although text is typed, or an empty control, is empty', () => {
    const shown = `<w:p>${run('Navn: ')}${sdt(run('Mette Sørensen'), { placeholder: true })}</w:p>`;
    expect(summary(build(raw('citizen', 'citizen.name', shown)))).toEqual(one(FEJL, 'field.missing', 'citizen.name'));
    const empty = `<w:p>${run('Navn: ')}<w:sdt><w:sdtPr><w:id w:val="77"/><w:text/></w:sdtPr><w:sdtContent></w:sdtContent></w:sdt></w:p>`;
    expect(summary(build(raw('citizen', 'citizen.name', empty)))).toEqual(one(FEJL, 'field.missing', 'citizen.name'));
    for (const ph of ['Angiv tekst', 'Klik eller tryk her for at skrive tekst.', 'Vælg en dato']) {
      const text = `<w:p>${run('Ikrafttrædelsesdato: ')}${sdt(run(ph))}</w:p>`;
      expect(summary(build(raw('services', 'services[0].startDate', text)))).toEqual(one(FEJL, 'field.missing', 'services[0].startDate'));
    }
  });

  it('a block-level control wrapping a whole section with inline controls inside', () => {
    const doc = build((s) => {
      const buyer = sectionOf(s, 'buyer');
      const inner = buyer.lines.map((l) => (l.t === 'field' ? `<w:p>${run(`${l.label} `)}${sdt(run(l.value), { alias: 'Felt' })}</w:p>` : '')).join('');
      buyer.lines = [{ t: 'raw', xml: sdt(inner, { alias: 'Køberoplysninger', tag: 'koeber' }) }];
    });
    expect(summary(doc)).toEqual(KORREKT);
  });

  it('a tagged control wrapping a table cell (cell-level w:sdt)', () => {
    const doc = build(raw('buyer', 'buyer.ean', `<w:tbl><w:tr><w:tc><w:p>${run('EAN-nr.:')}</w:p></w:tc>` +
      `<w:sdt><w:sdtPr><w:id w:val="88"/><w:tag w:val="buyer.ean"/></w:sdtPr><w:sdtContent><w:tc><w:p>${run('5798000000001')}</w:p></w:tc></w:sdtContent></w:sdt></w:tr></w:tbl>`));
    expect(summary(doc)).toEqual(KORREKT);
    expect(contractOf(doc).values['buyer.ean']?.text).toBe('5798000000001');
  });

  it('a label split over runs with different formatting and a proofing mark', () => {
    const doc = build(raw('citizen', 'citizen.cpr', `<w:p>${run('Cpr', '<w:b/>')}<w:proofErr w:type="spellStart"/>${run('.nr.', '<w:b/><w:i/>')}<w:proofErr w:type="spellEnd"/>${run(':')}<w:r><w:tab/></w:r>${sdt(run('120385-1234'), { alias: 'Tekst1' })}</w:p>`));
    expect(summary(doc)).toEqual(KORREKT);
  });

  it('checkbox groups whose label stands in a cell and boxes in the next', () => {
    const doc = build((s) => {
      const c = choiceOf(s, 'provider');
      const boxes = c.options.map((o) => `<w:p>${o.checked ? run('☒') : run('☐')}${run(` ${o.text}`)}</w:p>`).join('');
      sectionOf(s, 'provider').lines[0] = { t: 'raw', xml: `<w:tbl><w:tr><w:tc><w:p>${run('Driftsform:')}</w:p></w:tc><w:tc>${boxes}</w:tc></w:tr></w:tbl>` };
    }, { heading: 'heading' });
    expect(summary(doc)).toEqual(KORREKT);
  });
});

describe('signatures', () => {
  const DRAWING = '<w:r><w:drawing><wp:inline><wp:extent cx="952500" cy="285750"/><wp:docPr id="99" name="Underskrift"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill><a:blip r:embed="rIdSig"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>';
  const PICT = '<w:r><w:pict><v:shape id="sig" style="width:120pt;height:30pt"><v:imagedata r:id="rIdSig" o:title=""/></v:shape></w:pict></w:r>';
  const line = (party: 'buyer' | 'provider', xml: string) => (s: Section[]) => {
    const lines = sectionOf(s, 'signatures').lines;
    const k = lines.findIndex((l) => l.t === 'field' && l.id === `signatures.${party}.signature`);
    lines[k] = { t: 'raw', xml };
  };
  it.each([
    ['a drawing in a control', `<w:p>${run('Underskrift: ')}${sdt(DRAWING)}</w:p>`],
    ['a drawing typed after the label', `<w:p>${run('Underskrift: ')}${DRAWING}</w:p>`],
    ['a legacy VML picture', `<w:p>${run('Underskrift:')}${PICT}</w:p>`],
    ['a drawing on the line below', `<w:p>${run('Underskrift:')}</w:p><w:p>${DRAWING}</w:p>`],
    ['a drawing in a picture control titled Underskrift', `<w:p>${sdt(DRAWING, { alias: 'Underskrift' }).replace('<w:text/>', '<w:picture/>')}</w:p>`],
  ])('%s is a signature', (_n, xml) => {
    for (const heading of ['table', 'heading'] as const) expect(summary(build(line('provider', xml), { heading }))).toEqual(KORREKT);
  });

  it('only the buyer signed; an underscore line is empty', () => {
    expect(summary(build(line('provider', `<w:p>${run('Underskrift: ____________________')}</w:p>`), { field: 'bare' })))
      .toEqual(one(RISIKO, 'signature.missing', 'signatures.provider'));
    expect(summary(build(line('buyer', `<w:p>${run('Underskrift:')}<w:r><w:tab/></w:r></w:p>`), { heading: 'heading' })))
      .toEqual(one(RISIKO, 'signature.missing', 'signatures.buyer'));
  });
});

describe('service blocks written differently', () => {
  it('a single service without an "Indsats 1" heading', () => {
    const doc = build((s) => { sectionOf(s, 'services').lines = sectionOf(s, 'services').lines.filter((l) => l.t !== 'sub'); });
    expect(summary(doc)).toEqual(KORREKT);
  });

  it('service headings as "Indsats nr. 2" and "Indsats 2:"', () => {
    const second = { ...SERVICE, firstFollowUpDate: '' };
    for (const name of ['Indsats nr. 2', 'Indsats 2:', 'INDSATS 2']) {
      const s = korrektSections([SERVICE, second]);
      const lines = sectionOf(s, 'services').lines;
      const sub = lines.filter((l) => l.t === 'sub');
      sub[1]!.text = name;
      sub[0]!.text = name.replace('2', '1');
      expect({ name, ...summary(buildDocx(s, { heading: 'heading' })) }).toEqual({ name, ...one(FEJL, 'follow-up.missing', 'services[1].firstFollowUpDate') });
    }
  });

  it.each(['2.450,00 kr.', 'kr. 2.450', 'DKK 2.450,00 pr. døgn', '2450'])('unit price %s', (price) => {
    expect(summary(build((s) => { fieldOf(s, 'services[0].unitPrice').value = price; }, { field: 'bare' }))).toEqual(KORREKT);
  });

  it.each(['30 dage', '30 kalenderdage', '30 dage netto'])('deadline %s', (days) => {
    expect(summary(build((s) => { fieldOf(s, 'payment.deadlineDays').value = days; }, { field: 'bare' }))).toEqual(KORREKT);
  });

  it('two operating forms ticked is ambiguous', () => {
    const doc = build((s) => { choiceOf(s, 'provider').options.forEach((o, i) => { o.checked = i < 2; }); }, { box: 'glyph' });
    expect(summary(doc)).toEqual(one(FEJL, 'choice.ambiguous', 'provider.operatingForm'));
  });
});

describe('legacy forms and fields', () => {
  const FORMTEXT = (value: string) => `<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Tekst1"/><w:enabled/><w:textInput/></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(value || '\u2002\u2002\u2002\u2002\u2002')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
  const MERGE = (name: string, value: string) => `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> MERGEFIELD ${name} \\* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(value)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
  const withFields = (make: (l: { label: string; value: string; id: string }) => string) => (s: Section[]) => {
    for (const sec of s) sec.lines = sec.lines.map((l) => (l.t === 'field' ? { t: 'raw' as const, xml: `<w:p>${run(`${l.label} `)}${make(l)}</w:p>` } : l));
  };

  it('legacy text form fields (FORMTEXT) and legacy checkboxes', () => {
    expect(summary(build(withFields((l) => FORMTEXT(l.value)), { box: 'formfield' }))).toEqual(KORREKT);
    const missing = build((s) => { fieldOf(s, 'buyer.department').value = ''; withFields((l) => FORMTEXT(l.value))(s); }, { box: 'formfield' });
    expect(summary(missing)).toEqual(one(FEJL, 'field.missing', 'buyer.department'));
  });

  it('mail-merge fields (complex MERGEFIELD with its result)', () => {
    expect(summary(build(withFields((l) => (l.value ? MERGE(l.id.replace(/\W/g, ''), l.value) : '')), { heading: 'heading' }))).toEqual(KORREKT);
  });

  it('a checkbox table: the box in one cell, the option text in the next', () => {
    const doc = build((s) => {
      const c = choiceOf(s, 'dataProtection');
      const rows = c.options.map((o) => `<w:tr>${`<w:tc><w:p>${run(o.checked ? '☒' : '☐')}</w:p></w:tc>`}<w:tc><w:p>${run(o.text)}</w:p></w:tc></w:tr>`).join('');
      sectionOf(s, 'dataProtection').lines = [{ t: 'raw', xml: `<w:tbl>${rows}</w:tbl>` }];
    });
    expect(contractOf(doc).choices['dataProtection.role']?.checked).toEqual(['processor']);
    expect(summary(doc)).toEqual(KORREKT);
  });
});

describe('values written differently', () => {
  const value = (id: string, v: string) => (s: Section[]) => { fieldOf(s, id).value = v; };
  it.each([
    ['citizen.cpr', '1203851234'], ['citizen.cpr', '120385 1234'], ['buyer.phone', '+45 55 44 55 44'], ['buyer.phone', '0045 55445544'],
    ['signatures.buyer.date', '20. februar 2026'], ['signatures.provider.date', '21.02.2026'], ['buyer.ean', '5798 0000 0000 1'],
    ['provider.pNumber', '1012345678'], ['provider.departmentUuid', '3f2504e0-4f89-11d3-9a0c-0305e82c3301'],
  ])('%s = %s', (id, v) => {
    for (const field of ['sdt', 'bare'] as const) expect({ field, ...summary(build(value(id, v), { field })) }).toEqual({ field, ...KORREKT });
  });
});

describe('packages and file names', () => {

  const withContentType = (docx: Uint8Array, type: string, extra: Record<string, Uint8Array> = {}) => {
    const files = unzipSync(docx);
    files['[Content_Types].xml'] = strToU8(strFromU8(files['[Content_Types].xml']!)
      .replace('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', type));
    return zipSync({ ...files, ...extra });
  };

  it('.docm, .dotx, upper-case extensions and a main part elsewhere, through the CLI file walk', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-adv-'));
    try {
      const korrekt = buildDocx(korrektSections(), { heading: 'heading' });
      fs.writeFileSync(path.join(dir, 'KONTRAKT.DOCX'), korrekt);
      fs.writeFileSync(path.join(dir, 'makro.docm'), withContentType(korrekt, 'application/vnd.ms-word.document.macroEnabled.main+xml', { 'word/vbaProject.bin': new Uint8Array([1, 2, 3]) }));
      fs.writeFileSync(path.join(dir, 'skabelon.Dotx'), withContentType(korrekt, 'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml'));
      fs.mkdirSync(path.join(dir, 'under'));
      fs.writeFileSync(path.join(dir, 'under', 'flyttet.docx'), buildDocx(korrektSections(), { field: 'bare' }, 'word/kontrakt.xml'));
      fs.writeFileSync(path.join(dir, 'noter.txt'), 'ikke en kontrakt');
      const files = collectFiles([dir]);
      expect(files.map((f) => path.basename(f)).sort()).toEqual(['KONTRAKT.DOCX', 'flyttet.docx', 'makro.docm', 'skabelon.Dotx']);
      for (const f of files) {
        const r = checkFile(f, registry(), { fields: false, showCpr: false });
        expect({ f: path.basename(f), category: r.category, findings: r.findings }).toEqual({ f: path.basename(f), category: 'korrekt', findings: [] });
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('round 3: layouts seen in practice', () => {
  const signatureGrid = (buyer: Record<string, string>, provider: Record<string, string>) => (s: Section[]) => {
    const row = (label: string, k: string) => `<w:tr><w:tc><w:p>${run(label)}</w:p></w:tc><w:tc><w:p>${buyer[k] ? run(buyer[k]) : ''}</w:p></w:tc><w:tc><w:p>${provider[k] ? run(provider[k]) : ''}</w:p></w:tc></w:tr>`;
    sectionOf(s, 'signatures').lines = [{ t: 'raw', xml: `<w:tbl><w:tr><w:tc><w:p/></w:tc><w:tc><w:p>${run('For køber', '<w:b/>')}</w:p></w:tc><w:tc><w:p>${run('For leverandør', '<w:b/>')}</w:p></w:tc></w:tr>${row('Dato:', 'date')}${row('Navn:', 'name')}${row('Underskrift:', 'signature')}</w:tbl>` }];
  };
  const B = { date: '20-02-2026', name: 'Lone Hansen', signature: 'Lone Hansen' };
  const P = { date: '21-02-2026', name: 'Peter Holm', signature: 'Peter Holm' };

  it('signatures in a grid: labels in the first column, one column per party', () => {
    expect(summary(build(signatureGrid(B, P), { heading: 'heading' }))).toEqual(KORREKT);
    expect(summary(build(signatureGrid(B, { ...P, signature: '' }), { heading: 'heading' }))).toEqual(one(RISIKO, 'signature.missing', 'signatures.provider'));
    expect(summary(build(signatureGrid({ ...B, date: '' }, P), { heading: 'heading' }))).toEqual(one(FEJL, 'field.missing', 'signatures.buyer.date'));
  });

  it('a bare value on the line below its label', () => {
    const doc = build((s) => {
      for (const id of ['citizen.name', 'buyer.department']) {
        const sec = sectionOf(s, id.split('.')[0]!);
        const k = sec.lines.findIndex((l) => l.t === 'field' && l.id === id);
        const fl = fieldOf(s, id);
        sec.lines[k] = { t: 'raw', xml: `<w:p>${run(fl.label, '<w:b/>')}</w:p><w:p>${run(fl.value)}</w:p>` };
      }
    }, { heading: 'heading', field: 'bare' });
    expect(summary(doc)).toEqual(KORREKT);
    expect(contractOf(doc).values['buyer.department']?.text).toBe('Center for Social og Sundhed');
    expect(contractOf(doc).values['citizen.name']?.text).toBe('Mette Sørensen');
  });

  it('an empty label line is not filled from the next label line, with or without colons', () => {
    for (const field of ['bare', 'nbsp'] as const) {
      const doc = build((s) => {
        fieldOf(s, 'citizen.name').value = '';
        fieldOf(s, 'buyer.municipality').value = '';
      }, { heading: 'heading', field });
      expect({ field, ...summary(doc) }).toEqual({ field, category: FEJL, findings: ['field.missing @ buyer.municipality', 'field.missing @ citizen.name'] });
      expect(contractOf(doc).values['citizen.cpr']?.text).toBe('120385-1234');
      expect(contractOf(doc).values['buyer.department']?.text).toBe('Center for Social og Sundhed');
    }
  });

  it('a tracked inserted paragraph, a deleted clause paragraph and moved text', () => {
    const W = 'w:id="9101" w:author="Leverandør" w:date="2026-02-01T10:00:00Z"';
    const added = build((s) => {
      sectionOf(s, 'renegotiation').lines.push({ t: 'raw', xml: `<w:p><w:pPr><w:rPr><w:ins ${W}/></w:rPr></w:pPr><w:ins ${W}>${run('Prisen kan dog altid genforhandles.')}</w:ins></w:p>` });
    });
    expect(summary(added)).toEqual({ category: RISIKO, findings: ['revisions.pending @ null', 'standard-text.altered @ clauses.renegotiation'] });
    const deleted = build((s) => {
      sectionOf(s, 'documentation').lines = [{ t: 'raw', xml: `<w:p><w:del ${W}><w:r><w:delText xml:space="preserve">${CLAUSES.documentation}</w:delText></w:r></w:del></w:p>` }];
    });
    expect(summary(deleted)).toEqual({ category: RISIKO, findings: ['revisions.pending @ null', 'standard-text.altered @ clauses.documentation'] });
    const [x, y] = [CLAUSES.renegotiation.slice(0, CLAUSES.renegotiation.indexOf('Genforhandlingen')), CLAUSES.renegotiation.slice(CLAUSES.renegotiation.indexOf('Genforhandlingen'))];
    const moved = build((s) => {
      sectionOf(s, 'renegotiation').lines = [{ t: 'raw', xml: `<w:p><w:moveFrom ${W}><w:r><w:t xml:space="preserve">${y} </w:t></w:r></w:moveFrom>${run(x)}<w:moveTo w:id="9102" w:author="L" w:date="2026-02-01T10:00:00Z">${run(y)}</w:moveTo></w:p>` }];
    });
    expect(summary(moved)).toEqual({ category: 'korrekt', findings: ['revisions.pending @ null'] });
  });

  it('soft hyphens, non-breaking hyphens and comment marks inside clause words', () => {
    const c = CLAUSES.renegotiation;
    const k = c.indexOf('genforhandling') + 5;
    const doc = build((s) => {
      sectionOf(s, 'renegotiation').lines = [{ t: 'raw', xml: `<w:p>${run(c.slice(0, k))}<w:r><w:softHyphen/></w:r>${run(c.slice(k, k + 20))}<w:commentRangeStart w:id="5"/><w:r><w:commentReference w:id="5"/></w:r>${run(`${c.slice(k + 20)}`)}</w:p>` }];
      sectionOf(s, 'documentation').lines = [{ t: 'prose', text: CLAUSES.documentation.replace('kontraktgrundlaget', 'kontrakt\u00adgrundlaget') }];
      sectionOf(s, 'priceRegulation').lines = [{ t: 'raw', xml: `<w:p>${run(CLAUSES.priceRegulation.replace(/pris- og/, 'pris'))}</w:p>`.replace('pris løn', 'pris</w:t></w:r><w:r><w:noBreakHyphen/></w:r><w:r><w:t xml:space="preserve"> og løn') }];
    });
    expect(summary(doc)).toEqual(KORREKT);
  });

  it('the title in another case and split over runs; the footer with a page field', () => {
    const files = unzipSync(build(undefined, { heading: 'heading' }));
    const dec = (k: string) => strFromU8(files[k]!);
    files['word/document.xml'] = strToU8(dec('word/document.xml').replace(
      '<w:t xml:space="preserve">STANDARDKONTRAKT PÅ VOKSENOMRÅDET</w:t>',
      '<w:t xml:space="preserve">Standardkontrakt på </w:t></w:r><w:proofErr w:type="gramStart"/><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">voksenområdet</w:t>'));
    files['word/footer1.xml'] = strToU8(dec('word/footer1.xml').replace(
      /<w:p>.*<\/w:p>/,
      `<w:p>${run('Version 2.1 august 2024')}${run(" · KL's skabelon til ")}${run('Standardkontrakt')}${run(' · Side ')}<w:fldSimple w:instr=" PAGE ">${run('1')}</w:fldSimple></w:p>`));
    expect(summary(zipSync(files))).toEqual(KORREKT);
  });
});

describe('round 4: choices and values typed as text', () => {
  const typed = (sectionId: string, text: string) => (s: Section[]) => {
    const lines = sectionOf(s, sectionId).lines;
    lines[lines.findIndex((l) => l.t === 'choice')] = { t: 'prose', text };
  };
  it('choices typed after their label where the form has no boxes', () => {
    const all = (timing: string) => (s: Section[]) => {
      typed('provider', 'Driftsform: Privat tilbud')(s);
      typed('payment', `Betaling sker: ${timing}`)(s);
      typed('termination', 'Betaling efter fraflytning: Til udgangen af den måned, hvor borgeren fraflytter')(s);
    };
    expect(summary(build(all('Bagud'), { field: 'bare', box: 'glyph' }))).toEqual(KORREKT);
    expect(summary(build(all('Forud'), { field: 'bare', box: 'glyph' }))).toEqual(one(VALG, 'payment.prepayment', 'payment.timing'));
    expect(summary(build(all('Forud / Bagud'), { field: 'bare', box: 'glyph' }))).toEqual(one(FEJL, 'choice.undecided', 'payment.timing'));
  });

  it('several labels with colons on one line', () => {
    const doc = build((s) => {
      const buyer = sectionOf(s, 'buyer');
      buyer.lines = buyer.lines.filter((l) => !(l.t === 'field' && (l.id === 'buyer.postcode' || l.id === 'buyer.city')));
      buyer.lines.push({ t: 'prose', text: 'Postnr.: 4700   By: Næstved' });
      const sig = sectionOf(s, 'signatures');
      sig.lines = [{ t: 'sub', text: 'For køber' }, { t: 'prose', text: 'Dato: 20-02-2026\tNavn: Lone Hansen' }, { t: 'prose', text: 'Underskrift: Lone Hansen' },
        { t: 'sub', text: 'For leverandør' }, { t: 'prose', text: 'Dato: 21-02-2026\tNavn: Peter Holm' }, { t: 'prose', text: 'Underskrift:' }];
    }, { field: 'bare', heading: 'heading' });
    expect(contractOf(doc).values['buyer.city']?.text).toBe('Næstved');
    expect(summary(doc)).toEqual(one(RISIKO, 'signature.missing', 'signatures.provider'));
  });

  it('placeholder text and blank lines typed after a label are empty', () => {
    for (const v of ['Angiv tekst', '__________', '…', 'Klik eller tryk her for at skrive tekst.']) {
      expect({ v, ...summary(build((s) => { fieldOf(s, 'buyer.department').value = v; }, { field: 'bare' })) })
        .toEqual({ v, ...one(FEJL, 'field.missing', 'buyer.department') });
    }
  });

  it('checkboxes tagged <group>.<option> with no option text beside them', () => {
    const doc = build((s) => {
      const c = choiceOf(s, 'payment');
      const lines = sectionOf(s, 'payment').lines;
      const box = (opt: string, on: boolean) => `<w:sdt><w:sdtPr><w:id w:val="${opt.length}9"/><w:tag w:val="payment.timing.${opt}"/><w14:checkbox><w14:checked w14:val="${on ? 1 : 0}"/></w14:checkbox></w:sdtPr><w:sdtContent>${run(on ? '☒' : '☐')}</w:sdtContent></w:sdt>`;
      lines[lines.indexOf(c)] = { t: 'raw', xml: `<w:p>${run('Betaling sker: ')}${box('advance', true)}${box('arrears', false)}</w:p>` };
    });
    expect(summary(doc)).toEqual(one(VALG, 'payment.prepayment', 'payment.timing'));
  });
});

describe('round 5: text after the signatures', () => {
  it('an unsigned last line followed by an appendix line is still unsigned', () => {
    for (const heading of ['heading', 'bold'] as const) {
      const doc = build((s) => {
        fieldOf(s, 'signatures.provider.signature').value = '';
        sectionOf(s, 'signatures').lines.push({ t: 'prose', text: 'Bilag 1: Databehandleraftale' });
      }, { heading, field: 'bare' });
      expect(summary(doc)).toEqual(one(RISIKO, 'signature.missing', 'signatures.provider'));
    }
  });

  it('the second service without an end date is only a recommendation', () => {
    const doc = buildDocx(korrektSections([SERVICE, { ...SERVICE, endDate: '' }]), { heading: 'rows' });
    expect(summary(doc)).toEqual({ category: 'korrekt', findings: ['contract.open-ended @ services[1].endDate'] });
  });
});

describe('round 6: dropdowns, deleted options, odd characters', () => {
  const DROPDOWN = (text: string, placeholder = false) => `<w:sdt><w:sdtPr><w:id w:val="4242"/>${placeholder ? '<w:showingPlcHdr/>' : ''}<w:dropDownList><w:listItem w:displayText="Forud" w:value="Forud"/><w:listItem w:displayText="Bagud" w:value="Bagud"/></w:dropDownList></w:sdtPr><w:sdtContent>${run(text)}</w:sdtContent></w:sdt>`;
  const timing = (xml: string) => (s: Section[]) => {
    const lines = sectionOf(s, 'payment').lines;
    lines[lines.findIndex((l) => l.t === 'choice')] = { t: 'raw', xml: `<w:p>${run('Betaling sker: ')}${xml}</w:p>` };
  };
  it('payment timing chosen in a drop-down list', () => {
    expect(summary(build(timing(DROPDOWN('Bagud'))))).toEqual(KORREKT);
    expect(summary(build(timing(DROPDOWN('Forud'))))).toEqual(one(VALG, 'payment.prepayment', 'payment.timing'));
    expect(summary(build(timing(DROPDOWN('Vælg et element.', true))))).toEqual(one(FEJL, 'choice.undecided', 'payment.timing'));
  });

  it('options not chosen deleted, the chosen one left as text', () => {
    const keep = (sectionId: string, index: number) => (s: Section[]) => {
      const c = choiceOf(s, sectionId);
      const lines = sectionOf(s, sectionId).lines;
      lines.splice(lines.indexOf(c), 1, ...(c.label ? [{ t: 'prose' as const, text: c.label }] : []), { t: 'prose', text: c.options[index]!.text });
    };
    expect(summary(build(keep('dataProtection', 1), { heading: 'heading' }))).toEqual(KORREKT);
    expect(summary(build((s) => { keep('dataProtection', 1)(s); keep('termination', 0)(s); keep('provider', 0)(s); }, { field: 'bare' }))).toEqual(KORREKT);
    expect(summary(build((s) => { keep('termination', 1)(s); fieldOf(s, 'termination.extendedDays').value = '90'; }, { heading: 'bold' }))).toEqual(one(VALG, 'termination.extended-payment', 'termination.paymentPeriod'));
    const both = build((s) => {
      sectionOf(s, 'dataProtection').lines = choiceOf(s, 'dataProtection').options.map((o) => ({ t: 'prose' as const, text: o.text }));
    });
    expect(summary(both)).toEqual(one(FEJL, 'gdpr.undecided', 'dataProtection.role'));
  });

  it.each([
    ['citizen.cpr', '120385\u20131234'], ['buyer.phone', '55\u00a044\u00a055\u00a044'], ['buyer.secureEmail', ' myndighed@naestved.dk '],
    ['services[0].startDate', '01.03.26'], ['services[0].unitPrice', 'kr. 2.450,00 pr. døgn'],
  ])('%s = %j', (id, v) => {
    expect(summary(build((s) => { fieldOf(s, id).value = v; }, { field: 'bare' }))).toEqual(KORREKT);
  });
});

describe('round 7: more label spellings', () => {
  it.each([
    ['buyer.secureEmail', 'Sikker mailadresse:'], ['provider.secureEmail', 'Sikker post:'], ['provider.name', 'Tilbudsnavn:'],
    ['services[0].serviceAndSection', 'Indsats:'], ['services[0].unitPrice', 'Døgntakst:'], ['citizen.name', 'Borgerens navn:'],
    ['buyer.department', 'Forvaltning/afdeling:'], ['services[0].startDate', 'Startdato:'], ['services[0].firstFollowUpDate', 'Første opfølgning:'],
  ])('%s labelled %s', (id, label) => {
    for (const field of ['sdt', 'bare', 'cells'] as const) {
      const doc = build((s) => { fieldOf(s, id).label = label; }, { field });
      expect({ field, ...summary(doc) }).toEqual({ field, ...KORREKT });
      expect(contractOf(doc).values[id]?.text).toBe(fieldOf(korrektSections(), id).value);
    }
  });
});

/** How many seeded documents each mixed test builds (KL_ADVERSARIAL_SEEDS to search wider). */
const SEEDS = Number(process.env.KL_ADVERSARIAL_SEEDS ?? 200);

describe('mixed styles in one document (seeded)', () => {
  const FIELD_STYLES: FieldStyle[] = ['sdt', 'bare', 'runs', 'nbsp', 'cells', 'cells-sdt', 'tag', 'alias', 'alias-after-label', 'block', 'nested'];
  const BOX_STYLES: BoxStyle[] = ['w14', 'w14-true', 'w14-on', 'glyph', 'sym', 'formfield', 'formfield-default'];
  const HEADINGS: HeadingStyle[] = ['table', 'heading', 'bold', 'numbered', 'plain-numbered', 'styled-unnumbered', 'upper', 'table-plain'];
  /** xorshift: a failure names its seed and can be reproduced. */
  const rng = (seed: number) => {
    let x = seed;
    return <T>(list: readonly T[]): T => {
      x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
      return list[Math.abs(x) % list.length]!;
    };
  };
  it.each(Array.from({ length: SEEDS }, (_, i) => i + 1))('seed %i', (seed) => {
    const pick = rng(seed * 7919);
    const [name, edit, want] = seed % 4 === 0 ? ['korrekt', () => undefined, KORREKT] as const : pick(cases);
    const s = korrektSections();
    for (const sec of s) {
      for (const l of sec.lines) {
        if (l.t === 'field') l.style = pick(FIELD_STYLES);
        if (l.t === 'choice') l.style = pick(BOX_STYLES);
      }
    }
    edit(s);
    const heading = pick(HEADINGS);
    expect({ seed, name, heading, ...summary(buildDocx(s, { heading })) }).toEqual({ seed, name, heading, ...want });
  });
});

describe('mixed styles, label synonyms and section order (seeded)', () => {
  const FIELD_STYLES: FieldStyle[] = ['sdt', 'bare', 'runs', 'nbsp', 'cells', 'cells-sdt', 'alias-after-label', 'block', 'nested'];
  const HEADINGS: HeadingStyle[] = ['table', 'heading', 'bold', 'numbered', 'upper', 'table-plain', 'rows'];
  const def = registry().find('kl-voksen')!.definition;
  const rng = (seed: number) => {
    let x = seed;
    return <T>(list: readonly T[]): T => {
      x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
      return list[Math.abs(x) % list.length]!;
    };
  };
  const spell = (label: string, how: number): string => {
    const bare = label.replace(/:\s*$/, '');
    return [label, `${bare}:`, bare.toUpperCase() + ':', bare.toLowerCase(), `${bare} :`][how] ?? label;
  };
  it.each(Array.from({ length: SEEDS }, (_, i) => i + 1))('seed %i', (seed) => {
    const pick = rng(seed * 104729);
    const [name, edit, want] = seed % 4 === 0 ? ['korrekt', () => undefined, KORREKT] as const : pick(cases);
    const s = korrektSections();
    for (const sec of s) {
      for (const l of sec.lines) {
        if (l.t !== 'field') continue;
        const fd = def.fields.find((f) => f.id === l.id.replace(/\[\d+\]/g, '[]'))!;
        l.label = spell(pick([fd.label, ...fd.synonyms]), pick([0, 1, 2, 3, 4]));
        l.style = pick(FIELD_STYLES);
      }
    }
    edit(s);
    const heading = pick(HEADINGS);
    const order = pick([undefined, ['citizen', 'buyer', 'provider', 'services', 'dataProtection', 'payment', 'termination', 'priceRegulation', 'renegotiation', 'documentation', 'signatures']]);
    const labels = s.flatMap((sec) => sec.lines.flatMap((l) => (l.t === 'field' ? [`${l.label} [${l.style}]`] : [])));
    const got = summary(buildDocx(s, { heading, ...(order ? { order } : {}) }));
    expect({ seed, name, heading, ...got, ...(JSON.stringify(got.findings) === JSON.stringify(want.findings) ? {} : { labels }) }).toEqual({ seed, name, heading, ...want });
  });
});
