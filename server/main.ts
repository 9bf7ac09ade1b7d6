import "reflect-metadata";
import { loadConfig } from "./config.js";
import { prepareDatabase, roleFacts, unconfined } from "./db/app-role.js";
import { openDataSource } from "./db/data-source.js";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./db/embedded-postgres.js";
import { startApp } from "./http/app.js";
import { DEMO_PASSWORD, seedDemoData } from "./seed/demo-seed.js";
import { DEMO_USERS, demoEmail } from "./seed/municipality-seed.js";

/** Composition root: configuration, database, schema, HTTP + graphql-ws, and an orderly shutdown. */
async function main(): Promise<void> {
  // Milliseconds since the process started at the end of each phase, printed once ready (bench/targets/start.ts reads them).
  const phases: Array<[string, number]> = [["modules", performance.now()]];
  const phase = (name: string) => phases.push([name, performance.now()]);
  const config = loadConfig();
  let embedded: EmbeddedPostgres | undefined;
  let databaseUrl = config.databaseUrl;
  let migrationDatabaseUrl = config.migrationDatabaseUrl;
  if (!databaseUrl || !migrationDatabaseUrl) {
    console.log(`Starting embedded PostgreSQL in ${config.dataDir} …`);
    embedded = await startEmbeddedPostgres(config.dataDir);
    databaseUrl = embedded.appUrl;
    migrationDatabaseUrl = embedded.ownerUrl;
    phase("postgres");
  }
  let started;
  try {
    // The server works as DATABASE_URL's role; the owner migrates, grants it what it needs and seeds, then leaves.
    const dataSource = await openDataSource(databaseUrl);
    const facts = await roleFacts(dataSource);
    phase("connect");
    const seeded = await prepareDatabase(migrationDatabaseUrl, facts.role, (owner) => {
      phase("migrations");
      return config.demo ? seedDemoData(owner) : Promise.resolve(false);
    });
    phase("seed");
    const loose = unconfined(await roleFacts(dataSource));
    if (loose)
      console.warn(
        `[db] ${loose}: row-level security is no guarantee of tenant isolation (README, "Database roles and row-level security")`,
      );
    started = { dataSource, seeded, app: await startApp(config, dataSource, databaseUrl) };
    phase("app");
  } catch (error) {
    await embedded?.stop(); // do not leave our PostgreSQL running behind a failed start
    throw error;
  }
  const { dataSource, seeded, app } = started;

  console.log(`\nBalans is running at ${app.url}/  (GraphQL at ${app.url}/graphql)`);
  if (seeded) console.log("Demo data was created.");
  console.log(`[start] ${phases.map(([name, at], i) => `${name} ${Math.round(at - (phases[i - 1]?.[1] ?? 0))}`).join(", ")} ms`);
  if (config.demo) {
    console.log(`Demo logins (password "${DEMO_PASSWORD}"), municipalities "demo" and "exempel":`);
    for (const user of DEMO_USERS) console.log(`  ${demoEmail(user.who, "demo").padEnd(32)} ${user.role} ${user.organ}`);
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: shutting down …`);
    const forced = setTimeout(() => {
      console.error("Shutdown took too long; exiting");
      process.exit(1);
    }, 15_000);
    try {
      await app.close();
      await dataSource.destroy();
      await embedded?.stop();
      clearTimeout(forced);
      console.log("Stopped.");
      process.exit(0);
    } catch (error) {
      console.error("Shutdown failed:", error);
      process.exit(1);
    }
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error) => {
  console.error("Balans could not start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
