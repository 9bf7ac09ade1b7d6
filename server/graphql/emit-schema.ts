import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { printedSchema } from "./build-schema.js";

const target = fileURLToPath(new URL("../../schema/schema.graphql", import.meta.url));
writeFileSync(target, await printedSchema());
console.log(`wrote ${target}`);
