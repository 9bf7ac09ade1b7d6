import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { logger, operationLogger } from "../logging.js";
import type { Context } from "./context.js";
import { INTERNAL } from "./format-error.js";

/**
 * One JSON line per operation, over either transport: request id, operation, actor, municipality,
 * duration and outcome (the first error's API code, or OK). Variables and documents are never logged.
 */
export function logOperation(
  context: Context,
  operationName: string | null | undefined,
  errors: readonly GraphQLFormattedError[] | undefined,
): void {
  // Only these fixed fields: whatever else is added here must not be able to carry a secret (not redacted).
  operationLogger().info(
    {
      requestId: context.requestId,
      operation: operationName ?? null,
      actor: context.actor?.userId ?? null,
      municipality: context.actor?.municipalityId ?? null,
      durationMs: Math.round(performance.now() - context.startedAt),
      outcome: (errors?.[0]?.extensions?.code as string | undefined) ?? "OK",
    },
    "operation",
  );
}

/**
 * An error masked as INTERNAL is logged with its stack once, under the request's id, and the client
 * gets that id to quote: nothing else of it.
 */
export function reportInternal(context: Context, formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (formatted.extensions?.code !== INTERNAL) return formatted;
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  logger().error({ requestId: context.requestId, err: original }, "internal error");
  return { ...formatted, extensions: { ...formatted.extensions, requestId: context.requestId } };
}
