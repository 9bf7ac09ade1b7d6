import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import type { EmbeddedPostgres } from "../../server/db/embedded-postgres.js";
import { SECRET } from "../support.js";

/** Starts a bench helper script (TypeScript, under bench/harness/) as a child process, with tsx. */
export function spawnHelper(script: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", join(import.meta.dirname, script), ...args], {
    env: { ...process.env, ...env },
    stdio: ["pipe", "pipe", "inherit"],
  });
}

/** Resolves with the first match of `pattern` in the child's stdout (its "ready" line). */
export function readyLine(child: ChildProcess, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let out = "";
    const onData = (chunk: Buffer) => {
      out += chunk;
      const match = pattern.exec(out);
      if (match) {
        child.stdout!.off("data", onData);
        child.stdout!.resume(); // what it prints afterwards (a server's log lines) is dropped, never left to fill the pipe
        resolve(match);
      }
    };
    child.stdout!.on("data", onData);
    child.once("exit", (code) => reject(new Error(`${child.spawnargs.join(" ")} exited ${code}: ${out}`)));
  });
}

export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

/**
 * One more server process on the bench's database (built, NODE_ENV=production), for the targets that
 * split clients over two processes; `startBenchEnv` started the first.
 */
export async function startSecondServer(pg: EmbeddedPostgres): Promise<{ server: ChildProcess; url: string; wsUrl: string }> {
  // BENCH_CPU_PROFILE=dir profiles this process too (its profile lands beside the first server's).
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
  const [, url] = await readyLine(server, /running at (http:\/\/\S+?)\/? /);
  return { server, url, wsUrl: url.replace(/^http/, "ws") + "/graphql" };
}
