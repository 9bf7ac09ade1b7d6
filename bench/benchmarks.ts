import type { Benchmark } from "./harness/target.js";
import { clientSize } from "./targets/client-size.js";
import { coEditing } from "./targets/co-editing.js";
import { connections } from "./targets/connections.js";
import { fanOut } from "./targets/fan-out.js";
import { reading } from "./targets/reading.js";
import { requests } from "./targets/requests.js";
import { start } from "./targets/start.js";

/** Every benchmark `npm run bench` runs, in this order. Each file under bench/targets/ exports one. */
export const benchmarks: Benchmark[] = [clientSize, start, requests, fanOut, reading, coEditing, connections];
