/**
 * Webhook mode: a node:http server that takes Telegram's updates (checking the
 * secret token header), answers /healthz, and sets the webhook at start.
 * Several instances can run behind a load balancer when they share PostgreSQL.
 */
import { createServer, type Server } from "node:http";
import { webhookCallback } from "grammy";
import type { App } from "../app";
import type { Config } from "../config";

export interface WebhookServer {
  server: Server;
  port: number;
  close(): Promise<void>;
}

export async function startWebhookServer(app: App, config: Config, options: { setWebhook?: boolean } = {}): Promise<WebhookServer> {
  const { bot, logger } = app;
  const path = new URL(config.WEBHOOK_URL!).pathname || "/";
  const handle = webhookCallback(bot, "http", {
    secretToken: config.WEBHOOK_SECRET,
    // Telegram waits at most ~60 s; answer before that and let slow work finish in the background
    onTimeout: "return",
    timeoutMilliseconds: 50_000,
  });
  let inFlight = 0;
  let drained: (() => void) | undefined;

  const server = createServer(async (req, res) => {
    if (req.method === "GET" && req.url === "/healthz") {
      const health = await app.health();
      res.writeHead(health.ok ? 200 : 503, { "content-type": "application/json" });
      res.end(JSON.stringify(health));
      return;
    }
    if (req.method !== "POST" || req.url?.split("?")[0] !== path) {
      res.writeHead(404).end();
      return;
    }
    inFlight++;
    try {
      await handle(req, res);
    } catch (error) {
      logger.error({ err: (error as Error).message }, "webhook request failed");
      if (!res.headersSent) res.writeHead(500).end();
    } finally {
      inFlight--;
      if (inFlight === 0) drained?.();
    }
  });

  await new Promise<void>((resolve) => server.listen(config.PORT, "0.0.0.0", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.PORT;
  if (options.setWebhook !== false) {
    await bot.api.setWebhook(config.WEBHOOK_URL!, {
      secret_token: config.WEBHOOK_SECRET,
      allowed_updates: ["message", "edited_message", "callback_query", "my_chat_member"],
    });
  }
  logger.info({ port }, "webhook server listening");

  return {
    server,
    port,
    async close() {
      // stop taking new requests, then wait for the updates in hand
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if (inFlight === 0) return;
        drained = resolve;
      });
    },
  };
}
