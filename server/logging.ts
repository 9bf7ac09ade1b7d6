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

function create(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "balans" },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: SECRET_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]), censor: "[redacted]" },
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

let current = create(process.env.BALANS_LOG_LEVEL ?? "info");

/** Structured JSON logs (pino) of this process; the level comes from the configuration once it is read. */
export function configureLogging(level: string, destination?: DestinationStream): void {
  current = create(level, destination);
}

export const logger = (): Logger => current;
