import type { DataSource } from "typeorm";

/**
 * Counts the SQL statements a server sends through its connection, by pattern: for tests of how many
 * reads an operation costs (never of how long it takes). Counts from now until `stop()`.
 */
export function countStatements(dataSource: DataSource) {
  const seen: string[] = [];
  const original = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = (...args: Parameters<DataSource["createQueryRunner"]>) => {
    const runner = original(...args);
    const query = runner.query.bind(runner);
    runner.query = ((sql: string, ...rest: unknown[]) => {
      seen.push(sql);
      return (query as (...a: unknown[]) => unknown)(sql, ...rest);
    }) as typeof runner.query;
    return runner;
  };
  return {
    matching: (pattern: RegExp) => seen.filter((sql) => pattern.test(sql)).length,
    reset: () => void (seen.length = 0),
    stop: () => void (dataSource.createQueryRunner = original),
  };
}
