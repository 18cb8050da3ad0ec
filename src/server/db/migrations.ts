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
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return migrations;
  },
};
