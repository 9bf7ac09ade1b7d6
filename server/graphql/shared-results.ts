import {
  Kind,
  createSourceEventStream,
  execute,
  getNamedType,
  getOperationAST,
  isObjectType,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";
import { isSameForEveryReader } from "../events/same-for-every-reader.js";
import { executing, perOperation, type Context } from "./context.js";
import { nextFramesOf, serialisedOnce, type NextFrames } from "./prebuilt-frames.js";

/**
 * graphql's `subscribe`, except that an event a feed read once for every subscriber
 * (`isSameForEveryReader`) is executed once per distinct selection (document, operation and the
 * variables its selection uses) and that one result is sent to every subscriber with that selection.
 * Only selections whose every field declares itself the same for every reader qualify
 * (`@Extensions(SAME_FOR_EVERY_READER)`, e.g. on `AgreementEvent` and `User.name`). Anything else, e.g. a
 * field that shows the caller's own settings, is executed for each subscriber as before. Where the
 * transport allows it (`prebuilt-frames.ts`), a shared result without errors is also serialised once,
 * and sent to each subscriber as a prebuilt frame instead of through graphql-ws' own `next`.
 */
export const SAME_FOR_EVERY_READER = { sameForEveryReader: true } as const;

export async function subscribeSharingResults(args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> {
  const context = args.contextValue as Context;
  // The subscription's start reads in transactions the start ends; each event is an execution of its own.
  const stream = await executing(context, () => createSourceEventStream(args));
  if (!(Symbol.asyncIterator in stream)) return stream as ExecutionResult;
  const selection = shareableSelection(args);
  const run = (event: unknown) => {
    const contextValue: Context = { ...context, ...perOperation(context.services) };
    return executing(
      contextValue,
      () => execute({ ...args, contextValue, rootValue: event }) as Promise<ExecutionResult> | ExecutionResult,
    );
  };
  const shared = (event: unknown): SharedRun | null => {
    if (selection === null || !isSameForEveryReader(event)) return null;
    let bySelection = runs.get(event as object);
    if (!bySelection) runs.set(event as object, (bySelection = new Map()));
    let shared = bySelection.get(selection);
    if (!shared) bySelection.set(selection, (shared = startRun(() => run(event))));
    return shared;
  };
  return mapEvents(stream as AsyncIterableIterator<unknown>, run, shared, nextFramesOf(args.contextValue));
}

/**
 * One execution of a shared event for one selection, and the subscribers whose frames wait for it. When
 * it ends without errors, its frame goes to all of them in one loop, before any of their iterations
 * resumes: the last subscriber's frame leaves right after the first's, not after every subscriber's
 * own turn through its stream. A subscriber that arrives later sends its frame itself.
 */
interface SharedRun {
  result: Promise<ExecutionResult>;
  /** Waiting for the result; null once it is known. */
  waiting: FrameSink[] | null;
}

interface FrameSink {
  frames: NextFrames;
  /** Still subscribed (it may have left while the event was executed). */
  subscribed(): boolean;
  sent: boolean;
}

function startRun(execution: () => Promise<ExecutionResult> | ExecutionResult): SharedRun {
  const shared: SharedRun = { result: Promise.resolve(execution()), waiting: [] };
  // Registered before any subscriber awaits the result, so it runs first when the result is there.
  shared.result.then(
    (result) => {
      const waiting = shared.waiting!;
      shared.waiting = null;
      if (result.errors) return;
      const payload = serialisedOnce(result);
      for (const sink of waiting) {
        if (!sink.subscribed()) continue;
        sink.frames.send(payload);
        sink.sent = true;
      }
    },
    () => (shared.waiting = null),
  );
  return shared;
}

/** Runs per shared event (gone with the event) and selection key. */
const runs = new WeakMap<object, Map<string, SharedRun>>();

/** Per document: its shareable operations' variable names (in the selection), or null where it cannot be shared. */
const analysed = new WeakMap<DocumentNode, Map<string, string[] | null>>();
const documentIds = new WeakMap<DocumentNode, number>();
let nextDocumentId = 0;

/** The key under which subscribers with this selection share a result, or null when they cannot. */
function shareableSelection(args: ExecutionArgs): string | null {
  const { document, operationName, variableValues } = args;
  let byOperation = analysed.get(document);
  if (!byOperation) analysed.set(document, (byOperation = new Map()));
  const name = operationName ?? "";
  if (!byOperation.has(name)) byOperation.set(name, variablesOfSharedSelection(args.schema, document, operationName));
  const variables = byOperation.get(name)!;
  if (variables === null) return null;
  let id = documentIds.get(document);
  if (id === undefined) documentIds.set(document, (id = nextDocumentId++));
  return JSON.stringify([id, name, variables.map((v) => variableValues?.[v] ?? null)]);
}

/**
 * The variables the root field's selection uses (its own arguments choose the stream, not the
 * result), or null when a field in it may resolve differently for different callers.
 */
function variablesOfSharedSelection(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
): string[] | null {
  const operation = getOperationAST(document, operationName);
  const rootType = schema.getSubscriptionType();
  if (!operation || !rootType || operation.selectionSet.selections.length !== 1) return null;
  const root = operation.selectionSet.selections[0];
  if (root.kind !== Kind.FIELD || root.directives?.length || !root.selectionSet) return null;
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const variables = new Set<string>();
  const visitValue = (value: ValueNode): void => {
    if (value.kind === Kind.VARIABLE) variables.add(value.name.value);
    else if (value.kind === Kind.LIST) value.values.forEach(visitValue);
    else if (value.kind === Kind.OBJECT) value.fields.forEach((f) => visitValue(f.value));
  };
  const visit = (set: SelectionSetNode, typeName: string, seen: Set<string>): boolean => {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) return false;
    for (const selection of set.selections) {
      for (const directive of selection.directives ?? []) for (const arg of directive.arguments ?? []) visitValue(arg.value);
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === "__typename") continue;
        const field = type.getFields()[selection.name.value];
        if (!field?.extensions?.sameForEveryReader) return false;
        for (const arg of selection.arguments ?? []) visitValue(arg.value);
        if (selection.selectionSet && !visit(selection.selectionSet, getNamedType(field.type).name, seen)) return false;
      } else {
        const condition =
          selection.kind === Kind.INLINE_FRAGMENT ? selection.typeCondition : fragments.get(selection.name.value)?.typeCondition;
        if (condition && condition.name.value !== typeName) return false;
        if (selection.kind === Kind.INLINE_FRAGMENT) {
          if (!visit(selection.selectionSet, typeName, seen)) return false;
        } else {
          const fragment = fragments.get(selection.name.value);
          if (!fragment || seen.has(fragment.name.value)) return false;
          if (!visit(fragment.selectionSet, typeName, new Set([...seen, fragment.name.value]))) return false;
        }
      }
    }
    return true;
  };
  const rootField = rootType.getFields()[root.name.value];
  if (!rootField || !visit(root.selectionSet, getNamedType(rootField.type).name, new Set())) return null;
  return [...variables].sort();
}

