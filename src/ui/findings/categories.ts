import type { Category, FindingCategory } from '../../domain/contract/finding';
import { CATEGORY_LABELS } from '../../domain/report/labels';

/** Danish names of the audit's categories and the file-level results: the domain's one vocabulary. */
export { CATEGORY_LABELS };

export const RECOMMENDATIONS_LABEL = 'Anbefalinger';

/** Worst first: the order in which groups are listed. */
export const CATEGORY_ORDER: Array<Exclude<FindingCategory, null>> = [
  'ikke-laesbar',
  'ukendt-skabelon',
  'fejl-med-oekonomisk-risiko',
  'fejl-uden-meromkostning',
  'uhensigtsmaessige-valg',
];

export const categoryLabel = (c: FindingCategory | Category): string => (c === null ? RECOMMENDATIONS_LABEL : CATEGORY_LABELS[c]);

/** Badge colour by severity; the text always names the category too, so colour is never the only cue. */
export const categoryIntent = (c: FindingCategory | Category): 'success' | 'warning' | 'danger' | 'severe' | 'informative' => {
  switch (c) {
    case 'korrekt': return 'success';
    case 'uhensigtsmaessige-valg': return 'warning';
    case 'fejl-uden-meromkostning': return 'danger';
    case 'fejl-med-oekonomisk-risiko':
    case 'ikke-laesbar':
    case 'ukendt-skabelon': return 'severe';
    default: return 'informative';
  }
};
