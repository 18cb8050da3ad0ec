import type { Finding } from '../../contract/finding';
import { checkedOf, chosenOf } from '../order-values';
import { orderFinding } from './catalogue';
import type { OrderRuleContext } from './context';

export const GUARDIANSHIP = { status: 'guardianship.status', yes: 'yes', section: 'guardianship.section' };

/** Whether the citizen has a guardian, and under which section of Værgemålsloven, must be decided. */
export const guardianshipRules = (ctx: OrderRuleContext): Finding[] => {
  if (checkedOf(ctx.order, GUARDIANSHIP.status).length === 0) {
    return [orderFinding('order.guardianship-undecided', GUARDIANSHIP.status, 'Det er ikke angivet, om borgeren har en værge. Sæt kryds ved »Nej« eller »Ja«, og angiv ved »Ja« værgemålets omfang og værgens kontaktoplysninger.')];
  }
  if (chosenOf(ctx.order, GUARDIANSHIP.status) === GUARDIANSHIP.yes && checkedOf(ctx.order, GUARDIANSHIP.section).length === 0) {
    return [orderFinding('order.guardianship-undecided', GUARDIANSHIP.section, 'Borgeren har værge, men det er ikke angivet efter hvilken bestemmelse. Sæt kryds ved Værgemålsloven § 5, § 6 (frataget den retlige handleevne) eller § 7.')];
  }
  return [];
};
