import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import proxyaddr from "proxy-addr";
import { MAIL_WORKER_TIMING, type MailWorkerTiming } from "./mail/mail-timing.js";
import { RATE_LIMITS, type RateLimits } from "./pipeline/rate-limits.js";
import { reminderWorkerTiming, type ReminderWorkerOptions } from "./reminders/reminder-timing.js";
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
  /** pino's level: trace, debug, info, warn, error, fatal or silent (BALANS_LOG_LEVEL). */
  logLevel: string;
  /** Seed the demo municipalities on an empty database: always in development, in production only with BALANS_DEMO=1. */
  demo: boolean;
  /**
   * Which reverse proxies' `X-Forwarded-For` is believed for the caller's address (Express's `trust
   * proxy`): false (the socket's address), how many proxies stand in front, or their addresses/subnets.
   */
  trustProxy: TrustProxy;
  /**
   * Where users reach Balans (BALANS_PUBLIC_URL, default `http://localhost:<port>`): the base of the
   * links in e-mails and of the one-time password links.
   */
  publicUrl: string;
  /**
   * The SMTP server mail goes through (SMTP_URL, e.g. `smtp://user:pass@mail.kommun.se:587`). Unset:
   * no mail; the admin passes one-time links on, and notifications stay in the app.
   */
  smtpUrl: string | undefined;
  /** The mails' From (BALANS_MAIL_FROM). */
  mailFrom: string;
  /** How often the mail worker looks for due mail and digests, and how soon it retries (`mail/mail-worker.ts`); tests shorten them. */
  mailWorker: MailWorkerTiming;
  /** How often the follow-up reminders are swept (`reminders/reminder-worker.ts`); tests name their own municipalities. */
  reminderWorker: ReminderWorkerOptions;
  /** The rate limits (`pipeline/rate-limits.ts`); tests lower them. */
  rateLimits: RateLimits;
  /**
   * What the municipalities' single sign-on client secrets are encrypted under (BALANS_OIDC_KEY); unset:
   * derived from the token secret (server/sso/client-secret.ts).
   */
  oidcKey: string | undefined;
  /**
   * Client secrets an operator keeps in the environment instead of the database, by variable name: only
   * variables named `BALANS_OIDC_SECRET_*`, so that an admin who names a variable cannot make the server
   * send any other secret of its environment (the token secret, a database password) to an issuer.
   */
  oidcSecrets: Readonly<Record<string, string>>;
}

/** The prefix of the environment variables that may hold a municipality's OIDC client secret. */
export const OIDC_SECRET_PREFIX = "BALANS_OIDC_SECRET_";

export type TrustProxy = false | number | string[];

/** Secrets that have been published (examples, old compose files): whoever read them could forge tokens. */
const KNOWN_SECRETS = new Set(["change-me-in-production", "changeme", "secret", "balans", "test-secret-for-balans-only"]);
const MIN_SECRET_LENGTH = 32;

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, here.includes(`${join("dist", "server")}`) ? "../.." : "..");

/** Where the database is: all that an operator's script (`npm run audit:verify`) needs, with no side effect. */
export function loadDatabaseConfig(env: NodeJS.ProcessEnv = process.env): Pick<Config, "databaseUrl" | "migrationDatabaseUrl" | "dataDir"> {
  if (env.MIGRATION_DATABASE_URL && !env.DATABASE_URL)
    throw new Error("MIGRATION_DATABASE_URL is set but DATABASE_URL is not: set both, or neither for the embedded PostgreSQL");
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    migrationDatabaseUrl: env.MIGRATION_DATABASE_URL || env.DATABASE_URL || undefined,
    dataDir: resolve(env.BALANS_DATA_DIR ?? join(repoRoot, ".data")),
  };
}

/**
 * What an operator's command (`npm run balans`) needs: where the database is, and the address the
 * one-time links it prints point at. No side effect (no secret is generated).
 */
