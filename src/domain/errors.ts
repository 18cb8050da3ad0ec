/**
 * Typed errors with stable codes. The core throws only AppError subclasses; the edges (HTTP, CLI,
 * add-in) map `code` to a status and Danish text once. Nothing throws strings.
 */
export abstract class AppError extends Error {
  /** Stable, public error code, e.g. 'file.unreadable'. */
  abstract readonly code: string;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    // Keep the subclass name in stack traces and logs.
    this.name = new.target.name;
  }
}

/** A template definition does not match what the caller supplied (a programming or registration error). */
export class TemplateConfigurationError extends AppError {
  readonly code = 'template.configuration';
}
