import { DataSource } from "typeorm";
import { describe, expect, it, onTestFinished } from "vitest";
import { migrations } from "../migrations/index.js";
import { DistributionKeys1764000030000 } from "../migrations/1764000030000-distribution-keys.js";
import { distributionProblems, uniqueKeys, type ReferenceTable } from "./support/distribution-keys.js";
import { ownerDataSource } from "./support/owner.js";
import { scratchDatabase } from "./support/scratch-database.js";

/**
 * Past one PostgreSQL, Balans moves to Citus with every municipal table distributed by
 * municipality_id (README, "Scaling"). That holds only while every key and every reference between
 * municipal tables includes municipality_id: then one municipality's rows of all tables sit on one
 * node, and its keys and foreign keys are checked there. What stands outside, and why:
 */
const NOT_MUNICIPAL = {
  municipality:
    "the municipalities themselves, which every municipal table refers to, and whose slugs are looked up before anyone is known: a reference table",
  rate_limit:
    "the rate limits' counts across the installation, keyed by HMACs of who is counted, written on every mutation: a plain table on the coordinator",
  migrations: "TypeORM's record of the migrations run: a plain table on the coordinator",
};
/** Municipal tables replicated whole to every node (Citus reference tables), for the keys across municipalities named. */
const REFERENCE: Record<string, ReferenceTable> = {
  app_user: {
    why: "login by e-mail: the address names its user, and so its municipality, before anyone is known, unique across the installation",
    crossMunicipalityKeys: ["app_user_email"],
  },
  password_token: {
    why: "a password link carries only its token: the token's hash finds the municipality, unique across the installation",
    crossMunicipalityKeys: ["password_token_token_hash_key"],
  },
};

describe("distribution keys: the schema can be distributed by municipality_id", () => {
  it("gives every key and foreign key among municipal tables municipality_id, but for the named reference tables' keys", async () => {
    const owner = await ownerDataSource();
    expect(await distributionProblems(owner, NOT_MUNICIPAL, REFERENCE)).toEqual([]);
  });

  it("names only exceptions still needed: each named key exists and does span municipalities", async () => {
    const keys = await uniqueKeys(await ownerDataSource());
    for (const [table, { crossMunicipalityKeys }] of Object.entries(REFERENCE))
      for (const name of crossMunicipalityKeys)
        expect(keys.find((k) => k.table === table && k.name === name)).toMatchObject({ hasMunicipality: false });
  });

  it("finds a primary key, a unique index, a foreign key and a table that break the rule, and passes those that keep it (in a transaction rolled back)", async () => {
    const owner = await ownerDataSource();
    const rolledBack = new Error("rolled back");
    let problems: string[] = [];
    await expect(
      owner.transaction(async (em) => {
        await em.query(`
          CREATE TABLE probe_parent (id uuid PRIMARY KEY, municipality_id uuid NOT NULL, code text, UNIQUE (municipality_id, id));
          CREATE UNIQUE INDEX probe_parent_code ON probe_parent (lower(code));
          CREATE UNIQUE INDEX probe_parent_code_within ON probe_parent (lower(code), municipality_id);
          CREATE TABLE probe_child (municipality_id uuid NOT NULL, parent_id uuid REFERENCES probe_parent (id),
            PRIMARY KEY (municipality_id, parent_id),
            CONSTRAINT probe_child_paired FOREIGN KEY (municipality_id, parent_id) REFERENCES probe_parent (municipality_id, id));
          CREATE TABLE probe_outside (id int PRIMARY KEY);`);
        problems = (await distributionProblems(em, NOT_MUNICIPAL, REFERENCE)).filter((p) => p.startsWith("probe_"));
        throw rolledBack;
      }),
    ).rejects.toBe(rolledBack);
    expect(problems).toEqual([
      "probe_outside: no municipality_id, and not named as a table outside the municipalities",
      "probe_parent: probe_parent_code lacks municipality_id: CREATE UNIQUE INDEX probe_parent_code ON public.probe_parent USING btree (lower(code))",
      "probe_parent: probe_parent_pkey lacks municipality_id: CREATE UNIQUE INDEX probe_parent_pkey ON public.probe_parent USING btree (id)",
      "probe_child: probe_child_parent_id_fkey does not pair municipality_id: FOREIGN KEY (parent_id) REFERENCES probe_parent(id)",
    ]);
  });

  it("has a down that restores every key, foreign key and index as it was", async () => {
    const url = await scratchDatabase("distribution_keys");
    const upTo = async (count: number) => {
      const dataSource = await new DataSource({
        type: "postgres",
        url,
        migrations: migrations.slice(0, count),
        extra: { max: 1 },
      }).initialize();
      onTestFinished(() => dataSource.destroy());
      await dataSource.runMigrations({ transaction: "each" });
      return dataSource;
    };
    const schema = async (dataSource: DataSource) => [
      await dataSource.query(`
        SELECT c.relname AS table, k.conname AS name, pg_get_constraintdef(k.oid) AS definition
          FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
         WHERE c.relnamespace = 'public'::regnamespace AND k.contype IN ('p', 'u', 'f', 'x') ORDER BY 1, 2`),
      await dataSource.query("SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1, 2"),
    ];
    const before = await schema(await upTo(migrations.indexOf(DistributionKeys1764000030000)));
    const all = await upTo(migrations.length);
    const distributed = await schema(all);
    expect(distributed).not.toEqual(before);
    for (let i = migrations.indexOf(DistributionKeys1764000030000); i < migrations.length; i++)
      await all.undoLastMigration({ transaction: "each" });
    expect(await schema(all)).toEqual(before);
  });
});
