/**
 * Exploratory report 3:
 * - item 5: "✅ Selesai" on a group with people waiting for news asks first, then tells them
 *   no answer was added (call center 175), and keeps neither their chat id nor their consent;
 * - item 6: /pertanyaan says how many groups there are and pages through them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Message } from "grammy/types";
import { buttonData, buttonLabels, createHarness, storeUnanswered, worker, type Harness } from "../helpers/harness";
import type { ApiCall } from "../../src/bot/local-transport";
import { htmlToPlain } from "../../src/bot/html";
import { grantOfficer } from "../../src/store/repos/officers";
import { hasActiveConsent } from "../../src/store/repos/consents";
import { listAudit } from "../../src/store/repos/audit";
import { BroadcastWorker } from "../../src/broadcast/worker";

const OWNER = 1;
const OFFICER_ALL = 200003;
const officer = worker(OFFICER_ALL);
let h: Harness;

const sends = (calls: ApiCall[]) => calls.filter((c) => c.method === "sendMessage");
const plain = (c: ApiCall | undefined) => htmlToPlain(String(c?.payload.text ?? ""));
const callbackText = (calls: ApiCall[]) => calls.find((c) => c.method === "answerCallbackQuery")?.payload.text;
const openRows = () => h.store.db.selectFrom("unanswered_questions").selectAll().where("handled", "=", 0).execute();

/** An unanswered question as an older version of the bot stored it: unmasked. */
const storeQuestion = (chatId: number, text: string, groupKey: string) => storeUnanswered(h.store.db, { chatId, text, groupKey });

beforeAll(async () => {
  h = await createHarness({ env: { OWNER_IDS: String(OWNER) } });
  await grantOfficer(h.store.db, OFFICER_ALL, null, OWNER);
});
afterAll(() => h.close());

describe("closing a group that people wait on", () => {
  const asker = worker(300061);

  it("asks the officer first, naming how many wait; then tells them kindly and forgets them", async () => {
    // the citizen asks something the bot declines, and presses "🔔 Ya, beri tahu saya"
    let sent = sends(await h.handle(h.updates.text(asker, "apakah arisan kantor dapat santunan dari bpjs?")));
    const clarify = sent.find((c) => buttonData(c).includes("kb:none"));
    if (clarify) sent = sends(await h.handle(h.updates.callback(asker, "kb:none", clarify.result as Message)));
    const offer = sent.find((c) => buttonData(c).some((d) => d.startsWith("fbn:")))!;
    const notifyData = buttonData(offer).find((d) => d.startsWith("fbn:"))!;
    await h.handle(h.updates.callback(asker, notifyData, offer.result as Message));
    expect(await hasActiveConsent(h.store.db, asker.id, "notify")).toBe(true);

    const list = sends(await h.handle(h.updates.text(officer, "/pertanyaan")))[0]!;
    expect(plain(list)).toContain("1 orang menunggu kabar");
    const resolve = buttonData(list).find((d) => d.startsWith("fbg:r:"))!;

    // the first press only asks; nothing is closed and nobody is told
    const ask = sends(await h.handle(h.updates.callback(officer, resolve, list.result as Message)));
    expect(ask.map((c) => Number(c.payload.chat_id))).toEqual([OFFICER_ALL]);
    expect(plain(ask[0])).toContain("1 orang menunggu kabar untuk pertanyaan ini");
    expect(plain(ask[0])).toContain("175");
    expect(buttonLabels(ask[0])).toEqual(["✅ Ya, tandai selesai", "🔗 Tautkan ke jawaban"]);
    for (const d of buttonData(ask[0])) expect(Buffer.byteLength(d)).toBeLessThanOrEqual(64);
    expect(await openRows()).toHaveLength(1);

    // a citizen cannot press the confirmation
    const forged = await h.handle(h.updates.callback(asker, buttonData(ask[0])[0]!, ask[0]!.result as Message));
    expect(callbackText(forged)).toBe("Perintah ini khusus petugas.");
    expect(await openRows()).toHaveLength(1);

    const done = await h.handle(h.updates.callback(officer, buttonData(ask[0])[0]!, ask[0]!.result as Message));
    // queued in the closing's transaction; the broadcast worker delivers it
    expect(sends(done).filter((c) => Number(c.payload.chat_id) === asker.id)).toEqual([]);
    const before = h.transport.calls.length;
    await new BroadcastWorker({ db: h.store.db, dialect: h.store.dialect, api: h.app.bot.api, perChatIntervalMs: 0 }).runUntilIdle();
    const toCitizen = sends(h.transport.calls.slice(before)).filter((c) => Number(c.payload.chat_id) === asker.id);
    expect(toCitizen).toHaveLength(1);
    expect(plain(toCitizen[0])).toContain("apakah arisan kantor dapat santunan dari bpjs?");
    expect(plain(toCitizen[0])).toContain("tanpa menambahkan jawabannya");
    expect(plain(toCitizen[0])).toContain("175");
    expect(buttonData(toCitizen[0])).toEqual(["tk:ask"]);
    const toOfficer = sends(done).filter((c) => Number(c.payload.chat_id) === OFFICER_ALL).map(plain).join("\n");
    expect(toOfficer).toContain("Ditandai selesai: 1 pertanyaan");
    expect(toOfficer).toContain("Kabar bahwa belum ada jawaban dijadwalkan untuk dikirim ke 1 orang yang menunggu");
    // the confirmation's buttons are spent
    expect(done.some((c) => c.method === "editMessageReplyMarkup" && c.payload.reply_markup === undefined)).toBe(true);

    expect(await openRows()).toHaveLength(0);
    const rows = await h.store.db.selectFrom("unanswered_questions").select("notify_chat_id").execute();
    expect(rows.every((r) => r.notify_chat_id === null)).toBe(true);
    expect(await hasActiveConsent(h.store.db, asker.id, "notify")).toBe(false);
    const [entry] = await listAudit(h.store.db, { action: "unanswered_resolved" });
    expect(JSON.parse(entry!.details)).toMatchObject({ count: 1, scheduled: 1 });
    expect(entry!.details).not.toContain(String(asker.id));

    // pressed again: already handled, nobody told twice
    const again = await h.handle(h.updates.callback(officer, buttonData(ask[0])[0]!, ask[0]!.result as Message));
    expect(callbackText(again)).toContain("Kelompok pertanyaan ini sudah ditandai selesai");
    expect(sends(again).filter((c) => Number(c.payload.chat_id) === asker.id)).toEqual([]);
    expect(h.transport.violations).toEqual([]);
  });
});

