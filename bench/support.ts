import { randomBytes } from "node:crypto";
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import "reflect-metadata";
import { prepareDatabase } from "../server/db/app-role.js";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../server/db/embedded-postgres.js";
import { APP_ROLE } from "../server/db/embedded-roles.js";
import { hashPassword } from "../server/identity/passwords.js";
import { ResultRequirementKind } from "../server/identity/identity.model.js";
import { demoEmail, seedMunicipality } from "../server/seed/municipality-seed.js";

/** A strong secret, as production requires. */
export const SECRET = randomBytes(48).toString("base64");

export interface BenchEnv {
  pg: EmbeddedPostgres;
  server: ChildProcess;
  url: string;
  wsUrl: string;
  slug: string;
  stop(): Promise<void>;
}

/** A throwaway PostgreSQL, one seeded municipality, and the built server as a child process (for its CPU and RSS). */
export async function startBenchEnv(): Promise<BenchEnv> {
  const pg = await startEmbeddedPostgres(mkdtempSync(join(tmpdir(), "balans-bench-")));
  const slug = "bench";
  const passwordHash = await hashPassword("demo");
  await prepareDatabase(pg.ownerUrl, APP_ROLE, (owner) =>
    owner.transaction((em) =>
      seedMunicipality(em, {
        slug,
        name: "Benchkommun",
        requirementKind: ResultRequirementKind.MIN_MARGIN,
        password: "demo",
        passwordHash,
      }),
    ),
  );
  // BENCH_CPU_PROFILE=dir writes a V8 CPU profile of the server there, for finding where the time goes.
  const profile = process.env.BENCH_CPU_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`] : [];
  const server = spawn(process.execPath, [...profile, "dist/server/main.js"], {
    env: {
      ...process.env,
      DATABASE_URL: pg.appUrl,
      MIGRATION_DATABASE_URL: pg.ownerUrl,
      PORT: "0",
      BALANS_TOKEN_SECRET: SECRET,
      NODE_ENV: "production",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    const onData = (c: Buffer) => {
      out += c;
      const m = /running at (http:\/\/\S+?)\/? /.exec(out);
      if (!m) return;
      // From here on the server's log lines (one per operation) are read and dropped: kept, and searched
      // again on every chunk, they cost the bench process more and more CPU as a run goes on.
      server.stdout!.off("data", onData);
      server.stdout!.resume();
      resolve(m[1]);
    };
    server.stdout!.on("data", onData);
    server.once("exit", (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
  return {
    pg,
    server,
    url,
    wsUrl: url.replace(/^http/, "ws") + "/graphql",
    slug,
    async stop() {
      server.kill("SIGTERM");
      await new Promise((r) => server.once("exit", r));
      await pg.stop();
    },
  };
}

export async function gqlHttp<T = any>(env: BenchEnv, query: string, variables: object = {}, token?: string): Promise<T> {
  const response = await fetch(`${env.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

export async function loginAs(env: BenchEnv, who: string): Promise<string> {
  const data = await gqlHttp(env, 'mutation($e: String!) { login(email: $e, password: "demo") { token } }', {
    e: demoEmail(who, env.slug),
  });
  return data.login.token;
}

export function wsClient(env: BenchEnv, token: string): Client {
  return createClient({
    url: env.wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    lazy: false,
    retryAttempts: 0,
  });
}

/** Runs one operation over graphql-ws and resolves with its first result. */
export function wsRequest<T = any>(client: Client, query: string, variables: object): Promise<T> {
  return new Promise((resolve, reject) => {
    let done = false;
    client.subscribe<T>(
      { query, variables: variables as Record<string, unknown> },
      {
        next: (r) => {
          if (done) return;
          done = true;
          if (r.errors) reject(new Error(JSON.stringify(r.errors)));
          else resolve(r.data as T);
        },
        error: reject,
        complete: () => {},
      },
    );
  });
}

/** CPU seconds (user + system) the process has used, from /proc. */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

export function rssBytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith("VmRSS:"))!;
  return Number(line.split(/\s+/)[1]) * 1024;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export const ms = (ns: bigint) => Number(ns) / 1e6;
export const fmt = (v: number, digits = 2) => v.toFixed(digits);
