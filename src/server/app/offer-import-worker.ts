/**
 * The worker thread's side of the import check (run by Piscina, offer-import-pool.ts): reads and
 * checks one file. A refusal (a coded AppError: unreadable file, CPR number, forbidden
 * characters) travels back as data, since an Error crossing threads loses its class and code.
 */
import { AppError } from '../errors';
import { checkImportFile, type ImportCheck, type ImportFormat, type PreviewRow } from './offer-import-check';

export interface ImportTask { format: ImportFormat; data: Uint8Array; municipalities: string[]; dryRun: boolean }

/** What comes back: a dry run's valid rows without their fields (copying 100,000 offers between threads would stall the event loop again). */
export type CheckedFile = Omit<ImportCheck, 'valid'> & { valid: ImportCheck['valid'] | PreviewRow[] };

export type ImportTaskResult =
  | { ok: true; check: CheckedFile }
  | { ok: false; code: string; message: string; details?: unknown; fields?: AppError['fields'] };

export async function checkImportTask(task: ImportTask): Promise<ImportTaskResult> {
  try {
    const check = await checkImportFile(task.format, task.data, task.municipalities);
    if (!task.dryRun) return { ok: true, check };
    return { ok: true, check: { ...check, valid: check.valid.map((v) => ({ row: v.row, id: v.id, version: v.version, name: v.input.name })) } };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, code: e.code, message: e.message, details: e.details, fields: e.fields };
    throw e;
  }
}
