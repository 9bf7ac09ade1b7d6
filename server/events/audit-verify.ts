import "reflect-metadata";
import { loadDatabaseConfig } from "../config.js";
import { openDataSource } from "../db/data-source.js";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../db/embedded-postgres.js";
import { hasEmbeddedData, runningEmbeddedOwnerUrl } from "../db/embedded-processes.js";
import { describeReport, verifyChains, type ChainReport } from "./chain-verifier.js";

/**
 * `npm run audit:verify`: recomputes every agreement's event chain and exits 0 when all hold, 1 at a
 * broken link (named: agreement, diarienummer, seq, expected and found), 2 when it could not check.
 * The database is the configured one, as the schema owner (MIGRATION_DATABASE_URL, which defaults to
 * DATABASE_URL), or else the embedded one of BALANS_DATA_DIR as `npm start` uses it, as its owner: the
 * running one if Balans is up, else started for the check and stopped after. The owner needs no grant
 * from a server's start, and row-level security (forced on it too) still scopes each read: the
 * verifier lists the municipalities through the reviewed lookup and reads each one in its own scope.
 * It changes nothing (no migration, no seeding).
 */
async function main(): Promise<number> {
  const { migrationDatabaseUrl, dataDir } = loadDatabaseConfig();
  let url = migrationDatabaseUrl ?? (hasEmbeddedData(dataDir) ? runningEmbeddedOwnerUrl(dataDir) : null);
  let embedded: EmbeddedPostgres | undefined;
  if (!url) {
    if (!hasEmbeddedData(dataDir)) {
      console.error(`audit:verify: DATABASE_URL is not set and there is no embedded PostgreSQL in ${dataDir}`);
      return 2;
    }
    embedded = await startEmbeddedPostgres(dataDir);
    url = embedded.ownerUrl;
  }
  let report: ChainReport;
  try {
    const dataSource = await openDataSource(url, { poolSize: 2 });
    try {
      report = await verifyChains(dataSource);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await embedded?.stop();
  }
  console.log(describeReport(report));
  return report.broken.length === 0 ? 0 : 1;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(
      "audit:verify could not check the chains (is the database migrated? `npm start` migrates it):",
      error instanceof Error ? error.message : error,
    );
    process.exitCode = 2;
  },
);
