import type { FieldError } from './error-body';

/** Errors the API client throws: the server's code and Danish message, the HTTP status and the fields it refused. */
export class ApiError extends Error {
  constructor(readonly code: string, message: string, readonly status: number, readonly details?: unknown, readonly fields: readonly FieldError[] = []) {
    super(message);
    this.name = 'ApiError';
  }
}

/** 412: someone saved a newer version; the caller shows it and lets the user re-apply. */
export class StaleVersionError extends ApiError {}

/** No network or no answer. */
export class NetworkError extends ApiError {
  constructor(message: string) {
    super('network.unreachable', message, 0);
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

/** A message fit for the user for anything thrown. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  return 'Der opstod en uventet fejl. Prøv igen.';
}

/** The fields the server refused, with its Danish message for each (empty when the error is not about fields). */
export function fieldErrorsOf(e: unknown): readonly FieldError[] {
  return e instanceof ApiError ? e.fields : [];
}
