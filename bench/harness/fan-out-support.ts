import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import pg from "pg";
import WebSocket from "ws";
import type { BenchEnv } from "../support.js";

/**
 * Readers for the fan-out benchmark: `count` users who hold the revisor's roles (municipality-wide
 * readers), written with the superuser as the seed writes, so that 500 sockets stay within the
 * server's per-user socket limit without raising it. They log in as `reader<n>` with the demo password.
 */
export async function seedReaders(env: BenchEnv, count: number): Promise<string[]> {
  const client = new pg.Client({ connectionString: env.pg.adminUrl });
  await client.connect();
  try {
    const revisor = `revisor@${env.slug}.balans.se`;
    await client.query(
      `INSERT INTO app_user (municipality_id, name, email, password_hash)
       SELECT municipality_id, 'Läsare ' || g, 'reader' || g || '@${env.slug}.balans.se', password_hash
       FROM app_user, generate_series(1, $1::int) g WHERE email = $2`,
      [count, revisor],
    );
    await client.query(
      `INSERT INTO role_assignment (municipality_id, user_id, organ_id, role)
       SELECT u.municipality_id, u.id, r.organ_id, r.role
       FROM app_user u, role_assignment r JOIN app_user rv ON rv.id = r.user_id
       WHERE rv.email = $1 AND u.email LIKE 'reader%@${env.slug}.balans.se'`,
      [revisor],
    );
  } finally {
    await client.end();
  }
  return Array.from({ length: count }, (_, i) => `reader${i + 1}`);
}

/** The floor's relay (`raw-fanout-relay.mjs`) in its own process, and its ws URL. */
export async function startRawRelay(): Promise<{ process: ChildProcess; url: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [join(import.meta.dirname, "raw-fanout-relay.mjs")], { stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (c) => {
      out += c;
      const m = /port (\d+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once("exit", (code) => reject(new Error(`relay exited ${code}`)));
  });
  return {
    process: child,
    url: `ws://127.0.0.1:${port}`,
    async stop() {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    },
  };
}

export function openSocket(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.once("open", () => resolve(socket));
    socket.once("error", reject);
  });
}

/**
 * Collects arrivals of numbered deliveries: `expect(key, n)` resolves with the arrival times (ms
 * after `sentAt`) once `n` subscribers have `key`, or rejects after `timeoutMs`. Arrivals before their
 * `expect` (the key is known only once the write committed) are kept for it.
 */
export class Arrivals {
  private readonly waiting = new Map<string, { sentAt: bigint; n: number; times: number[]; done: (t: number[]) => void }>();
  private readonly early = new Map<string, bigint[]>();

  expect(key: string, n: number, sentAt: bigint, timeoutMs = 20_000): Promise<number[]> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const entry = this.waiting.get(key);
        this.waiting.delete(key);
        reject(new Error(`only ${entry?.times.length ?? 0} of ${n} subscribers received ${key}`));
      }, timeoutMs);
      this.waiting.set(key, {
        sentAt,
        n,
        times: [],
        done: (times) => {
          clearTimeout(timer);
          this.waiting.delete(key);
          resolve(times);
        },
      });
      const early = this.early.get(key) ?? [];
      this.early.delete(key);
      for (const at of early) this.arrived(key, at);
    });
  }

  arrived(key: string, at: bigint): void {
    const entry = this.waiting.get(key);
    if (!entry) {
      this.early.set(key, [...(this.early.get(key) ?? []), at]);
      return;
    }
    entry.times.push(Number(at - entry.sentAt) / 1e6);
    if (entry.times.length === entry.n) entry.done(entry.times);
  }
}
