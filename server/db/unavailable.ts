/**
 * Whether `error` says the database is not reachable now (restarting, failing over, the network),
 * rather than that a statement was wrong: work that waits for something anyway (a live stream) may
 * then try again later instead of failing its caller.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 4; depth++) {
    const { code, name, message, driverError, cause } = e as Record<string, unknown>;
    if (typeof code === "string" && (code.startsWith(CONNECTION_EXCEPTION) || UNAVAILABLE.has(code))) return true;
    // TypeORM's word for a transaction whose connection the pool has already dropped as broken.
    if (name === "QueryRunnerAlreadyReleasedError") return true;
    // node-postgres gives no code when the socket ends under a query or a client is used after that.
    if (typeof message === "string" && LOST_CONNECTION.test(message)) return true;
    e = driverError ?? cause;
  }
  return false;
}

/** SQLSTATE class 08, connection exception. */
const CONNECTION_EXCEPTION = "08";

const UNAVAILABLE = new Set([
  "57P01", // admin_shutdown: terminating connection due to administrator command
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now: the database system is starting up, or shutting down
  "53300", // too_many_connections
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
]);

const LOST_CONNECTION = /^(Connection terminated|Client has encountered a connection error|Client was closed)/;
