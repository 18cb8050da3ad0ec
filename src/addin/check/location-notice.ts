import type { ValueLocation } from '../../domain/contract/extracted-contract';

/** What the pane says after "select this finding": Word selects the place; a browser can only name it. */
export function locationNotice(loc: ValueLocation | null, mode: 'office' | 'browser'): string {
  if (!loc) return 'Stedet blev ikke fundet i dokumentet.';
  return mode === 'office' ? 'Stedet er markeret i dokumentet.' : `Feltet står i afsnit ${loc.paragraph + 1} i dokumentet.`;
}
