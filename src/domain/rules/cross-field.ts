import type { IsoDate } from '../contract/branded';
import type { Finding } from '../contract/finding';
import { formatDate } from '../contract/parsers';
import { finding } from './catalogue';

/**
 * The checks that compare two values (contract-checks.md: dates.end-before-start,
 * dates.follow-up-before-start, payment.short-deadline, payment.deadline-over-limit,
 * termination.extended-payment) as pure functions of already parsed values. The checker's rule
 * families (services.ts, payment.ts, termination.ts) and the task pane's form (as the user types)
 * both call these, so the pane says exactly what Tjek will say, word for word.
 */

export interface ServiceDates {
  start: IsoDate | null;
  end: IsoDate | null;
  followUp: IsoDate | null;
}

/** Keys of the service block's date fields, and the field id of a key for this instance. */
export interface ServiceDateFields {
  endDate: string;
  firstFollowUpDate: string;
}

/**
 * Follow-up or end before the start date of one service ("Indsats 1"). Only dates that were read
 * are compared: a missing or unreadable date is the field rules' concern.
 */
export function serviceDateFindings(name: string, dates: ServiceDates, fieldId: (key: string) => string, keys: ServiceDateFields): Finding[] {
  const { start, end, followUp } = dates;
  const out: Finding[] = [];
  if (start && followUp && followUp < start) {
    out.push(finding('dates.follow-up-before-start', fieldId(keys.firstFollowUpDate),
      `${name}: første opfølgningsdato (${formatDate(followUp)}) ligger før ikrafttrædelsesdatoen (${formatDate(start)}). Ret en af datoerne.`));
  }
  if (start && end && end < start) {
    out.push(finding('dates.end-before-start', fieldId(keys.endDate),
      `${name}: slutdatoen (${formatDate(end)}) ligger før ikrafttrædelsesdatoen (${formatDate(start)}). Ret en af datoerne.`));
  }
  return out;
}

/** A payment deadline shorter (a costly choice) or longer (Renteloven § 3 b) than the limit. */
export function paymentDeadlineFindings(days: number | null, limit: number, field: string): Finding[] {
  if (days === null) return [];
  if (days < limit) {
    return [finding('payment.short-deadline', field,
      `Betalingsfristen er ${days} dage, kortere end ${limit} dage. Det er et uhensigtsmæssigt valg; aftal en betalingsfrist på ${limit} dage efter modtagelse af faktura.`)];
  }
  if (days > limit) {
    return [finding('payment.deadline-over-limit', field,
      `Betalingsfristen er ${days} dage, men må højst være ${limit} dage (renteloven § 3 b). Ret fristen til højst ${limit} dage.`)];
  }
  return [];
}

/** Extended payment after the citizen moves out: lawful, but a costly choice. */
export function extendedPaymentFindings(chosen: boolean, days: number | null, group: string): Finding[] {
  if (!chosen) return [];
  const period = days === null ? '' : ` (${days} dage)`;
  return [finding('termination.extended-payment', group,
    `Der er valgt forlænget betalingsperiode efter fraflytning${period}. Det er et uhensigtsmæssigt valg; standard er betaling til udgangen af den måned, hvor borgeren fraflytter. Vælg standardperioden, medmindre den forlængede periode er aftalt bevidst.`)];
}
