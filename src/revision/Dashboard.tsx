/** The audit as a dashboard: key figures, the category and findings charts, municipalities, orders, files. */
import {
  Button, Card, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Title3, tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { AuditReport } from '../domain/report/audit-report';
import { CATEGORY_LABELS, DOCUMENT_CATEGORIES, ORDER_MEASURE_LABELS, isAuditCategory, ruleLabel } from '../domain/report/labels';
import { CATEGORY_TONE, countAndShare, countOfBase, formatCount } from '../report/report-format';
import { FileTable } from './FileTable';
import { SvgChart } from './SvgChart';

const useStyles = makeStyles({
  cards: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(160px, 1fr))', gap: tokens.spacingHorizontalM },
  figure: { fontSize: tokens.fontSizeHero800, lineHeight: tokens.lineHeightHero800, fontWeight: tokens.fontWeightSemibold },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalXL },
  two: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(420px, 1fr))', gap: tokens.spacingHorizontalXL },
  num: { textAlign: 'right', justifyContent: 'flex-end', fontVariantNumeric: 'tabular-nums' },
  ruleButton: { justifyContent: 'flex-start', textAlign: 'left', minWidth: 0 },
  tableWrap: { overflowX: 'auto' },
});

function Figure({ n, label }: { n: number; label: string }) {
  const styles = useStyles();
  return <Card><span className={styles.figure}>{formatCount(n)}</span><Text>{label}</Text></Card>;
}

export function Dashboard({ report }: { report: AuditReport }) {
  const styles = useStyles();
  const [rule, setRule] = useState('');
  const shown = report.categories.filter((c) => c.count > 0 || isAuditCategory(c.category));
  const cols = DOCUMENT_CATEGORIES.filter((c) => isAuditCategory(c) || report.perMunicipality.some((m) => m.byCategory[c]));
  return (
    <div>
      <div className={styles.cards} aria-label="Nøgletal">
        <Figure n={report.documents.total} label="dokumenter i alt" />
        <Figure n={report.documents.contracts} label="kontrakter" />
        <Figure n={report.documents.orders} label="bestillinger" />
        <Figure n={report.municipalities} label={report.municipalities === 1 ? 'kommune' : 'kommuner'} />
      </div>
      <div className={styles.two}>
        <section className={styles.section} aria-label="Kontrakter pr. kategori">
          <Title3 as="h2">Kontrakter pr. kategori</Title3>
          <SvgChart title="Kontrakter pr. kategori" bars={shown.map((c) => ({ label: CATEGORY_LABELS[c.category], value: c.count, valueText: countAndShare(c.count, c.share), tone: CATEGORY_TONE[c.category] }))} />
        </section>
        <section className={styles.section} aria-label="Hyppigste fund">
          <Title3 as="h2">Hyppigste fund</Title3>
          {report.topFindings.length === 0 ? <Text>Ingen fund.</Text> : (
            <SvgChart title="Hyppigste fund" bars={report.topFindings.slice(0, 10).map((t) => ({ label: ruleLabel(t.rule), value: t.documents, valueText: `${formatCount(t.documents)} dok.`, tone: 'accent' }))} />
          )}
          <Text size={200}>Vælg et fund for at se filerne med det:</Text>
          <div>
            {report.topFindings.slice(0, 10).map((t) => (
              <Button key={t.rule} size="small" appearance={rule === t.rule ? 'primary' : 'subtle'} className={styles.ruleButton} onClick={() => setRule(rule === t.rule ? '' : t.rule)}>
                {ruleLabel(t.rule)} ({formatCount(t.documents)})
              </Button>
            ))}
          </div>
        </section>
      </div>
      <section className={styles.section} aria-label="Pr. kommune">
        <Title3 as="h2">Pr. kommune (handelskommune)</Title3>
        {report.perMunicipality.length === 0 ? <Text>Ingen handelskommune kunne læses i kontrakterne.</Text> : (
          <div className={styles.tableWrap}>
            <Table aria-label="Kategorier pr. kommune" size="small">
              <TableHeader><TableRow><TableHeaderCell>Kommune</TableHeaderCell>{cols.map((c) => <TableHeaderCell key={c} className={styles.num}>{CATEGORY_LABELS[c]}</TableHeaderCell>)}<TableHeaderCell className={styles.num}>I alt</TableHeaderCell></TableRow></TableHeader>
              <TableBody>
                {report.perMunicipality.map((m) => (
                  <TableRow key={m.municipality}>
                    <TableCell>{m.municipality}</TableCell>
                    {cols.map((c) => <TableCell key={c} className={styles.num}>{formatCount(m.byCategory[c] ?? 0)}</TableCell>)}
                    <TableCell className={styles.num}>{formatCount(m.total)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>
      <section className={styles.section} aria-label="Bestillinger">
        <Title3 as="h2">Bestillinger</Title3>
        {report.orderMeasures === null ? <Text>Der var ingen bestillinger blandt dokumenterne. Vælg en mappe med både kontrakter og bestillinger for at se kontrakter uden bestilling og bestillingernes indhold.</Text> : (
          <SvgChart title="Bestillingernes indhold" max={1} bars={report.orderMeasures.map((m) => ({ label: ORDER_MEASURE_LABELS[m.id], value: m.base ? m.count / m.base : 0, valueText: countOfBase(m.count, m.base), tone: m.id === 'documentationWithoutContent' ? 'error' : 'accent' }))} />
        )}
        {report.mismatches.length > 0 && (
          <Table aria-label="Uoverensstemmelser mellem kontrakt og bestilling" size="small">
            <TableHeader><TableRow><TableHeaderCell>Kontrakt</TableHeaderCell><TableHeaderCell>Bestilling</TableHeaderCell><TableHeaderCell>Uoverensstemmelse</TableHeaderCell></TableRow></TableHeader>
            <TableBody>
              {report.mismatches.map((m, i) => (
                <TableRow key={i}><TableCell>{m.contract}</TableCell><TableCell>{m.order ?? '–'}</TableCell><TableCell>{ruleLabel(m.rule)}: {m.message}</TableCell></TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
      <section className={styles.section}>
        <Title3 as="h2">Alle filer</Title3>
        <FileTable report={report} rule={rule} onRule={setRule} />
      </section>
    </div>
  );
}