describe("/pertanyaan pages through every open group", () => {
  it("says how many groups there are, and 'Berikutnya' shows the rest", async () => {
    const topics = ["kucing persia", "kucing kampung", "ikan koi", "burung lovebird", "kura-kura", "hamster", "kelinci"];
    for (const [i, topic] of topics.entries()) await storeQuestion(300070 + i, `asuransi ${topic}`, `g-${i}`);
    // a second person in one group: that group comes first
    await storeQuestion(300080, "asuransi hamster juga", "g-5");

    const list = sends(await h.handle(h.updates.text(officer, "/pertanyaan")))[0]!;
    const first = plain(list);
    expect(first).toContain("7 kelompok belum ditangani (8 pertanyaan)");
    expect(first).toContain("ditampilkan 1–5");
    expect(first).toMatch(/^1\. 2 orang bertanya mirip: asuransi hamster juga$/m);
    expect(first).not.toMatch(/^6\./m);
    expect(buttonLabels(list)).toContain("Berikutnya ▶");
    expect(buttonLabels(list)).not.toContain("◀ Sebelumnya");
    const next = buttonData(list).find((d) => d.startsWith("fbg:p:"))!;
    expect(next).toBe("fbg:p:5");

    const page = await h.handle(h.updates.callback(officer, next, list.result as Message));
    const edit = page.find((c) => c.method === "editMessageText")!;
    const second = plain(edit);
    expect(second).toContain("ditampilkan 6–7");
    expect(second).toMatch(/^6\. 1 orang bertanya mirip: asuransi/m);
    expect(second).toMatch(/^7\. 1 orang bertanya mirip: asuransi/m);
    expect(buttonLabels(edit)).toEqual(["🔗 Tautkan 6", "✅ Selesai 6", "🔗 Tautkan 7", "✅ Selesai 7", "◀ Sebelumnya"]);
    for (const d of buttonData(edit)) expect(Buffer.byteLength(d)).toBeLessThanOrEqual(64);
    // every group is on one of the two pages
    for (const topic of ["kucing persia", "kucing kampung", "ikan koi", "burung lovebird", "kura-kura", "kelinci"]) expect(`${first}\n${second}`).toContain(`asuransi ${topic}`);

    // the buttons of page 2 act on their own group
    const resolveSix = buttonData(edit)[1]!;
    const closed = sends(await h.handle(h.updates.callback(officer, resolveSix, edit.result as Message)));
    expect(plain(closed[0])).toContain("Ditandai selesai: 1 pertanyaan");

    // forged or odd offsets are refused; non-officers cannot page
    expect(callbackText(await h.handle(h.updates.callback(officer, "fbg:p:3", list.result as Message)))).toBe("Tombol ini sudah tidak berlaku.");
    expect(callbackText(await h.handle(h.updates.callback(worker(300090), "fbg:p:5", list.result as Message)))).toBe("Perintah ini khusus petugas.");
    // an offset past the end shows the last page that still has groups
    const past = (await h.handle(h.updates.callback(officer, "fbg:p:50", list.result as Message))).find((c) => c.method === "editMessageText")!;
    expect(plain(past)).toContain("6 kelompok belum ditangani");
    expect(plain(past)).toContain("ditampilkan 6–6");
    expect(h.transport.violations).toEqual([]);
  });
});
