import ExcelJS from 'exceljs';
import { toDanishCsvTable } from '../../src/export/danish-csv';
import { toDanishXlsx } from '../../src/export/danish-xlsx';
import { rateReportColumns, rateReportRow, type RateReportItem } from '../../src/export/rate-report-table';
import { reportCsv } from '../../src/teams/views/RateMonitoring';

const item: RateReportItem = {
  offerName: '+Bostedet (fiktivt)', providerName: 'Omsorg ApS', cvr: '12345674', municipality: 'Næstved', operatingForm: 'private',
  section: '107', unit: 'dag', previous: 2400, current: 2580.5, increasePercent: 7.52, thresholdPercent: 5, toReport: true, reportStatus: null,
};

describe('the rate-increase report table (server CSV/XLSX and the tab CSV)', () => {
  test('the tab downloads exactly the server\'s CSV', () => {
    const server = toDanishCsvTable(rateReportColumns(2026), [rateReportRow(item)]);
    expect(reportCsv({ year: 2026, thresholds: { privatePercent: 5, publicPercent: 8 }, items: [{ ...item, offerId: 'o1', public: false, year: 2026 }] })).toBe(server);
  });

  test('Danish CSV: BOM, ;, CRLF, Danish amounts, guarded names, status in words', () => {
    const csv = toDanishCsvTable(rateReportColumns(2026), [rateReportRow(item)]);
    const [header, row] = csv.slice(1).split('\r\n');
    expect(csv.startsWith('\uFEFFTilbud;')).toBe(true);
    expect(header).toContain('Takst 2025 (kr.);Takst 2026 (kr.)');
    expect(row).toBe("'+Bostedet (fiktivt);Omsorg ApS;12345674;Næstved;privat;§ 107;dag;2400,00;2580,50;7,52;5;ja;Ikke indberettet");
  });

  test('XLSX: rates and percentages are numbers', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await toDanishXlsx([{ name: 'Takststigninger 2026', columns: rateReportColumns(2026), rows: [rateReportRow(item)] }])) as unknown as ArrayBuffer);
    const r = wb.worksheets[0]!.getRow(2);
    expect([r.getCell(8).value, r.getCell(9).value, r.getCell(10).value, r.getCell(11).value]).toEqual([2400, 2580.5, 7.52, 5]);
  });
});
