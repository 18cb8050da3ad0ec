/** Review flags: states and the transitions a reviewer may make. */

export const FLAG_STATES = ['ny', 'under-gennemgang', 'afsluttet', 'afvist'] as const;
export type FlagState = (typeof FLAG_STATES)[number];

export const FLAG_STATE_LABELS: Record<FlagState, string> = {
  ny: 'Ny',
  'under-gennemgang': 'Under gennemgang',
  afsluttet: 'Afsluttet',
  afvist: 'Afvist',
};

/** ny → under-gennemgang → afsluttet | afvist. Closed flags stay closed. */
const ALLOWED: Record<FlagState, readonly FlagState[]> = {
  ny: ['under-gennemgang'],
  'under-gennemgang': ['afsluttet', 'afvist'],
  afsluttet: [],
  afvist: [],
};

export function allowedTransitions(from: FlagState): readonly FlagState[] {
  return ALLOWED[from];
}

export function isFinalState(state: FlagState): boolean {
  return ALLOWED[state].length === 0;
}

export type TransitionResult = { ok: true } | { ok: false; message: string };

export function checkTransition(from: FlagState, to: FlagState): TransitionResult {
  if (ALLOWED[from].includes(to)) return { ok: true };
  const allowed = ALLOWED[from].map((s) => `"${FLAG_STATE_LABELS[s]}"`);
  const hint = allowed.length === 0
    ? `Flaget er ${FLAG_STATE_LABELS[from].toLowerCase()} og kan ikke ændres.`
    : `Fra "${FLAG_STATE_LABELS[from]}" kan flaget kun gå til ${allowed.join(' eller ')}.`;
  return { ok: false, message: `Flaget kan ikke gå fra "${FLAG_STATE_LABELS[from]}" til "${FLAG_STATE_LABELS[to]}". ${hint}` };
}
