import type { Finding } from '../contract/finding';
import { finding } from './catalogue';
import type { RuleContext } from './context';

/** Recommendation: tracked changes are pending. The checks judged the text with all changes accepted. */
export const revisionRules = (ctx: RuleContext): Finding[] =>
  ctx.contract.hasPendingRevisions
    ? [finding('revisions.pending', null,
        'Dokumentet indeholder registrerede ændringer, der ikke er godkendt. Kontrollen har læst teksten, som om alle ændringer er godkendt; godkend eller afvis ændringerne, før kontrakten underskrives.')]
    : [];
