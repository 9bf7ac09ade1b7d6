import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { OWNER_PASSWORD_FILE, OWNER_ROLE } from "./embedded-roles.js";

/**
 * Which processes hold an embedded PostgreSQL's data directory: the postmaster (`pg/postmaster.pid`)
 * and the Balans that started it (`balans.pid`). A script connects to a running one; a new start
 * refuses a live holder and clears what a killed run left behind.
 */

/** Whether `dataDir` holds an embedded PostgreSQL's data (`npm start` made one there). */
export function hasEmbeddedData(dataDir: string): boolean {
  return existsSync(join(dataDir, "pg", "PG_VERSION"));
}

/**
 * The schema owner's URL on the embedded PostgreSQL already running on `dataDir` (a Balans started by
 * `npm start`), from its `postmaster.pid` and the owner's password file, or null. A script connects to
 * it rather than starting a second one, which would first stop this one.
 */
export function runningEmbeddedOwnerUrl(dataDir: string): string | null {
  const pidFile = join(dataDir, "pg", "postmaster.pid");
  const passwordFile = join(dataDir, OWNER_PASSWORD_FILE);
  if (!existsSync(pidFile) || !existsSync(passwordFile)) return null;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]); // postmaster.pid: pid, data directory, start time, port, …
  if (!(pid > 0) || !(port > 0) || !isPostgres(pid)) return null;
  return `postgres://${OWNER_ROLE}:${readFileSync(passwordFile, "utf8").trim()}@127.0.0.1:${port}/postgres`;
}

/** The pid of a PostgreSQL running on `dataDir` (whether or not its owner's password can be read), or null. */
export function runningEmbeddedPid(dataDir: string): number | null {
  const pid = postmasterPid(join(dataDir, "pg"));
  return pid !== null && isPostgres(pid) ? pid : null;
}

/** The pid `postmaster.pid` names, running or not; null when there is no such file. */
function postmasterPid(pgDir: string): number | null {
  const pidFile = join(pgDir, "postmaster.pid");
  return existsSync(pidFile) ? Number(readFileSync(pidFile, "utf8").split("\n")[0]) : null;
}

/** Which process started the PostgreSQL of a data directory: while it lives, the database is its. */
export const holderFile = (dataDir: string) => join(dataDir, "balans.pid");

/**
 * A second Balans on the same data directory would take the first one's PostgreSQL away from under it
 * (as a postmaster "left running"): refused while the process that started it is alive. A holder that
 * was killed leaves a file naming a dead process, or a reused pid that is no Node process: no holder.
 */
export function assertNoRunningBalans(dataDir: string): void {
  const file = holderFile(dataDir);
  if (!existsSync(file)) return;
  const pid = Number(readFileSync(file, "utf8").trim());
  if (pid === process.pid || !(pid > 0) || !isAlive(pid)) return;
  let command = "";
  try {
    command = readFileSync(`/proc/${pid}/cmdline`, "utf8");
  } catch {
    return;
  }
  if (!/node|tsx/.test(command)) return;
  throw new Error(`Balans (pid ${pid}) already uses the database in ${dataDir}: stop it first, or give this one another BALANS_DATA_DIR`);
}

/** A postmaster left behind by a killed run holds the data directory; stop it, or clear its stale pid file. */
export async function stopStalePostmaster(pgDir: string, onLog: (m: string) => void): Promise<void> {
  const pid = postmasterPid(pgDir);
  if (pid === null) return;
  if (pid > 0 && isPostgres(pid)) {
    onLog(`Stopping a PostgreSQL (pid ${pid}) left running by an earlier Balans\n`);
    process.kill(pid, "SIGINT");
    for (let i = 0; i < 100 && isAlive(pid); i++) await sleep(100);
    if (isAlive(pid)) process.kill(pid, "SIGKILL");
  } else {
    onLog(`Removing a stale postmaster.pid (pid ${pid} is not running)\n`);
  }
  rmSync(join(pgDir, "postmaster.pid"), { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function isPostgres(pid: number): boolean {
  if (!isAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("postgres");
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
