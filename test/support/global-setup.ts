import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import "reflect-metadata";
import type { TestProject } from "vitest/node";
import { openDataSource } from "../../server/db/data-source.js";
import { startEmbeddedPostgres } from "../../server/db/embedded-postgres.js";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** One throwaway PostgreSQL per run, migrated once; every test then creates its own municipality. */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), "balans-test-"));
  const pg = await startEmbeddedPostgres(dir);
  const dataSource = await openDataSource(pg.url, { migrate: true, poolSize: 1 });
  await dataSource.destroy();
  project.provide("databaseUrl", pg.url);
  return async () => {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
