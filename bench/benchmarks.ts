import type { Benchmark } from "./harness/target.js";
import { fanOut } from "./targets/fan-out.js";
import { reading } from "./targets/reading.js";

/** Every benchmark `npm run bench` runs, in this order. Each file under bench/targets/ exports one. */
export const benchmarks: Benchmark[] = [fanOut, reading];
