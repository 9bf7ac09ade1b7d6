/**
 * The co-editing floor, run as a process of its own like the server: a bare `ws` server that relays
 * every message a client sends to the other clients of the same path (a "room"), unchanged. Prints
 * `listening <port>` once it accepts connections.
 */
import { WebSocketServer, type WebSocket } from "ws";

const rooms = new Map<string, Set<WebSocket>>();
const wss = new WebSocketServer({ port: 0, host: "127.0.0.1" });
wss.on("connection", (socket, request) => {
  const name = request.url ?? "/";
  const room = rooms.get(name) ?? new Set<WebSocket>();
  rooms.set(name, room);
  room.add(socket);
  socket.on("message", (data, isBinary) => {
    for (const other of room) if (other !== socket) other.send(data, { binary: isBinary });
  });
  socket.on("close", () => room.delete(socket));
});
wss.on("listening", () => {
  const address = wss.address();
  console.log(`listening ${typeof address === "object" && address ? address.port : address}`);
});
