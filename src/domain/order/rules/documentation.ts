import type { Finding } from '../../contract/finding';
import { checkedOf, chosenOf, textOf } from '../order-values';
import { orderFinding } from './catalogue';
import type { OrderRuleContext } from './context';

export const DOCUMENTATION = { required: 'documentation.required', yes: 'yes', content: 'documentation.content' };

/** Fewer words than this cannot say what, how often and to whom ("Ja", "Efter aftale"). */
const MIN_CONTENT_WORDS = 3;

/**
 * Documentation required without its content (the audit: 9 orders asked for documentation and
 * said nothing of what it must contain). Written content with no box ticked is read as "Ja":
 * the requirement is evident, so it is not reported as undecided.
 */
export const documentationRules = (ctx: OrderRuleContext): Finding[] => {
  const content = textOf(ctx.order, DOCUMENTATION.content);
  const checked = checkedOf(ctx.order, DOCUMENTATION.required);
  const words = content.split(/\s+/).filter((w) => w !== '').length;
  if (chosenOf(ctx.order, DOCUMENTATION.required) === DOCUMENTATION.yes && words < MIN_CONTENT_WORDS) {
    const what = content === '' ? 'det fremgår ikke, hvad dokumentationen skal indeholde' : 'beskrivelsen af dokumentationens indhold er for kort til at sige, hvad der skal dokumenteres';
    return [orderFinding('order.documentation-content-missing', DOCUMENTATION.content, `Køber stiller krav om dokumentation, men ${what}. Beskriv indhold, hyppighed og modtager, fx "skriftlig status på indsatsmålene hver 3. måned til sagsbehandleren".`)];
  }
  if (checked.length === 0 && content === '') {
    return [orderFinding('order.choice-undecided', DOCUMENTATION.required, 'Det er ikke angivet, om køber stiller krav om dokumentation. Sæt kryds ved »Nej« eller »Ja«, og beskriv ved »Ja« dokumentationens indhold.')];
  }
  return [];
};
