/** The API's error vocabulary (API.md). Domain code throws DomainError; graphql/format-error maps it. */
export enum ErrorCode {
  UNAUTHENTICATED = "UNAUTHENTICATED",
  FORBIDDEN = "FORBIDDEN",
  NOT_FOUND = "NOT_FOUND",
  BAD_USER_INPUT = "BAD_USER_INPUT",
  CONFLICT = "CONFLICT",
  INVALID_STATE = "INVALID_STATE",
  RATE_LIMITED = "RATE_LIMITED",
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra facts for the client, e.g. `currentVersion` on CONFLICT or `field` on BAD_USER_INPUT. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const notFound = (what = "Resursen") => new DomainError(ErrorCode.NOT_FOUND, `${what} finns inte`);
export const forbidden = (message = "Du har inte behörighet till detta") => new DomainError(ErrorCode.FORBIDDEN, message);
export const unauthenticated = (message = "Du behöver logga in") => new DomainError(ErrorCode.UNAUTHENTICATED, message);
export const badInput = (message: string, field?: string) => new DomainError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});
export const conflict = (currentVersion: number, message = "Någon annan har ändrat innehållet; ladda om och försök igen") =>
  new DomainError(ErrorCode.CONFLICT, message, { currentVersion });
/** `details`: what stands in the way, e.g. a refused submission's `reasons` and `gaps`. */
export const invalidState = (message: string, details: Record<string, unknown> = {}) =>
  new DomainError(ErrorCode.INVALID_STATE, message, details);
export const rateLimited = (retryAfterSeconds: number) =>
  new DomainError(ErrorCode.RATE_LIMITED, "För många försök; vänta en stund", { retryAfterSeconds });
