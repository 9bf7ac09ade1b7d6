import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { printedSchema } from "../server/graphql/build-schema.js";

it("the committed schema/schema.graphql is what the server builds (run `npm run schema:emit`)", async () => {
  const committed = readFileSync(new URL("../schema/schema.graphql", import.meta.url), "utf8");
  expect(committed).toBe(await printedSchema());
});
