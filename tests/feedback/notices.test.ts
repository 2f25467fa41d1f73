/**
 * "Answer found" / "closed without an answer" notices go through the broadcast queue: queued in
 * the transaction that closes the group, delivered by the worker (Telegram's limits, 429, blocked
 * users, a restart in between), each asker reading their own question, escaped. The officer is
 * told they are scheduled, and the status message follows the sending.
 * And the "Beri tahu saya" offer asks for the province (optional), so the province's officers see
 * the question in /pertanyaan; "Lewati" leaves it to all-province officers, as before.
 * The bot runs over the in-process transport; the worker talks HTTP to the fake Bot API.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Api } from "grammy";
import type { Message } from "grammy/types";
import { buttonData, buttonLabels, createHarness, storeUnanswered, type Harness } from "../helpers/harness";
import { engines, type BroadcastTarget } from "../broadcast/targets";
import { isSend } from "../broadcast/helpers";
import { startFakeTelegram, type FakeTelegram } from "../support/fake-telegram";
import type { Store } from "../../src/store/database";
import type { ApiCall } from "../../src/bot/local-transport";
import type { SimUser } from "../../src/bot/update-factory";
import { htmlToPlain } from "../../src/bot/html";
import { createI18n } from "../../src/bot/i18n";
import { BroadcastWorker } from "../../src/broadcast/worker";
import { broadcastStatusUpdater } from "../../src/bot/features/officers/broadcast-status";
import { grantOfficer } from "../../src/store/repos/officers";
import { getUser, setBlocked, touchUser } from "../../src/store/repos/users";
import { hasActiveConsent } from "../../src/store/repos/consents";
import { deleteExpiredQuestions, linkGroup, NOTICE_KINDS, requestNotify } from "../../src/feedback/store";

import { ALL_OFFICER, citizen, JATIM_OFFICER, OWNER, plain, sends, SULSEL_OFFICER } from "./cast";
const i18n = createI18n("id");
const t = (key: string, vars?: Record<string, string | number>) => i18n.t("id", key, vars);

for (const engine of engines("notices.test.ts")) {
  describe(`notices about unanswered questions go through the broadcast queue (${engine.name})`, () => {
    let target: BroadcastTarget;
    let store: Store;
    let h: Harness;
    let tg: FakeTelegram;

    const open = async () => {
      store = await target.open();
      h = await createHarness({ store, env: { OWNER_IDS: String(OWNER.id) } });
    };
    beforeEach(async () => {
      target = await engine.makeTarget();
      tg = await startFakeTelegram();
      await open();
      await grantOfficer(store.db, SULSEL_OFFICER.id, "73", OWNER.id);
      await grantOfficer(store.db, JATIM_OFFICER.id, "35", OWNER.id);
      await grantOfficer(store.db, ALL_OFFICER.id, null, OWNER.id);
    });
    afterEach(async () => {
      await h.close();
      await store.close();
      await tg.close();
      await target.dispose();
    });

    /** The worker as the app runs it, sending to the fake Bot API; the status message is edited through the bot's own API. */
    const deliver = (workerId = "w1") =>
      new BroadcastWorker({
        db: store.db,
        dialect: store.dialect,
        api: new Api(tg.token, { apiRoot: tg.apiRoot }),
        workerId,
        perChatIntervalMs: 0,
        onProgress: broadcastStatusUpdater(h.app.bot.api, store.db, t),
        progressIntervalMs: 0,
      }).runUntilIdle();
    /** Askers who pressed "Beri tahu saya" on questions of one group (as stored by the bot); resolves to the newest question's id. */
    const waitingGroup = async (askers: { chatId: number; text: string; language?: string }[]) => {
      let id = 0;
      for (const a of askers) {
        tg.user(a.chatId, { startedBot: true });
        await touchUser(store.db, a.chatId);
        id = await storeUnanswered(store.db, { chatId: a.chatId, text: a.text, groupKey: "g-notices" });
        if (a.language) await store.db.updateTable("unanswered_questions").set({ language: a.language }).where("id", "=", id).execute();
        expect(await requestNotify(store.db, a.chatId, id)).toBe(true);
      }
      return id;
    };
    const okSendsTo = (chatId: number) => tg.calls.filter((c) => isSend(c) && c.ok && Number(c.params.chat_id) === chatId);
    const press = (user: SimUser, data: string, on: ApiCall) => h.handle(h.updates.callback(user, data, on.result as Message));

    it("linking queues each asker's own escaped notice with the group's closing; the worker delivers them, skips and marks the blocked, waits out a 429; the officer is told the truth", async () => {
      const askers = [
        { chatId: 7001, text: "apakah <b>arisan</b> kantor & koperasi dapat santunan?" },
        { chatId: 7002, text: "arisan kantor dapat santunan bpjs gak <script>" },
        { chatId: 7003, text: "does the office arisan get a death benefit?", language: "en" },
        { chatId: 7004, text: "arisan kantor santunan (sudah blokir bot)" },
        { chatId: 7005, text: "arisan kantor santunan (diblokir, sudah tercatat)" },
      ];
      const handle = await waitingGroup(askers);
      tg.blockUser(7004);
      await setBlocked(store.db, 7005, true);
      tg.faults.push({ kind: "429", retryAfter: 1, method: "sendMessage", times: 1 });

      const list = sends(await h.handle(h.updates.text(OWNER, "/pertanyaan")))[0]!;
      expect(plain(list)).toContain("5 orang menunggu kabar");
      const prompt = sends(await press(OWNER, `fbg:l:${handle}`, list))[0]!;
      const confirm = sends(await h.handle(h.updates.text(OWNER, "channels-kantor-cabang"))).at(-1)!;
      expect(plain(confirm)).toContain("5 orang yang bertanya akan langsung menerima jawaban ini");
      expect(prompt).toBeDefined();
      const done = sends(await press(OWNER, "fbk:yes", confirm));

      // nothing reached an asker yet: the officer hears "scheduled", not "sent"
      expect(tg.calls.filter(isSend)).toEqual([]);
      expect(done.map((c) => Number(c.payload.chat_id))).toEqual([OWNER.id, OWNER.id]);
      expect(plain(done[0])).toBe(
        "Ditautkan ke jawaban Alamat dan layanan kantor cabang: 5 pertanyaan. Jawaban dijadwalkan untuk dikirim ke 5 orang yang menunggu kabar; kemajuan pengirimannya ada di pesan berikut.",
      );
      expect(plain(done[1])).toBe("📣 Siaran #1 — menunggu\n░░░░░░░░░░░░ 0/5\nTerkirim 0 · gagal 0 · memblokir 0 · sisa 5");
      // closed and queued together
      const broadcast = await store.db.selectFrom("broadcasts").selectAll().executeTakeFirstOrThrow();
      expect(broadcast).toMatchObject({ kind: NOTICE_KINDS.answered, status: "queued", created_by: OWNER.id, status_chat_id: OWNER.id });
      expect((await store.db.selectFrom("deliveries").select("chat_id").orderBy("chat_id").execute()).map((d) => Number(d.chat_id))).toEqual(askers.map((a) => a.chatId));
      const rows = await store.db.selectFrom("unanswered_questions").selectAll().execute();
      expect(rows.every((r) => r.handled === 1 && r.notify_chat_id === null && r.linked_entry_id === "channels-kantor-cabang")).toBe(true);
      for (const a of askers) expect(await hasActiveConsent(store.db, a.chatId, "notify")).toBe(false);

      const before = h.transport.calls.length;
      await deliver();

      // each got one message, with their own question, escaped, in their language
      for (const a of askers.slice(0, 3)) {
        const got = okSendsTo(a.chatId);
        expect(got, String(a.chatId)).toHaveLength(1);
        expect(got[0]!.params.parse_mode).toBe("HTML");
        expect(got[0]!.params.link_preview_options).toEqual({ is_disabled: true });
        expect(htmlToPlain(String(got[0]!.params.text))).toContain(a.text);
      }
      expect(String(okSendsTo(7001)[0]!.params.text)).toContain("apakah &lt;b&gt;arisan&lt;/b&gt; kantor &amp; koperasi");
      expect(String(okSendsTo(7002)[0]!.params.text)).toContain("&lt;script&gt;");
      expect(htmlToPlain(String(okSendsTo(7001)[0]!.params.text))).toContain("Pertanyaan Anda sudah ada jawabannya");
      expect(htmlToPlain(String(okSendsTo(7003)[0]!.params.text))).toContain("Your question now has an answer");
      // nobody reads another's question
      expect(String(okSendsTo(7001)[0]!.params.text)).not.toContain("script");
      // the one who blocked the bot since: tried once, marked; the one known to have blocked it: not tried
      expect(tg.calls.filter((c) => isSend(c) && Number(c.params.chat_id) === 7004).map((c) => c.error?.error_code)).toEqual([403]);
      expect((await getUser(store.db, 7004))?.blocked).toBe(1);
      expect(tg.calls.filter((c) => isSend(c) && Number(c.params.chat_id) === 7005)).toEqual([]);
      const deliveries = await store.db.selectFrom("deliveries").select(["chat_id", "status"]).orderBy("chat_id").execute();
      expect(deliveries.map((d) => d.status)).toEqual(["sent", "sent", "sent", "blocked", "blocked"]);
      // retry_after honoured: nothing was sent for the second after the 429
      const limited = tg.calls.find((c) => isSend(c) && c.error?.error_code === 429)!;
      expect(limited).toBeDefined();
      const after = tg.calls.filter((c) => isSend(c) && c.at > limited.at);
      expect(after.length).toBeGreaterThan(0);
      expect(Math.min(...after.map((c) => c.at)) - limited.at).toBeGreaterThanOrEqual(900);

      // the status message shows the outcome
      const edits = h.transport.calls.slice(before).filter((c) => c.method === "editMessageText" && Number(c.payload.chat_id) === OWNER.id);
      expect(htmlToPlain(String(edits.at(-1)?.payload.text))).toBe("📣 Siaran #1 — selesai\n▓▓▓▓▓▓▓▓▓▓▓▓ 5/5\nTerkirim 3 · gagal 0 · memblokir 2 · sisa 0");
      expect(h.transport.violations).toEqual([]);
    });

    it("the group is closed only with its notices queued: a notice that cannot be queued leaves the group open, its askers still waiting", async () => {
      const id = await waitingGroup([{ chatId: 7101, text: "arisan kantor dapat santunan?" }]);
      const failing = await linkGroup(store.db, id, "channels-kantor-cabang", null, {
        createdBy: OWNER.id,
        message: () => ({ text: " " }), // refused by the queue: empty text
      }).catch((error: Error) => error);
      expect(failing).toBeInstanceOf(Error);
      const row = await store.db.selectFrom("unanswered_questions").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ handled: 0, notify_chat_id: 7101, linked_entry_id: null });
      expect(await hasActiveConsent(store.db, 7101, "notify")).toBe(true);
      expect(await store.db.selectFrom("broadcasts").selectAll().execute()).toEqual([]);
    });

    it("closing without an answer: the notice queued before a restart is delivered after it", async () => {
      const id = await waitingGroup([
        { chatId: 7201, text: "arisan kantor <i>dapat</i> santunan?" },
        { chatId: 7202, text: "santunan arisan kantor bisa?" },
      ]);
      const list = sends(await h.handle(h.updates.text(ALL_OFFICER, "/pertanyaan")))[0]!;
      const ask = sends(await press(ALL_OFFICER, `fbg:r:${id}`, list))[0]!;
      const done = sends(await press(ALL_OFFICER, buttonData(ask)[0]!, ask));
      expect(plain(done[0])).toBe(
        "Ditandai selesai: 2 pertanyaan.\nKabar bahwa belum ada jawaban dijadwalkan untuk dikirim ke 2 orang yang menunggu; kemajuan pengirimannya ada di pesan berikut.",
      );
      expect(plain(done[1])).toContain("0/2");
      expect(tg.calls.filter(isSend)).toEqual([]);

      // the process goes down before any worker ran, and comes back
      await h.close();
      await store.close();
      await open();
      await deliver("after-restart");

      for (const chatId of [7201, 7202]) {
        const got = okSendsTo(chatId);
        expect(got).toHaveLength(1);
        expect(got[0]!.params.reply_markup).toEqual({ inline_keyboard: [[{ text: "🙋 Tanya petugas", callback_data: "tk:ask" }]] });
        expect(htmlToPlain(String(got[0]!.params.text))).toContain("tanpa menambahkan jawabannya");
      }
      expect(String(okSendsTo(7201)[0]!.params.text)).toContain("arisan kantor &lt;i&gt;dapat&lt;/i&gt; santunan?");
      expect(htmlToPlain(String(okSendsTo(7202)[0]!.params.text))).toContain("santunan arisan kantor bisa?");
      const broadcast = await store.db.selectFrom("broadcasts").selectAll().executeTakeFirstOrThrow();
      expect(broadcast).toMatchObject({ kind: NOTICE_KINDS.closed, status: "done" });
      // the queued notice quotes the question: /hapusdata takes it out of the payload, the other asker's stays
      expect(broadcast.payload).toContain("&lt;i&gt;dapat");
      const asker = citizen(7201);
      const confirm = sends(await h.handle(h.updates.text(asker, "/hapusdata")))[0]!;
      await press(asker, "privacy:delete", confirm);
      const payload = (await store.db.selectFrom("broadcasts").select("payload").executeTakeFirstOrThrow()).payload;
      expect(payload).not.toContain("dapat</i>");
      expect(payload).not.toContain("&lt;i&gt;dapat");
      expect(payload).not.toContain("7201");
      expect(payload).toContain("santunan arisan kantor bisa?");

      // and the notice goes when the question would have (12 months)
      const later = new Date(Date.now() + 400 * 86_400_000);
      expect(await deleteExpiredQuestions(store.db, later)).toBeGreaterThanOrEqual(1);
      expect(await store.db.selectFrom("broadcasts").selectAll().execute()).toEqual([]);
      expect(await store.db.selectFrom("deliveries").selectAll().execute()).toEqual([]);
    });

    /** A citizen asks something the bot cannot answer and presses "🔔 Ya, beri tahu saya"; resolves to the bot's replies to the press, and the question's id. */
    const askAndAgree = async (user: SimUser, text: string) => {
      let sent = sends(await h.handle(h.updates.text(user, text)));
      const clarify = sent.find((c) => buttonData(c).includes("kb:none"));
      if (clarify) sent = sends(await press(user, "kb:none", clarify));
      const offer = sent.find((c) => buttonData(c).some((d) => d.startsWith("fbn:")))!;
      const data = buttonData(offer).find((d) => d.startsWith("fbn:"))!;
      return { replies: sends(await press(user, data, offer)), id: Number(data.slice(4)) };
    };
    const question = (id: number) => store.db.selectFrom("unanswered_questions").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    const pertanyaan = async (officer: SimUser) => plain(sends(await h.handle(h.updates.text(officer, "/pertanyaan")))[0]);
    const ARISAN = "apakah arisan kantor dapat santunan dari bpjs?";

    it("'Beri tahu saya' asks the province, saying what for; given, the province's officer sees the question; /dataku shows it, /hapusdata deletes it", async () => {
      const user = citizen(7301);
      const { replies, id } = await askAndAgree(user, ARISAN);
      expect(plain(replies[0])).toBe("Baik, saya akan mengabari Anda begitu jawabannya tersedia.");
      const prompt = replies[1]!;
      expect(plain(prompt)).toContain("Dari provinsi mana Anda?");
      expect(plain(prompt)).toContain("hanya untuk meneruskannya ke petugas provinsi itu");
      expect(plain(prompt)).toContain("paling lama 12 bulan");
      expect(buttonLabels(prompt)).toEqual(["Lewati"]);

      const noted = sends(await h.handle(h.updates.text(user, "makassar")));
      expect(plain(noted[0])).toBe("Baik, pertanyaan Anda juga diteruskan ke petugas provinsi Sulawesi Selatan. Jawabannya saya kirim di chat ini.");
      expect(await question(id)).toMatchObject({ province_code: "73", notify_chat_id: user.id, handled: 0 });

      expect(await pertanyaan(SULSEL_OFFICER)).toContain(`1 orang bertanya mirip: ${ARISAN}`);
      expect(await pertanyaan(JATIM_OFFICER)).not.toContain("arisan kantor");

      const data = (await h.say(user, "/dataku")).join("\n");
      expect(data).toMatch(/provinsi: Sulawesi Selatan/i);
      const confirm = sends(await h.handle(h.updates.text(user, "/hapusdata")))[0]!;
      await press(user, "privacy:delete", confirm);
      expect(await store.db.selectFrom("unanswered_questions").selectAll().execute()).toEqual([]);
      expect(h.transport.violations).toEqual([]);
    });

    it("'Lewati' keeps today's behaviour: no province, all-province officers see the question, the province's do not; English is asked in English", async () => {
      const user = citizen(7401);
      const { replies, id } = await askAndAgree(user, ARISAN);
      const skipped = sends(await press(user, buttonData(replies[1])[0]!, replies[1]!));
      expect(plain(skipped[0])).toBe("Baik, tanpa provinsi: pertanyaan Anda dibaca petugas semua provinsi.");
      expect(await question(id)).toMatchObject({ province_code: null, notify_chat_id: user.id });
      expect(await pertanyaan(ALL_OFFICER)).toContain("arisan kantor");
      expect(await pertanyaan(SULSEL_OFFICER)).not.toContain("arisan kantor");

      // typed "lewati" is the button; a question typed instead is answered and the province not asked again
      const english = citizen(7402, "en");
      await h.handle(h.updates.text(english, "/bahasa en"));
      const asked = await askAndAgree(english, "apakah koperasi karyawan dapat santunan dari bpjs?");
      expect(plain(asked.replies[1])).toContain("Which province are you in?");
      expect(buttonLabels(asked.replies[1])).toEqual(["Skip"]);
      expect(plain(sends(await h.handle(h.updates.text(english, "skip")))[0])).toBe("All right, no province: all-province officers read your question.");
      expect((await question(asked.id)).province_code).toBeNull();

      const third = citizen(7403);
      const again = await askAndAgree(third, "bpjs tk bisa bayar kacamata anak sy?");
      const answered = sends(await h.handle(h.updates.text(third, "berapa iuran bpu sebulan?")));
      expect(plain(answered[0])).toContain("Rp");
      expect((await question(again.id)).province_code).toBeNull();
      expect(h.transport.violations).toEqual([]);
    });

    it("'Beri tahu saya' under an earlier question, pressed while the province is asked, asks it for that question", async () => {
      const user = citizen(7501);
      const offerOf = async (text: string) => {
        let sent = sends(await h.handle(h.updates.text(user, text)));
        const clarify = sent.find((c) => buttonData(c).includes("kb:none"));
        if (clarify) sent = sends(await press(user, "kb:none", clarify));
        return sent.find((c) => buttonData(c).some((d) => d.startsWith("fbn:")))!;
      };
      const first = await offerOf(ARISAN);
      const second = await offerOf("bpjs tk bisa bayar kacamata anak sy?");
      const idOf = (offer: ApiCall) => Number(buttonData(offer).find((d) => d.startsWith("fbn:"))!.slice(4));
      const asked = sends(await press(user, `fbn:${idOf(second)}`, second));
      expect(plain(asked[1])).toContain("Dari provinsi mana Anda?");
      const again = sends(await press(user, `fbn:${idOf(first)}`, first));
      expect(again.map(plain)[0]).toBe("Baik, saya akan mengabari Anda begitu jawabannya tersedia.");
      expect(plain(again[1])).toContain("Dari provinsi mana Anda?");
      await h.handle(h.updates.text(user, "sulsel"));
      expect((await question(idOf(first))).province_code).toBe("73");
      expect((await question(idOf(second))).province_code).toBeNull();
      expect((await question(idOf(second))).notify_chat_id).toBe(user.id);
    });
  });
}
