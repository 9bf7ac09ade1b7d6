import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import "reflect-metadata";
import { createPubSub } from "@graphql-yoga/subscription";
import { buildSchema } from "type-graphql";
import { AgreementsResolver } from "../agreements/agreements.resolver.js";
import { CollabResolver } from "../collab/collab.resolver.js";
import { PresenceResolver } from "../collab/presence.resolver.js";
import { EventsResolver } from "../events/events.resolver.js";
import { IdentityResolver } from "../identity/identity.resolver.js";

export const resolvers = [IdentityResolver, AgreementsResolver, EventsResolver, CollabResolver, PresenceResolver] as const;

let cached: Promise<GraphQLSchema> | undefined;

export function createSchema(): Promise<GraphQLSchema> {
  // Our subscriptions bring their own `subscribe` over the cross-process EventBus; type-graphql still
  // insists on an in-process pubSub for topic-based ones, which we do not use.
  cached ??= buildSchema({ resolvers, validate: false, pubSub: createPubSub() });
  return cached;
}

/** The SDL as committed in schema/schema.graphql. */
export async function printedSchema(): Promise<string> {
  return printSchema(lexicographicSortSchema(await createSchema())) + "\n";
}
