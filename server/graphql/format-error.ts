import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import { DomainError, ErrorCode } from "../errors.js";
import { Replayed } from "../pipeline/idempotency.js";

/** Codes that graphql-js and Apollo themselves produce for a bad request: all BAD_USER_INPUT to a client (API.md). */
const REQUEST_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "OPERATION_RESOLUTION_FAILURE",
]);

/**
 * The one place where errors become API errors (API.md): a DomainError keeps its code and details;
 * request errors (parse, validation, limits) keep graphql's own message as BAD_USER_INPUT; anything
 * else is masked, so that no stack trace or SQL ever reaches a client: it gets the request's id.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
  }
  // Replaced by the first answer before it is sent (http/idempotency.ts, graphql-ws's onNext).
  if (original instanceof Replayed) return { ...base, extensions: { code: "REPLAYED" } };
  if (original instanceof ArgumentValidationError) {
    return { ...base, message: "Ogiltig indata", extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  const code = formatted.extensions?.code;
  // graphql-js suggests field and type names ("Did you mean …?"): a map of the schema for whoever guesses.
  const unsuggested = { ...base, message: base.message.replace(/ Did you mean .*$/s, "") };
  const badRequest =
    (typeof code === "string" && REQUEST_CODES.has(code)) || (original instanceof GraphQLError && !original.originalError && !code);
  if (badRequest) return { ...unsuggested, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  // Logged with its stack by the transport, once, under the request's id (graphql/operation-log.ts).
  return { message: "Internt fel; försök igen om en stund", path: formatted.path, extensions: { code: INTERNAL } };
}

export const INTERNAL = "INTERNAL_SERVER_ERROR";
