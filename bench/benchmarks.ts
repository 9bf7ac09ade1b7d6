import type { Benchmark } from "./harness/target.js";
import { fanOut } from "./targets/fan-out.js";
import { reading } from "./targets/reading.js";
import { requests } from "./targets/requests.js";

/** Every benchmark `npm run bench` runs, in this order. Each file under bench/targets/ exports one. */
export const benchmarks: Benchmark[] = [requests, fanOut, reading];
