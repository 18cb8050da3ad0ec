/**
 * The rate-increase report to the supervisory authority as a table: one row per offer, section and
 * unit. One definition for the server's CSV/XLSX and the Teams tab's own CSV download, so the
 * columns, their formats and the status labels cannot drift apart.
 */
import { OPERATING_FORM_LABELS, type OperatingForm } from '../domain/providers/offer';
import { AMOUNT, decimals, INTEGER, type ExportColumn, type ExportRow } from './columns';

/** What a report row needs (the server's RateIncreaseRow has these and more). */
export interface RateReportItem {
  offerName: string;
  providerName: string;
  cvr: string;
  municipality: string;
  operatingForm: OperatingForm;
  section: string;
  unit: string;
  previous: number;
  current: number;
  increasePercent: number;
  thresholdPercent: number;
  toReport: boolean;
  reportStatus: string | null;
}

/** The report's follow-up states, as the tab shows them and the export writes them. */
export const REPORT_STATUS_LABELS = { ny: 'Ikke indberettet', indberettet: 'Indberettet', drøftet: 'Drøftet' } as const;

export function rateReportColumns(year: number) {
  return [
    { key: 'offerName', header: 'Tilbud', width: 32 },
    { key: 'providerName', header: 'Leverandør', width: 28 },
    { key: 'cvr', header: 'CVR' },
    { key: 'municipality', header: 'Kommune', width: 14 },
    { key: 'operatingForm', header: 'Driftsform', width: 12 },
    { key: 'section', header: 'Paragraf' },
    { key: 'unit', header: 'Enhed' },
    { key: 'previous', header: `Takst ${year - 1} (kr.)`, format: AMOUNT, width: 16 },
    { key: 'current', header: `Takst ${year} (kr.)`, format: AMOUNT, width: 16 },
    { key: 'increasePercent', header: 'Stigning (%)', format: decimals(2), width: 13 },
    { key: 'thresholdPercent', header: 'Grænse (%)', format: INTEGER, width: 12 },
    { key: 'toReport', header: 'Skal indberettes', width: 16 },
    { key: 'status', header: 'Status', width: 16 },
  ] as const satisfies readonly ExportColumn[];
}

export type RateReportKey = ReturnType<typeof rateReportColumns>[number]['key'];

export function rateReportRow(i: RateReportItem): ExportRow<RateReportKey> {
  return {
    offerName: i.offerName, providerName: i.providerName, cvr: i.cvr, municipality: i.municipality,
    operatingForm: OPERATING_FORM_LABELS[i.operatingForm], section: `§ ${i.section}`, unit: i.unit,
    previous: i.previous, current: i.current, increasePercent: i.increasePercent, thresholdPercent: i.thresholdPercent,
    toReport: i.toReport ? 'ja' : 'nej', status: (REPORT_STATUS_LABELS as Readonly<Record<string, string>>)[i.reportStatus ?? 'ny'] ?? i.reportStatus ?? '',
  };
}

export const rateReportSheetName = (year: number): string => `Takststigninger ${year}`;
