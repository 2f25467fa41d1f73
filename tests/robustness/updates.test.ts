/**
 * 10,000 generated updates of every awkward kind through the real bot: no
 * crash, no unhandled rejection, nothing Telegram would refuse, and a
 * consistent database afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import type { Update } from "grammy/types";
import { createHarness, type Harness } from "../helpers/harness";
import { createLogger } from "../../src/logger";

const TOTAL = 10_000;

/** Small seeded PRNG so a failure can be replayed. */
function prng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

const TEXTS = [
  "apa itu jht", "brp iuran bpu sebulan", "gmn klaim jht kl resign", "saya mau daftar", "hitung iuran", "dana desa boleh bayar bpjs?",
  "halo", "/start", "/bantuan", "/bahasa", "/dataku", "/batal", "/daftar", "/tidakada", "/start@OtherBot", "   ", "😀😀😀🎉",
  "مرحبا كيف حالك", "\u200b\u200b\u200b", "a\u200db\u200cc", "<b>tebal</b> & <script>", "x".repeat(5000), "0812 3456 7890", "sulsel",
  "brp iuran bpjs kesehatan kelas 3", "🤔?", "\u202eterbalik", "SELECT * FROM users;--", "${process.exit()}", "🇮🇩".repeat(200),
];
const CALLBACKS = ["kb:jht-apa-itu", "kb:hilang", "kb:none", "menu:ask", "menu:join", "menu:calc", "lang:en", "lang:id", "enr:kind:wage", "enr:consent:yes", "enr:prog:jkk", "enr:prog:done", "enr:submit", "flow:cancel", "fb:1:jht-apa-itu", "x", "💥".repeat(16), "privacy:keep"];

let h: Harness;
const errors: string[] = [];
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);

beforeAll(async () => {
  process.on("unhandledRejection", onRejection);
  const sink = { write: (line: string) => { if (line.includes('"level":50') || line.includes('"level":60')) errors.push(line.slice(0, 400)); return true; } };
  h = await createHarness({ logger: createLogger("error", sink as never) });
});
afterAll(async () => {
  process.off("unhandledRejection", onRejection);
  await h.close();
});

function generate(random: () => number, i: number): Update {
  const pick = <T,>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const userId = 1 + Math.floor(random() * 300);
  const user = { id: userId, first_name: pick(["Ani", "بدر", "<b>x</b>", "😀", "A".repeat(64)]), language_code: pick(["id", "en", "ar", undefined]) };
  const privateChat = { id: userId, type: "private" as const, first_name: user.first_name };
  const group = { id: -1000 - (userId % 7), type: "supergroup" as const, title: "Warga" };
  const chat = random() < 0.15 ? group : privateChat;
  const base = { message_id: i + 1, date: 1_700_000_000 + i, chat, from: { id: userId, is_bot: false, first_name: user.first_name, language_code: user.language_code } };
  const kind = random();
  if (kind < 0.55) return h.updates.text(user, pick(TEXTS), chat === group ? { chat: group } : {});
  if (kind < 0.75) return h.updates.callback(user, pick(CALLBACKS), random() < 0.8 ? ({ ...base, text: "x" } as never) : undefined);
  if (kind < 0.80) return h.updates.raw({ edited_message: { ...base, edit_date: base.date + 5, text: pick(TEXTS) } } as never);
  if (kind < 0.84) return h.updates.raw({ channel_post: { message_id: i, date: base.date, chat: { id: -200, type: "channel", title: "Kanal" }, text: "pengumuman" } } as never);
  if (kind < 0.87) return h.updates.raw({ message: { ...base, chat: group, new_chat_members: [{ id: 999, is_bot: false, first_name: "Baru" }] } } as never);
  if (kind < 0.90) return h.updates.raw({ message: { ...base, sticker: { file_id: "s", file_unique_id: "u", type: "regular", width: 1, height: 1, is_animated: false, is_video: false } } } as never);
  if (kind < 0.94) return h.updates.contact(user, pick(["+6281234567890", "12", "+1 555 0100"]), random() < 0.5 ? userId : 424242);
  if (kind < 0.97) return h.updates.location(user, -5.1, 119.4);
  return h.updates.raw({ my_chat_member: { chat: privateChat, from: base.from, date: base.date, old_chat_member: { status: "member", user: { id: 1, is_bot: true, first_name: "b" } }, new_chat_member: { status: "kicked", user: { id: 1, is_bot: true, first_name: "b" }, until_date: 0 } } } as never);
}

describe("robustness", () => {
  it(`survives ${TOTAL} generated updates`, async () => {
    const random = prng(20261124);
    let thrown = 0;
    for (let i = 0; i < TOTAL; i++) {
      try {
        await h.app.bot.handleUpdate(generate(random, i));
      } catch {
        thrown++;
      }
    }
    expect(thrown).toBe(0);
    expect(rejections).toEqual([]);
    expect(errors).toEqual([]);
    expect(h.transport.violations).toEqual([]);
    expect(h.transport.calls.filter((c) => c.method === "sendMessage").length).toBeGreaterThan(1000);

    const integrity = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(h.store.db);
    expect(integrity.rows[0]!.integrity_check).toBe("ok");
    const orphans = await sql`PRAGMA foreign_key_check`.execute(h.store.db);
    expect(orphans.rows).toEqual([]);
    // every stored lead came with its consent
    const leadsWithoutConsent = await h.store.db
      .selectFrom("leads")
      .select("leads.id")
      .where((eb) => eb.not(eb.exists(eb.selectFrom("consents").select("consents.id").whereRef("consents.chat_id", "=", "leads.chat_id"))))
      .execute();
    expect(leadsWithoutConsent).toEqual([]);
  }, 240_000);
});
