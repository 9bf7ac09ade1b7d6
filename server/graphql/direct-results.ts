import {
  Kind,
  createSourceEventStream,
  execute,
  getNullableType,
  getOperationAST,
  isLeafType,
  isNonNullType,
  isObjectType,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLLeafType,
} from "graphql";
import { executing, perOperation, type Context } from "./context.js";
import { nextFramesOf, serialisedOnce } from "./prebuilt-frames.js";

/**
 * On a subscription field: each event its stream yields is already the field's value (its resolver
 * returns the event as it is), the same object for every subscriber.
 */
export const EVENT_IS_VALUE = { eventIsValue: true } as const;
/** On an object type's field: read straight off the value, a plain property (no resolver, no caller). */
export const PLAIN_PROPERTY = { plainProperty: true } as const;

/**
 * Results built straight from the event, without graphql's execution, for a subscription whose root
 * field is `EVENT_IS_VALUE` and whose selection holds only its `PLAIN_PROPERTY` leaf fields (aliases
 * and `__typename` allowed; no fragments, directives or arguments). A co-editing update relayed to
 * every editor of a section, many a second, is such a case: a stream of small plain objects. The
 * result is what execution would give, and it is built once per event and selection, whoever receives
 * it. Anything else (or a value execution would refuse, e.g. null in a non-null field) is executed.
 * Returns null when the operation does not qualify.
 */
export function subscribeDirectly(args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> | null {
  const plan = planOf(args);
  if (!plan) return null;
  const context = args.contextValue as Context;
  return (async () => {
    // The subscription's start reads in transactions the start ends, as `shared-results.ts` does.
    const stream = await executing(context, () => createSourceEventStream(args));
    if (!(Symbol.asyncIterator in stream)) return stream as ExecutionResult;
    // Where the transport allows it, an event is sent the moment it is pushed (while the subscriber
    // waits with nothing queued): its frame built from the shared result, written at once, without a
    // round of promises through the streams and graphql-ws, and ahead of whatever the pusher does next.
    const frames = nextFramesOf(context);
    if (frames && takesDirectly(stream))
      stream.takeDirectly((event) => {
        let result: ExecutionResult | null;
        try {
          result = plan.resultOf(event);
        } catch {
          return false; // its error is this subscriber's, raised on the long way, never the pusher's
        }
        if (result === null) return false;
        frames.send(serialisedOnce(result));
        return true;
      });
    return mapAsyncIterator(stream as AsyncIterableIterator<unknown>, (event) => plan.resultOf(event) ?? executeEvent(args, event));
  })();
}

/** An event the plan cannot build is executed as an operation of its own, its reads ended with it. */
function executeEvent(args: ExecutionArgs, event: unknown): Promise<ExecutionResult> {
  const context = args.contextValue as Context;
  const contextValue: Context = { ...context, ...perOperation(context.services) };
  return executing(contextValue, () => execute({ ...args, contextValue, rootValue: event }) as Promise<ExecutionResult> | ExecutionResult);
}

interface Plan {
  /** The result for an event; null when it must be executed after all. */
  resultOf(event: unknown): ExecutionResult | null;
}

type Leaf = { alias: string; name: string; type: GraphQLLeafType; nonNull: boolean } | { alias: string; typename: string };

/** Per document and operation name: its plan, or null where it does not qualify. */
const plans = new WeakMap<DocumentNode, Map<string, Plan | null>>();

function planOf(args: ExecutionArgs): Plan | null {
  let byName = plans.get(args.document);
  if (!byName) plans.set(args.document, (byName = new Map()));
  const name = args.operationName ?? "";
  if (!byName.has(name)) byName.set(name, makePlan(args));
  return byName.get(name)!;
}

function makePlan({ schema, document, operationName }: ExecutionArgs): Plan | null {
  const operation = getOperationAST(document, operationName);
  const rootType = schema.getSubscriptionType();
  if (!operation || !rootType || operation.selectionSet.selections.length !== 1) return null;
  const root = operation.selectionSet.selections[0];
  if (root.kind !== Kind.FIELD || root.directives?.length || !root.selectionSet) return null;
  const rootField = rootType.getFields()[root.name.value];
  const valueType = rootField && getNullableType(rootField.type);
  if (!rootField?.extensions?.eventIsValue || !isObjectType(valueType)) return null;
  const leaves: Leaf[] = [];
  for (const selection of root.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || selection.directives?.length || selection.arguments?.length || selection.selectionSet) return null;
    const alias = selection.alias?.value ?? selection.name.value;
    if (selection.name.value === "__typename") {
      leaves.push({ alias, typename: valueType.name });
      continue;
    }
    const field = valueType.getFields()[selection.name.value];
    const type = field && getNullableType(field.type);
    if (!field?.extensions?.plainProperty || !isLeafType(type)) return null;
    leaves.push({ alias, name: field.name, type, nonNull: isNonNullType(field.type) });
  }
  const rootAlias = root.alias?.value ?? root.name.value;
  // Every subscriber of an event asks in turn: built once.
  let lastEvent: unknown = undefined;
  let lastResult: ExecutionResult | null = null;
  return {
    resultOf(event) {
      if (event !== lastEvent) {
        lastResult = build(event);
        lastEvent = event;
      }
      return lastResult;
    },
  };

  function build(event: unknown): ExecutionResult | null {
    if (typeof event !== "object" || event === null) return null;
    const value: Record<string, unknown> = {};
    for (const leaf of leaves) {
      if ("typename" in leaf) {
        value[leaf.alias] = leaf.typename;
        continue;
      }
      const raw = (event as Record<string, unknown>)[leaf.name];
      if (raw === null || raw === undefined) {
        if (leaf.nonNull) return null; // execution's error, not ours
        value[leaf.alias] = null;
      } else value[leaf.alias] = leaf.type.serialize(raw);
    }
    return { data: { [rootAlias]: value } };
  }
}

/** A stream that can hand its events to a synchronous consumer as they come (`AsyncQueue.takeDirectly`). */
export interface DirectSource<T> {
  takeDirectly(take: (event: T) => boolean): void;
}

const takesDirectly = <T>(stream: object): stream is DirectSource<T> =>
  typeof (stream as Partial<DirectSource<T>>).takeDirectly === "function";

/**
 * `source` mapped through `map`; leaving (return) ends the source, as graphql's own mapping does. A
 * source that hands events directly (`DirectSource`) hands them on mapped, when `map` answers at once
 * (an event declined is mapped again on its way through the stream).
 */
export function mapAsyncIterator<T, R>(
  source: AsyncIterableIterator<T>,
  map: (item: T) => Promise<R> | R,
): AsyncGenerator<R> & Partial<DirectSource<R>> {
  const close = async () => {
    await source.return?.();
  };
  const mapped = {
    async next(): Promise<IteratorResult<R>> {
      const step = await source.next();
      if (step.done) return { value: undefined, done: true };
      try {
        return { value: await map(step.value), done: false };
      } catch (error) {
        await close();
        throw error;
      }
    },
    async return(): Promise<IteratorResult<R>> {
      await close();
      return { value: undefined, done: true };
    },
    async throw(error: unknown): Promise<IteratorResult<R>> {
      await close();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return mapped;
    },
    ...(takesDirectly<T>(source) && {
      takeDirectly(take: (event: R) => boolean) {
        source.takeDirectly((item) => {
          let value: Promise<R> | R;
          try {
            value = map(item);
          } catch {
            return false; // raised again on the stream's way, to its consumer
          }
          return !(value instanceof Promise) && take(value);
        });
      },
    }),
  };
  return mapped as AsyncGenerator<R> & Partial<DirectSource<R>>;
}
