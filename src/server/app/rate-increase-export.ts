import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { OPERATING_FORM_LABELS } from '../../domain/providers/offer';
import { neutraliseCell } from './offer-table';
import type { RateIncreaseRow } from './rate-increases';

const dk = (n: number, decimals = 2) => n.toLocaleString('da-DK', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

/** The report to the supervisory authority as a table: one row per offer, section and unit. */
function table(year: number, items: RateIncreaseRow[]): { header: string[]; rows: string[][] } {
  const header = ['Tilbud', 'Leverandør', 'CVR', 'Kommune', 'Driftsform', 'Paragraf', 'Enhed', `Takst ${year - 1} (kr.)`, `Takst ${year} (kr.)`, 'Stigning (%)', 'Grænse (%)', 'Skal indberettes', 'Status'];
  const rows = items.map((i) => [
    i.offerName, i.providerName, i.cvr, i.municipality, OPERATING_FORM_LABELS[i.operatingForm], `§ ${i.section}`, i.unit,
    dk(i.previous), dk(i.current), dk(i.increasePercent), dk(i.thresholdPercent, 0), i.toReport ? 'ja' : 'nej', i.reportStatus ?? '',
  ].map(neutraliseCell));
  return { header, rows };
}

export function rateIncreasesToCsv(year: number, items: RateIncreaseRow[]): Buffer {
  const { header, rows } = table(year, items);
  return Buffer.from(`\uFEFF${Papa.unparse({ fields: header, data: rows }, { delimiter: ';', newline: '\r\n' })}\r\n`, 'utf8');
}

export async function rateIncreasesToXlsx(year: number, items: RateIncreaseRow[]): Promise<Buffer> {
  const { header, rows } = table(year, items);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(`Takststigninger ${year}`);
  ws.addRow(header).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
