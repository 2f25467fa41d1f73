/**
 * A simulated user talking to the real bot in-process: what the terminal chat
 * and the batch interface are built on. Replies come back as plain text, each
 * message with its buttons, as a user would see them. The buttons of every message
 * of the last reply that had any are numbered in one run, across its messages
 * (a "Maksud Anda…?" and the form-paused note under it: [1]–[3] and [4]), and `#N`
 * presses button N of that run.
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
  /** The buttons `#N` presses: every message's of the last reply that had buttons, in order (formatReplies numbers them so). */
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
    });
    try {
      await this.app.bot.handleUpdate(make());
    } finally {
      stop();
    }
    // a reply without buttons leaves the previous ones pressable, as a chat app shows them
    const all = replies.flatMap((r) => r.buttons);
    if (all.length > 0) this.lastButtons = all;
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

/**
 * Prints replies as a user reads them: each message with its own buttons under it, numbered
 * from 1 on through the whole reply, as LocalSession's `#N` presses them.
 */
export function formatReplies(replies: Reply[]): string {
  const out: string[] = [];
  let n = 0;
  for (const r of replies) {
    out.push(r.text);
    if (r.buttons.length) out.push(r.buttons.map((b) => `[${++n}] ${b.label}`).join("\n"));
    out.push("");
  }
  return out.join("\n");
}
