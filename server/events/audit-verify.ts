import "reflect-metadata";
import { loadDatabaseConfig } from "../config.js";
import { openDataSource } from "../db/data-source.js";
import { hasEmbeddedData, runningEmbeddedUrl, startEmbeddedPostgres, type EmbeddedPostgres } from "../db/embedded-postgres.js";
import { describeReport, verifyChains, type ChainReport } from "./chain-verifier.js";

/**
 * `npm run audit:verify`: recomputes every agreement's event chain and exits 0 when all hold, 1 at a
 * broken link (named: agreement, diarienummer, seq, expected and found), 2 when it could not check.
 * The database is DATABASE_URL's, or else the embedded one of BALANS_DATA_DIR as `npm start` uses it:
 * the running one if Balans is up, else started for the check and stopped after. It changes nothing
 * (no migration, no seeding).
 */
async function main(): Promise<number> {
  const { databaseUrl, dataDir } = loadDatabaseConfig();
  let url = databaseUrl ?? (hasEmbeddedData(dataDir) ? runningEmbeddedUrl(dataDir) : null);
  let embedded: EmbeddedPostgres | undefined;
  if (!url) {
    if (!hasEmbeddedData(dataDir)) {
      console.error(`audit:verify: DATABASE_URL is not set and there is no embedded PostgreSQL in ${dataDir}`);
      return 2;
    }
    embedded = await startEmbeddedPostgres(dataDir);
    url = embedded.url;
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
