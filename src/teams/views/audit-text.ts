/**
 * An audit entry said in words for an administrator: who (the name recorded with the entry), what
 * ("ændrede tilbud"), which (the offer's or case's name) and, for a change, each field in its Danish
 * name with the old and new value in the product's formats. Never raw ids or JSON.
 */
import { FLAG_STATE_LABELS, type FlagState } from '../../domain/flags/flag-state';
import {
  LIST_STATUS_LABELS, OFFER_FIELD_LABELS, RATE_UNIT_LABELS, SUPERVISION_LABELS,
  type ListStatus, type OfferFields, type RateUnit, type SupervisionColour,
} from '../../domain/providers/offer';
import type { AuditItem } from '../../ui/api/types';
import { formatDate, formatDateTime, formatInt, formatKr, sectionLabel } from '../../ui/format';
import { choiceLabel, OPERATING_FORM_CHOICES } from '../../ui/offer-vocabulary';

export interface AuditChange { field: string; from: string; to: string }

export interface AuditText {
  who: string;
  /** A verb phrase in the past tense: "oprettede tilbud". */
  what: string;
  /** The offer's or case's name, when known. */
  subject: string | null;
  changes: AuditChange[];
  /** One more line, e.g. the reason for a suspension or the rate that was added. */
  note: string | null;
}

const NOTHING = '–';
type Detail = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
const numberOf = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const plural = (n: number, one: string, many: string) => `${formatInt(n)} ${n === 1 ? one : many}`;

/** One field's value as the form shows it. */
export function auditValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return NOTHING;
  switch (field as keyof OfferFields) {
    case 'operatingForm': return choiceLabel(OPERATING_FORM_CHOICES, String(value));
    case 'listStatus': return LIST_STATUS_LABELS[value as ListStatus] ?? String(value);
    case 'supervisionColour': return SUPERVISION_LABELS[value as SupervisionColour] ?? String(value);
    case 'supervisionDate':
    case 'termsAcceptedDate': return formatDate(String(value));
    case 'freePlacesUpdatedAt': return formatDateTime(String(value));
    case 'sections': return Array.isArray(value) ? value.map((s) => sectionLabel(String(s))).join(', ') || NOTHING : String(value);
    default:
      if (Array.isArray(value)) return value.map(String).join(', ') || NOTHING;
      if (typeof value === 'number') return formatInt(value);
      if (typeof value === 'boolean') return value ? 'ja' : 'nej';
      return typeof value === 'object' ? NOTHING : String(value);
  }
}

function changesOf(detail: Detail): AuditChange[] {
  const changes = detail.changes;
  if (!changes || typeof changes !== 'object') return [];
  return Object.entries(changes as Record<string, { from?: unknown; to?: unknown }>).map(([k, v]) => ({
    field: OFFER_FIELD_LABELS[k as keyof OfferFields] ?? k,
    from: auditValue(k, v?.from),
    to: auditValue(k, v?.to),
  }));
}

function rateNote(d: Detail): string | null {
  const section = str(d.section);
  const amount = numberOf(d.amount);
  if (!section || amount === null) return null;
  const unit = RATE_UNIT_LABELS[d.unit as RateUnit]?.toLowerCase() ?? str(d.unit) ?? '';
  const from = str(d.validFrom);
  return `${sectionLabel(section)}, ${unit}: ${formatKr(amount)}${from ? ` fra ${formatDate(from)}` : ''}`;
}

function flagUpdate(d: Detail): { what: string; note: string | null } {
  const state = str(d.state) as FlagState | null;
  const assignee = str(d.assignee);
  if (state) return { what: 'ændrede status på sagen', note: `Ny status: ${FLAG_STATE_LABELS[state] ?? state}${assignee ? `, ansvarlig: ${assignee}` : ''}` };
  if (assignee) return { what: 'tildelte sagen', note: `Ansvarlig: ${assignee}` };
  return { what: 'frigav sagen', note: null };
}

export function describeAudit(item: AuditItem): AuditText {
  const d: Detail = item.detail && typeof item.detail === 'object' ? (item.detail as Detail) : {};
  const who = str(item.actorName) ?? 'Ukendt bruger';
  const subject = str(item.entityName) ?? str(d.name) ?? str(d.title);
  const base = { who, subject, changes: [] as AuditChange[], note: null as string | null };
  switch (item.action) {
    case 'offer.created': {
      const rates = numberOf(d.rates) ?? 0;
      return { ...base, what: 'oprettede tilbud', note: rates > 0 ? `Med ${plural(rates, 'takst', 'takster')}` : null };
    }
    case 'offer.updated': {
      const changes = changesOf(d);
      return { ...base, what: 'ændrede tilbud', changes, note: changes.length === 0 ? 'Ingen felter blev ændret' : null };
    }
    case 'offer.suspended': {
      const reason = str(d.reason);
      return { ...base, what: 'suspenderede tilbud', note: reason ? `Begrundelse: ${reason}` : null };
    }
    case 'rate.appended': return { ...base, what: 'ændrede takst', note: rateNote(d) };
    case 'offers.imported': {
      const created = numberOf(d.created) ?? 0;
      const updated = numberOf(d.updated) ?? 0;
      const format = str(d.format)?.toUpperCase();
      return { ...base, subject: null, what: 'importerede tilbud', note: `${plural(created, 'oprettet', 'oprettet')}, ${plural(updated, 'opdateret', 'opdateret')}${format ? ` (${format})` : ''}` };
    }
    case 'flag.created': {
      const findings = numberOf(d.findings);
      return { ...base, what: 'sendte til gennemgang', note: findings !== null ? `Med ${plural(findings, 'fund', 'fund')}` : null };
    }
    case 'flag.updated': return { ...base, ...flagUpdate(d) };
    case 'flag.commented': return { ...base, what: 'kommenterede sagen' };
    case 'rate-report.status': {
      const year = numberOf(d.year);
      const status = str(d.status);
      return { ...base, what: 'ændrede indberetning af takststigning', note: status ? `${year !== null ? `${year}: ` : ''}${status}` : null };
    }
    case 'review-target.updated':
      return { ...base, what: 'ændrede Teams-modtager', note: typeof d.hidden === 'boolean' ? (d.hidden ? 'Skjult for brugerne' : 'Vist for brugerne') : null };
    default: return { ...base, what: 'registrerede en ændring' };
  }
}
