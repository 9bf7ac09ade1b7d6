import { Foundation1764000000000 } from "./1764000000000-foundation.js";

/** Every migration, in order. Listed explicitly so that tsc, tsx and vitest all load the same set. */
export const migrations = [Foundation1764000000000];
