import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import "reflect-metadata";
import type { TestProject } from "vitest/node";
import { prepareDatabase } from "../../server/db/app-role.js";
import { startEmbeddedPostgres } from "../../server/db/embedded-postgres.js";
import { APP_ROLE } from "../../server/db/embedded-roles.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The server's role (`balans_app`): owns nothing, confined by row-level security. Servers under test use it. */
    databaseUrl: string;
    /** The schema owner (`balans_owner`): seeding and fixtures, scoped to a municipality (test/support/owner.ts). */
    ownerDatabaseUrl: string;
    /** The cluster's superuser over the private socket: scratch databases only. */
    adminDatabaseUrl: string;
  }
}

/** One throwaway PostgreSQL per run, migrated once; every test then creates its own municipality. */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), "balans-test-"));
  const pg = await startEmbeddedPostgres(dir);
  await prepareDatabase(pg.ownerUrl, APP_ROLE);
  project.provide("databaseUrl", pg.appUrl);
  project.provide("ownerDatabaseUrl", pg.ownerUrl);
  project.provide("adminDatabaseUrl", pg.adminUrl);
  return async () => {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
