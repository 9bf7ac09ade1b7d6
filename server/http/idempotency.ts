import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, type FormattedExecutionResult, type OperationDefinitionNode } from "graphql";
import { badInput, type DomainError } from "../errors.js";
import type { Context } from "../graphql/context.js";
import { idempotentRequest, type IdempotentRequest } from "../pipeline/idempotency.js";

/**
 * The idempotency key of an operation, for mutations only; one mutation field per keyed operation,
 * so that the key names one change. Throws BAD_USER_INPUT (as a GraphQL error) for a malformed key.
 */
export function keyedMutation(
  key: unknown,
  operation: OperationDefinitionNode | undefined,
  request: { query?: string; variables?: unknown; operationName?: unknown },
): IdempotentRequest | undefined {
  if (key === undefined || key === null || operation?.operation !== "mutation") return undefined;
  try {
    if (operation.selectionSet.selections.length !== 1)
      throw badInput("En förfrågan med Idempotency-Key får bara innehålla en ändring", "Idempotency-Key");
    return idempotentRequest(key, request);
  } catch (error) {
    throw new GraphQLError((error as DomainError).message, { originalError: error as DomainError });
  }
}

/** `Idempotency-Key` over HTTP: the runner reserves it with the change; the first answer is kept and replayed. */
export const idempotencyPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart({ request: http }) {
    const key = http.http?.headers.get("idempotency-key") ?? undefined;
    if (key === undefined) return;
    return {
      async didResolveOperation({ contextValue, operation, request }) {
        contextValue.idempotency = keyedMutation(key, operation, request);
      },
      async willSendResponse({ contextValue, response }) {
        const keyed = contextValue.idempotency;
        if (!keyed || response.body.kind !== "single") return;
        if (keyed.replay !== undefined) response.body.singleResult = keyed.replay as FormattedExecutionResult;
        else if (keyed.reserved && contextValue.actor)
          await contextValue.services.runner.rememberAnswer(contextValue.actor, keyed, response.body.singleResult);
      },
    };
  },
};
