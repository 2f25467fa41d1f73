import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Message } from "grammy/types";
import { buttonData, buttonLabels, createHarness, createTestStore, worker, type Harness } from "../helpers/harness";
import type { ApiCall } from "../../src/bot/local-transport";
import { htmlToPlain } from "../../src/bot/html";
import { Regions } from "../../src/regions";
import { createUnansweredRecorder } from "../../src/bot/features/feedback";
import { reraiseStaleTickets } from "../../src/bot/features/tickets";
import { grantOfficer } from "../../src/store/repos/officers";
import { getUserRef } from "../../src/store/repos/users";
import { hasActiveConsent } from "../../src/store/repos/consents";
import { listAudit } from "../../src/store/repos/audit";
import type { Store } from "../../src/store";
import { BroadcastWorker } from "../../src/broadcast/worker";

const OWNER = 1;
const OFFICER_SULSEL = 500;
const OFFICER_JABAR = 501;
let h: Harness;
let store: Store & { path: string };

beforeAll(async () => {
  store = await createTestStore();
  const regions = await Regions.load();
  let recorder: ReturnType<typeof createUnansweredRecorder> | undefined;
  h = await createHarness({
    store,
    env: { OWNER_IDS: String(OWNER) },
  });
  // the app wires the feedback and ticket features and the unanswered recorder itself
  recorder = createUnansweredRecorder(store.db, h.app.search.normalizer);
  await grantOfficer(store.db, OFFICER_SULSEL, "73", OWNER);
  await grantOfficer(store.db, OFFICER_JABAR, "32", OWNER);
});
afterAll(async () => {
  await h.close();
  await store.close();
});

const sends = (calls: ApiCall[]) => calls.filter((c) => c.method === "sendMessage");
const plain = (c: ApiCall | undefined) => htmlToPlain(String(c?.payload.text ?? ""));
const callbackText = (calls: ApiCall[]) => calls.find((c) => c.method === "answerCallbackQuery")?.payload.text;

async function ask(userId: number, text: string) {
  const calls = await h.handle(h.updates.text(worker(userId), text));
  return { calls, sent: sends(calls) };
}

describe("👍/👎 on answers", () => {
  it("stores a vote per entry with the user_ref, thanks, removes the buttons, and ignores a second press", async () => {
    const user = worker(2001);
    const { sent } = await ask(user.id, "apa itu jht");
    const answer = sent[0]!;
    expect(buttonData(answer)).toContain("fb:1:jht-apa-itu");

    const vote = await h.handle(h.updates.callback(user, "fb:1:jht-apa-itu", answer.result as Message));
    expect(callbackText(vote)).toBe("Terima kasih!");
    const edit = vote.find((c) => c.method === "editMessageReplyMarkup")!;
    expect(edit).toBeDefined();
    expect(buttonData(edit).some((d) => d.startsWith("fb:"))).toBe(false);

    const rows = await store.db.selectFrom("feedback").selectAll().where("entry_id", "=", "jht-apa-itu").execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ helpful: 1, user_ref: await getUserRef(store.db, user.id), comment: null });
    expect(JSON.stringify(rows)).not.toContain(String(user.id));

    // a second press on the same message (e.g. a double tap before the edit arrived) is not counted
    const again = await h.handle(h.updates.callback(user, "fb:0:jht-apa-itu", answer.result as Message));
    expect(callbackText(again)).toContain("sudah Anda nilai");
    expect(await store.db.selectFrom("feedback").selectAll().where("entry_id", "=", "jht-apa-itu").execute()).toHaveLength(1);
    expect(sends(again)).toHaveLength(0);
  });

  it("👎 asks what was missing; the next message becomes the comment and an unanswered question", async () => {
    const user = worker(2002);
    const { sent } = await ask(user.id, "apa itu jht");
    const down = await h.handle(h.updates.callback(user, "fb:0:jht-apa-itu", sent[0]!.result as Message));
    const prompt = sends(down)[0]!;
    expect(plain(prompt)).toContain("Apa yang kurang");
    expect(buttonLabels(prompt)).toEqual(["Lewati"]);

    const reply = await h.say(user, "syarat pencairannya tidak dijelaskan");
    expect(reply.join("\n")).toContain("masukan Anda kami catat");
    const ref = await getUserRef(store.db, user.id);
    const fb = await store.db.selectFrom("feedback").selectAll().where("user_ref", "=", ref).executeTakeFirstOrThrow();
    expect(fb).toMatchObject({ helpful: 0, comment: "syarat pencairannya tidak dijelaskan" });
    const uq = await store.db.selectFrom("unanswered_questions").selectAll().where("user_ref", "=", ref).executeTakeFirstOrThrow();
    expect(uq).toMatchObject({ reason: "downvoted", entry_id: "jht-apa-itu", text: "syarat pencairannya tidak dijelaskan", notify_chat_id: null });

    // the conversation is over: the next question is answered normally
    const [next] = await h.say(user, "apa itu jht");
    expect(next).toContain("Sumber:");
  });

  it("👎 then Lewati stores the vote without a comment", async () => {
    const user = worker(2003);
    const { sent } = await ask(user.id, "apa itu jht");
    const down = await h.handle(h.updates.callback(user, "fb:0:jht-apa-itu", sent[0]!.result as Message));
    const skip = await h.handle(h.updates.callback(user, "fbc:skip", sends(down)[0]!.result as Message));
    expect(plain(sends(skip)[0])).toContain("terima kasih");
    const ref = await getUserRef(store.db, user.id);
    expect(await store.db.selectFrom("feedback").select(["helpful", "comment"]).where("user_ref", "=", ref).execute()).toEqual([{ helpful: 0, comment: null }]);
    expect(await store.db.selectFrom("unanswered_questions").selectAll().where("user_ref", "=", ref).execute()).toEqual([]);
  });
});

