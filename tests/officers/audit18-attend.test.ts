/**
 * Audit 18, finding 7: "✋ Saya hadir" (ev:att:<id>) pressed by a chat the announcement could
 * not reach — no subscription, never delivered (a forged button, an officer of another
 * province) — signed them up, inflating the attendee count officers read and the cancellation
 * notice's recipients. Now only chats the announcement could reach are signed up: a subscription
 * inside the event's area (areaIncludes), or the chat the announcement was delivered to.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actor, OWNER, officerHarness, publishDepsOf, user, clockAt } from "./setup";
import { grantOfficer } from "../../src/store/repos/officers";
import { subscribe, unsubscribe } from "../../src/officers/subscriptions";
import { createEventDraft, publishEvent } from "../../src/officers/events";
import type { SimUser } from "../../src/bot/update-factory";

const NOW = new Date("2026-11-27T01:00:00Z");
const JABAR_OFFICER = user(613002, "Jaja");
const SULSEL_OFFICER = user(613001, "Sri");
const NOBODY = user(713009, "Cici");
const ENGLISH_NOBODY: SimUser = { id: 713010, first_name: "Eve", language_code: "en" };
const MAKASSAR = user(713001, "Mira");
const BANDUNG = user(713002, "Budi");
const LEFT_SINCE = user(713003, "Lia");

describe("Saya hadir signs up only chats the announcement could reach (audit 18 #7)", () => {
  clockAt(NOW);
  let h: Awaited<ReturnType<typeof officerHarness>>;
  let eventId: number;
  beforeEach(async () => {
    h = await officerHarness();
    const db = h.store.db;
    await grantOfficer(db, JABAR_OFFICER.id, "32", OWNER.id);
    await grantOfficer(db, SULSEL_OFFICER.id, "73", OWNER.id);
    await subscribe(db, MAKASSAR.id, { provinceCode: "73", regencyCode: "73.71", topics: ["events"] });
    await subscribe(db, BANDUNG.id, { provinceCode: "32", topics: ["events"] });
    await subscribe(db, LEFT_SINCE.id, { provinceCode: "32", topics: ["events"] });
    const draft = await createEventDraft(db, {
      title: "Sosialisasi Bandung", startsAt: new Date("2026-12-03T02:00:00Z"), zone: "WIB", place: "Gedung Sate", provinceCodes: ["32"], regencyCodes: [], description: "",
    }, JABAR_OFFICER.id, NOW);
    const { broadcastId } = await publishEvent(publishDepsOf(h), draft, { createdBy: JABAR_OFFICER.id });
    eventId = draft.id;
    // the announcement reached Lia (the worker is not running here), who then ended her subscription
    await db.updateTable("deliveries").set({ status: "sent" }).where("broadcast_id", "=", broadcastId).where("chat_id", "=", LEFT_SINCE.id).execute();
    await unsubscribe(db, LEFT_SINCE.id);
  });
  afterEach(async () => h.close());

  /** The button pressed under the announcement's message (as it reached the chat, or a forged one). */
  const press = async (u: SimUser) => {
    const message = { message_id: 7, date: Math.floor(NOW.getTime() / 1000), chat: { id: u.id, type: "private", first_name: u.first_name }, text: "Sosialisasi Bandung" };
    const calls = await h.handle(h.updates.callback(u, `ev:att:${eventId}`, message as never));
    return calls.filter((c) => c.method === "answerCallbackQuery" || c.method === "sendMessage").map((c) => String(c.payload.text ?? "")).join("\n");
  };
  const attendeeLine = async () => (await actor(h, JABAR_OFFICER).say("/acara")).match(/👥 .*hadir/)?.[0];

  it("someone with no subscription, or an officer of another province, is refused and not counted", async () => {
    const refusal = "Kehadiran hanya dicatat untuk penerima pengumuman acara ini (pelanggan di wilayahnya). Anda belum berlangganan di wilayah acara ini. Ketik /langganan untuk memilih wilayah Anda.";
    expect(await press(NOBODY)).toBe(refusal);
    expect(await press(SULSEL_OFFICER)).toBe(refusal);
    // the Jabar officer, not subscribed either, still sees the count (and is refused the same way)
    expect(await press(JABAR_OFFICER)).toBe(refusal);
    expect(await press(ENGLISH_NOBODY)).toContain("You are not subscribed in this event's area. Type /langganan");
    // a subscriber elsewhere keeps the refusal naming their own area
    expect(await press(MAKASSAR)).toContain("bukan untuk wilayah langganan Anda");
    expect(await attendeeLine()).toBe("👥 0 orang akan hadir");
    expect(h.transport.violations).toEqual([]);
  });

  it("a subscriber in the area, and a chat the announcement was delivered to, are signed up and counted", async () => {
    expect(await press(BANDUNG)).toContain("Tercatat");
    expect(await press(LEFT_SINCE)).toContain("Tercatat");
    expect(await press(LEFT_SINCE)).toContain("sudah tercatat");
    expect(await press(NOBODY)).toContain("Anda belum berlangganan di wilayah acara ini");
    expect(await attendeeLine()).toBe("👥 2 orang akan hadir");
  });

  it("cancelling tells only those who could attend", async () => {
    await press(BANDUNG);
    await press(NOBODY);
    const o = actor(h, JABAR_OFFICER);
    await o.say("/acara");
    await o.press(`ev:cx:${eventId}`);
    const done = await o.press(`ev:cxy:${eventId}`);
    expect(done).toContain("Acara Sosialisasi Bandung dibatalkan");
    expect(done).toContain("untuk 2 orang");
    const notice = await h.store.db.selectFrom("broadcasts").select("id").where("kind", "=", "event_cancelled").executeTakeFirstOrThrow();
    const to = await h.store.db.selectFrom("deliveries").select("chat_id").where("broadcast_id", "=", notice.id).orderBy("chat_id").execute();
    // Budi pressed, Lia received the announcement; Cici's press was refused, so she is not told
    expect(to.map((d) => Number(d.chat_id))).toEqual([BANDUNG.id, LEFT_SINCE.id]);
  });
});
