/**
 * Holds many idle, authenticated graphql-ws connections for the connections target, as a process of
 * its own so that the bench's clients are not what limits the server. Raw `ws` sockets speak the
 * graphql-ws handshake by hand (`connection_init` with the bearer token, wait for `connection_ack`),
 * which costs far less per socket than a graphql-ws client. Reads one JSON line on stdin
 * `{ url, tokens }` (one token per socket), prints `ready <acked> <failed>`, and closes everything on
 * SIGTERM. Each process holds a few thousand sockets; `ulimit -n` must allow them (checked by the caller).
 */
import { createInterface } from "node:readline";
import WebSocket from "ws";

const IN_FLIGHT = 100;
const sockets: WebSocket[] = [];

function connect(url: string, token: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, "graphql-transport-ws", { perMessageDeflate: false });
    let settled = false;
    const settle = (ok: boolean) => {
      if (settled) return;
      settled = true;
      resolve(ok);
    };
    socket.on("open", () => socket.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${token}` } })));
    socket.on("message", (data) => {
      const message = JSON.parse(data.toString()) as { type: string };
      if (message.type === "connection_ack") settle(true);
      else if (message.type === "ping") socket.send(JSON.stringify({ type: "pong" }));
    });
    socket.on("error", () => settle(false));
    socket.on("close", () => settle(false));
    sockets.push(socket);
  });
}

const [line] = await createInterface({ input: process.stdin })
  [Symbol.asyncIterator]()
  .next()
  .then((r) => [r.value as string]);
const { url, tokens } = JSON.parse(line) as { url: string; tokens: string[] };
let acked = 0;
let failed = 0;
let next = 0;
await Promise.all(
  Array.from({ length: IN_FLIGHT }, async () => {
    while (next < tokens.length) {
      if (await connect(url, tokens[next++])) acked++;
      else failed++;
    }
  }),
);
console.log(`ready ${acked} ${failed}`);
process.on("SIGTERM", () => {
  for (const socket of sockets) socket.terminate();
  process.exit(0);
});
