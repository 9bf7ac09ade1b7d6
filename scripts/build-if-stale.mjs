/**
 * `npm start`'s first step: runs `npm run build` only when dist/ was not built from the sources as they
 * are now, so a restart with nothing changed starts at once instead of rebuilding server and client.
 *
 * The sources' fingerprint is a SHA-256 over the path and content of every file that goes into the
 * build (contents, not modification times: a checkout that touches files without changing them costs
 * nothing, and a deleted or renamed file counts). It is kept in dist/ after a build that succeeded.
 * dist/ is built again when the fingerprint differs, an output is missing, or an output is newer than
 * the fingerprint (something else, such as `npm run build:server` from other sources, wrote it since).
 *
 * Plain Node, no dependencies: it runs before anything is built. `--check` only says whether a build
 * is due (exit 0: up to date, 1: due).
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
/** What the build reads: server, client and migrations, the dependencies, and the compilers' settings. */
const SOURCES = [
  "server",
  "client",
  "migrations",
  "package.json",
  "package-lock.json",
  "vite.config.ts",
  ...readdirSync(root).filter((name) => name.startsWith("tsconfig")),
];
/** What the build writes last of each part: tsc and vite rewrite these at every build. */
const OUTPUTS = ["dist/server/main.js", "dist/client/index.html"];
const STAMP = "dist/.sources-sha256";

function filesUnder(path) {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { withFileTypes: true })
    .filter((entry) => entry.name !== "node_modules")
    .flatMap((entry) => filesUnder(join(path, entry.name)));
}

function fingerprint() {
  const hash = createHash("sha256");
  const files = SOURCES.flatMap(filesUnder).sort();
  for (const file of files) {
    // The path as it reads on any platform, then the content: renaming a file changes the fingerprint.
    hash.update(relative(root, join(root, file)).split(sep).join("/") + "\0");
    hash.update(readFileSync(join(root, file)));
    hash.update("\0");
  }
  return { sha256: hash.digest("hex"), files: files.length };
}

/** Why dist/ must be built again, or null when it was built from exactly these sources. */
function staleness(current) {
  const stamp = join(root, STAMP);
  if (!existsSync(stamp)) return "no build of these sources yet";
  const missing = OUTPUTS.find((output) => !existsSync(join(root, output)));
  if (missing) return `${missing} is missing`;
  if (readFileSync(stamp, "utf8").trim() !== current.sha256) return "the sources changed since the last build";
  const stampedAt = statSync(stamp).mtimeMs;
  const newer = OUTPUTS.find((output) => statSync(join(root, output)).mtimeMs > stampedAt);
  if (newer) return `${newer} was built since from other sources`;
  return null;
}

function build() {
  // npm sets npm_execpath for the scripts it runs; run that same npm, on every platform.
  const npm = process.env.npm_execpath;
  const result = npm
    ? spawnSync(process.execPath, [npm, "run", "build"], { cwd: root, stdio: "inherit" })
    : spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  return result.status ?? 1;
}

const started = performance.now();
const current = fingerprint();
const reason = staleness(current);
const took = `${Math.round(performance.now() - started)} ms for ${current.files} files`;
if (process.argv.includes("--check")) {
  console.log(reason ? `Build due: ${reason} (${took})` : `Build up to date (${took})`);
  process.exit(reason ? 1 : 0);
}
if (!reason) {
  console.log(`The build in dist/ is up to date with the sources (checked in ${took}).`);
  process.exit(0);
}
console.log(`Building: ${reason} …`);
const status = build();
if (status !== 0) process.exit(status);
// The fingerprint of the sources as they were when the build started: anything changed meanwhile builds again next time.
mkdirSync(join(root, "dist"), { recursive: true });
writeFileSync(join(root, STAMP), current.sha256 + "\n");
