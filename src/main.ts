/**
 * `npm start`. With BOT_TOKEN: long polling through @grammyjs/runner (or a
 * webhook server when WEBHOOK_URL is set). Without it: the terminal chat, so a
 * newcomer sees the bot work at once.
 */
import { run } from "@grammyjs/runner";
import { createApp } from "./app";
import { menuCommands } from "./bot/commands";
import { createI18n } from "./bot/i18n";
import { explainStartupError, loadConfigOrExit } from "./cli/config-or-exit";
import { runTerminalChat } from "./cli/terminal-chat";

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  if (!config.BOT_TOKEN) {
    console.log("BOT_TOKEN is not set: starting the terminal chat instead of Telegram (see README).");
    await runTerminalChat();
    return;
  }
  const app = await createApp(config);
  const { bot, logger } = app;
  await bot.init();
  const i18n = createI18n(config.DEFAULT_LANGUAGE);
  await bot.api.setMyCommands(menuCommands("id", (key) => i18n.t("id", key)));
  await bot.api.setMyCommands(menuCommands("en", (key) => i18n.t("en", key)), { language_code: "en" });

  const stopBackground = app.startBackground();

  if (config.WEBHOOK_URL) {
    const { startWebhookServer } = await import("./server/webhook");
    const server = await startWebhookServer(app, config);
    const shutdown = async () => {
      logger.info("shutting down: finishing updates and sends in hand");
      await server.close();
      await stopBackground();
      await app.close();
      process.exit(0);
    };
    process.once("SIGINT", shutdown);
    process.once("SIGTERM", shutdown);
    return;
  }

  await bot.api.deleteWebhook();
  const runner = run(bot, { runner: { fetch: { allowed_updates: ["message", "edited_message", "callback_query", "my_chat_member"] } } });
  logger.info({ bot: bot.botInfo.username }, "long polling started");
  const shutdown = async () => {
    logger.info("shutting down: finishing updates in hand");
    if (runner.isRunning()) await runner.stop();
    await stopBackground();
    await app.close();
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

main().catch((error) => {
  console.error(explainStartupError(error));
  process.exit(1);
});
