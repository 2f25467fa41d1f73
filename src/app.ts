/**
 * Wires configuration, knowledge, storage and features into a bot. Every entry
 * point (Telegram runner, webhook server, terminal chat, batch ask) calls this.
 */
import type { Config } from "./config";
import { loadKnowledge, type KnowledgeBase } from "./knowledge/load";
import { createSearch, type KnowledgeSearch } from "./knowledge/search";
import { createLogger, type Logger } from "./logger";
import { createBot, type BotDeps } from "./bot/create-bot";

export interface App {
  bot: ReturnType<typeof createBot>;
  knowledge: KnowledgeBase;
  search: KnowledgeSearch;
  logger: Logger;
  /** Database reachable and knowledge loaded: what /healthz reports. */
  health(): Promise<{ ok: boolean; database: boolean; knowledge: number }>;
  close(): Promise<void>;
}

export interface AppOptions {
  logger?: Logger;
  knowledgeDir?: string;
  overrides?: Partial<BotDeps>;
}

export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const knowledge = loadKnowledge(options.knowledgeDir);
  const search = createSearch(knowledge);
  const bot = createBot(config, { knowledge, search, logger, ...options.overrides });
  return {
    bot,
    knowledge,
    search,
    logger,
    async health() {
      return { ok: knowledge.entries.length > 0, database: true, knowledge: knowledge.entries.length };
    },
    async close() {},
  };
}
