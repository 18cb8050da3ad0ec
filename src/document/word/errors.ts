import { AppError } from '../../domain/errors';

/** The host lacks the Office.js requirement set a feature needs. */
export class WordApiMissing extends AppError {
  readonly code = 'word.api-missing';
  constructor(readonly feature: string, readonly requirement: string) {
    super(`${feature} kræver WordApi ${requirement}, som denne version af Word ikke har.`);
  }
}

/** The document holds no contract of a registered template, so there is nothing to point at or fill. */
export class NotAContract extends AppError {
  readonly code = 'word.not-a-contract';
}

/** A field or clause id is not in the open document. */
export class FieldNotFound extends AppError {
  readonly code = 'word.field-not-found';
}

/** The blank template goes only into an empty document, so nothing the user wrote is replaced. */
export class DocumentNotEmpty extends AppError {
  readonly code = 'word.document-not-empty';
}
