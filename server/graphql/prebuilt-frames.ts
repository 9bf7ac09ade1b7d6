import type { ExecutionResult } from "graphql";
import type { WebSocket } from "ws";

/**
 * graphql-ws `next` frames built from a payload serialised once. A result that many subscribers share
 * (one execution of one event for one selection, `shared-results.ts`) is turned into JSON once; each
 * subscriber's frame is that JSON with its own subscription id spliced in front, the exact bytes
 * graphql-ws would have written (`{"id":…,"type":"next","payload":…}`), without its per-frame
 * serialisation, validation and hooks.
 *
 * The frame is handed to ws as bytes (a text frame still): the payload's bytes are encoded once, and
 * each frame is one copy of them behind the subscription's own head, where a string would be measured
 * and encoded again for every subscriber.
 *
 * Only results without errors are sent this way: graphql-ws' `onNext` (graphql-ws.ts) masks errors and
 * logs queries and mutations, none of which applies to an error-free subscription event.
 *
 * A frame is written at once (`SEND_AT_ONCE`), as a bare `ws` server writes it, not held in the
 * socket's batch (`http/ws-coalesce.ts`, which gathers the frames graphql-ws sends one socket while
 * the running continuations finish): an event's frames go to many sockets, one each, so a batch would
 * only hold the first socket's frame back until the last one's is built, and a relayed co-editing
 * update would wait for its pusher's work. Should the socket's batch be open (graphql-ws sent it a
 * frame just now), the frame joins it behind that one, in order.
 */
export interface NextFrames {
  /** Sends a `next` frame with this payload (`serialisedOnce`) on the subscription's socket, if it is open. */
  send(payload: SerialisedPayload): void;
}

/** ws `send` options of a frame that is written at once (`http/ws-coalesce.ts` does not hold it back). */
export const SEND_AT_ONCE = { binary: false, atOnce: true } as const;

const framesByContext = new WeakMap<object, NextFrames>();

/** Lets the subscription run with `contextValue` send prebuilt frames as subscription `id` on `socket`. */
export function enableNextFrames(contextValue: object, socket: WebSocket, id: string): void {
  const head = Buffer.from(`{"id":${JSON.stringify(id)},"type":"next","payload":`);
  framesByContext.set(contextValue, {
    send(payload) {
      if (socket.readyState !== socket.OPEN) return;
      socket.send(Buffer.concat([head, payload.bytes], head.length + payload.bytes.length), SEND_AT_ONCE);
    },
  });
}

/** The prebuilt frames of the subscription run with `contextValue`, if its transport allows them. */
export function nextFramesOf(contextValue: unknown): NextFrames | undefined {
  return typeof contextValue === "object" && contextValue !== null ? framesByContext.get(contextValue) : undefined;
}

/** A `next` frame's payload as JSON in UTF-8, with the frame's closing brace. */
export interface SerialisedPayload {
  readonly bytes: Buffer;
}

const serialised = new WeakMap<ExecutionResult, SerialisedPayload>();

/** The result as a frame's payload, serialised once however many subscribers are sent it (gone with the result). */
export function serialisedOnce(result: ExecutionResult): SerialisedPayload {
  let payload = serialised.get(result);
  if (payload === undefined) serialised.set(result, (payload = { bytes: Buffer.from(`${JSON.stringify(result)}}`) }));
  return payload;
}