describe("declined questions, groups and /pertanyaan", () => {
  // three wordings of one question the bot cannot answer (a BPJS Kesehatan question would be pointed there instead)
  const fee = ["kantor cabang bpjs tk berapa lantai gedungnya?", "gedung kantor cabang bpjstk ada berapa lantai", "kantor cabang bpjs tk lantainya ada berapa?"];
  const askers = [3001, 3002, 3003];
  const offers: ApiCall[] = [];

  /** Asks, and when the bot offers "Maksud Anda…?", presses "Bukan semuanya". Returns the offer after the decline. */
  async function decline(userId: number, text: string): Promise<ApiCall> {
    const { sent } = await ask(userId, text);
    const clarify = sent.find((c) => buttonData(c).includes("kb:none"));
    const calls = clarify ? sends(await h.handle(h.updates.callback(worker(userId), "kb:none", clarify.result as Message))) : sent;
    const offer = calls.find((c) => buttonData(c).some((d) => d.startsWith("fbn:")));
    expect(offer, text).toBeDefined();
    return offer!;
  }

  it("records declined questions with a group key: the three wordings share one, an unrelated one does not", async () => {
    for (const [i, q] of fee.entries()) offers.push(await decline(askers[i]!, q));
    await decline(3004, "petugas di loket bersikap kasar kemarin siang");
    expect(plain(offers[0])).toContain("Beri tahu saya kalau sudah ada jawabannya?");
    expect(buttonLabels(offers[0])).toEqual(["🔔 Ya, beri tahu saya", "🙋 Tanya petugas"]);

    const rows = await store.db.selectFrom("unanswered_questions").selectAll().where("reason", "=", "declined").orderBy("id").execute();
    const keyOf = (text: string) => rows.find((r) => r.text === text)!.group_key;
    expect(new Set(fee.map(keyOf)).size).toBe(1);
    expect(keyOf("petugas di loket bersikap kasar kemarin siang")).not.toBe(keyOf(fee[0]!));
    for (const r of rows) {
      expect(r.notify_chat_id).toBeNull();
      expect(r.user_ref).not.toMatch(/^\d+$/);
    }
  });

  it("/pertanyaan is for officers only", async () => {
    const [reply] = await h.say(worker(3001), "/pertanyaan");
    expect(reply).toBe("Perintah ini khusus petugas.");
    expect((await listAudit(store.db, { action: "officer_denied" })).some((e) => e.actor === "3001")).toBe(true);
  });

  it("shows the top groups to an officer (an owner counts)", async () => {
    const calls = await h.handle(h.updates.text(worker(OWNER), "/pertanyaan"));
    const list = sends(calls)[0]!;
    expect(plain(list)).toContain("3 orang bertanya mirip");
    expect(buttonLabels(list).slice(0, 2)).toEqual(["🔗 Tautkan 1", "✅ Selesai 1"]);
  });

  it("linking a group notifies only the user who asked to be notified", async () => {
    // only the first asker agrees
    const agree = await h.handle(h.updates.callback(worker(askers[0]!), buttonData(offers[0]).find((d) => d.startsWith("fbn:"))!, offers[0]!.result as Message));
    expect(plain(sends(agree)[0])).toContain("saya akan mengabari");
    expect(await hasActiveConsent(store.db, askers[0]!, "notify")).toBe(true);

    const list = sends(await h.handle(h.updates.text(worker(OWNER), "/pertanyaan")))[0]!;
    const linkData = buttonData(list)[0]!;
    expect(linkData).toMatch(/^fbg:l:\d+$/);
    // a non-officer cannot press it
    const denied = await h.handle(h.updates.callback(worker(3002), linkData, list.result as Message));
    expect(callbackText(denied)).toBe("Perintah ini khusus petugas.");

    const prompt = sends(await h.handle(h.updates.callback(worker(OWNER), linkData, list.result as Message)))[0]!;
    expect(plain(prompt)).toContain("Pilih jawaban yang cocok");
    // the search's best matches for the question are offered by name
    expect(buttonLabels(prompt)).toContain("Alamat dan layanan kantor cabang");

    // one press only asks: it names the answer and how many will be told, and tells nobody yet
    const asked = h.transport.calls.length;
    const confirm = sends(await h.handle(h.updates.callback(worker(OWNER), "fbe:channels-kantor-cabang", prompt.result as Message)));
    expect(plain(confirm.at(-1))).toBe(
      "Tautkan pertanyaan ini ke jawaban Alamat dan layanan kantor cabang? 1 orang yang bertanya akan langsung menerima jawaban ini.",
    );
    expect(h.transport.calls.slice(asked).filter((c) => c.method === "sendMessage").map((c) => Number(c.payload.chat_id))).toEqual([OWNER]);
    expect((await store.db.selectFrom("unanswered_questions").select("handled").where("text", "in", fee).execute()).every((r) => r.handled === 0)).toBe(true);

    const done = sends(await h.handle(h.updates.callback(worker(OWNER), "fbk:yes", confirm.at(-1)!.result as Message))).map(plain);
    // queued, not yet sent: the officer is told so, and gets the sending's status message
    expect(done[0]).toBe("Ditautkan ke jawaban Alamat dan layanan kantor cabang: 3 pertanyaan. Jawaban dijadwalkan untuk dikirim ke 1 orang yang menunggu kabar; kemajuan pengirimannya ada di pesan berikut.");
    expect(done[1]).toContain("0/1");
    // the broadcast worker delivers it
    const before = h.transport.calls.length;
    await new BroadcastWorker({ db: store.db, dialect: store.dialect, api: h.app.bot.api, perChatIntervalMs: 0 }).runUntilIdle();
    const delivered = h.transport.calls.slice(before).filter((c) => c.method === "sendMessage");
    expect(delivered.map((c) => Number(c.payload.chat_id))).toEqual([askers[0]!]);
    const note = delivered.find((c) => Number(c.payload.chat_id) === askers[0])!;
    expect(plain(note)).toContain("sudah ada jawabannya");
    expect(plain(note)).toContain("kantor cabang bpjs tk berapa lantai gedungnya?");

    const rows = await store.db.selectFrom("unanswered_questions").selectAll().where("text", "in", fee).execute();
    expect(rows.every((r) => r.handled === 1 && r.linked_entry_id === "channels-kantor-cabang" && r.notify_chat_id === null)).toBe(true);
    expect((await listAudit(store.db, { action: "unanswered_linked" }))[0]?.actor).toBe(String(OWNER));

    // the wordings now show as paraphrase suggestions, the group is gone from the list
    const [after] = await h.say(worker(OWNER), "/pertanyaan");
    expect(after).toContain("Pertanyaan yang sudah ditautkan ke jawaban");
    expect(after).toContain("Alamat dan layanan kantor cabang: «");
    // written for staff: no file or field names to edit
    expect(after).not.toMatch(/questions|entrinya|channels-kantor-cabang/);
    expect(after).not.toContain("3 orang bertanya mirip");
  });

  it("Tandai selesai closes a group, audited", async () => {
    const list = sends(await h.handle(h.updates.text(worker(OWNER), "/pertanyaan")))[0]!;
    const resolveData = buttonData(list).find((d) => d.startsWith("fbg:r:"))!;
    const calls = await h.handle(h.updates.callback(worker(OWNER), resolveData, list.result as Message));
    expect(plain(sends(calls)[0])).toContain("Ditandai selesai");
    expect((await listAudit(store.db, { action: "unanswered_resolved" })).length).toBe(1);
  });
});

