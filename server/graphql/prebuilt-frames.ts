import type { ExecutionResult } from "graphql";
import { WebSocket } from "ws";

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
 * A frame is written at once, as a bare `ws` server writes it, not held for the socket's end-of-turn
 * batch (`http/ws-coalesce.ts`, which gathers the several frames graphql-ws sends one socket in a
 * turn): an event's frames go to many sockets, one each, so the batch would only hold the first
 * socket's frame back until the last one's is built. Should the socket's batch be open (graphql-ws
 * sent it a frame in this turn), the frame joins it behind that one, in order.
 */
export interface NextFrames {
  /** Sends a `next` frame with this payload (`serialisedOnce`) on the subscription's socket, if it is open. */
  send(payload: SerialisedPayload): void;
}

const framesByContext = new WeakMap<object, NextFrames>();
/** ws' own send, not the per-socket one that batches a turn's frames (`coalesceWrites`). */
const sendUnbatched = WebSocket.prototype.send;

/** Lets the subscription run with `contextValue` send prebuilt frames as subscription `id` on `socket`. */
export function enableNextFrames(contextValue: object, socket: WebSocket, id: string): void {
  const head = Buffer.from(`{"id":${JSON.stringify(id)},"type":"next","payload":`);
  framesByContext.set(contextValue, {
    send(payload) {
      if (socket.readyState !== socket.OPEN) return;
      sendUnbatched.call(socket, Buffer.concat([head, payload.bytes], head.length + payload.bytes.length), { binary: false });
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
