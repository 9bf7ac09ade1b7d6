import { Foundation1764000000000 } from "./1764000000000-foundation.js";
import { Balance1764000001000 } from "./1764000001000-balance.js";
import { Collab1764000002000 } from "./1764000002000-collab.js";

/** Every migration, in order. Listed explicitly so that tsc, tsx and vitest all load the same set. */
export const migrations = [Foundation1764000000000, Balance1764000001000, Collab1764000002000];
