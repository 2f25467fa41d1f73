/**
 * Structured logs with pino. Never log names, phone numbers or message text at
 * info level: updates are logged by kind, outcome and duration only.
 */
import pino from "pino";

export type Logger = pino.Logger;

export function createLogger(level: string = "info", destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: ["*.text", "*.phone", "*.phone_number", "*.first_name", "*.last_name", "*.username", "*.contact", "*.question"], censor: "[redacted]" },
    },
    destination ?? pino.destination(2),
  );
}
