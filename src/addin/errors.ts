/**
 * Errors in the pane: every failure from Office, the document engine or the server becomes one
 * Danish sentence for the user. Typed errors (AppError and the API client's errors) carry their own
 * Danish message; Office.js errors carry a code that is mapped here; anything else gets a general
 * sentence, never a blank pane.
 */
import { AppError } from '../domain/errors';
import { ApiError } from '../ui/api/errors';

export class PaneError extends AppError {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

const OFFICE_CODES: Record<string, string> = {
  ItemNotFound: 'Stedet i dokumentet findes ikke længere. Tjek dokumentet igen.',
  InvalidArgument: 'Word afviste ændringen. Tjek dokumentet igen og prøv på ny.',
  AccessDenied: 'Word tillader ikke ændringen (dokumentet eller feltet er måske låst eller skrivebeskyttet).',
  ApiNotFound: 'Denne funktion findes ikke i din version af Word.',
  GeneralException: 'Word kunne ikke udføre handlingen. Prøv igen.',
  RequestPayloadSizeLimitExceeded: 'Dokumentet er for stort til at blive behandlet i Word på nettet.',
  InvalidSelection: 'Markeringen i dokumentet kan ikke bruges. Klik i dokumentet og prøv igen.',
};

export function danishMessage(e: unknown): string {
  if (e instanceof AppError || e instanceof ApiError) return e.message;
  const err = e as { code?: unknown; message?: unknown; name?: unknown } | null;
  if (err && typeof err.code === 'string' && OFFICE_CODES[err.code]) return OFFICE_CODES[err.code]!;
  if (err && typeof err.message === 'string' && /[æøåÆØÅ]|\b(ikke|kunne|skal)\b/.test(err.message)) return err.message;
  return 'Der opstod en uventet fejl. Prøv igen; fortsætter fejlen, så kontakt support.';
}
