import { randomUUID } from "node:crypto";
import pg from "pg";
import { inject, onTestFinished } from "vitest";

/**
 * A database of its own on the test server, made by the superuser for the schema owner (as an
 * operator would), dropped when the test ends. Migrations in it run as that owner, not as a superuser.
 */
export async function scratchDatabase(prefix: string): Promise<string> {
  const url = new URL(inject("ownerDatabaseUrl"));
  const name = `${prefix}_${randomUUID().replace(/-/g, "")}`;
  const admin = new pg.Client({ connectionString: inject("adminDatabaseUrl") });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} OWNER ${decodeURIComponent(url.username)}`);
  onTestFinished(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });
  url.pathname = `/${name}`;
  return url.toString();
}
