import http from "node:http";
import { percentile } from "../support.js";

/**
 * A small HTTP load generator on node:http with keep-alive (lighter than fetch, so the client takes less
 * of the two cores the server shares). Closed loop: `concurrency` callers, each sending its next request
 * when the last is answered — the maximum throughput. Open loop: requests start at a fixed rate whatever
 * the answers, and each latency counts from when its request was due, so a queue shows (no coordinated omission).
 */
export interface LoadResult {
  requests: number;
  errors: number;
  firstError?: string;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
}

/** One request: its body and bearer token; `check` sees the parsed answer and throws on a wrong one. */
export interface Shot {
  body: string;
  token?: string;
  check?: (answer: any) => void;
}

export class HttpLoad {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  private readonly url: URL;

  constructor(graphqlUrl: string) {
    this.url = new URL(graphqlUrl);
  }

  close(): void {
    this.agent.destroy();
  }

  post(shot: Shot): Promise<any> {
    return new Promise((resolve, reject) => {
      const request = http.request(
        {
          agent: this.agent,
          host: this.url.hostname,
          port: this.url.port,
          path: this.url.pathname,
          method: "POST",
          headers: {
            "content-type": "application/json",
            "content-length": Buffer.byteLength(shot.body),
            ...(shot.token ? { authorization: `Bearer ${shot.token}` } : {}),
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (c: Buffer) => chunks.push(c));
          response.on("end", () => {
            try {
              const answer = JSON.parse(Buffer.concat(chunks).toString("utf8"));
              if (answer.errors) throw new Error(JSON.stringify(answer.errors));
              shot.check?.(answer.data);
              resolve(answer.data);
            } catch (error) {
              reject(error);
            }
          });
        },
      );
      request.on("error", reject);
      request.end(shot.body);
    });
  }

  /** `concurrency` callers for `seconds`; `next(i)` gives caller i its next request (awaited, so it may wait for a slot). */
  async closed(
    concurrency: number,
    seconds: number,
    next: (caller: number) => Promise<Shot> | Shot,
    done?: (caller: number, answer: unknown) => void,
  ): Promise<LoadResult> {
    const latencies: number[] = [];
    const tally = { errors: 0, firstError: undefined as string | undefined };
    const started = performance.now();
    const end = started + seconds * 1000;
    await Promise.all(
      Array.from({ length: concurrency }, async (_, caller) => {
        while (performance.now() < end) {
          const shot = await next(caller);
          const t0 = performance.now();
          try {
            const answer = await this.post(shot);
            latencies.push(performance.now() - t0);
            done?.(caller, answer);
          } catch (error) {
            tally.errors++;
            tally.firstError ??= String((error as Error).message).slice(0, 300);
            done?.(caller, null);
          }
        }
      }),
    );
    return summarize(latencies, tally, (performance.now() - started) / 1000);
  }

  /** Requests due at `perSecond` for `seconds`; `next()` may wait (for a free slot), which counts in the latency. */
  async open(
    perSecond: number,
    seconds: number,
    next: () => Promise<{ shot: Shot; release: (answer: unknown) => void }>,
  ): Promise<LoadResult> {
    const latencies: number[] = [];
    const tally = { errors: 0, firstError: undefined as string | undefined };
    const total = Math.round(perSecond * seconds);
    const started = performance.now();
    const inFlight: Promise<void>[] = [];
    for (let i = 0; i < total; i++) {
      const due = started + (i * 1000) / perSecond;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      inFlight.push(
        (async () => {
          const { shot, release } = await next();
          let answer: unknown = null;
          try {
            answer = await this.post(shot);
            latencies.push(performance.now() - due);
          } catch (error) {
            tally.errors++;
            tally.firstError ??= String((error as Error).message).slice(0, 300);
          } finally {
            release(answer);
          }
        })(),
      );
    }
    await Promise.all(inFlight);
    return summarize(latencies, tally, (performance.now() - started) / 1000);
  }
}

function summarize(latencies: number[], tally: { errors: number; firstError?: string }, seconds: number): LoadResult {
  return {
    requests: latencies.length,
    errors: tally.errors,
    firstError: tally.firstError,
    seconds,
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

/** A pool of things only one request may use at a time (a user's balance line and its version), handed out first come first served. */
export class SlotPool<T> {
  private readonly free: T[];
  private readonly waiting: Array<(slot: T) => void> = [];

  constructor(slots: T[]) {
    this.free = [...slots];
  }

  take(): Promise<T> {
    const slot = this.free.shift();
    if (slot !== undefined) return Promise.resolve(slot);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  give(slot: T): void {
    const waiter = this.waiting.shift();
    if (waiter) waiter(slot);
    else this.free.push(slot);
  }
}
