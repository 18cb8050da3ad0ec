/**
 * The worker thread's side of the import check (run by Piscina, offer-import-pool.ts): reads and
 * checks one file. A refusal (a coded AppError: unreadable file, CPR number, forbidden
 * characters) travels back as data, since an Error crossing threads loses its class and code.
 */
import { AppError } from '../errors';
import { checkImportFile, type ImportCheck, type ImportFormat } from './offer-import-check';

export interface ImportTask { format: ImportFormat; data: Uint8Array; municipalities: string[] }

export type ImportTaskResult =
  | { ok: true; check: ImportCheck }
  | { ok: false; code: string; message: string; details?: unknown; fields?: AppError['fields'] };

export async function checkImportTask(task: ImportTask): Promise<ImportTaskResult> {
  try {
    return { ok: true, check: await checkImportFile(task.format, task.data, task.municipalities) };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, code: e.code, message: e.message, details: e.details, fields: e.fields };
    throw e;
  }
}
