import { isPublicOperatingForm, type OperatingForm, type Rate, type RateUnit } from './offer';

export interface RateThresholds {
  /** Percent; KL/RS17: 5 % for private providers. */
  privatePercent: number;
  /** Percent; 8 % for public (municipal, regional) providers. */
  publicPercent: number;
}

export interface RateIncrease {
  section: string;
  unit: RateUnit;
  year: number;
  previousOre: number;
  currentOre: number;
  /** Rounded to 2 decimals. */
  increasePercent: number;
  thresholdPercent: number;
  /** Above the threshold: belongs in the report to the supervisory authority. */
  toReport: boolean;
}

export function thresholdFor(form: OperatingForm, thresholds: RateThresholds): number {
  return isPublicOperatingForm(form) ? thresholds.publicPercent : thresholds.privatePercent;
}

/**
 * The rate of a year: the latest rate whose valid-from lies on or before 31 December of that year.
 * Yearly regulation usually takes effect on 1 January, but a rate set during the year is the rate
 * the buyers paid most recently in that year.
 */
export function rateForYear(history: readonly Rate[], section: string, unit: RateUnit, year: number): Rate | null {
  const end = `${year}-12-31`;
  let best: Rate | null = null;
  for (const r of history) {
    if (r.section !== section || r.unit !== unit || r.validFrom > end) continue;
    if (best === null || r.validFrom > best.validFrom || (r.validFrom === best.validFrom)) best = r;
  }
  return best;
}

/** Each (section, unit) line's increase from year-1 to year; lines without both years are skipped. */
export function rateIncreases(
  history: readonly Rate[],
  year: number,
  form: OperatingForm,
  thresholds: RateThresholds,
): RateIncrease[] {
  const keys = new Map<string, { section: string; unit: RateUnit }>();
  for (const r of history) keys.set(`${r.section}|${r.unit}`, { section: r.section, unit: r.unit });
  const threshold = thresholdFor(form, thresholds);
  const out: RateIncrease[] = [];
  for (const { section, unit } of keys.values()) {
    const cur = rateForYear(history, section, unit, year);
    const prev = rateForYear(history, section, unit, year - 1);
    if (!cur || !prev || prev.amountOre <= 0 || cur === prev) continue;
    const pct = Math.round(((cur.amountOre - prev.amountOre) / prev.amountOre) * 10000) / 100;
    out.push({
      section, unit, year,
      previousOre: prev.amountOre, currentOre: cur.amountOre,
      increasePercent: pct, thresholdPercent: threshold, toReport: pct > threshold,
    });
  }
  return out.sort((a, b) => a.section.localeCompare(b.section) || a.unit.localeCompare(b.unit));
}

/** The current rate per (section, unit) as of a date: what the detail pane shows. */
export function currentRates(history: readonly Rate[], onDate: string): Rate[] {
  const byKey = new Map<string, Rate>();
  for (const r of history) {
    if (r.validFrom > onDate) continue;
    const k = `${r.section}|${r.unit}`;
    const seen = byKey.get(k);
    if (!seen || r.validFrom >= seen.validFrom) byKey.set(k, r);
  }
  return [...byKey.values()].sort((a, b) => a.section.localeCompare(b.section) || a.unit.localeCompare(b.unit));
}
