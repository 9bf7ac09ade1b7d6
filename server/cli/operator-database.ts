import type { DataSource } from "typeorm";
import { openDataSource } from "../db/data-source.js";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../db/embedded-postgres.js";
import { runningEmbeddedOwnerUrl, runningEmbeddedPid } from "../db/embedded-processes.js";

export interface OperatorDatabase {
  /** As the schema owner: row-level security (forced on it too) still confines each statement to its scope. */
  owner: DataSource;
  /** Where it is, for the operator: "external", "the running Balans's", or "started for this command". */
  where: string;
  close(): Promise<void>;
}

/**
 * The database an operator's command works on, as `npm start` finds it: MIGRATION_DATABASE_URL (or
 * DATABASE_URL) when set; else the embedded PostgreSQL of BALANS_DATA_DIR — the one a running Balans
 * started, which is used as it is (starting a second on the same data would first stop it), or else
 * one started (and made, the first time) for this command and stopped after it. The schema is
 * migrated first, as the server would at its start, so a command can come before the first start.
 */
export async function openOperatorDatabase(config: {
  migrationDatabaseUrl: string | undefined;
  dataDir: string;
}): Promise<OperatorDatabase> {
  let url = config.migrationDatabaseUrl;
  let where = "the database of MIGRATION_DATABASE_URL";
  let embedded: EmbeddedPostgres | undefined;
  if (!url) {
    url = runningEmbeddedOwnerUrl(config.dataDir) ?? undefined;
    where = `the embedded PostgreSQL of the running Balans (${config.dataDir})`;
    if (!url) {
      const pid = runningEmbeddedPid(config.dataDir);
      if (pid !== null)
        throw new Error(
          `A PostgreSQL (pid ${pid}) runs on ${config.dataDir}, but its owner's password file is missing; stop it, or set MIGRATION_DATABASE_URL`,
        );
      embedded = await startEmbeddedPostgres(config.dataDir);
      url = embedded.ownerUrl;
      where = `an embedded PostgreSQL started for this command (${config.dataDir})`;
    }
  }
  try {
    const owner = await openDataSource(url, { poolSize: 2, migrate: true });
    return {
      owner,
      where,
      async close() {
        await owner.destroy();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
