import type { Kysely } from 'kysely';
import { isPublicOperatingForm, type OperatingForm } from '../../domain/providers/offer';
import { rateIncreases } from '../../domain/providers/rate-increase';
import type { Config } from '../config';
import type { DB } from '../db/schema';
import type { RateReportItem } from '../../export/rate-report-table';
import { rowToRate, toKr } from './offer-mapping';

/** A report row as the export writes it (src/export), plus what the API adds: the offer's id, whether it is public, the year. */
export interface RateIncreaseRow extends RateReportItem {
  offerId: string;
  public: boolean;
  year: number;
}

/** One collator for the whole sort: localeCompare(…, 'da') builds a new one per comparison, which dominated this query. */
const danishOrder = new Intl.Collator('da');

/** Each offer's rate increase from year-1 to year; over the threshold means it goes in the report. */
export async function listRateIncreases(db: Kysely<DB>, config: Config, year: number, onlyToReport: boolean): Promise<RateIncreaseRow[]> {
  const [offers, rates, statuses] = await Promise.all([
    db.selectFrom('offers').select(['id', 'name', 'provider_name', 'cvr', 'municipality', 'operating_form']).execute(),
    db.selectFrom('rates').selectAll().where('valid_from', '<=', `${year}-12-31`).orderBy('id').execute(),
    db.selectFrom('rate_report_status').select(['offer_id', 'status']).where('year', '=', year).execute(),
  ]);
  const byOffer = new Map<string, ReturnType<typeof rowToRate>[]>();
  for (const r of rates) {
    const list = byOffer.get(r.offer_id) ?? [];
    list.push(rowToRate(r));
    byOffer.set(r.offer_id, list);
  }
  const status = new Map(statuses.map((s) => [s.offer_id, s.status]));
  const out: RateIncreaseRow[] = [];
  for (const o of offers) {
    const history = byOffer.get(o.id);
    if (!history) continue;
    const form = o.operating_form as OperatingForm;
    for (const inc of rateIncreases(history, year, form, config.rateThresholds)) {
      if (onlyToReport && !inc.toReport) continue;
      out.push({
        offerId: o.id, offerName: o.name, providerName: o.provider_name, cvr: o.cvr, municipality: o.municipality,
        operatingForm: form, public: isPublicOperatingForm(form), section: inc.section, unit: inc.unit, year,
        previous: toKr(inc.previousOre), current: toKr(inc.currentOre), increasePercent: inc.increasePercent,
        thresholdPercent: inc.thresholdPercent, toReport: inc.toReport, reportStatus: inc.toReport ? (status.get(o.id) ?? 'ny') : null,
      });
    }
  }
  return out.sort((a, b) => Number(b.toReport) - Number(a.toReport) || b.increasePercent - a.increasePercent || danishOrder.compare(a.offerName, b.offerName));
}
