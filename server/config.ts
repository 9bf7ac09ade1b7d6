import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { persistentSecret } from "./secret-file.js";

/** Everything the server reads from its environment, parsed once. Nothing else reads process.env. */
export interface Config {
  port: number;
  /**
   * The role the server works as: it owns nothing and row-level security confines it to one
   * municipality per transaction. Unset: Balans starts its own embedded PostgreSQL in `dataDir`.
   */
  databaseUrl: string | undefined;
  /**
   * The role that owns the schema and runs the migrations (and grants `databaseUrl`'s role what it
   * needs). Defaults to `databaseUrl`: one role for both, for simple setups, where row-level security
   * is no guarantee (README, "Database roles and row-level security").
   */
  migrationDatabaseUrl: string | undefined;
  dataDir: string;
  production: boolean;
  tokenSecret: string;
  tokenTtlSeconds: number;
  /** The built Vue client, served at `/`. */
  clientDir: string;
  /** Largest accepted Yjs update, in bytes. */
  maxUpdateBytes: number;
  /** Seed the demo municipalities on an empty database: always in development, in production only with BALANS_DEMO=1. */
  demo: boolean;
}

/** Secrets that have been published (examples, old compose files): whoever read them could forge tokens. */
const KNOWN_SECRETS = new Set(["change-me-in-production", "changeme", "secret", "balans", "test-secret-for-balans-only"]);
const MIN_SECRET_LENGTH = 32;

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, here.includes(`${join("dist", "server")}`) ? "../.." : "..");

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = resolve(env.BALANS_DATA_DIR ?? join(repoRoot, ".data"));
  const production = env.NODE_ENV === "production";
  if (production && env.BALANS_TOKEN_SECRET !== undefined) assertStrongSecret(env.BALANS_TOKEN_SECRET);
  if (env.MIGRATION_DATABASE_URL && !env.DATABASE_URL)
    throw new Error("MIGRATION_DATABASE_URL is set but DATABASE_URL is not: set both, or neither for the embedded PostgreSQL");
  return {
    port: parsePort(env.PORT),
    databaseUrl: env.DATABASE_URL || undefined,
    migrationDatabaseUrl: env.MIGRATION_DATABASE_URL || env.DATABASE_URL || undefined,
    dataDir,
    production,
    demo: !production || env.BALANS_DEMO === "1",
    tokenSecret: env.BALANS_TOKEN_SECRET || persistentSecret(join(dataDir, "token-secret")),
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

/**
 * In production a configured token secret must be long and unpublished; anyone who knows it can sign
 * a token for any user. (A generated one, kept in the data directory, is 32 random bytes.)
 */
function assertStrongSecret(secret: string): void {
  if (KNOWN_SECRETS.has(secret.trim().toLowerCase()))
    throw new Error("BALANS_TOKEN_SECRET is a published example value; generate one, e.g. `openssl rand -base64 48`");
  if (secret.length < MIN_SECRET_LENGTH || new Set(secret).size < 12)
    throw new Error(
      `BALANS_TOKEN_SECRET must be at least ${MIN_SECRET_LENGTH} random characters; generate one, e.g. \`openssl rand -base64 48\``,
    );
}
