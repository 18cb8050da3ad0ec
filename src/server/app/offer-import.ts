import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Config } from '../config';
import type { DB } from '../db/schema';
import { AppError, ValidationFailed } from '../errors';
import type { Principal } from '../http/auth';
import { writeAudit } from './audit';
import type { ImportFormat, ImportRowError } from './offer-import-check';
import { checkInWorker } from './offer-import-pool';
import { inputToRow, toOre } from './offer-mapping';

export type { ImportFormat, ImportRowError } from './offer-import-check';

export interface ImportResult {
  dryRun: boolean;
  format: ImportFormat;
  total: number;
  valid: number;
  invalid: number;
  errors: ImportRowError[];
  /** What would be (or was) done per valid row. */
  rows: { row: number; action: 'create' | 'update'; id: string | null; name: string }[];
  created: number;
  updated: number;
}

/** Between the check and the commit another change won: nothing is saved (the offer is not silently reverted). */
export class ImportConflict extends AppError {
  constructor(row: number, name: string) {
    super('import.conflict', `Importen blev ikke gennemført: tilbuddet «${name}» (række ${row}) blev ændret af en anden under importen. Eksportér listen igen, og ret i den nye fil; intet er gemt.`);
  }
}

const staleMessage = (name: string, inFile: number, now: number) =>
  `«${name}» er ændret, siden filen blev eksporteret (version ${inFile} i filen, nu ${now}). Eksportér listen igen og ret i den nye fil, så ingen andres ændringer overskrives.`;

/**
 * CSV/XLSX import. The dry run lists every bad row with its row number and a Danish reason; a
 * commit saves everything in one transaction or nothing at all (any bad row refuses the whole file).
 * The file is read and checked in a worker thread, so that a large one does not hold up other
 * requests (issue 16.4); the database's checks (ids, versions) and the commit run here.
 */
/** The database's part of the check (each id exists, at the version the file was exported at) and what each valid row would do. */
async function review<T extends { row: number; id: string | null; version: number | null }>(
  db: Kysely<DB>, valid: T[], errors: ImportRowError[], nameOf: (v: T) => string,
) {
  const ids = valid.map((v) => v.id).filter((x): x is string => x !== null);
  const existing = new Map(ids.length > 0 ? (await db.selectFrom('offers').select(['id', 'version']).where('id', 'in', ids).execute()).map((r) => [r.id, r.version]) : []);
  for (const v of valid) {
    if (v.id === null) continue;
    const current = existing.get(v.id);
    if (current === undefined) errors.push({ row: v.row, field: 'id', message: `Der findes intet tilbud med id "${v.id}"; lad id være tomt for at oprette et nyt.` });
    else if (v.version !== null && v.version !== current) errors.push({ row: v.row, field: 'version', message: staleMessage(nameOf(v), v.version, current) });
  }
  errors.sort((a, b) => a.row - b.row);
  const invalidRows = new Set(errors.map((e) => e.row));
  const plan = valid.filter((v) => !invalidRows.has(v.row)).map((v) => ({ ...v, action: v.id ? 'update' as const : 'create' as const }));
  return { plan, invalid: invalidRows.size, rows: plan.map((p) => ({ row: p.row, action: p.action, id: p.id, name: nameOf(p) })) };
}

export async function importOffers(
  db: Kysely<DB>, config: Config, actor: Principal, format: ImportFormat, data: Buffer, dryRun: boolean, now: Date, idempotencyKey?: string,
): Promise<ImportResult> {
  if (dryRun) {
    const { total, errors, valid } = await checkInWorker(format, data, config.municipalities, true);
    const { plan, invalid, rows } = await review(db, valid, errors, (v) => v.name);
    return { dryRun, format, total, valid: plan.length, invalid, errors, rows, created: 0, updated: 0 };
  }
  const { total, errors, valid } = await checkInWorker(format, data, config.municipalities, false);
  const { plan, invalid, rows } = await review(db, valid, errors, (v) => v.input.name);
  const result: ImportResult = { dryRun, format, total, valid: plan.length, invalid, errors, rows, created: 0, updated: 0 };
  if (errors.length > 0) throw new ValidationFailed(`Importen blev ikke gennemført: ${invalid} række(r) har fejl. Ret dem og prøv igen; intet er gemt.`, errors);

  return db.transaction().execute(async (trx) => {
    if (idempotencyKey) {
      // The key row is taken first: a parallel commit with the same key waits here for this one's commit, then
      // finds the row and answers its result; if this one rolls back, the waiting one goes ahead instead.
      const claimed = await trx.insertInto('import_commits').values({ actor_id: actor.id, key: idempotencyKey, result: JSON.stringify(result), created_at: now })
        .onConflict((oc) => oc.columns(['actor_id', 'key']).doNothing()).returning('key').executeTakeFirst();
      if (!claimed) {
        const first = await trx.selectFrom('import_commits').select('result').where('actor_id', '=', actor.id).where('key', '=', idempotencyKey).executeTakeFirstOrThrow();
        return first.result as ImportResult;
      }
    }
    for (const p of plan) {
      const id = p.id ?? randomUUID();
      if (p.action === 'create') {
        await trx.insertInto('offers').values({ id, ...inputToRow(p.input, now), created_at: now, free_places_updated_at: p.input.freePlacesUpdatedAt ?? now }).execute();
      } else {
        // Only the version the file was based on: a change that won since (after the check above) stops the import.
        const done = await trx.updateTable('offers').set({ ...inputToRow(p.input, now), version: sql`version + 1` })
          .where('id', '=', id).where('version', '=', p.version!).executeTakeFirst();
        if (Number(done.numUpdatedRows) !== 1) throw new ImportConflict(p.row, p.input.name);
      }
      if (p.rate) {
        const r = p.rate;
        const same = await trx.selectFrom('rates').select('id').where('offer_id', '=', id).where('section', '=', r.section).where('unit', '=', r.unit)
          .where('valid_from', '=', r.validFrom).where('amount_ore', '=', toOre(r.amount)).executeTakeFirst();
        if (!same) await trx.insertInto('rates').values({ offer_id: id, section: r.section, unit: r.unit, amount_ore: toOre(r.amount), valid_from: r.validFrom, created_at: now, created_by: actor.id }).execute();
      }
      p.id = id;
    }
    result.created = plan.filter((p) => p.action === 'create').length;
    result.updated = plan.length - result.created;
    result.rows = plan.map((p) => ({ row: p.row, action: p.action, id: p.id, name: p.input.name }));
    await writeAudit(trx, actor, { action: 'offers.imported', entity: 'import', entityId: null, detail: { format, created: result.created, updated: result.updated } }, now);
    if (idempotencyKey) {
      await trx.updateTable('import_commits').set({ result: JSON.stringify(result) }).where('actor_id', '=', actor.id).where('key', '=', idempotencyKey).execute();
    }
    return result;
  });
}

/** Idempotency-Key (IETF draft-ietf-httpapi-idempotency-key-header): an opaque string, here at most 200 safe characters. */
export const idempotencyKeySchema = z.string().regex(/^[A-Za-z0-9._:-]{1,200}$/, 'Idempotency-Key må kun indeholde bogstaver, tal og . _ : - (højst 200 tegn).').optional();

export const importQuerySchema = z.strictObject({
  dryRun: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  format: z.enum(['csv', 'xlsx']).optional(),
});
