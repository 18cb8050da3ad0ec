import { AppError } from '../../domain/errors';

/** The bytes are not a readable Word document (corrupt, encrypted, legacy, empty, over a limit). Category ikke-laesbar. */
export class DocumentUnreadable extends AppError {
  readonly code = 'file.unreadable';
}

/** A readable Word document that is no registered template. Category ukendt-skabelon. */
export class UnknownTemplate extends AppError {
  readonly code = 'template.unknown';
}

/** The template cannot take the given values (no control for a field, unknown option). */
export class FillError extends AppError {
  readonly code = 'fill.invalid';
}
