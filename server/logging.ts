import pino, { type DestinationStream, type Logger } from "pino";

/** Whatever a log line might carry that must never be written: secrets, and the documents themselves. */
const SECRET_KEYS = [
  "password",
  "newPassword",
  "currentPassword",
  "passwordHash",
  "token",
  "authorization",
  "cookie",
  "update",
  "body",
  "state",
  "clientSecret",
];

function create(level: string, destination: DestinationStream, redacted = true): Logger {
  return pino(
    {
      level,
      base: { service: "balans" },
      timestamp: pino.stdTimeFunctions.isoTime,
      ...(redacted ? { redact: { paths: SECRET_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]), censor: "[redacted]" } } : {}),
      // An error's kind, message, code and stack; not the objects it drags along (a pg client, a socket).
      serializers: {
        err: (error: unknown) =>
          error instanceof Error
            ? { type: error.name, message: error.message, code: (error as { code?: unknown }).code, stack: error.stack }
            : error,
      },
    },
    destination,
  );
}

/** Standard output, as pino writes it by default. */
const stdout = (): DestinationStream => pino.destination({ fd: process.stdout.fd || 1 });

/**
 * Standard output for the operation lines, written in blocks of whole lines at least every 250 ms: a
 * write of its own for each line (a line per keystroke) was ≈ 6 % of the server's busy time in the
 * co-editing load's profile, besides the thread pool's writes. A block is at most 4 KiB of whole lines, so a write to a pipe is never split or interleaved with
 * the other log lines'. Any exit writes out what is held (pino flushes on exit); a SIGKILL loses at
 * most the last 250 ms of operation lines, never other lines.
 */
let blocks: DestinationStream | undefined;
const stdoutInBlocks = (): DestinationStream =>
  // One per process: each has its flush timer, and logging is configured again once the configuration is read.
  (blocks ??= pino.destination({ fd: process.stdout.fd || 1, minLength: 2048, maxWrite: 4096, periodicFlush: 250 }));

let current: Logger;
let operations: Logger;

/** Structured JSON logs (pino) of this process; the level comes from the configuration once it is read. */
export function configureLogging(level: string, destination?: DestinationStream): void {
  current = create(level, destination ?? stdout());
  // The one line per operation has fixed fields (ids, a name, a duration, a code): nothing to redact, and
  // redaction's wildcard paths were a tenth of the server's CPU under co-editing load (a line per keystroke).
  operations = create(level, destination ?? stdoutInBlocks(), false);
}
configureLogging(process.env.BALANS_LOG_LEVEL ?? "info");

export const logger = (): Logger => current;

/** The operation log's writer (`graphql/operation-log.ts`): same level and destination as `logger()`, without redaction. */
export const operationLogger = (): Logger => operations;
