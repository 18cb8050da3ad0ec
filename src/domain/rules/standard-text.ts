import { TemplateConfigurationError } from '../errors';
import type { Finding } from '../contract/finding';
import { finding } from './catalogue';
import type { RuleContext } from './context';
import { capitalise, sectionRef } from './labels';
import { diffWords, joinWords, sameWords, words, type DiffOp } from './word-diff';

/** At most this many words of each kind are quoted in a message; the add-in's "Vis ændringer" shows all. */
const MAX_QUOTED_WORDS = 30;

const quoteRuns = (ops: DiffOp[], kind: 'added' | 'removed'): string | null => {
  const runs = ops.filter((o) => o.op === kind).map((o) => o.words);
  if (runs.length === 0) return null;
  const quoted: string[] = [];
  let budget = MAX_QUOTED_WORDS;
  for (const run of runs) {
    if (budget <= 0) {
      quoted.push('…');
      break;
    }
    const shown = run.slice(0, budget);
    budget -= shown.length;
    quoted.push(`»${joinWords(shown)}${shown.length < run.length ? ' …' : ''}«`);
  }
  return quoted.join(', ');
};

/** Describes a clause's changes in words: "Tilføjet: »…«. Fjernet: »…«." */
export const describeChanges = (standard: string, actual: string): string => {
  const ops = diffWords(standard, actual);
  const added = quoteRuns(ops, 'added');
  const removed = quoteRuns(ops, 'removed');
  return [added && `Tilføjet: ${added}.`, removed && `Fjernet: ${removed}.`].filter(Boolean).join(' ');
};

/**
 * Rule family for KL's fixed clause texts: each clause is compared word by word with the standard
 * text read from the registered template (whitespace-insensitive). Edited, added to or emptied is
 * standard-text.altered.
 */
export const standardTextRules = (ctx: RuleContext): Finding[] =>
  ctx.template.clauses.flatMap((clause) => {
    const standard = ctx.standardTexts[clause.id];
    if (standard === undefined) {
      throw new TemplateConfigurationError(`No standard text for clause '${clause.id}' of template ${ctx.template.id} ${ctx.template.version}`);
    }
    const actual = ctx.contract.clauses[clause.id]?.text ?? null;
    const field = `clauses.${clause.id}`;
    const where = sectionRef(ctx.template, clause.section);
    const advice = 'Brug KL\'s standardtekst uændret; aftal afvigelser i et særskilt bilag, så pris og vilkår ikke bliver uklare.';
    if (actual === null) {
      return [finding('standard-text.altered', field, `${capitalise(where)} mangler i kontrakten, så standardteksten er fjernet. ${advice}`)];
    }
    if (sameWords(standard, actual)) return [];
    if (words(actual).length === 0) {
      return [finding('standard-text.altered', field, `Standardteksten i ${where} er slettet. ${advice}`)];
    }
    return [finding('standard-text.altered', field, `Standardteksten i ${where} er ændret. ${describeChanges(standard, actual)} ${advice}`)];
  });
