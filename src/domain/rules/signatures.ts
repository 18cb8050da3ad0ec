import type { Finding } from '../contract/finding';
import { finding } from './catalogue';
import type { RuleContext } from './context';
import { valueFindings } from './fields';
import { sectionRef } from './labels';

const PARTY_NAME = { buyer: 'Køber', provider: 'Leverandøren' } as const;

/**
 * Rule family for signatures: one signature.missing per party whose Underskrift line is empty (no
 * text, no picture); that party's name and date are then not reported again. When the party has
 * signed, a missing name or date is field.missing and an unreadable date date.invalid.
 */
export const signatureRules = (ctx: RuleContext): Finding[] =>
  ctx.template.signatureBlocks.flatMap((block) => {
    const inBlock = ctx.fields.filter((f) => f.def.block === block.party);
    const line = inBlock.find((f) => f.def.kind === 'signature');
    if (line === undefined) return [];
    if (ctx.values.get(line.id)?.state !== 'valid') {
      return [finding('signature.missing', `signatures.${block.party}`,
        `${PARTY_NAME[block.party]} har ikke underskrevet kontrakten (»${block.heading}« i ${sectionRef(ctx.template, line.def.section)}). Få kontrakten underskrevet med navn og dato; uden underskrift er aftalen ikke bindende.`)];
    }
    return inBlock.filter((f) => f !== line).flatMap((f) => valueFindings(ctx, f));
  });
