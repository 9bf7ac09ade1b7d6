import { createClient, type Client, type FormattedExecutionResult } from "graphql-ws";
import WebSocket from "ws";
import { problemsOfResult, type ResultBody } from "./fuzz-response.js";

/** What one operation over graphql-ws came to: a result (an `error` message counts as one), or the socket closing under it. */
export type WsReply = { result: ResultBody } | { closed: string };

/**
 * One graphql-ws socket per caller, opened on first use and kept, as a browser tab keeps its own: the
 * fuzz sends a share of its operations this way, through the server's other door (`http/graphql-ws.ts`:
 * its own authentication, limits and error masking). A socket that closes is replaced at the next call.
 */
export class SocketPerCaller {
  private readonly sockets = new Map<string, Client>();

  constructor(private readonly wsUrl: string) {}

  send(token: string | undefined, query: string, variables: unknown): Promise<WsReply> {
    const key = token ?? "anonymous";
    let socket = this.sockets.get(key);
    if (!socket) {
      socket = createClient({
        url: this.wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        lazy: false,
        retryAttempts: 0,
        on: { closed: () => this.sockets.get(key) === socket && this.sockets.delete(key) },
      });
      this.sockets.set(key, socket);
    }
    return new Promise((resolve) => {
      let result: FormattedExecutionResult<Record<string, unknown>, unknown> | undefined;
      socket.subscribe(
        { query, variables: variables as Record<string, unknown> },
        {
          next: (r) => (result = r),
          // graphql-ws reports a refused operation (parse, validation, limits) as a list of errors,
          // and a closed socket as its close event.
          error: (error) => resolve(Array.isArray(error) ? { result: { errors: error } } : { closed: describeClose(error) }),
          complete: () => resolve({ result: result ?? {} }),
        },
      );
    });
  }

  async dispose(): Promise<void> {
    await Promise.all([...this.sockets.values()].map((socket) => socket.dispose()));
    this.sockets.clear();
  }
}

/** The problems of one reply over graphql-ws: none may close the socket; the result as over HTTP. */
export function problemsOfWs(reply: WsReply, variables: unknown, tables: readonly string[]): string[] {
  if ("closed" in reply) return [`the socket closed: ${reply.closed}`];
  return problemsOfResult(reply.result, variables, tables);
}

function describeClose(event: unknown): string {
  const { code, reason, message } = (event ?? {}) as { code?: number; reason?: string; message?: string };
  return code !== undefined ? `${code} ${reason ?? ""}`.trim() : String(message ?? event);
}
