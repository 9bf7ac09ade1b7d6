import {
  GraphQLID,
  GraphQLInt,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
  subscribe,
  type ExecutionResult,
} from "graphql";
import { describe, expect, it } from "vitest";
import type { WebSocket } from "ws";
import { AsyncQueue } from "../server/events/async-queue.js";
import { perOperation } from "../server/graphql/context.js";
import { EVENT_IS_VALUE, PLAIN_PROPERTY, subscribeDirectly } from "../server/graphql/direct-results.js";
import { enableNextFrames, SEND_AT_ONCE } from "../server/graphql/prebuilt-frames.js";
import type { Services } from "../server/services.js";

interface Update {
  sectionId: string;
  seq: number | null;
  update: string;
  origin: string | null;
}

/** A stream of plain updates, as `sectionUpdates` yields them; `executed` counts the resolver's calls. */
function schemaWith(events: Update[] | (() => AsyncIterableIterator<Update>), executed: { count: number }) {
  const plain = { extensions: PLAIN_PROPERTY };
  const updateType = new GraphQLObjectType({
    name: "SectionUpdate",
    fields: {
      sectionId: { type: new GraphQLNonNull(GraphQLID), ...plain },
      seq: { type: new GraphQLNonNull(GraphQLInt), ...plain },
      update: { type: new GraphQLNonNull(GraphQLString), ...plain },
      origin: { type: GraphQLString, ...plain },
      shout: { type: GraphQLString, resolve: (u: Update) => u.update.toUpperCase() },
    },
  });
  const stream =
    typeof events === "function"
      ? events
      : () =>
          (async function* () {
            yield* events;
          })();
  return new GraphQLSchema({
    query: new GraphQLObjectType({ name: "Query", fields: { ok: { type: GraphQLString } } }),
    subscription: new GraphQLObjectType({
      name: "Subscription",
      fields: {
        sectionUpdates: {
          type: new GraphQLNonNull(updateType),
          extensions: EVENT_IS_VALUE,
          subscribe: stream,
          resolve: (u: Update) => {
            executed.count++;
            return u;
          },
        },
      },
    }),
  });
}

/** An operation's context as the socket gives it; these events read nothing, so its reads never open. */
function operation() {
  const services = { runner: {} } as unknown as Services;
  return { services, ...perOperation(services) };
}

async function all(results: AsyncGenerator<ExecutionResult> | ExecutionResult): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const r of results as AsyncGenerator<ExecutionResult>) out.push(JSON.parse(JSON.stringify(r)));
  return out;
}

const events: Update[] = [
  { sectionId: "s1", seq: 1, update: "AQ==", origin: null },
  { sectionId: "s1", seq: 2, update: "Ag==", origin: "tab" },
];

describe("results built straight from plain events (graphql/direct-results.ts)", () => {
  it("give what execution gives for plain selections (aliases, __typename, nulls), without executing", async () => {
    const executed = { count: 0 };
    const schema = schemaWith(events, executed);
    const document = parse("subscription { u: sectionUpdates { __typename sectionId n: seq update origin } }");
    const expected = await all(await subscribe({ schema, document }));
    const runs = executed.count;
    const direct = subscribeDirectly({ schema, document, contextValue: operation() });
    expect(direct).not.toBeNull();
    expect(await all(await direct!)).toEqual(expected);
    expect(executed.count).toBe(runs); // nothing executed the second time
  });

  it("leave anything else to execution: a resolved field, a fragment, a null in a non-null field", async () => {
    const executed = { count: 0 };
    const schema = schemaWith([...events, { sectionId: "s1", seq: null, update: "Aw==", origin: null }], executed);
    for (const query of [
      "subscription { sectionUpdates { shout } }",
      "subscription { sectionUpdates { ...F } } fragment F on SectionUpdate { seq }",
    ])
      expect(subscribeDirectly({ schema, document: parse(query) })).toBeNull();
    const document = parse("subscription { sectionUpdates { seq } }");
    const results = (await all(await subscribeDirectly({ schema, document, contextValue: operation() })!)) as ExecutionResult[];
    expect(results.slice(0, 2)).toEqual([{ data: { sectionUpdates: { seq: 1 } } }, { data: { sectionUpdates: { seq: 2 } } }]);
    expect(results[2].errors?.[0].message).toContain("Cannot return null for non-nullable field");
    expect(executed.count).toBe(1); // only the null
  });
});

describe("sectionUpdates frames sent at once (AsyncQueue.takeDirectly, prebuilt frames)", () => {
  it("sends an event as its frame the moment it is pushed while the subscriber waits, and keeps the order otherwise", async () => {
    const queue = new AsyncQueue<Update>();
    const schema = schemaWith(() => queue, { count: 0 });
    const sent: Array<{ frame: string; options: unknown }> = [];
    const socket = { OPEN: 1, readyState: 1, send: (data: Buffer, options: unknown) => sent.push({ frame: data.toString(), options }) };
    const contextValue = operation();
    enableNextFrames(contextValue, socket as unknown as WebSocket, "7");
    const document = parse("subscription { sectionUpdates { seq update } }");
    const results = (await subscribeDirectly({ schema, document, contextValue })!) as AsyncGenerator<ExecutionResult>;

    // Pushed before anyone waits: queued, and yielded through the stream as before.
    queue.push(events[0]);
    expect(sent).toEqual([]);
    expect((await results.next()).value).toEqual({ data: { sectionUpdates: { seq: 1, update: "AQ==" } } });

    // The subscriber waits: the next event leaves at once, as the bytes graphql-ws would write.
    const waiting = results.next();
    queue.push(events[1]);
    expect(sent).toEqual([
      { frame: '{"id":"7","type":"next","payload":{"data":{"sectionUpdates":{"seq":2,"update":"Ag=="}}}}', options: SEND_AT_ONCE },
    ]);

    // One it cannot build (a null in a non-null field) goes the long way, executed, and the wait ends with it.
    queue.push({ sectionId: "s1", seq: null, update: "Aw==", origin: null });
    expect((await waiting).value.errors?.[0].message).toContain("Cannot return null for non-nullable field");
    expect(sent).toHaveLength(1);
    await results.return(undefined);
    queue.push(events[0]);
    expect(sent).toHaveLength(1); // nothing after the subscriber left
  });
});