describe("Tanya petugas: tickets", () => {
  let forward: ApiCall;
  let reference: string;
  const asker = worker(4001);

  it("a question becomes a ticket forwarded to the officers of the province only", async () => {
    const start = await h.say(asker, "/tanyapetugas");
    expect(start.join()).toContain("Tulis pertanyaan Anda");
    const province = await h.say(asker, "JHT saya <b>belum</b> cair & kantor tutup, bagaimana?");
    expect(province.join()).toContain("provinsi");
    const before = h.transport.calls.length;
    const done = await h.say(asker, "sulsel");
    const created = done.join("\n");
    reference = /TK-\d{4}-\d{6}/.exec(created)![0];
    expect(created).toContain("Sulawesi Selatan");
    expect(created).toContain("Jam layanan");

    const sent = h.transport.calls.slice(before).filter((c) => c.method === "sendMessage");
    const toOfficers = sent.filter((c) => Number(c.payload.chat_id) !== asker.id);
    expect(toOfficers.map((c) => Number(c.payload.chat_id))).toEqual([OFFICER_SULSEL]);
    forward = toOfficers[0]!;
    expect(String(forward.payload.text)).toContain(reference);
    expect(String(forward.payload.text)).toContain("JHT saya &lt;b&gt;belum&lt;/b&gt; cair &amp; kantor tutup");
    expect(plain(forward)).toContain("bukan kanal resmi BPJS Ketenagakerjaan");

    const ticket = await store.db.selectFrom("tickets").selectAll().where("reference", "=", reference).executeTakeFirstOrThrow();
    expect(ticket).toMatchObject({ chat_id: asker.id, province_code: "73", status: "open", officer_chat_id: OFFICER_SULSEL });
    expect(ticket.officer_message_id).toBe((forward.result as Message).message_id);
  });

  it("a non-officer replying to the forwarded message is refused and nothing reaches the asker", async () => {
    const stranger = worker(4999);
    const calls = await h.handle(h.updates.text(stranger, "ini jawaban palsu", { replyTo: forward.result as Message }));
    expect(sends(calls).map((c) => Number(c.payload.chat_id))).toEqual([stranger.id]);
    expect(plain(sends(calls)[0])).toContain("Hanya petugas");
    // an officer of another province cannot answer it either
    const other = await h.handle(h.updates.text(worker(OFFICER_JABAR), "jawaban", { replyTo: forward.result as Message }));
    expect(sends(other).every((c) => Number(c.payload.chat_id) !== asker.id)).toBe(true);
    // an officer is told why (say, their province was changed since the forward), not that they are no officer
    expect(plain(sends(other)[0])).toBe("Tiket ini untuk Sulawesi Selatan, di luar provinsi tugas Anda.");
    const ticket = await store.db.selectFrom("tickets").select("status").where("reference", "=", reference).executeTakeFirstOrThrow();
    expect(ticket.status).toBe("open");
  });

  it("the officer's reply reaches the asker in the office's name, and nobody else", async () => {
    const officer = { id: OFFICER_SULSEL, first_name: "Andi Petugas", username: "andi_bpjs", language_code: "id" };
    const calls = await h.handle(h.updates.text(officer, "Silakan datang ke kantor cabang Makassar hari Senin.", { replyTo: forward.result as Message }));
    const sent = sends(calls);
    expect(sent.map((c) => Number(c.payload.chat_id)).sort()).toEqual([OFFICER_SULSEL, asker.id].sort());
    const relayed = plain(sent.find((c) => Number(c.payload.chat_id) === asker.id));
    expect(relayed).toContain("Petugas BPJS Ketenagakerjaan Sulawesi Selatan");
    expect(relayed).toContain("Silakan datang ke kantor cabang Makassar hari Senin.");
    expect(relayed).toContain(reference);
    expect(relayed).not.toMatch(/Andi|andi_bpjs|500/);
    expect(plain(sent.find((c) => Number(c.payload.chat_id) === OFFICER_SULSEL))).toContain("sudah dikirim");

    const ticket = await store.db.selectFrom("tickets").selectAll().where("reference", "=", reference).executeTakeFirstOrThrow();
    expect(ticket).toMatchObject({ status: "answered", answer: "Silakan datang ke kantor cabang Makassar hari Senin." });
    expect((await listAudit(store.db, { action: "ticket_answered" }))[0]?.actor).toBe(String(OFFICER_SULSEL));

    // a second answer is not relayed
    const again = await h.handle(h.updates.text(officer, "tambahan", { replyTo: forward.result as Message }));
    expect(sends(again).map((c) => Number(c.payload.chat_id))).toEqual([OFFICER_SULSEL]);
  });

  it("'Tanya petugas' after a decline offers the declined question", async () => {
    const user = worker(4002);
    const { sent } = await ask(user.id, "petugas di loket bersikap kasar kemarin siang");
    const offer = sent.find((c) => buttonData(c).includes("tk:ask"))!;
    const confirm = sends(await h.handle(h.updates.callback(user, "tk:ask", offer.result as Message)))[0]!;
    expect(plain(confirm)).toContain("petugas di loket bersikap kasar kemarin siang");
    await h.handle(h.updates.callback(user, "tku:yes", confirm.result as Message));
    const done = await h.say(user, "jawa barat");
    expect(done.join()).toMatch(/TK-\d{4}-\d{6}/);
    const ticket = await store.db.selectFrom("tickets").selectAll().where("chat_id", "=", user.id).executeTakeFirstOrThrow();
    expect(ticket).toMatchObject({ question: "petugas di loket bersikap kasar kemarin siang", province_code: "32", officer_chat_id: OFFICER_JABAR });
  });

  it("after 'Maksud Anda…?' the question is offered only when none of the options fitted", async () => {
    const picker = worker(4003);
    const asked = (await ask(picker.id, "bpu bayarnya brp")).sent[0]!;
    const option = buttonData(asked).find((d) => d.startsWith("kb:") && d !== "kb:none")!;
    expect(option).toBeDefined();
    await h.handle(h.updates.callback(picker, option, asked.result as Message));
    expect((await h.say(picker, "/tanyapetugas")).join()).toContain("Tulis pertanyaan Anda");
    await h.say(picker, "/batal");

    const refuser = worker(4004);
    const clarify = (await ask(refuser.id, "bpu bayarnya brp")).sent[0]!;
    const none = sends(await h.handle(h.updates.callback(refuser, "kb:none", clarify.result as Message)));
    const offer = none.find((c) => buttonData(c).includes("tk:ask"))!;
    const confirm = sends(await h.handle(h.updates.callback(refuser, "tk:ask", offer.result as Message)))[0]!;
    expect(plain(confirm)).toContain("bpu bayarnya brp");
    await h.say(refuser, "/batal");
  });

  it("re-raises open tickets after the configured time, once per period", async () => {
    const api = { sent: [] as { chatId: number; text: string }[], async sendMessage(chatId: number, text: string) { this.sent.push({ chatId, text }); return { message_id: 9000 + this.sent.length }; } };
    // officers are reminded in their working hours: at night or at the weekend, a later tick does it
    const regions = await Regions.load();
    const saturdayMorning = new Date("2026-12-05T03:00:00Z"); // Sat 10.00 WIB
    expect(await reraiseStaleTickets(store.db, api, saturdayMorning, 2 * 3600_000, { regions })).toBe(0);
    const night = new Date("2026-12-07T16:00:00Z"); // Mon 23.00 WIB
    expect(await reraiseStaleTickets(store.db, api, night, 2 * 3600_000, { regions })).toBe(0);
    const later = new Date("2026-12-08T03:00:00Z"); // Tue 10.00 WIB
    expect(await reraiseStaleTickets(store.db, api, later, 2 * 3600_000, { regions })).toBe(1); // the 4002 ticket; 4001's is answered
    expect(api.sent.map((s) => s.chatId)).toEqual([OFFICER_JABAR]);
    expect(api.sent[0]!.text).toContain("Belum dijawab");
    // when it was asked, on the officers' clock (Jawa Barat: WIB)
    expect(api.sent[0]!.text).toMatch(/sejak \d{4}-\d{2}-\d{2} \d{2}\.\d{2} WIB/);
    expect(await reraiseStaleTickets(store.db, api, new Date(later.getTime() + 60_000), 2 * 3600_000, { regions })).toBe(0);
    expect(await reraiseStaleTickets(store.db, api, new Date(later.getTime() + 2 * 3600_000), 2 * 3600_000, { regions })).toBe(1);
  });

  it("/tanyapetugas with a question too long to forward whole says so instead of cutting it", async () => {
    const asker = worker(4010);
    const reply = (await h.say(asker, `/tanyapetugas ${"apakah jht saya bisa cair ".repeat(45)}`)).join();
    expect(reply).toContain("terlalu panjang untuk diteruskan utuh (paling banyak 1.000)");
    expect(await store.db.selectFrom("tickets").select("id").where("chat_id", "=", asker.id).execute()).toEqual([]);
  });

  it("sent nothing Telegram would refuse", () => {
    expect(h.transport.violations).toEqual([]);
  });
});
