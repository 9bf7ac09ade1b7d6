import type { Socket } from "node:net";
import type { WebSocket } from "ws";
import { SEND_AT_ONCE } from "../graphql/prebuilt-frames.js";

/**
 * The frames a socket is sent in one run of promise continuations leave in one write (one `writev`
 * system call) instead of one each: an answer over graphql-ws is two frames (`next`, `complete`), one for every
 * co-editing push, and the kernel calls were a fifth of the server's CPU under the co-editing load.
 *
 * graphql-ws waits for a frame's write callback before it sends the next one, which would keep them
 * apart; so the callback is called once the frame is queued. A write that fails then surfaces as the
 * socket's error and close, which end its operations as any broken connection does.
 */
export function coalesceWrites(socket: WebSocket): void {
  const tcp = (socket as unknown as { _socket?: Socket })._socket;
  if (!tcp) return;
  const send = socket.send.bind(socket) as {
    (data: unknown, callback: (error?: Error) => void): void;
    (data: unknown, options: object, callback: (error?: Error) => void): void;
  };
  let corked = false;
  socket.send = ((data: unknown, options?: unknown, callback?: (error?: Error) => void) => {
    const done = typeof options === "function" ? (options as (error?: Error) => void) : callback;
    // A prebuilt frame (a shared event, a relayed co-editing update) leaves now, unless a held write is
    // pending (then with it, in order).
    if (!corked && options !== SEND_AT_ONCE && socket.readyState === socket.OPEN) {
      corked = true;
      tcp.cork();
      // Uncorked once the promise continuations running now are done (a tick queued from one runs after
      // them all): an answer's `next` and `complete` still leave together, and a relayed update does not
      // wait for the rest of the event loop's turn (other sockets' input, timers) before it leaves.
      process.nextTick(() => {
        corked = false;
        tcp.uncork();
      });
    }
    // Options (a prebuilt frame's bytes sent as text, `graphql/prebuilt-frames.ts`) go through as given.
    if (options && typeof options === "object") send(data, options, () => {});
    else send(data, () => {});
    if (done) queueMicrotask(() => done());
  }) as WebSocket["send"];
}
