/**
 * Configuration from the environment (and `.env`), validated once at start-up.
 * A bad value stops the process with one message naming every variable at fault.
 */
import { config as loadDotenv } from "dotenv";
import { z } from "zod";

const idList = z
  .string()
  .default("")
  .transform((raw, ctx) => {
    const ids: number[] = [];
    for (const part of raw.split(",").map((p) => p.trim()).filter(Boolean)) {
      if (!/^\d{1,16}$/.test(part)) {
        ctx.addIssue({ code: "custom", message: `"${part}" is not a Telegram user id (digits only)` });
        continue;
      }
      ids.push(Number(part));
    }
    return ids;
  });

const optionalUrl = (protocols: RegExp, hint: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === "" ? undefined : v))
    .refine((v) => v === undefined || protocols.test(v), { message: hint });

export const ConfigSchema = z.object({
  BOT_TOKEN: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === "" ? undefined : v))
    .refine((v) => v === undefined || /^\d+:[A-Za-z0-9_-]{20,}$/.test(v), {
      message: "must look like 123456:ABC-DEF... (from @BotFather)",
    }),
  BOT_API_ROOT: z.string().trim().url("must be a URL such as https://api.telegram.org").default("https://api.telegram.org"),
  DATABASE_URL: optionalUrl(/^postgres(ql)?:\/\//, "must be a postgres:// URL, or unset for the SQLite file"),
  SQLITE_PATH: z.string().trim().default("data/tanyajamsos.db"),
  OWNER_IDS: idList,
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  DEFAULT_LANGUAGE: z.enum(["id", "en"]).default("id"),
  WEBHOOK_URL: optionalUrl(/^https?:\/\//, "must be an https:// URL"),
  WEBHOOK_SECRET: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === "" ? undefined : v))
    .refine((v) => v === undefined || /^[A-Za-z0-9_-]{8,256}$/.test(v), {
      message: "must be 8-256 characters of A-Z, a-z, 0-9, _ or -",
    }),
  /** An officer ticket unanswered this long is raised again. */
  TICKET_RERAISE_HOURS: z.coerce.number().min(0.01).max(720).default(24),
  /** Updates per user per 5 seconds before the bot treats it as a flood; 0 turns the limit off (local use). */
  RATE_LIMIT: z.coerce.number().int().min(0).max(1000).default(8),
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  BROADCAST_RATE_PER_SECOND: z.coerce.number().int().min(1).max(1000).default(25),
  OFFICER_GROUP_ID: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === "" || v === undefined ? undefined : Number(v)))
    .refine((v) => v === undefined || Number.isInteger(v), { message: "must be a chat id (an integer)" }),
}).superRefine((c, ctx) => {
  if (c.WEBHOOK_URL && !c.WEBHOOK_SECRET) {
    ctx.addIssue({ code: "custom", path: ["WEBHOOK_SECRET"], message: "is required when WEBHOOK_URL is set" });
  }
});

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Parses an environment; throws ConfigError listing every bad variable by name. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = ConfigSchema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "config"}: ${issue.message}`);
  throw new ConfigError(problems);
}

/** Loads `.env` (without overriding real environment variables) and parses it. */
export function loadConfig(): Config {
  loadDotenv({ quiet: true });
  return parseConfig(process.env);
}
