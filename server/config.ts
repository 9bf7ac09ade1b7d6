import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Everything the server reads from its environment, parsed once. Nothing else reads process.env. */
export interface Config {
  port: number;
  /** Unset: Balans starts its own embedded PostgreSQL in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  production: boolean;
  tokenSecret: string;
  tokenTtlSeconds: number;
  /** The built Vue client, served at `/`. */
  clientDir: string;
  /** Largest accepted Yjs update, in bytes. */
  maxUpdateBytes: number;
}

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, here.includes(`${join("dist", "server")}`) ? "../.." : "..");

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = resolve(env.BALANS_DATA_DIR ?? join(repoRoot, ".data"));
  return {
    port: parsePort(env.PORT),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir,
    production: env.NODE_ENV === "production",
    tokenSecret: env.BALANS_TOKEN_SECRET || persistentSecret(dataDir),
    tokenTtlSeconds: Number(env.BALANS_TOKEN_TTL_SECONDS ?? 8 * 3600),
    clientDir: resolve(env.BALANS_CLIENT_DIR ?? join(repoRoot, "dist", "client")),
    maxUpdateBytes: Number(env.BALANS_MAX_UPDATE_BYTES ?? 1024 * 1024),
  };
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === "") return 4000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be 0–65535, got "${value}"`);
  return port;
}

/** Without a configured secret, one is generated once and kept beside the data so tokens survive restarts. */
function persistentSecret(dataDir: string): string {
  const file = join(dataDir, "token-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
