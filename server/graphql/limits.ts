import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import { GraphQLError, NoSchemaIntrospectionCustomRule, type ValidationContext, type ValidationRule } from "graphql";

/**
 * The cost limits of every operation, the same over HTTP and WebSocket (graphql-ws skips Apollo's
 * plugins), checked before any resolver runs. graphql-armor's rules count each fragment once
 * (memoised), so their time is linear in the document's size whatever its spreads.
 */
export const LIMITS = {
  /** Lexical tokens of a document (graphql-js's parser stops there). */
  maxTokens: 5000,
  depth: 12,
  aliases: 15,
  directives: 20,
  /** graphql-armor's cost: 2 an object, 1 a scalar, × 1.5 a level. The client's heaviest page costs far less. */
  cost: 20_000,
} as const;

/** graphql-armor throws by default; a validation error reported to the context is what both transports expect. */
const reported = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

export function validationRules(production: boolean): ValidationRule[] {
  const rules: ValidationRule[] = [
    maxDepthRule({ n: LIMITS.depth, flattenFragments: true, exposeLimits: true, ...reported }),
    maxAliasesRule({ n: LIMITS.aliases, exposeLimits: true, ...reported }),
    maxDirectivesRule({ n: LIMITS.directives, exposeLimits: true, ...reported }),
    costLimitRule({ maxCost: LIMITS.cost, exposeLimits: true, ...reported }),
  ];
  return production ? [...rules, NoSchemaIntrospectionCustomRule] : rules;
}
