/**
 * A flag's history in Danish words for the detail pane ("tildelt Mette", "kommenteret", …), one
 * phrase per server event kind; an unknown kind reads as "ændret" rather than a raw code.
 */
import { FLAG_STATES, type FlagState } from '../../domain/flags/flag-state';
import { flagStateLabel } from '../../ui/format';

export interface FlagEventLike {
  kind: string;
  fromState: string | null;
  toState: string | null;
  detail: string | null;
}

const isState = (s: string | null): s is FlagState => s !== null && (FLAG_STATES as readonly string[]).includes(s);

export function historyText(e: FlagEventLike): string {
  switch (e.kind) {
    case 'created': return 'oprettet';
    case 'commented': return 'kommenteret';
    case 'assigned': return e.detail ? `tildelt ${e.detail}` : 'tildelt';
    case 'unassigned': return 'tildeling fjernet';
    case 'state-changed':
      return isState(e.fromState) && isState(e.toState)
        ? `status ændret fra ${flagStateLabel(e.fromState).toLowerCase()} til ${flagStateLabel(e.toState).toLowerCase()}`
        : 'status ændret';
    default: return 'ændret';
  }
}
