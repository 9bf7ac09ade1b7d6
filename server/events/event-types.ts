/**
 * Typed agreement events and bus topics. Each capability declares its own in `<capability>.events.ts`
 * with these helpers, so no call site writes an event type or a topic as a string.
 */

/** An event ready to append: its declared type, the Swedish summary (the record) and its data. */
export interface NewAgreementEvent<D extends object = Record<string, unknown>> {
  type: string;
  summary: string;
  data: D;
  /** Another agreement than the command's, e.g. the original a tilläggsuppdrag amends. */
  agreementId?: string;
}

/** A declared event type: call it with the summary and the typed data to get an event to append. */
export interface EventType<D extends object> {
  (summary: string, data: D): NewAgreementEvent<D>;
  readonly type: string;
}

export function eventType<D extends object>(type: string): EventType<D> {
  const make = (summary: string, data: D): NewAgreementEvent<D> => ({ type, summary, data });
  return Object.assign(make, { type });
}

/** Declares a capability's event types under its prefix: `defineEvents("balance", { lineAdded: data<…>() })`. */
export function defineEvents<S extends Record<string, EventData<object>>>(
  prefix: string,
  shapes: S,
): { [K in keyof S]: EventType<DataOf<S[K]>> } {
  return Object.fromEntries(Object.keys(shapes).map((key) => [key, eventType(`${prefix}.${key}`)])) as {
    [K in keyof S]: EventType<DataOf<S[K]>>;
  };
}

/** A type-only marker for `defineEvents`: `data<{ version: number }>()`. */
export interface EventData<D extends object> {
  readonly __data?: D;
}
export const data = <D extends object>(): EventData<D> => ({});
type DataOf<T> = T extends EventData<infer D> ? D : never;

/**
 * A bus topic: what crosses processes through LISTEN/NOTIFY. Signals carry ids and sequence numbers
 * (NOTIFY holds < 8000 bytes and is never replayed); listeners read what they lack. A few also carry
 * what changed when it fits (`event-bus.ts`), and listeners then need not read it.
 */
export interface Topic<Extra extends object = object> {
  readonly name: string;
  /** The signal for `id` (an agreement, a municipality, a user, per topic). */
  signal(municipalityId: string, id: string, extra?: Extra): TopicSignal;
}

export interface TopicSignal {
  topic: string;
  municipalityId: string;
  id: string;
  [extra: string]: unknown;
}

export function topic<Extra extends object = object>(name: string): Topic<Extra> {
  return { name, signal: (municipalityId, id, extra) => ({ ...extra, topic: name, municipalityId, id }) };
}
