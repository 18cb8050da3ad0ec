import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

/**
 * The one set of migrations for PostgreSQL and PGlite, in code so that nothing depends on file
 * layout at run time (tsx, jest, bundles). Append new migrations; never edit a released one.
 */
const migrations: Record<string, Migration> = {
  '2026-11-01-001-initial': {
    async up(db: Kysely<unknown>) {
      await db.schema.createTable('offers')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('provider_name', 'text', (c) => c.notNull())
        .addColumn('cvr', 'text', (c) => c.notNull().check(sql`cvr ~ '^[1-9][0-9]{7}$'`))
        .addColumn('p_number', 'text', (c) => c.check(sql`p_number ~ '^[0-9]{10}$'`))
        .addColumn('operating_form', 'text', (c) => c.notNull().check(sql`operating_form in ('private','selfOwning','municipal','regional')`))
        .addColumn('address', 'text', (c) => c.notNull())
        .addColumn('postcode', 'text', (c) => c.notNull())
        .addColumn('city', 'text', (c) => c.notNull())
        .addColumn('municipality', 'text', (c) => c.notNull())
        .addColumn('email', 'text')
        .addColumn('phone', 'text')
        .addColumn('sections', sql`text[]`, (c) => c.notNull())
        .addColumn('target_groups', sql`text[]`, (c) => c.notNull())
        .addColumn('places', 'integer', (c) => c.notNull().check(sql`places >= 0`))
        .addColumn('free_places', 'integer', (c) => c.notNull().check(sql`free_places >= 0`))
        .addColumn('free_places_updated_at', 'timestamptz')
        .addColumn('supervision_colour', 'text', (c) => c.check(sql`supervision_colour in ('grøn','gul','rød')`))
        .addColumn('supervision_date', 'text')
        .addColumn('terms_accepted_date', 'text')
        .addColumn('list_status', 'text', (c) => c.notNull().check(sql`list_status in ('optaget','suspenderet','fjernet')`))
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await db.schema.createIndex('offers_name_idx').on('offers').columns(['name', 'id']).execute();
      await db.schema.createIndex('offers_municipality_idx').on('offers').columns(['municipality', 'id']).execute();
      await db.schema.createIndex('offers_sections_idx').on('offers').using('gin').column('sections').execute();

      await db.schema.createTable('rates')
        .addColumn('id', 'bigserial', (c) => c.primaryKey())
        .addColumn('offer_id', 'text', (c) => c.notNull().references('offers.id'))
        .addColumn('section', 'text', (c) => c.notNull())
        .addColumn('unit', 'text', (c) => c.notNull().check(sql`unit in ('dag','time','måned')`))
        .addColumn('amount_ore', 'integer', (c) => c.notNull().check(sql`amount_ore > 0`))
        .addColumn('valid_from', 'text', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('created_by', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('rates_offer_idx').on('rates').columns(['offer_id', 'valid_from']).execute();
      // Rates are append-only history: the database refuses edits and deletes, not just the API.
      await sql`create function rates_append_only() returns trigger language plpgsql as $$
        begin raise exception 'rates are append-only'; end $$`.execute(db);
      await sql`create trigger rates_no_update before update or delete on rates
        for each row execute function rates_append_only()`.execute(db);

      await db.schema.createTable('flags')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('ny','under-gennemgang','afsluttet','afvist')`))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('findings', 'jsonb', (c) => c.notNull())
        .addColumn('document_url', 'text')
        .addColumn('document_title', 'text')
        .addColumn('municipality', 'text')
        .addColumn('offer_id', 'text', (c) => c.references('offers.id'))
        .addColumn('requester_id', 'text', (c) => c.notNull())
        .addColumn('requester_name', 'text', (c) => c.notNull())
        .addColumn('assignee_id', 'text')
        .addColumn('assignee_name', 'text')
        .addColumn('target', 'jsonb')
        .addColumn('chat_message_id', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await db.schema.createIndex('flags_created_idx').on('flags').columns(['created_at', 'id']).execute();
      await db.schema.createIndex('flags_offer_idx').on('flags').column('offer_id').execute();

      await db.schema.createTable('flag_comments')
        .addColumn('id', 'bigserial', (c) => c.primaryKey())
        .addColumn('flag_id', 'text', (c) => c.notNull().references('flags.id'))
        .addColumn('author_id', 'text', (c) => c.notNull())
        .addColumn('author_name', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await db.schema.createIndex('flag_comments_flag_idx').on('flag_comments').column('flag_id').execute();

      await db.schema.createTable('flag_events')
        .addColumn('id', 'bigserial', (c) => c.primaryKey())
        .addColumn('flag_id', 'text', (c) => c.notNull().references('flags.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('from_state', 'text')
        .addColumn('to_state', 'text')
        .addColumn('actor_id', 'text', (c) => c.notNull())
        .addColumn('actor_name', 'text', (c) => c.notNull())
        .addColumn('detail', 'text')
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await db.schema.createIndex('flag_events_flag_idx').on('flag_events').column('flag_id').execute();

      await db.schema.createTable('audit_log')
        .addColumn('id', 'bigserial', (c) => c.primaryKey())
        .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('actor_id', 'text', (c) => c.notNull())
        .addColumn('actor_name', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('entity', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'text')
        .addColumn('detail', 'jsonb', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audit_at_idx').on('audit_log').columns(['at', 'id']).execute();

      await db.schema.createTable('outbox')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('flag_id', 'text', (c) => c.notNull().references('flags.id'))
        .addColumn('payload', 'jsonb', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending','delivering','delivered','failed')`))
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('locked_until', 'timestamptz')
        .addColumn('locked_by', 'text')
        .addColumn('last_error', 'text')
        .addColumn('message_id', 'text')
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('delivered_at', 'timestamptz')
        .execute();
      await db.schema.createIndex('outbox_due_idx').on('outbox').columns(['status', 'next_attempt_at']).execute();
      await db.schema.createIndex('outbox_flag_idx').on('outbox').column('flag_id').execute();

      await db.schema.createTable('rate_report_status')
        .addColumn('offer_id', 'text', (c) => c.notNull().references('offers.id'))
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('ny','indberettet','drøftet')`))
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('updated_by', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('rate_report_status_pk', ['offer_id', 'year'])
        .execute();
    },
  },
  '2026-11-01-002-search-text': {
    // One lower-cased text per offer for free-text search: LIKE on it is much cheaper than five
    // ILIKEs per row, and needs no extension (pg_trgm is not allow-listed everywhere).
    async up(db: Kysely<unknown>) {
      await sql`alter table offers add column search_text text generated always as
        (lower(name || ' ' || provider_name || ' ' || cvr || ' ' || address || ' ' || postcode || ' ' || city)) stored`.execute(db);
    },
  },
  // Engineer "bot" (issue 13). Numbered 010 so the performance migrations (003…) stay before it.
  '2026-12-01-010-review-targets': {
    // Where flag cards may go: the chats and channels the app's bot was added to, per tenant. Only
    // the conversation reference and names; never message contents.
    async up(db: Kysely<unknown>) {
      await db.schema.createTable('review_targets')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('channel','groupChat')`))
        .addColumn('conversation_id', 'text', (c) => c.notNull())
        .addColumn('service_url', 'text', (c) => c.notNull())
        .addColumn('team_id', 'text')
        .addColumn('team_name', 'text')
        .addColumn('channel_name', 'text')
        .addColumn('chat_name', 'text')
        /** The administrator's name for it; null shows the Teams names. */
        .addColumn('display_name', 'text')
        .addColumn('hidden', 'boolean', (c) => c.notNull().defaultTo(false))
        /** active; removed (the bot left); gone (Teams answered 403/404). */
        .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active','removed','gone')`))
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addUniqueConstraint('review_targets_conversation_uq', ['tenant_id', 'conversation_id'])
        .execute();
      await db.schema.createIndex('review_targets_tenant_idx').on('review_targets').columns(['tenant_id', 'status']).execute();
      // Per-flag order of card, updates and replies: created_at ties inside one transaction.
      await sql`alter table outbox add column seq bigserial`.execute(db);
      // Graph posting with app credentials is gone: messages still waiting for it can never go out.
      await sql`update outbox set status = 'failed', last_error = 'Levering via Microsoft Graph er fjernet; vælg en modtager fra appens bot.'
        where status in ('pending','delivering') and payload->'target'->>'kind' in ('chat','channel')`.execute(db);
    },
  },
  // Engineer "auth" (issue 11 point 5): flags and audit entries belong to a tenant. Rows from
  // before have none (null): no Entra ID user sees them, only the local dev user (every tenant).
  // Comments, history and outbox rows hang off their flag and are reached only through it.
  '2026-12-03-030-flags-tenant': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('flags').addColumn('tenant_id', 'text').execute();
      await db.schema.createIndex('flags_tenant_created_idx').on('flags').columns(['tenant_id', 'created_at', 'id']).execute();
      await db.schema.alterTable('audit_log').addColumn('tenant_id', 'text').execute();
      await db.schema.createIndex('audit_tenant_idx').on('audit_log').columns(['tenant_id', 'id']).execute();
    },
  },
  // Helper "apiperf" (issue 16.1). Numbered 031 so parallel work can take 02x/03x without clashing.
  '2026-12-03-031-offer-search-indexes': {
    async up(db: Kysely<unknown>) {
      // Trigram index for the free-text LIKE '%…%'. pg_trgm ships with PostgreSQL (trusted: the
      // database owner may create it) and with PGlite (loaded in connect.ts). A managed server
      // that has not allow-listed it still migrates: search then scans, as before, only slower.
      await sql`do $$ begin
          create extension if not exists pg_trgm;
        exception when others then
          raise notice 'pg_trgm unavailable (%): free-text search runs without its index', sqlerrm;
        end $$`.execute(db);
      await sql`do $$ begin
          if exists (select 1 from pg_extension where extname = 'pg_trgm') then
            create index offers_search_trgm_idx on offers using gin (search_text gin_trgm_ops);
          end if;
        end $$`.execute(db);
      // The filters: sections has its GIN index (001); target groups get one. Both are queried
      // with @> so that the index applies (= any(array) cannot use it).
      await db.schema.createIndex('offers_target_groups_idx').on('offers').using('gin').column('target_groups').execute();
      // The two sorts without an index yet (name and municipality have theirs), with id as the
      // keyset tie-breaker.
      await db.schema.createIndex('offers_free_places_idx').on('offers').columns(['free_places', 'id']).execute();
      await db.schema.createIndex('offers_updated_idx').on('offers').columns(['updated_at', 'id']).execute();

      // A counter that every statement changing offers moves on, in the same transaction: a list
      // reads it in its page query's snapshot, so a count or a page cached under it is exact for as
      // long as the counter stays (on every instance, whoever wrote). One row: concurrent offer writes
      // wait for each other's commit here, which is fine for an admin-edited list.
      await db.schema.createTable('offers_generation')
        .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
        .addColumn('n', 'bigint', (c) => c.notNull())
        .execute();
      await sql`insert into offers_generation (id, n) values (1, 0)`.execute(db);
      await sql`create function offers_generation_bump() returns trigger language plpgsql as $$
        begin update offers_generation set n = n + 1 where id = 1; return null; end $$`.execute(db);
      // Every change, the rates in force kept below included: cached pages hold for a generation too.
      await sql`create trigger offers_generation_bump after insert or update or delete or truncate on offers
        for each statement execute function offers_generation_bump()`.execute(db);

      // Rates in force, denormalised onto the offer so that a page reads no rates: the latest rate
      // per (section, unit) on a day (later appends win ties), and the days it holds for,
      // [rates_from, rates_until) (null: open). A reader outside that window, when a future rate
      // has begun or on another clock, computes it with the same function instead.
      await sql`create function offer_rates_on(p_offer text, p_day text) returns jsonb language sql stable as $$
        select coalesce(jsonb_agg(jsonb_build_array(section, unit, amount_ore, valid_from) order by section, unit), '[]'::jsonb)
        from (select distinct on (section, unit) section, unit, amount_ore, valid_from from rates
              where offer_id = p_offer and valid_from <= p_day order by section, unit, valid_from desc, id desc) r $$`.execute(db);
      await sql`alter table offers add column rates_now jsonb not null default '[]'::jsonb,
        add column rates_from text, add column rates_until text`.execute(db);
      await sql`create function offers_rates_refresh(p_offers text[], d text) returns void language plpgsql as $$
        begin
          -- Lock first: the update below then runs in a snapshot that sees rates that a concurrent
          -- transaction added to the same offer before it committed.
          perform 1 from offers where id = any(p_offers) order by id for update;
          update offers o set rates_now = offer_rates_on(o.id, d),
            rates_from = (select max(valid_from) from rates r where r.offer_id = o.id and r.valid_from <= d),
            rates_until = (select min(valid_from) from rates r where r.offer_id = o.id and r.valid_from > d)
          where o.id = any(p_offers);
        end $$`.execute(db);
      await sql`create function rates_refresh_offers() returns trigger language plpgsql as $$
        begin perform offers_rates_refresh(array(select distinct offer_id from new_rates), to_char(current_date, 'YYYY-MM-DD')); return null; end $$`.execute(db);
      await sql`create trigger rates_refresh_offers after insert on rates referencing new table as new_rates
        for each statement execute function rates_refresh_offers()`.execute(db);
      await sql`select offers_rates_refresh(array(select distinct offer_id from rates), to_char(current_date, 'YYYY-MM-DD'))`.execute(db);
    },
  },
  // Issue 11.6: five parallel commits of one file create its offers once. The key is the client's
  // Idempotency-Key, per user; the first commit's result is kept for the repeats.
  '2026-12-03-032-import-idempotency': {
    async up(db: Kysely<unknown>) {
      await db.schema.createTable('import_commits')
        .addColumn('actor_id', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('result', 'jsonb', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .addPrimaryKeyConstraint('import_commits_pk', ['actor_id', 'key'])
        .execute();
    },
  },
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return migrations;
  },
};
