// The fan-out floor: a bare `ws` server, in its own process, that sends every message a publisher
// (path /pub) sends to every subscriber (path /sub), the same bytes, as text frames. It prints its
// port, then serves until killed.
import { WebSocketServer } from "ws";

const subscribers = new Set();
const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
wss.on("connection", (socket, request) => {
  if (request.url === "/sub") {
    subscribers.add(socket);
    socket.on("close", () => subscribers.delete(socket));
    return;
  }
  socket.on("message", (data, isBinary) => {
    const text = isBinary ? data : data.toString();
    for (const subscriber of subscribers) subscriber.send(text);
  });
});
wss.on("listening", () => console.log(`port ${wss.address().port}`));
