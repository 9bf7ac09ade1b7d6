import { onTestFinished } from "vitest";
import { inject } from "vitest";
import type { DataSource } from "typeorm";
import { loadConfig, type Config } from "../../server/config.js";
import { openDataSource } from "../../server/db/data-source.js";
import { startApp, type RunningApp } from "../../server/http/app.js";

export const TEST_TOKEN_SECRET = "test-secret-for-balans-only";

export interface TestServer extends RunningApp {
  graphqlUrl: string;
  wsUrl: string;
  /**
   * The server's own connection, as the app role: row-level security confines it, so a statement
   * here outside `Database.inMunicipality` sees nothing. Fixtures go through `asOwner` (owner.ts).
   */
  appDataSource: DataSource;
}

/**
 * A real Balans server on port 0 against the run's PostgreSQL (or `overrides.databaseUrl`, a scratch
 * database's), as the app role. Closed by `close()`. `poolSize` is its connections (5 unless given).
 */
export async function startTestServer(overrides: Partial<Config> = {}, { poolSize = 5 } = {}): Promise<TestServer> {
  const databaseUrl = overrides.databaseUrl ?? inject("databaseUrl");
  const config: Config = {
    ...loadConfig({ BALANS_DATA_DIR: "/tmp/balans-test-unused", BALANS_TOKEN_SECRET: TEST_TOKEN_SECRET }),
    port: 0,
    databaseUrl,
    // Errors and warnings only: one line per operation would drown a test's output.
    logLevel: process.env.BALANS_LOG_LEVEL ?? "warn",
    // Test files share the database: a server sweeps the follow-up reminders of no municipality unless
    // its test names its own (test/follow-up-reminders.test.ts), or it would notify other files' users.
    reminderWorker: { everyMs: 3_600_000, onlyMunicipalities: new Set() },
    ...overrides,
  };
  const dataSource = await openDataSource(databaseUrl, { poolSize });
  const app = await startApp(config, dataSource, databaseUrl);
  return {
    ...app,
    appDataSource: dataSource,
    graphqlUrl: `${app.url}/graphql`,
    wsUrl: `${app.url.replace(/^http/, "ws")}/graphql`,
    async close() {
      await app.close();
      await dataSource.destroy();
    },
  };
}

/** A server that is closed when the current test ends. */
export async function useTestServer(overrides: Partial<Config> = {}, options: { poolSize?: number } = {}): Promise<TestServer> {
  const server = await startTestServer(overrides, options);
  onTestFinished(() => server.close());
  return server;
}
