import { budgetTarget, type Benchmark } from "../harness/target.js";
import { BUDGET_BYTES, initialSizes } from "../../scripts/client-size.mjs";

/**
 * Target 8: the login and agreements list pages' initial JavaScript (entry chunk, the route's chunk and
 * everything they import statically, gzip) within 200 KB each. Read from the built client's manifest
 * (`npm run bench` builds first); the editor, charts, PDF and admin pages load later and do not count.
 */
export const clientSize: Benchmark = {
  name: "client-size",
  budgetSeconds: 30,
  async run() {
    return initialSizes().map((size) => {
      const id = `client-size-${size.page.replace(/\s+/g, "-")}`;
      const largest = size.chunks.slice(0, 3).map((c) => `${c.file} ${(c.gzipBytes / 1024).toFixed(1)} KB`);
      return budgetTarget(
        id,
        `${size.page} page: initial JavaScript ≤ ${BUDGET_BYTES / 1024} KB gzip`,
        { label: "gzip", value: size.gzipBytes / 1024, unit: "KB" },
        BUDGET_BYTES / 1024,
        { chunks: size.chunks.length, largest: largest.join(", ") },
      );
    });
  },
};
