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
];

function create(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "balans" },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: SECRET_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]), censor: "[redacted]" },
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
