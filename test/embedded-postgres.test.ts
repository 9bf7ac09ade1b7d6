import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { describe, expect, it, onTestFinished } from "vitest";
import { startEmbeddedPostgres } from "../server/db/embedded-postgres.js";
import { startChildServer } from "./support/child-server.js";
import { gql, ok } from "./support/graphql.js";

const scratchDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "balans-embedded-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};

async function query(url: string, sql: string): Promise<Array<Record<string, unknown>>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("the embedded PostgreSQL", () => {
  it("makes the owner and the app role with generated passwords kept 0600, and admits the superuser only over its socket", async () => {
    const dir = scratchDir();
    let db = await startEmbeddedPostgres(dir);
    try {
      for (const file of ["db-owner-password", "db-app-password"]) expect(statSync(join(dir, file)).mode & 0o777).toBe(0o600);
      expect(await query(db.appUrl, "SELECT current_user AS me")).toEqual([{ me: "balans_app" }]);
      expect(await query(db.ownerUrl, "SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user")).toEqual([
        { rolsuper: false, rolbypassrls: false },
      ]);
      const tcp = new URL(db.ownerUrl);
      for (const password of ["balans", ""]) {
        const superuser = `postgres://balans:${password}@${tcp.host}/postgres`;
        await expect(query(superuser, "SELECT 1")).rejects.toThrow(/no pg_hba.conf entry|password authentication failed|password/);
      }
      // What an earlier Balans left: tables the superuser owns. The owner takes them over at the next start.
      await query(db.adminUrl, "CREATE TABLE earlier (id int); CREATE FUNCTION earlier_fn() RETURNS int LANGUAGE sql AS 'SELECT 1'");
      await db.stop();
      db = await startEmbeddedPostgres(dir);
      expect(
        await query(
          db.adminUrl,
          `SELECT (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relname = 'earlier') AS "table",
                  (SELECT pg_get_userbyid(proowner) FROM pg_proc WHERE proname = 'earlier_fn') AS "function"`,
        ),
      ).toEqual([{ table: "balans_owner", function: "balans_owner" }]);
    } finally {
      await db.stop();
    }
  }, 60_000);

  it("is what `npm start` runs on without DATABASE_URL: migrated by the owner, seeded, served as the app role", async () => {
    const child = await startChildServer({ DATABASE_URL: "", MIGRATION_DATABASE_URL: "", BALANS_DATA_DIR: scratchDir() });
    expect(child.output()).not.toMatch(/row-level security is no guarantee/);
    const login = await gql<{ login: { user: { email: string; municipality: { slug: string } } } }>(
      child,
      'mutation { login(email: "von.chef@demo.balans.se", password: "demo") { user { email municipality { slug } } } }',
    );
    expect(ok(login).login.user).toEqual({ email: "von.chef@demo.balans.se", municipality: { slug: "demo" } });
    expect(await child.stop()).toBe(0);
  }, 90_000);
  it("refuses a second Balans on the same data, and a port in use, leaving the running one unharmed", async () => {
    const dir = scratchDir();
    const first = await startChildServer({ DATABASE_URL: "", MIGRATION_DATABASE_URL: "", BALANS_DATA_DIR: dir });
    const port = new URL(first.url).port;
    const secondOnSameData = await startChildServer({ DATABASE_URL: "", MIGRATION_DATABASE_URL: "", BALANS_DATA_DIR: dir }).then(
      () => "started",
      (error: Error) => error.message,
    );
    expect(secondOnSameData).toMatch(/exited \(1\)/);
    expect(secondOnSameData).toMatch(/already uses the database in/);
    // Another data directory but the same port: told so, and nothing left running behind it.
    const secondOnSamePort = await startChildServer({
      DATABASE_URL: "",
      MIGRATION_DATABASE_URL: "",
      BALANS_DATA_DIR: scratchDir(),
      PORT: port,
    }).then(
      () => "started",
      (error: Error) => error.message,
    );
    expect(secondOnSamePort).toMatch(/exited \(1\)/);
    expect(secondOnSamePort).toMatch(new RegExp(`port ${port} is in use`));
    // The first still serves from its own database.
    const ready = await fetch(`${first.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(ok(await gql<{ __typename: string }>(first, "{ __typename }"))).toEqual({ __typename: "Query" });
    expect(await first.stop()).toBe(0);
  }, 120_000);
});
