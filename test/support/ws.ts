import { createClient, type Client } from "graphql-ws";
import { onTestFinished } from "vitest";
import WebSocket from "ws";

/** A real graphql-ws client; disposed when the test ends. */
export function wsClient(server: { wsUrl: string }, token?: string): Client {
  const client = createClient({
    url: server.wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
  });
  onTestFinished(() => client.dispose());
  return client;
}

export interface Collected<T> {
  values: T[];
  errors: unknown[];
  /** Resolves once `predicate(values)` holds, or rejects after `timeoutMs`. */
  waitFor(predicate: (values: T[]) => boolean, timeoutMs?: number): Promise<T[]>;
  stop(): void;
}

/** Subscribes and collects each `data[field]`, with waits on conditions rather than on time. */
export function collect<T = any>(client: Client, query: string, variables: Record<string, unknown>, field: string): Collected<T> {
  const values: T[] = [];
  const errors: unknown[] = [];
  let changed = () => {};
  const stop = client.subscribe<Record<string, T>>(
    { query, variables },
    {
      next: (result) => {
        if (result.errors) errors.push(...result.errors);
        if (result.data) values.push(result.data[field]);
        changed();
      },
      error: (error) => {
        errors.push(error);
        changed();
      },
      complete: () => changed(),
    },
  );
  return {
    values,
    errors,
    stop,
    waitFor(predicate, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (predicate(values)) {
            clearTimeout(timer);
            resolve(values);
          } else if (errors.length > 0) {
            clearTimeout(timer);
            reject(new Error(`subscription failed: ${errors.map(describeError).join("; ")}`));
          }
        };
        const timer = setTimeout(() => reject(new Error(`timed out; got ${JSON.stringify(values)}`)), timeoutMs);
        changed = check;
        check();
      });
    },
  };
}

/**
 * What ended a subscription, readably: graphql-ws reports a closed socket as the socket's close
 * event and a failed one as its error event, whose fields JSON.stringify does not see (`{}`).
 */
export function describeError(error: unknown): string {
  const { code, reason, message, type } = (error ?? {}) as { code?: unknown; reason?: unknown; message?: unknown; type?: unknown };
  if (typeof code === "number") return `the socket closed: ${code} ${String(reason ?? "")}`.trim();
  if (type === "error") return `the socket failed: ${String(message)}`;
  return JSON.stringify(error);
}
