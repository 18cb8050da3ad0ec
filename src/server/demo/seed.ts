import { sql, type Kysely } from 'kysely';
import { flagCategory } from '../../domain/flags/flag';
import type { DB } from '../db/schema';
import { generateDemoFlags, generateDemoOffers } from './generate';

/** Inserts demo offers (and a few flags) in batches, in one transaction. */
export async function seedDemo(db: Kysely<DB>, opts: { offers: number; flags?: number; now: Date; seed?: number }): Promise<{ offers: number; flags: number }> {
  const offers = generateDemoOffers(opts.offers, { seed: opts.seed, today: opts.now });
  const flags = generateDemoFlags(offers, opts.flags ?? Math.min(12, Math.ceil(opts.offers / 25)));
  const now = opts.now;
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < offers.length; i += 500) {
      const batch = offers.slice(i, i + 500);
      await trx.insertInto('offers').values(batch.map((o) => ({
        id: o.id, name: o.name, provider_name: o.providerName, cvr: o.cvr, p_number: o.pNumber, operating_form: o.operatingForm,
        address: o.address, postcode: o.postcode, city: o.city, municipality: o.municipality, email: o.email, phone: o.phone,
        sections: o.sections, target_groups: o.targetGroups, places: o.places, free_places: o.freePlaces,
        free_places_updated_at: o.freePlacesUpdatedAt, supervision_colour: o.supervisionColour, supervision_date: o.supervisionDate,
        terms_accepted_date: o.termsAcceptedDate, list_status: o.listStatus, created_at: now, updated_at: now,
      }))).execute();
      const rates = batch.flatMap((o) => o.rates.map((r) => ({
        offer_id: o.id, section: r.section, unit: r.unit, amount_ore: r.amountOre, valid_from: r.validFrom, created_at: now, created_by: 'demo',
      })));
      for (let j = 0; j < rates.length; j += 2000) await trx.insertInto('rates').values(rates.slice(j, j + 2000)).execute();
    }
    if (flags.length > 0) {
      await trx.insertInto('flags').values(flags.map((f, i) => ({
        id: f.id, state: f.state, title: f.title, category: flagCategory(f.findings), findings: JSON.stringify(f.findings),
        document_url: null, document_title: null, municipality: f.municipality, offer_id: f.offerId,
        requester_id: `demo-user-${i % 3}`, requester_name: f.requesterName, assignee_id: null, assignee_name: null,
        target: null, chat_message_id: null, created_at: new Date(now.getTime() - i * 86_400_000), updated_at: now,
      }))).execute();
      await trx.insertInto('flag_events').values(flags.map((f, i) => ({
        flag_id: f.id, kind: 'created', from_state: null, to_state: 'ny', actor_id: `demo-user-${i % 3}`, actor_name: f.requesterName, detail: null, created_at: now,
      }))).execute();
    }
  });
  // Fresh statistics after a bulk load, so the planner uses the indexes right away.
  await sql`analyze offers`.execute(db);
  await sql`analyze rates`.execute(db);
  return { offers: offers.length, flags: flags.length };
}

export async function seedDemoIfEmpty(db: Kysely<DB>, opts: { offers: number; now: Date }): Promise<boolean> {
  const any = await db.selectFrom('offers').select('id').limit(1).executeTakeFirst();
  if (any) return false;
  await seedDemo(db, opts);
  return true;
}
