import type { FlagState } from './flag-state';

/** A finding attached to a flag: rule id, category and message; never the document's personal data. */
export interface FlagFinding {
  rule: string;
  category: string | null;
  field: string | null;
  message: string;
}

/** Category ranking, worst first, to choose a flag's badge and its top findings. */
const SEVERITY: Record<string, number> = {
  'ikke-laesbar': 5,
  'ukendt-skabelon': 5,
  'fejl-med-oekonomisk-risiko': 4,
  'fejl-uden-meromkostning': 3,
  'uhensigtsmaessige-valg': 2,
};

/** The flag's overall category: the worst of its findings; 'korrekt' when none carries a category. */
export function flagCategory(findings: readonly FlagFinding[]): string {
  let worst: string | null = null;
  for (const f of findings) {
    if (f.category === null) continue;
    if (worst === null || (SEVERITY[f.category] ?? 0) > (SEVERITY[worst] ?? 0)) worst = f.category;
  }
  return worst ?? 'korrekt';
}

/** The findings to show on a card: worst first, at most `n`. */
export function topFindings(findings: readonly FlagFinding[], n = 3): FlagFinding[] {
  return [...findings]
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (SEVERITY[b.f.category ?? ''] ?? 0) - (SEVERITY[a.f.category ?? ''] ?? 0) || a.i - b.i)
    .slice(0, n)
    .map((x) => x.f);
}

export interface FlagAgeFilter {
  /** Flags older than this many days. */
  olderThanDays?: number;
}

export function flagAgeDays(createdAt: string, now: string): number {
  return Math.floor((Date.parse(now) - Date.parse(createdAt)) / 86_400_000);
}

export type { FlagState };
