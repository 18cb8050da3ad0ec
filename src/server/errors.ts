/**
 * Typed errors with codes. The HTTP layer maps each code once to a status and Danish text
 * (see http/error-handler.ts); nothing throws strings.
 */
/** One field the request got wrong: its dot path in the body and a Danish message for the user. */
export interface FieldError {
  path: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: unknown,
    /** Sent as `fields`, so a form can mark each field with its own message. */
    readonly fields?: readonly FieldError[],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFound extends AppError {
  constructor(what: string) { super('resource.not-found', `${what} blev ikke fundet.`); }
}
export class Unauthenticated extends AppError {
  constructor(message = 'Du skal logge ind: adgangstoken mangler eller er ugyldig.') { super('auth.unauthenticated', message); }
}
export class AuthUnavailable extends AppError {
  constructor() { super('auth.unavailable', 'Login kan ikke kontrolleres lige nu (Microsoft Entra ID svarer ikke). Prøv igen om lidt.'); }
}
/**
 * Entra ID's signing keys could not be fetched: the token cannot be checked either way, so the
 * request is refused (fail closed) with 503 — not 401, which would send the user to log in again.
 */
export class KeysUnavailable extends AppError {
  constructor() { super('auth.keys-unavailable', 'Login kan ikke kontrolleres lige nu (Microsoft Entra ID\'s nøgler kan ikke hentes). Prøv igen om lidt.'); }
}
/** An authentic token that does not grant this API: no access_as_user scope, or an app without an allowed role. */
export class InsufficientScope extends AppError {
  constructor(message: string) { super('auth.insufficient-scope', message); }
}
export class Forbidden extends AppError {
  constructor(role: string) { super('auth.forbidden', `Du har ikke adgang: rollen "${role}" kræves.`); }
}
export class PreconditionRequired extends AppError {
  constructor() { super('http.precondition-required', 'Hent posten igen og send dens ETag i If-Match, så ingen ændringer overskrives.'); }
}
export class StaleVersion extends AppError {
  constructor(what: string) {
    super('http.precondition-failed', `${what} er blevet ændret af en anden, siden du hentede den. Hent den nyeste version og prøv igen.`);
  }
}
export class InvalidTransition extends AppError {
  constructor(message: string) { super('flag.invalid-transition', message); }
}
export class ValidationFailed extends AppError {
  constructor(message: string, details?: unknown, fields?: readonly FieldError[]) { super('input.invalid', message, details, fields); }
}
/** Business rules refused the input (422): every problem names its field. */
export class FieldsRejected extends AppError {
  constructor(fields: readonly FieldError[]) { super('input.rejected', fields.map((f) => f.message).join(' '), undefined, fields); }
}
export class CprRefused extends AppError {
  constructor() {
    super('privacy.cpr-refused', 'Forespørgslen indeholder noget, der ligner et CPR-nummer. CPR-numre må ikke sendes til serveren; fjern det og prøv igen.');
  }
}
export class Conflict extends AppError {
  constructor(message: string) { super('resource.conflict', message); }
}
export class RateLimited extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super('http.rate-limited', `For mange forespørgsler af denne slags på kort tid. Vent ${retryAfterSeconds} sekunder, og prøv igen.`);
  }
}
export class MunicipalityNotAllowed extends AppError {
  constructor(municipality: string) {
    super('flag.municipality-not-allowed', `Din organisation kan ikke sende kontrakter til gennemgang for ${municipality} Kommune.`);
  }
}

/** A pagination cursor this server did not issue (or one forged): start again without it. */
export class InvalidCursor extends AppError {
  constructor() { super('request.invalid-cursor', 'Ugyldig cursor (sidemarkør): hent listen forfra uden cursor.'); }
}
/** NUL characters and lone UTF-16 surrogates have no place in any text and break storage. */
export class InvalidCharacters extends AppError {
  constructor() { super('request.invalid-characters', 'Forespørgslen indeholder ugyldige tegn (NUL eller et ufuldstændigt Unicode-tegn). Fjern dem og prøv igen.'); }
}
export class UriTooLong extends AppError {
  constructor() { super('request.uri-too-long', 'Adressen er for lang. Brug færre eller kortere søgekriterier.'); }
}
export class ShuttingDown extends AppError {
  constructor() { super('server.shutting-down', 'Serveren lukker ned lige nu. Prøv igen om et øjeblik.'); }
}
/** The database refused a value (SQLSTATE class 22: data exception). */
export class DbInvalidValue extends AppError {
  constructor() { super('db.invalid-value', 'En værdi i forespørgslen kunne ikke gemmes eller søges på (ugyldigt format eller for stor). Ret den og prøv igen.'); }
}
/** A constraint stopped the change (SQLSTATE class 23): a duplicate, or a reference to something gone. */
export class DbConflict extends AppError {
  constructor() { super('db.conflict', 'Ændringen strider mod data, der allerede er gemt (fx en dublet eller en henvisning til noget, der ikke findes). Hent de nyeste data og prøv igen.'); }
}
export class DbConstraint extends AppError {
  constructor() { super('db.invalid-value', 'En værdi i forespørgslen overholder ikke reglerne for feltet (mangler eller er uden for det tilladte). Ret den og prøv igen.'); }
}
export class DbUnavailable extends AppError {
  constructor() { super('db.unavailable', 'Databasen svarer ikke lige nu. Prøv igen om lidt.'); }
}
