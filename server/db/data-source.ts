import pg from "pg";
import { logger } from "../logging.js";
import { DataSource } from "typeorm";
import { migrations } from "../../migrations/index.js";
import { entities } from "./entities.js";
import { SnakeNamingStrategy } from "./naming-strategy.js";

const PG_DATE_OID = 1082;
// A calendar date is a "YYYY-MM-DD" string end to end; a JS Date would shift it by the time zone.
pg.types.setTypeParser(PG_DATE_OID, (value) => value);

export function createDataSource(url: string, options: { poolSize?: number } = {}): DataSource {
  return new DataSource({
    type: "postgres",
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    extra: { max: options.poolSize ?? 10 },
    logging: ["error"],
  });
}

/** Connects, and listens for pool errors so that a PostgreSQL restart does not crash the process. */
export async function openDataSource(url: string, options: { poolSize?: number; migrate?: boolean } = {}): Promise<DataSource> {
  const dataSource = await createDataSource(url, options).initialize();
  const pool = (dataSource.driver as unknown as { master: pg.Pool }).master;
  pool.on("error", (error) => logger().warn({ err: error }, "idle database connection lost"));
  if (options.migrate) await dataSource.runMigrations({ transaction: "each" });
  return dataSource;
}