/**
 * The source stream mapped to results: a shared event's through its shared run, any other's executed
 * for this subscriber (`run`). Leaving it (return) ends the source, as graphql's own mapping does. A
 * shared result without errors is sent as a prebuilt frame (`frames`) and not yielded (the stream goes
 * on to the next event), so the subscription's results still leave in the order of its events: its
 * next event is taken only once this one's frame is sent.
 */
function mapEvents(
  source: AsyncIterableIterator<unknown>,
  run: (event: unknown) => Promise<ExecutionResult> | ExecutionResult,
  shared: (event: unknown) => SharedRun | null,
  frames: NextFrames | undefined,
): AsyncGenerator<ExecutionResult> {
  const iterator = source[Symbol.asyncIterator]();
  let closed = false;
  const close = async () => {
    closed = true;
    await iterator.return?.();
  };
  const sink: FrameSink | undefined = frames && { frames, subscribed: () => !closed, sent: false };
  const mapped: AsyncGenerator<ExecutionResult> = {
    async next() {
      for (;;) {
        const step = await iterator.next();
        if (step.done || closed) return { value: undefined, done: true };
        let sharedRun: SharedRun | null = null;
        let result: ExecutionResult;
        try {
          sharedRun = shared(step.value);
          if (sharedRun && sink) {
            sink.sent = false;
            sharedRun.waiting?.push(sink);
          }
          result = await (sharedRun ? sharedRun.result : run(step.value));
        } catch (error) {
          await close();
          throw error;
        }
        // The subscriber may have left while its event was executed: nothing more is sent to it.
        if (closed) return { value: undefined, done: true };
        if (!sharedRun || !sink || result.errors) return { value: result, done: false };
        if (!sink.sent) sink.frames.send(serialisedOnce(result));
      }
    },
    async return() {
      await close();
      return { value: undefined, done: true };
    },
    async throw(error: unknown) {
      await close();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return mapped;
    },
  } as AsyncGenerator<ExecutionResult>;
  return mapped;
}
