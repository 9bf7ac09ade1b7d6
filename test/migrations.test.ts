import { scratchDatabase } from "./support/scratch-database.js";
import { describe, expect, it, onTestFinished } from "vitest";
import { migrations } from "../migrations/index.js";
import { openDataSource } from "../server/db/data-source.js";

const tables = async (ds: { query: (sql: string) => Promise<Array<{ table_name: string }>> }) =>
  (
    await ds.query(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1",
    )
  ).map((r) => r.table_name);

describe("migrations", () => {
  it("go all the way down and up again: every one has a working down", async () => {
    const dataSource = await openDataSource(await scratchDatabase("migrations"), { migrate: true, poolSize: 1 });
    onTestFinished(() => dataSource.destroy());
    const migrated = await tables(dataSource);
    expect(migrated).toEqual(
      expect.arrayContaining(["agreement", "section_update", "balance_line", "dispute", "agreement_version", "rate_limit"]),
    );

    for (let i = 0; i < migrations.length; i++) await dataSource.undoLastMigration({ transaction: "each" });
    expect(await tables(dataSource)).toEqual([]);
    // Our functions and triggers are gone too (those of extensions are not ours).
    const functions = await dataSource.query(
      "SELECT proname FROM pg_proc p WHERE pronamespace = 'public'::regnamespace AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')",
    );
    expect(functions).toEqual([]);
    expect(await dataSource.query("SELECT count(*)::int AS n FROM migrations")).toEqual([{ n: 0 }]);

    await dataSource.runMigrations({ transaction: "each" });
    expect(await tables(dataSource)).toEqual(migrated);
  });
});
