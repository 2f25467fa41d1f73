/**
 * A simulated user talking to the real bot in-process: what the terminal chat
 * and the batch interface are built on. Replies come back as plain text with
 * the buttons of the last message, exactly as a user would see them.
 */
import type { Message } from "grammy/types";
import { createApp, type App, type AppOptions } from "../app";
import type { Config } from "../config";
import { htmlToPlain } from "../bot/html";
import { LocalTransport, LOCAL_BOT_INFO } from "../bot/local-transport";
import { UpdateFactory, type SimUser } from "../bot/update-factory";

export interface Button {
  label: string;
  kind: "callback" | "text" | "contact" | "location" | "url";
  data?: string;
  message?: Message;
}

export interface Reply {
  text: string;
  buttons: Button[];
}

export const LOCAL_PHONE = "+6281200000000";

/** Creates the app with its Bot API calls answered in-process. */
export async function createLocalApp(config: Config, options: AppOptions = {}): Promise<{ app: App; transport: LocalTransport }> {
  const transport = new LocalTransport(LOCAL_BOT_INFO);
  const app = await createApp(config, { ...options, overrides: { botInfo: LOCAL_BOT_INFO, clientFetch: transport.fetch, ...options.overrides } });
  return { app, transport };
}

export class LocalSession {
  private readonly updates = new UpdateFactory();
  private lastButtons: Button[] = [];

  constructor(private readonly app: App, readonly transport: LocalTransport) {}

  get buttons(): readonly Button[] {
    return this.lastButtons;
  }

  async send(user: SimUser, text: string): Promise<Reply[]> {
    const press = /^#(\d+)$/.exec(text.trim());
    if (press) return this.press(user, Number(press[1]));
    return this.deliver(() => this.updates.text(user, text));
  }

  async press(user: SimUser, n: number): Promise<Reply[]> {
    const button = this.lastButtons[n - 1];
    if (!button) return [{ text: `(no button [${n}])`, buttons: [] }];
    switch (button.kind) {
      case "callback":
        return this.deliver(() => this.updates.callback(user, button.data!, button.message));
      case "contact":
        return this.deliver(() => this.updates.contact(user, LOCAL_PHONE));
      case "location":
        return this.deliver(() => this.updates.location(user, -5.1477, 119.4327)); // Makassar
      case "url":
        return [{ text: `(opens ${button.data})`, buttons: [] }];
      default:
        return this.deliver(() => this.updates.text(user, button.label));
    }
  }

  private async deliver(make: () => Parameters<App["bot"]["handleUpdate"]>[0]): Promise<Reply[]> {
    const replies: Reply[] = [];
    const stop = this.transport.onCall((call) => {
      if (!["sendMessage", "editMessageText", "editMessageReplyMarkup", "sendDocument", "sendPhoto", "answerCallbackQuery"].includes(call.method)) return;
      const p = call.payload;
      if (call.method === "editMessageReplyMarkup") {
        const buttons = extractButtons(p.reply_markup, call.result as Message);
        replies.push({ text: "(buttons updated)", buttons });
        if (buttons.length > 0) this.lastButtons = buttons;
        return;
      }
      if (call.method === "answerCallbackQuery") {
        if (typeof p.text === "string") replies.push({ text: p.text, buttons: [] });
        return;
      }
      const raw = typeof p.text === "string" ? p.text : typeof p.caption === "string" ? p.caption : `(${call.method})`;
      const text = p.parse_mode === "HTML" ? htmlToPlain(raw) : raw;
      const buttons = extractButtons(p.reply_markup, call.result as Message);
      replies.push({ text, buttons });
      if (buttons.length > 0) this.lastButtons = buttons;
    });
    try {
      await this.app.bot.handleUpdate(make());
    } finally {
      stop();
    }
    return replies;
  }
}

function extractButtons(markup: unknown, message: Message | undefined): Button[] {
  if (!markup || typeof markup !== "object") return [];
  const m = markup as { inline_keyboard?: any[][]; keyboard?: any[][] };
  if (m.inline_keyboard) {
    return m.inline_keyboard.flat().map((b) =>
      b.url ? { label: b.text, kind: "url", data: b.url } : { label: b.text, kind: "callback", data: b.callback_data, message },
    );
  }
  if (m.keyboard) {
    return m.keyboard.flat().map((b) => {
      const label = typeof b === "string" ? b : b.text;
      if (b.request_contact) return { label, kind: "contact" };
      if (b.request_location) return { label, kind: "location" };
      return { label, kind: "text" };
    });
  }
  return [];
}

/** Prints replies as a user reads them, buttons numbered from 1. */
export function formatReplies(replies: Reply[]): string {
  const out: string[] = [];
  replies.forEach((r, i) => {
    out.push(r.text);
    const isLast = i === replies.length - 1 || replies.slice(i + 1).every((x) => x.buttons.length === 0);
    if (r.buttons.length && isLast) out.push(r.buttons.map((b, n) => `[${n + 1}] ${b.label}`).join("\n"));
    out.push("");
  });
  return out.join("\n");
}