export function loadOperatorConfig(env: NodeJS.ProcessEnv = process.env): Pick<Config, "migrationDatabaseUrl" | "dataDir" | "publicUrl"> {
  const { migrationDatabaseUrl, dataDir } = loadDatabaseConfig(env);
  return { migrationDatabaseUrl, dataDir, publicUrl: publicUrlOf(env) };
}

/** BALANS_PUBLIC_URL without a trailing slash; by default this machine at PORT. */
function publicUrlOf(env: NodeJS.ProcessEnv): string {
  return (env.BALANS_PUBLIC_URL || `http://localhost:${parsePort(env.PORT) || 4000}`).replace(/\/+$/, "");
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const { databaseUrl, migrationDatabaseUrl, dataDir } = loadDatabaseConfig(env);
  const production = env.NODE_ENV === "production";
  if (production && env.BALANS_TOKEN_SECRET !== undefined) assertStrongSecret(env.BALANS_TOKEN_SECRET);
  if (production && env.BALANS_OIDC_KEY) assertStrongSecret(env.BALANS_OIDC_KEY, "BALANS_OIDC_KEY");
  return {
    port: parsePort(env.PORT),
    databaseUrl,
    migrationDatabaseUrl,
    dataDir,
    production,
    demo: !production || env.BALANS_DEMO === "1",
    logLevel: env.BALANS_LOG_LEVEL ?? "info",
    tokenSecret: env.BALANS_TOKEN_SECRET || persistentSecret(join(dataDir, "token-secret")),
    tokenTtlSeconds: Number(env.BALANS_TOKEN_TTL_SECONDS ?? 8 * 3600),
    clientDir: resolve(env.BALANS_CLIENT_DIR ?? join(repoRoot, "dist", "client")),
    maxUpdateBytes: Number(env.BALANS_MAX_UPDATE_BYTES ?? 1024 * 1024),
    trustProxy: parseTrustProxy(env.BALANS_TRUST_PROXY),
    publicUrl: publicUrlOf(env),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.BALANS_MAIL_FROM || "Balans <no-reply@balans.local>",
    mailWorker: MAIL_WORKER_TIMING,
    reminderWorker: reminderWorkerTiming(env.BALANS_REMINDER_SWEEP_MINUTES),
    rateLimits: RATE_LIMITS,
    oidcKey: env.BALANS_OIDC_KEY || undefined,
    oidcSecrets: Object.fromEntries(
      Object.entries(env).filter((e): e is [string, string] => e[0].startsWith(OIDC_SECRET_PREFIX) && !!e[1]),
    ),
  };
}

/**
 * BALANS_TRUST_PROXY: unset, empty, `0` or `false`: off. A number: that many proxies in front, each
 * appending to X-Forwarded-For. Else a comma-separated list of the proxies' addresses or subnets
 * (`loopback`, `10.0.0.0/8`). `true` is refused: it would believe the left-most address, which the
 * client writes itself, and so let anyone choose the address the per-address limits count.
 */
function parseTrustProxy(value: string | undefined): TrustProxy {
  const setting = (value ?? "").trim();
  if (setting === "" || setting === "0" || setting.toLowerCase() === "false") return false;
  if (/^\d+$/.test(setting)) return Number(setting);
  if (setting.toLowerCase() === "true")
    throw new Error(
      "BALANS_TRUST_PROXY=true would let clients forge their address; give the number of proxies (e.g. 1) or their addresses",
    );
  const proxies = setting.split(",").map((p) => p.trim());
  proxyaddr.compile(proxies); // throws on an address or subnet that is not one
  return proxies;
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
function assertStrongSecret(secret: string, name = "BALANS_TOKEN_SECRET"): void {
  if (KNOWN_SECRETS.has(secret.trim().toLowerCase()))
    throw new Error(`${name} is a published example value; generate one, e.g. \`openssl rand -base64 48\``);
  if (secret.length < MIN_SECRET_LENGTH || new Set(secret).size < 12)
    throw new Error(`${name} must be at least ${MIN_SECRET_LENGTH} random characters; generate one, e.g. \`openssl rand -base64 48\``);
}
