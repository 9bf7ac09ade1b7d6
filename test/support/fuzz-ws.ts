import { createClient, type Client, type FormattedExecutionResult } from "graphql-ws";
import WebSocket from "ws";
import { ROLES_CHANGED, SESSION_ENDED } from "../../server/http/ws-sessions.js";
import { post, problemsOfResult, type ResultBody } from "./fuzz-response.js";

/**
 * What one operation over graphql-ws came to: a result (an `error` message counts as one); the
 * caller's session ending under it (4401, and the session is indeed over: the fuzz's own
 * administrator deactivated the caller, say); or the socket closing under it for any other reason.
 */
export type WsReply = { result: ResultBody } | { sessionEnded: string } | { closed: string };

interface Close {
  code?: number;
  reason?: string;
  message?: string;
}

/**
 * One graphql-ws socket per caller, opened on first use and kept, as a browser tab keeps its own: the
 * fuzz sends a share of its operations this way, through the server's other door (`http/graphql-ws.ts`:
 * its own authentication, limits and error masking). A socket that closes is replaced at the next call.
 *
 * The fuzz's administrator changes the fuzzing callers themselves, and the server then closes their
 * sockets as it should: a role change with `ROLES_CHANGED`, which a client answers by reconnecting
 * and asking again (so does this, once); an ended session with `SESSION_ENDED`, which is no failure
 * when the session is indeed over. Any other close under a call is one.
 */
export class SocketPerCaller {
  private readonly sockets = new Map<string, Client>();

  constructor(private readonly server: { wsUrl: string; graphqlUrl: string }) {}

  async send(token: string | undefined, query: string, variables: unknown): Promise<WsReply> {
    let reply = await this.once(token, query, variables);
    if ("close" in reply && reply.close.code === ROLES_CHANGED) reply = await this.once(token, query, variables);
    if (!("close" in reply)) return reply;
    const closed = describeClose(reply.close);
    if (reply.close.code === SESSION_ENDED && token && !(await this.sessionIsLive(token))) return { sessionEnded: closed };
    return { closed };
  }

  /** Closes every socket; the next call opens its caller's anew. */
  async dispose(): Promise<void> {
    const sockets = [...this.sockets.values()];
    this.sockets.clear();
    await Promise.all(sockets.map((socket) => socket.dispose()));
  }

  private once(token: string | undefined, query: string, variables: unknown): Promise<{ result: ResultBody } | { close: Close }> {
    const socket = this.socketOf(token);
    return new Promise((resolve) => {
      let result: FormattedExecutionResult<Record<string, unknown>, unknown> | undefined;
      socket.subscribe(
        { query, variables: variables as Record<string, unknown> },
        {
          next: (r) => (result = r),
          // graphql-ws reports a refused operation (parse, validation, limits) as a list of errors,
          // and a closed socket as its close event.
          error: (error) => {
            if (Array.isArray(error)) return resolve({ result: { errors: error } });
            this.forget(token, socket);
            resolve({ close: error as Close });
          },
          complete: () => resolve({ result: result ?? {} }),
        },
      );
    });
  }

  private socketOf(token: string | undefined): Client {
    const key = token ?? "anonymous";
    const open = this.sockets.get(key);
    if (open) return open;
    const socket: Client = createClient({
      url: this.server.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      lazy: false,
      retryAttempts: 0,
      // A close reaches the call it interrupts through that call's own sink; between calls it only
      // means that the next call opens a new socket (graphql-ws would print the close event).
      onNonLazyError: () => {},
      on: { closed: () => this.forget(token, socket) },
    });
    this.sockets.set(key, socket);
    return socket;
  }

  private forget(token: string | undefined, socket: Client): void {
    const key = token ?? "anonymous";
    if (this.sockets.get(key) === socket) this.sockets.delete(key);
  }

  /** Whether the token's session still lets its caller in, asked over HTTP. */
  private async sessionIsLive(token: string): Promise<boolean> {
    const reply = await post(this.server.graphqlUrl, "{ me { id } }", {}, token);
    return !/"code":"UNAUTHENTICATED"/.test(reply.text);
  }
}

/** The problems of one reply over graphql-ws: none may close the socket; the result as over HTTP. */
export function problemsOfWs(reply: WsReply, variables: unknown, tables: readonly string[]): string[] {
  if ("closed" in reply) return [`the socket closed: ${reply.closed}`];
  if ("sessionEnded" in reply) return [];
  return problemsOfResult(reply.result, variables, tables);
}

function describeClose({ code, reason, message }: Close): string {
  return code !== undefined ? `${code} ${reason ?? ""}`.trim() : String(message ?? "an error without a message");
}
