import { describe, expect, it } from "vitest";
import { Database } from "../server/db/database.js";
import { seedMunicipality } from "./support/factories.js";
import { useTestServer } from "./support/server.js";

describe("the tenant transaction helper", () => {
  it("scopes the transaction to the municipality, commits the work, and rolls back all of it on an error", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const db = new Database(server.appDataSource);
    const id = m.municipality.id;
    const setting = await db.inMunicipality(
      id,
      async (tx) => (await tx.em.query("SELECT current_setting('app.municipality_id') AS v"))[0].v,
    );
    expect(setting).toBe(id);

    await db.inMunicipality(id, (tx) => tx.em.query("UPDATE municipality SET name = 'Committed' WHERE id = $1", [id]));
    await expect(
      db.inMunicipality(id, async (tx) => {
        await tx.em.query("UPDATE municipality SET name = 'Rolled back' WHERE id = $1", [id]);
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    const [{ name }] = await db.inMunicipality(id, (tx) => tx.em.query("SELECT name FROM municipality WHERE id = $1", [id]));
    expect(name).toBe("Committed");
    // The setting is local to the transaction: a pooled connection does not carry it into the next one.
    const after = await server.appDataSource.query("SELECT current_setting('app.municipality_id', true) AS v");
    expect(after[0].v ?? "").toBe("");
    await expect(db.inMunicipality("'; DROP TABLE agreement; --", async () => 1)).rejects.toThrow(/Not a municipality id/);
  });
});
