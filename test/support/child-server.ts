import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { inject, onTestFinished } from "vitest";
import { TEST_TOKEN_SECRET } from "./server.js";

export interface ChildServer {
  url: string;
  graphqlUrl: string;
  wsUrl: string;
  process: ChildProcess;
  output(): string;
  /** Stops with SIGTERM, or SIGKILL when asked, and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

const root = fileURLToPath(new URL("../..", import.meta.url));

/** A second Balans server as a real OS process (`server/main.ts` through tsx) on the run's database. */
export async function startChildServer(env: Record<string, string> = {}): Promise<ChildServer> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: inject("databaseUrl"),
      MIGRATION_DATABASE_URL: inject("ownerDatabaseUrl"),
      PORT: "0",
      BALANS_TOKEN_SECRET: TEST_TOKEN_SECRET,
      NODE_ENV: "test",
      // Other test files' municipalities share the database: their follow-up is no business of this process.
      BALANS_REMINDER_SWEEP_MINUTES: "0",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`child server did not start:\n${output}`)), 30_000);
    child.stdout!.on("data", () => {
      const match = /running at (http:\/\/\S+?)\/? /.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once("exit", (code) => reject(new Error(`child server exited (${code}):\n${output}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const server: ChildServer = {
    url,
    graphqlUrl: `${url}/graphql`,
    wsUrl: `${url.replace(/^http/, "ws")}/graphql`,
    process: child,
    output: () => output,
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
  onTestFinished(async () => void (await server.stop()));
  return server;
}
