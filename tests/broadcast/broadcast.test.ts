/**
 * Broadcast engine end to end: a real grammY Api talks HTTP to the fake Bot API; the queue
 * lives in SQLite and (with TEST_DATABASE_URL) in PostgreSQL.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Api } from "grammy";
import { startFakeTelegram, type FakeTelegram } from "../support/fake-telegram";
import type { Store } from "../../src/store/database";
import { getUser, setBlocked, touchUser } from "../../src/store/repos/users";
import { listAudit } from "../../src/store/repos/audit";
import {
  broadcastProgress,
  cancelBroadcast,
  enqueueBroadcast,
  getBroadcast,
  listBroadcasts,
  setStatusMessage,
  type BroadcastProgress,
} from "../../src/broadcast/queue";
import { BroadcastWorker, classifyError } from "../../src/broadcast/worker";
import { engines, type BroadcastTarget } from "./targets";
import { deliveriesOf, isSend, okSendCount, okSendsPerChat, range, waitForOkSends } from "./helpers";

const OFFICER = 42_000;

for (const engine of engines("broadcast.test.ts")) {
  describe(`broadcast: ${engine.name}`, () => {
    let target: BroadcastTarget;
    let tg: FakeTelegram;
    let api: Api;
    const opened: Store[] = [];
    const open = async () => {
      const store = await target.open();
      opened.push(store);
      return store;
    };
    /** Users known to the bot (users table) and to the fake (private chat exists). */
    const makeUsers = async (store: Store, ids: number[]) => {
      for (const id of ids) {
        tg.user(id, { startedBot: true });
        await touchUser(store.db, id);
      }
    };

    beforeEach(async () => {
      target = await engine.makeTarget();
      tg = await startFakeTelegram();
      api = new Api(tg.token, { apiRoot: tg.apiRoot });
    });

    afterEach(async () => {
      for (const store of opened.splice(0)) await store.close();
      await tg.close();
      await target.dispose();
    });

    it("enqueues 10,000+ deliveries in one go (deduplicated) and reports figures", async () => {
      const store = await open();
      const recipients = [...range(5_000_000_000, 12_000), ...range(5_000_000_000, 500)]; // ids above 2^32, 500 duplicates
      const id = await enqueueBroadcast(store.db, {
        createdBy: OFFICER,
        kind: "announcement",
        message: { text: "<b>Info</b> JHT", parseMode: "HTML", buttons: [[{ label: "Baca", data: "bc:read" }]] },
        recipients,
      });
      expect(await broadcastProgress(store.db, id)).toEqual({ total: 12_000, sent: 0, failed: 0, blocked: 0, pending: 12_000, status: "queued" });
      const rows = await deliveriesOf(store.db, id);
      expect(new Set(rows.map((r) => r.chat_id)).size).toBe(12_000);
      expect(typeof rows[0]!.chat_id).toBe("number");
      expect(rows.every((r) => r.status === "pending" && r.attempts === 0)).toBe(true);

      const empty = await enqueueBroadcast(store.db, { createdBy: OFFICER, kind: "test", message: { text: "x" }, recipients: [] });
      await setStatusMessage(store.db, id, OFFICER, 77);
      const list = await listBroadcasts(store.db, { limit: 10 });
      expect(list.map((b) => [b.id, b.status, b.total])).toEqual([
        [empty, "done", 0],
        [id, "queued", 12_000],
      ]);
      expect(list[1]).toMatchObject({ kind: "announcement", statusChatId: OFFICER, statusMessageId: 77, createdBy: OFFICER });
      expect(list[1]!.message.buttons).toEqual([[{ label: "Baca", data: "bc:read" }]]);
      // audit without personal data
      const audit = await listAudit(store.db, { action: "broadcast_enqueued" });
      expect(JSON.parse(audit.at(-1)!.details)).toEqual({ broadcast_id: id, kind: "announcement", recipients: 12_000 });

      await expect(
        enqueueBroadcast(store.db, { createdBy: OFFICER, kind: "x", message: { text: "" }, recipients: [1] }),
      ).rejects.toThrow(/empty/);
      await expect(
        enqueueBroadcast(store.db, { createdBy: OFFICER, kind: "x", message: { text: "a", buttons: [[{ label: "b", data: "x".repeat(65) }]] }, recipients: [1] }),
      ).rejects.toThrow(/64 bytes/);
      expect((await listBroadcasts(store.db, { limit: 10 })).length).toBe(2);
    });

    it("429 pauses the queue, 403 marks blocked, 5xx/drops retry: all sent or blocked, none twice, within the rate", async () => {
      const store = await open();
      const RATE = 50;
      const ids = range(1000, 120);
      await makeUsers(store, ids);
      const fakeBlocked = [1003, 1010, 1050, 1099];
      for (const id of fakeBlocked) tg.blockUser(id);
      const knownBlocked = [1020, 1021];
      for (const id of knownBlocked) await setBlocked(store.db, id, true);
      tg.faults.push(
        { kind: "429", retryAfter: 1, method: "sendMessage", times: 1 },
        { kind: "429", retryAfter: 1, method: "sendMessage", chatId: 1060, times: 1 },
        { kind: "500", method: "sendMessage", chatId: 1030, times: 2 },
        { kind: "drop", method: "sendMessage", chatId: 1040, times: 1 },
      );

      const broadcastId = await enqueueBroadcast(store.db, {
        createdBy: OFFICER,
        kind: "announcement",
        message: { text: "Halo! Iuran <b>JKK</b> naik.", parseMode: "HTML" },
        recipients: ids,
      });
      const progress: BroadcastProgress[] = [];
      const worker = new BroadcastWorker({
        db: store.db,
        dialect: store.dialect,
        api,
        ratePerSecond: RATE,
        workerId: "w1",
        backoffBaseMs: 100,
        progressIntervalMs: 500,
        onProgress: async (id, p) => {
          expect(id).toBe(broadcastId);
          progress.push(p);
        },
      });
      await worker.runUntilIdle();

      const rows = await deliveriesOf(store.db, broadcastId);
      const byChat = new Map(rows.map((r) => [r.chat_id, r]));
      const blocked = [...fakeBlocked, ...knownBlocked];
      for (const r of rows) expect(r.status, String(r.chat_id)).toBe(blocked.includes(r.chat_id) ? "blocked" : "sent");

      const perChat = okSendsPerChat(tg);
      for (const id of ids) expect(perChat.get(id) ?? 0, String(id)).toBe(blocked.includes(id) ? 0 : 1);
      // users already marked blocked were not even tried
      for (const id of knownBlocked) expect(tg.calls.filter((c) => isSend(c) && Number(c.params.chat_id) === id)).toHaveLength(0);
      for (const id of fakeBlocked) {
        expect((await getUser(store.db, id))?.blocked).toBe(1);
        expect(byChat.get(id)!.error).toMatch(/blocked/);
      }
      // message ids recorded
      for (const c of tg.calls.filter((c) => isSend(c) && c.ok)) {
        expect(byChat.get(Number(c.params.chat_id))!.message_id).toBe((c.result as { message_id: number }).message_id);
      }
      // a 429 is not an attempt; a 5xx is
      expect(byChat.get(1060)!.attempts).toBe(1);
      expect(byChat.get(1030)!.attempts).toBe(3);
      expect(byChat.get(1040)!.attempts).toBe(2);
      expect(tg.calls.some((c) => "allow_paid_broadcast" in c.params)).toBe(false);

      // the configured global rate held over the whole run
      expect(tg.maxSendsPerSecond()).toBeLessThanOrEqual(RATE);
      // retry_after honoured: after each 429 answer nothing new was sent for ~1 s. Requests already on
      // their way when the 429 came back may still land (a loaded machine delays them); unpaused, the
      // rate would put about 45 sends in that window
      const times = tg.sendTimestamps();
      const limited = tg.calls.filter((c) => isSend(c) && c.error?.error_code === 429);
      expect(limited).toHaveLength(2);
      for (const c of limited) expect(times.filter((t) => t > c.at + 50 && t < c.at + 950).length).toBeLessThanOrEqual(3);

      expect(await broadcastProgress(store.db, broadcastId)).toEqual({ total: 120, sent: 114, failed: 0, blocked: 6, pending: 0, status: "done" });
      expect((await getBroadcast(store.db, broadcastId))!.finishedAt).not.toBeNull();
      expect(progress.length).toBeGreaterThanOrEqual(2);
      expect(progress.at(-1)).toMatchObject({ status: "done", pending: 0, sent: 114 });
    });

    it("sends photos with caption and buttons; other 400s fail with the description; paid broadcast on request", async () => {
      const store = await open();
      const ids = range(2000, 3);
      await makeUsers(store, ids);
      tg.user(OFFICER, { startedBot: true });
      const poster = await api.sendPhoto(OFFICER, "https://example.com/poster.jpg");
      const fileId = poster.photo.at(-1)!.file_id;
      const unknownChat = 2999; // never talked to the bot: "chat not found"
      const id = await enqueueBroadcast(store.db, {
        createdBy: OFFICER,
        kind: "event",
        message: { text: "Sosialisasi <i>BPU</i>", parseMode: "HTML", photoFileId: fileId, buttons: [[{ label: "Daftar", data: "ev:1" }]] },
        recipients: [...ids, unknownChat],
      });
      const worker = new BroadcastWorker({ db: store.db, dialect: store.dialect, api, ratePerSecond: 100, allowPaidBroadcast: true });
      await worker.runUntilIdle();

      const rows = await deliveriesOf(store.db, id);
      expect(rows.map((r) => r.status)).toEqual(["sent", "sent", "sent", "failed"]);
      expect(rows[3]!.error).toBe("Bad Request: chat not found");
      expect(rows[3]!.attempts).toBe(1);
      const sends = tg.calls.filter((c) => c.method === "sendPhoto" && Number(c.params.chat_id) !== OFFICER);
      expect(sends).toHaveLength(4);
      for (const c of sends) expect(c.params.allow_paid_broadcast).toBe(true);
      const msg = tg.chatMessages(2000).at(-1)! as unknown as { caption: string; photo: unknown[]; reply_markup: unknown };
      expect(msg.caption).toBe("Sosialisasi BPU");
      expect(msg.photo.length).toBeGreaterThan(0);
      expect(msg.reply_markup).toEqual({ inline_keyboard: [[{ text: "Daftar", callback_data: "ev:1" }]] });
      expect(await broadcastProgress(store.db, id)).toMatchObject({ sent: 3, failed: 1, pending: 0, status: "done" });
    });

    it("cancel stops further sends", async () => {
      const store = await open();
      const ids = range(3000, 30);
      await makeUsers(store, ids);
      const id = await enqueueBroadcast(store.db, { createdBy: OFFICER, kind: "announcement", message: { text: "Halo" }, recipients: ids });
      const worker = new BroadcastWorker({ db: store.db, dialect: store.dialect, api, ratePerSecond: 10, idlePollMs: 50 });
      worker.start();
      await waitForOkSends(tg, 3);
      expect(await cancelBroadcast(store.db, id, OFFICER)).toBe(true);
      const atCancel = tg.sendTimestamps().length;
      await worker.stop();
      const afterStop = tg.sendTimestamps().length;
      // at most the request in flight plus what the 250 ms status cache lets through at 10/s
      expect(afterStop - atCancel).toBeLessThanOrEqual(3);

      // nothing of a cancelled broadcast is claimed any more
      const other = new BroadcastWorker({ db: store.db, dialect: store.dialect, api, ratePerSecond: 10 });
      await other.runUntilIdle();
      expect(tg.sendTimestamps().length).toBe(afterStop);
      const p = await broadcastProgress(store.db, id);
      expect(p).toMatchObject({ status: "cancelled", total: 30, failed: 0, blocked: 0 });
      expect(p!.sent).toBe(okSendCount(tg));
      expect(p!.pending).toBe(30 - p!.sent);
      expect((await deliveriesOf(store.db, id)).filter((d) => d.status === "sending")).toEqual([]);
      expect(await cancelBroadcast(store.db, id)).toBe(false);
    });

    it("two workers with their own connections finish one broadcast: no duplicate, global rate held", async () => {
      const a = await open();
      const b = await open();
      const RATE = 50;
      const ids = range(4000, 150);
      await makeUsers(a, ids);
      const id = await enqueueBroadcast(a.db, { createdBy: OFFICER, kind: "announcement", message: { text: "Halo" }, recipients: ids });
      const make = (store: Store, workerId: string) =>
        new BroadcastWorker({ db: store.db, dialect: store.dialect, api, ratePerSecond: RATE, workerId, batchSize: 5 });
      await Promise.all([make(a, "wa").runUntilIdle(), make(b, "wb").runUntilIdle()]);

      const perChat = okSendsPerChat(tg);
      expect(perChat.size).toBe(150);
      expect([...perChat.values()].every((n) => n === 1)).toBe(true);
      expect(tg.sendTimestamps()).toHaveLength(150);
      expect(tg.maxSendsPerSecond()).toBeLessThanOrEqual(RATE);
      const rows = await deliveriesOf(a.db, id);
      expect(new Set(rows.map((r) => r.claimed_by))).toEqual(new Set(["wa", "wb"]));
      expect(await broadcastProgress(b.db, id)).toMatchObject({ sent: 150, pending: 0, status: "done" });
    });
  });
}

describe("classifyError", () => {
  it("maps Bot API errors", () => {
    const e = (error_code: number, description: string, parameters?: object) => ({ ok: false, error_code, description, parameters });
    expect(classifyError(e(429, "Too Many Requests: retry after 3", { retry_after: 3 }))).toEqual({ kind: "rate", retryAfter: 3 });
    expect(classifyError(e(403, "Forbidden: user is deactivated")).kind).toBe("blocked");
    expect(classifyError(e(502, "Bad Gateway")).kind).toBe("retry");
    expect(classifyError(e(400, "Bad Request: chat not found"))).toEqual({ kind: "fatal", description: "Bad Request: chat not found" });
    expect(classifyError(new Error("socket hang up")).kind).toBe("retry");
  });
});
