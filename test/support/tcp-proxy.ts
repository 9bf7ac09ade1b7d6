import { createServer, connect, type Socket } from "node:net";
import { onTestFinished } from "vitest";

/**
 * A TCP proxy on loopback in front of a server, to drop and delay its connections: what a flaky
 * municipal network does to a WebSocket. Closed when the test ends.
 */
export async function tcpProxy(target: { host: string; port: number }) {
  const pairs = new Set<[Socket, Socket]>();
  let delayMs = 0;
  const delayed = (to: Socket) => (chunk: Buffer) =>
    delayMs ? setTimeout(() => !to.destroyed && to.write(chunk), delayMs) : to.write(chunk);
  const server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    client.on("data", delayed(upstream));
    upstream.on("data", delayed(client));
    const close = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on("close", close).on("error", close);
    upstream.on("close", close).on("error", close);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  const proxy = {
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    /** Cuts every open connection, as a dropped network does. */
    dropAll() {
      for (const [client, upstream] of pairs) {
        client.destroy();
        upstream.destroy();
      }
      pairs.clear();
    },
    delay(ms: number) {
      delayMs = ms;
    },
    close: () => new Promise<void>((resolve) => (proxy.dropAll(), server.close(() => resolve()))),
  };
  onTestFinished(() => proxy.close());
  return proxy;
}
