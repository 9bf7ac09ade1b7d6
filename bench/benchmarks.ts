import type { Benchmark } from "./harness/target.js";
import { coEditing } from "./targets/co-editing.js";
import { connections } from "./targets/connections.js";

/** Every benchmark `npm run bench` runs, in this order. Each file under bench/targets/ exports one. */
export const benchmarks: Benchmark[] = [coEditing, connections];
