/** A harness with the officer, subscription and event features over a real SQLite file. */
import { afterEach, beforeEach, vi } from "vitest";
import type { Message } from "grammy/types";
import { createHarness, createTestStore, type Harness } from "../helpers/harness";
import type { SimUser } from "../../src/bot/update-factory";
import type { ApiCall } from "../../src/bot/local-transport";
import { htmlToPlain } from "../../src/bot/html";
import { Regions } from "../../src/regions";
import { createI18n } from "../../src/bot/i18n";

let regions: Promise<Regions> | undefined;
export const loadRegions = () => (regions ??= Regions.load());

export const OWNER: SimUser = { id: 1, first_name: "Owner", language_code: "id" };

export async function officerHarness(): Promise<Harness & { regions: Regions }> {
  const store = await createTestStore();
  const r = await loadRegions();
  const h = await createHarness({
    store,
    env: { OWNER_IDS: String(OWNER.id) },
  });
  const closeHarness = h.close;
  return Object.assign(h, {
    regions: r,
    close: async () => {
      await closeHarness();
      await store.close();
    },
  });
}

export const user = (id: number, first_name = "Ani"): SimUser => ({ id, first_name, language_code: "id" });

/** Someone who talks to the bot and presses buttons on the last message that had inline buttons. */
export function actor(h: Harness, u: SimUser) {
  let last: Message | undefined;
  let calls: ApiCall[] = [];
  const track = (c: ApiCall[]) => {
    calls = c;
    for (const x of c) {
      const markup = x.payload.reply_markup as object | undefined;
      if ((x.method === "sendMessage" || x.method === "sendPhoto") && markup && "inline_keyboard" in markup) last = x.result as Message;
    }
    return c
      .filter((x) => x.method === "sendMessage" || x.method === "answerCallbackQuery" || x.method === "sendPhoto" || x.method === "editMessageText")
      .map((x) => htmlToPlain(String(x.payload.text ?? x.payload.caption ?? "")))
      .join("\n");
  };
  return {
    say: async (text: string) => track(await h.handle(h.updates.text(u, text))),
    press: async (data: string) => track(await h.handle(h.updates.callback(u, data, last))),
    photo: async (fileId: string) =>
      track(
        await h.handle(
          h.updates.raw({
            message: {
              message_id: 900_000 + Math.floor(Math.random() * 1000),
              date: Math.floor(Date.now() / 1000),
              chat: { id: u.id, type: "private", first_name: u.first_name },
              from: { id: u.id, is_bot: false, first_name: u.first_name },
              photo: [{ file_id: fileId, file_unique_id: `${fileId}-u`, width: 800, height: 600 }],
            },
          } as never),
        ),
      ),
    get calls() {
      return calls;
    },
  };
}

export async function audit(h: Harness, action: string) {
  return h.store.db.selectFrom("audit_log").selectAll().where("action", "=", action).orderBy("id").execute();
}

/** Every test of the file runs at `now` (only Date is faked: timers and promises run as usual). */
export function clockAt(now: Date): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(now);
  });
  afterEach(() => vi.useRealTimers());
}

/** What /acara_baru asks, in order; `provinces` only of an owner or all-province officer, who are asked. */
export interface EventFormAnswers {
  title: string;
  provinces?: string;
  when: string;
  place: string;
}

/**
 * Walks /acara_baru for all regencies and no description or photo, up to the preview; returns
 * what the preview step said.
 */
export async function fillEventForm(a: ReturnType<typeof actor>, answers: EventFormAnswers): Promise<string> {
  await a.say("/acara_baru");
  await a.say(answers.title);
  if (answers.provinces) await a.say(answers.provinces);
  await a.press("ev:reg:all");
  await a.say(answers.when);
  await a.say(answers.place);
  await a.say("-");
  return a.press("ev:photo:skip");
}

type OfficerActor = ReturnType<typeof actor>;
/** Every inline button the actor has been sent so far. */
export const sentButtons = (a: OfficerActor) =>
  a.calls.flatMap((c) => ((c.payload.reply_markup as { inline_keyboard?: { text: string; callback_data: string }[][] })?.inline_keyboard ?? []).flat());
/** The callback data of the first button sent whose data starts with `prefix`. */
export const sentButtonData = (a: OfficerActor, prefix: string) => {
  const found = sentButtons(a).find((b) => b.callback_data.startsWith(prefix));
  if (!found) throw new Error(`no button ${prefix}`);
  return found.callback_data;
};
/** The stored event with this title. */
export const eventNamed = (h: Harness, title: string) => h.store.db.selectFrom("events").selectAll().where("title", "=", title).executeTakeFirstOrThrow();
/** The chats a broadcast was queued for. */
export const recipientsOf = async (h: Harness, broadcastId: number) =>
  (await h.store.db.selectFrom("deliveries").select("chat_id").where("broadcast_id", "=", broadcastId).orderBy("chat_id").execute()).map((d) => Number(d.chat_id));
/** What publishing an event needs, in Indonesian. */
export const publishDepsOf = (h: Harness & { regions: Regions }) => {
  const i18n = createI18n("id");
  return { db: h.store.db, regions: h.regions, t: (k: string, v?: Record<string, string | number>) => i18n.t("id", k, v) };
};
