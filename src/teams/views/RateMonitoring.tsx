import {
  Button, Dropdown, Field, Option, Spinner, Switch, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, createFocusOutlineStyle, makeStyles, tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import { toDanishCsvTable } from '../../export/danish-csv';
import { rateReportColumns, rateReportRow, REPORT_STATUS_LABELS } from '../../export/rate-report-table';
import type { RateIncreaseReport, ReportStatus } from '../../ui/api/types';
import { formatKr, formatPercent, operatingFormLabel, sectionLabel } from '../../ui/format';
import { RateIncreaseChart } from '../charts/lazy';
import { downloadBlob } from '../components/download';
import { ErrorBar } from '../components/ErrorBar';
import { useSession } from '../session-context';

const useStyles = makeStyles({
  bar: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'end', flexWrap: 'wrap', marginBottom: tokens.spacingVerticalM },
  over: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  // At 350 px the seven columns are wider than the tab: the table scrolls sideways, not the page. The box
  // is focusable (a named region) so a keyboard can scroll it too (WCAG 2.1.1; axe scrollable-region-focusable),
  // with Fluent's focus ring.
  tableBox: { overflowX: 'auto', maxWidth: '100%', ...createFocusOutlineStyle() },
  // Fluent's Table lays out fixed columns of equal width, which cut the Status dropdown off at 1280 px and
  // wrapped the increase; the columns get the widths their content needs, and below 900 px the box scrolls.
  table: { minWidth: '900px' },
  // Fluent's Dropdown is at least 250 px wide; in its column it takes the column's width.
  status: { minWidth: '0', width: '100%', maxWidth: '220px' },
});

/** The table's columns with their widths, as shares of the table. */
const TABLE_COLUMNS = [
  { label: 'Tilbud', width: '25%' }, { label: 'Driftsform', width: '10%' }, { label: 'Paragraf', width: '12%' }, { label: 'Før', width: '10%' },
  { label: 'Nu', width: '10%' }, { label: 'Stigning', width: '15%' }, { label: 'Status', width: '18%' },
];

const STATUS_LABELS: Record<ReportStatus, string> = REPORT_STATUS_LABELS;

/** The report to the supervisory authority as CSV: the server's table in the shared Danish format (src/export). */
export function reportCsv(report: RateIncreaseReport): string {
  return toDanishCsvTable(rateReportColumns(report.year), report.items.map(rateReportRow));
}

/** The chart shows the largest increases; the table below has every row. */
const CHART_BARS = 12;
const largest = (items: RateIncreaseReport['items']) => [...items].sort((a, b) => b.increasePercent - a.increasePercent).slice(0, CHART_BARS);
const chartTitle = (report: RateIncreaseReport, year: number) => (report.items.length > CHART_BARS
  ? `De ${CHART_BARS} største af ${report.items.length} takststigninger ${year}`
  : `Takststigninger ${year}`);

/** Each year's rate increases; those over 5 % (private) / 8 % (public) form the report, with its status. */
export function RateMonitoring() {
  const styles = useStyles();
  const { api, isAdmin } = useSession();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [onlyToReport, setOnlyToReport] = useState(true);
  const [report, setReport] = useState<RateIncreaseReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);

  const load = useCallback(async () => {
    setLoading(true);
    setError(null);
    try { setReport(await api.rateIncreases(year, onlyToReport)); } catch (e) { setError(e); } finally { setLoading(false); }
  }, [api, year, onlyToReport]);
  useEffect(() => { void load(); }, [load]);

  const setStatus = async (offerId: string, status: ReportStatus) => {
    try { await api.setReportStatus(year, offerId, status); await load(); } catch (e) { setError(e); }
  };

  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);
  return (
    <section aria-labelledby="rates-heading">
      <h2 id="rates-heading">Takstovervågning</h2>
      <div className={styles.bar}>
        <Field label="År">
          <Dropdown value={String(year)} selectedOptions={[String(year)]} onOptionSelect={(_, d) => setYear(Number(d.optionValue))}>
            {years.map((y) => <Option key={y} value={String(y)}>{String(y)}</Option>)}
          </Dropdown>
        </Field>
        <Switch label="Kun stigninger over grænsen" checked={onlyToReport} onChange={(_, d) => setOnlyToReport(d.checked)} />
        <Button icon={<ArrowDownloadRegular />} disabled={!report || report.items.length === 0}
          onClick={() => report && downloadBlob(new Blob([reportCsv(report)], { type: 'text/csv;charset=utf-8' }), `takststigninger-${year}.csv`)}>
          Eksportér indberetning
        </Button>
        {loading && <Spinner size="tiny" aria-label="Henter" />}
      </div>
      {report && (
        <Text role="status" aria-live="polite">
          Grænser: {formatPercent(report.thresholds.privatePercent)} for private og {formatPercent(report.thresholds.publicPercent)} for offentlige tilbud.
          {' '}{report.items.filter((r) => r.toReport).length} stigninger skal indberettes til socialtilsynet.
        </Text>
      )}
      <ErrorBar error={error} title="Takststigningerne kunne ikke hentes" />
      {report && report.items.length > 0 && (
        <RateIncreaseChart title={chartTitle(report, year)} items={largest(report.items)} />
      )}
      {report && report.items.length > 0 && (
        <div className={styles.tableBox} tabIndex={0} role="region" aria-label={`Tabel over takststigninger ${year}`}>
        <Table aria-label={`Takststigninger ${year}`} size="small" className={styles.table}>
          <TableHeader>
            <TableRow>
              {TABLE_COLUMNS.map((c) => <TableHeaderCell key={c.label} style={{ width: c.width }}>{c.label}</TableHeaderCell>)}
            </TableRow>
          </TableHeader>
          <TableBody>
            {report.items.map((r) => (
              <TableRow key={`${r.offerId}-${r.section}-${r.unit}`}>
                <TableCell>{r.offerName}<br /><Text size={200}>{r.providerName}, {r.municipality}</Text></TableCell>
                <TableCell>{operatingFormLabel(r.operatingForm)}</TableCell>
                <TableCell>{sectionLabel(r.section)} pr. {r.unit}</TableCell>
                <TableCell>{formatKr(r.previous)}</TableCell>
                <TableCell>{formatKr(r.current)}</TableCell>
                <TableCell><span className={r.toReport ? styles.over : undefined}>{formatPercent(r.increasePercent)}</span> (grænse {formatPercent(r.thresholdPercent)})</TableCell>
                <TableCell>
                  {isAdmin && r.toReport ? (
                    <Dropdown className={styles.status} aria-label={`Status for ${r.offerName}`} value={STATUS_LABELS[(r.reportStatus ?? 'ny') as ReportStatus]} selectedOptions={[r.reportStatus ?? 'ny']}
                      onOptionSelect={(_, d) => void setStatus(r.offerId, d.optionValue as ReportStatus)}>
                      {(Object.keys(STATUS_LABELS) as ReportStatus[]).map((s) => <Option key={s} value={s}>{STATUS_LABELS[s]}</Option>)}
                    </Dropdown>
                  ) : r.toReport ? STATUS_LABELS[(r.reportStatus ?? 'ny') as ReportStatus] : 'Under grænsen'}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        </div>
      )}
    </section>
  );
}
