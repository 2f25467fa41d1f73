import { ConfigError, loadConfig, type Config } from "../config";
import { KnowledgeError } from "../knowledge/load";

/** Loads the configuration; on a bad value prints every problem by name and exits, never a stack trace. */
export function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
}

/** Start-up failures a person can fix, printed plainly. */
export function explainStartupError(error: unknown): string {
  if (error instanceof KnowledgeError) return `${error.message}\nRun npm run kb:check for details.`;
  if (error instanceof ConfigError) return error.message;
  return `TanyaJamsos could not start: ${(error as Error).message}`;
}
