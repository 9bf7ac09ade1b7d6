/**
 * The initial JavaScript of the pages a visitor lands on first, from Vite's build manifest
 * (dist/client/.vite/manifest.json): the entry chunk plus every chunk it imports statically, plus the
 * page's own route chunk and its static imports (what the browser fetches, modulepreloaded, before the
 * page can show), each gzip-compressed as a server would send it. Dynamic imports are not counted: they
 * load later, when a part of the page asks for them.
 *
 * `npm run build:client` runs it after `vite build` and prints the sizes; bench/targets/client-size.ts
 * imports `initialSizes` and checks them against the budget. Plain Node, no dependencies.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = fileURLToPath(new URL("..", import.meta.url));

/** The pages measured: a name and the route component's source, relative to client/ (null: the entry alone). */
export const PAGES = [
  { name: "login", component: null },
  { name: "agreements list", component: "features/agreements/AgreementsListPage.vue" },
];

export const BUDGET_BYTES = 200 * 1024;

/** The manifest keys of `key` and everything it imports statically, depth first. */
function staticClosure(manifest, key, seen = new Set()) {
  if (seen.has(key)) return seen;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the build manifest`);
  seen.add(key);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, seen);
  return seen;
}

/** Each page's initial JavaScript: the chunk files and their gzip size in bytes. */
export function initialSizes(distClient = join(root, "dist/client")) {
  const manifestPath = join(distClient, ".vite/manifest.json");
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: build the client first (npm run build:client)`);
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
  if (entries.length !== 1) throw new Error(`expected one entry in the build manifest, found ${entries.join(", ")}`);
  const gzipped = new Map();
  const gzipSize = (file) => {
    if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(join(distClient, file)), { level: 9 }).length);
    return gzipped.get(file);
  };
  return PAGES.map((page) => {
    const keys = staticClosure(manifest, entries[0]);
    if (page.component) staticClosure(manifest, page.component, keys);
    const files = [...keys].map((key) => manifest[key].file).filter((file) => file.endsWith(".js"));
    const chunks = files.map((file) => ({ file, gzipBytes: gzipSize(file) })).sort((a, b) => b.gzipBytes - a.gzipBytes);
    return { page: page.name, gzipBytes: chunks.reduce((sum, c) => sum + c.gzipBytes, 0), chunks };
  });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const verbose = process.argv.includes("--verbose");
  console.log(`\nInitial JavaScript per page (gzip; budget ${kb(BUDGET_BYTES)}):`);
  for (const size of initialSizes()) {
    const verdict = size.gzipBytes <= BUDGET_BYTES ? "within budget" : "OVER BUDGET";
    console.log(`  ${size.page.padEnd(16)} ${kb(size.gzipBytes).padStart(9)} in ${size.chunks.length} chunks, ${verdict}`);
    if (verbose) for (const c of size.chunks) console.log(`      ${kb(c.gzipBytes).padStart(9)}  ${c.file}`);
  }
}
