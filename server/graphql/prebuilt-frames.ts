import type { ExecutionResult } from "graphql";
import type { WebSocket } from "ws";

/**
 * graphql-ws `next` frames built from a payload serialised once. A result that many subscribers share
 * (one execution of one event for one selection, `shared-results.ts`) is turned into JSON once; each
 * subscriber's frame is that JSON with its own subscription id spliced in front, the exact bytes
 * graphql-ws would have written (`{"id":…,"type":"next","payload":…}`), without its per-frame
 * serialisation, validation and hooks.
 *
 * Only results without errors are sent this way: graphql-ws' `onNext` (graphql-ws.ts) masks errors and
 * logs queries and mutations, none of which applies to an error-free subscription event.
 */
export interface NextFrames {
  /** Sends a `next` frame with this payload (already JSON) on the subscription's socket, if it is open. */
  send(payloadJson: string): void;
}

const framesByContext = new WeakMap<object, NextFrames>();

/** Lets the subscription run with `contextValue` send prebuilt frames as subscription `id` on `socket`. */
export function enableNextFrames(contextValue: object, socket: WebSocket, id: string): void {
  const head = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
  framesByContext.set(contextValue, {
    send(payloadJson) {
      if (socket.readyState === socket.OPEN) socket.send(head + payloadJson + "}");
    },
  });
}

/** The prebuilt frames of the subscription run with `contextValue`, if its transport allows them. */
export function nextFramesOf(contextValue: unknown): NextFrames | undefined {
  return typeof contextValue === "object" && contextValue !== null ? framesByContext.get(contextValue) : undefined;
}

const serialised = new WeakMap<ExecutionResult, string>();

/** The result as JSON, serialised once however many subscribers are sent it (gone with the result). */
export function serialisedOnce(result: ExecutionResult): string {
  let json = serialised.get(result);
  if (json === undefined) serialised.set(result, (json = JSON.stringify(result)));
  return json;
}
