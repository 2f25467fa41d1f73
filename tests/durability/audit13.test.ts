/**
 * Audit 13's durability and multi-instance findings, as users and officers notice them:
 * a scheduled announcement or a reminder survives a failure between its claim and its queueing
 * and is received exactly once; "Kirim" pressed twice (two instances) sends once; two
 * instances' re-raise timers raise a ticket once; an officer's answer claimed before a crash
 * stays answerable; a slow broadcast request is not sent twice by another worker; an
 * announcement queued before /berhenti or /tarikpersetujuan does not reach that person; the
 * lead status buttons are atomic and "Terdaftar" is final. SQLite files always; PostgreSQL
 * too with TEST_DATABASE_URL. Failures are injected in the real database (a trigger that
 * refuses the broadcast's delivery rows), not by replacing our storage.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { sql } from "kysely";
import { BroadcastWorker, type BroadcastApi } from "../../src/broadcast/worker";
import { enqueueBroadcast } from "../../src/broadcast/queue";
import {
  attend, createEventDraft, getEvent, publishEvent, scheduleEvent, sendDueEvents, sendReminders, type PublishDeps,
} from "../../src/officers/events";
import { subscribe, unsubscribe } from "../../src/officers/subscriptions";
import { withdrawAllConsents } from "../../src/store/repos/consents";
import { grantOfficer } from "../../src/store/repos/officers";
import { createLead } from "../../src/store/repos/leads";
import { reraiseStaleTickets } from "../../src/bot/features/tickets";
import { notifyOfficersOfLead, sendUnnotifiedLeads } from "../../src/bot/features/officers/leads";
import { ANSWER_LEASE_MS, claimAnswer, createTicket, staleTickets } from "../../src/bot/features/tickets/store";
import { createI18n } from "../../src/bot/i18n";
import { htmlToPlain } from "../../src/bot/html";
import type { Store } from "../../src/store/database";
import { engines, storePerTest } from "../broadcast/targets";
import { actor, audit, loadRegions, officerHarness, OWNER, user } from "../officers/setup";

const i18n = createI18n("id");
const SUBSCRIBER = 9501;
// an event on Tue 1 Dec 2026 10.00 WITA, in Sulawesi Selatan
const STARTS = new Date("2026-12-01T02:00:00Z");
const BEFORE = new Date("2026-11-27T02:00:00Z");

/** What each chat received, in order (plain text). `hold` makes the next send wait until released. */
function inbox() {
  const got = new Map<number, string[]>();
  let held: { started: () => void; release: Promise<void> } | undefined;
  const api: BroadcastApi = {
    sendMessage: async (chatId, text) => {
      const h = held;
      held = undefined;
      if (h) {
        h.started();
        await h.release;
      }
      got.set(chatId, [...(got.get(chatId) ?? []), htmlToPlain(text)]);
      return { message_id: 1 };
    },
    sendPhoto: async () => ({ message_id: 1 }),
  };
  return {
    api,
    of: (chatId: number) => got.get(chatId) ?? [],
    /** The next send starts (resolves `started`) and waits for `release()`. */
    hold() {
      let release!: () => void;
      let started!: () => void;
      const s = new Promise<void>((r) => (started = r));
      held = { started, release: new Promise<void>((r) => (release = r)) };
      return { started: s, release: () => release() };
    },
  };
}

/** Makes every insert into `deliveries` fail (a database error in the middle of queueing); returns the cure. */
async function breakDeliveries(store: Store): Promise<() => Promise<void>> {
  if (store.dialect === "sqlite") {
    await sql`create trigger tj_fault before insert on deliveries begin select raise(abort, 'injected fault'); end`.execute(store.db);
    return async () => void (await sql`drop trigger tj_fault`.execute(store.db));
  }
  await sql.raw(`create or replace function tj_fault() returns trigger language plpgsql as $$ begin raise exception 'injected fault'; end $$`).execute(store.db);
  await sql`create trigger tj_fault before insert on deliveries for each row execute function tj_fault()`.execute(store.db);
  return async () => void (await sql`drop trigger tj_fault on deliveries`.execute(store.db));
}

for (const engine of engines("audit13.test.ts")) {
  describe(`durability and several instances (audit 13): ${engine.name}`, () => {
    const openStore = storePerTest(engine);
    afterEach(() => vi.useRealTimers());

    async function setUp() {
      const store = openStore();
      const regions = await loadRegions();
      const deps: PublishDeps & { ownerIds: number[] } = { db: store.db, regions, t: (k, v) => i18n.t("id", k, v), ownerIds: [OWNER.id] };
      await subscribe(store.db, SUBSCRIBER, { provinceCode: "73", topics: ["events"] });
      const event = await createEventDraft(store.db, {
        title: "Pendaftaran Keliling Gowa", startsAt: STARTS, zone: "WITA", place: "Balai Desa", provinceCodes: ["73"], regencyCodes: [], description: "",
      }, OWNER.id, BEFORE);
      const box = inbox();
      const worker = () => new BroadcastWorker({ db: store.db, dialect: store.dialect, api: box.api, ratePerSecond: 200, perChatIntervalMs: 0 });
      return { store, deps, event, box, worker };
    }

    it("#2: a scheduled announcement whose queueing fails stays scheduled and is received exactly once after the retry", async () => {
      const { store, deps, event, box, worker } = await setUp();
      await scheduleEvent(store.db, event.id, new Date("2026-11-28T00:00:00Z"));
      const due = new Date("2026-11-28T00:01:00Z");
      const heal = await breakDeliveries(store);
      await expect(sendDueEvents(deps, due)).rejects.toThrow(/injected fault/);
      // nothing half-done: not marked sent, nothing queued
      expect((await getEvent(store.db, event.id))?.status).toBe("scheduled");
      await heal();
      const sent = await sendDueEvents(deps, due);
      expect(sent).toHaveLength(1);
      expect(await sendDueEvents(deps, new Date("2026-11-28T00:02:00Z"))).toEqual([]);
      await worker().runUntilIdle();
      expect(box.of(SUBSCRIBER)).toHaveLength(1);
      expect(box.of(SUBSCRIBER)[0]).toContain("Pendaftaran Keliling Gowa");
    });

    it("#3: a reminder whose queueing fails is not lost: the attendee gets exactly one reminder after the retry", async () => {
      const { store, deps, event, box, worker } = await setUp();
      await publishEvent(deps, event, { createdBy: OWNER.id });
      await worker().runUntilIdle();
      expect(await attend(store.db, event.id, SUBSCRIBER, BEFORE)).toBe("added");
      const dayBefore = new Date("2026-11-30T05:00:00Z");
      const heal = await breakDeliveries(store);
      await expect(sendReminders(deps, dayBefore)).rejects.toThrow(/injected fault/);
      await heal();
      expect(await sendReminders(deps, dayBefore)).toBe(1);
      expect(await sendReminders(deps, new Date("2026-11-30T05:01:00Z"))).toBe(0);
      await worker().runUntilIdle();
      expect(box.of(SUBSCRIBER)).toHaveLength(2);
      expect(box.of(SUBSCRIBER)[1]).toMatch(/Pengingat|besok|Besok/);
    });

    it("#5: 'Kirim' pressed on two instances at once publishes once; the second press reports the same broadcast", async () => {
      const { store, deps, event, box, worker } = await setUp();
      // a second instance: its own connection(s) to the same database
      const [a, b] = await Promise.all([
        publishEvent(deps, event, { createdBy: OWNER.id }),
        publishEvent({ ...deps }, event, { createdBy: OWNER.id }),
      ]);
      expect(a.broadcastId).toBe(b.broadcastId);
      expect([a.already, b.already].filter(Boolean)).toHaveLength(1);
      // scheduling the same draft afterwards (a replayed "Jadwalkan") does not make it sendable again
      expect(await scheduleEvent(store.db, event.id, new Date("2026-11-28T00:00:00Z"))).toBe(false);
      expect(await sendDueEvents(deps, new Date("2026-11-28T00:01:00Z"))).toEqual([]);
      await worker().runUntilIdle();
      expect(box.of(SUBSCRIBER)).toHaveLength(1);
    });

    it("D17: an announcement queued before /berhenti or /tarikpersetujuan does not reach those people; one queued to a chat no longer subscribed is skipped", async () => {
      const { store, deps, event, box, worker } = await setUp();
      const [STOPS, WITHDRAWS, STAYS, GONE] = [9502, 9504, 9505, 9506];
      for (const id of [STOPS, WITHDRAWS, STAYS]) await subscribe(store.db, id, { provinceCode: "73", topics: ["events"] });
      await publishEvent(deps, event, { createdBy: OWNER.id });
      await unsubscribe(store.db, STOPS);
      await withdrawAllConsents(store.db, WITHDRAWS);
      // queued to someone whose subscription ended as it was being queued
      await enqueueBroadcast(store.db, { createdBy: OWNER.id, kind: "event", message: { eventId: event.id, text: "📣 lagi" }, recipients: [GONE, STAYS] });
      await worker().runUntilIdle();
      expect(box.of(STOPS)).toEqual([]);
      expect(box.of(WITHDRAWS)).toEqual([]);
      expect(box.of(GONE)).toEqual([]);
      expect(box.of(STAYS)).toHaveLength(2);
      expect(box.of(SUBSCRIBER)).toHaveLength(1);
    });

    it("#4: two instances' re-raise timers raise a stale ticket once", async () => {
      const store = openStore();
      const regions = await loadRegions();
      await grantOfficer(store.db, 500, "73", OWNER.id);
      await createTicket(store.db, { chatId: 601, provinceCode: "73", question: "jht saya kapan cair" }, new Date("2026-12-04T01:00:00Z"));
      const sent: number[] = [];
      const api = { sendMessage: async (to: number) => (sent.push(to), { message_id: sent.length }) };
      // Monday 7 December 2026 10.00 WITA, office hours
      const now = new Date("2026-12-07T02:00:00Z");
      const counts = await Promise.all([
        reraiseStaleTickets(store.db, api, now, 3_600_000, { regions }),
        reraiseStaleTickets(store.db, api, now, 3_600_000, { regions }),
      ]);
      expect(counts.sort()).toEqual([0, 1]);
      expect(sent).toEqual([500]);
    });

    it("#7: an answer claimed by an instance that then crashed leaves the ticket open, raised again and answerable after the claim's lease", async () => {
      const store = openStore();
      const ticket = await createTicket(store.db, { chatId: 601, provinceCode: "73", question: "jht saya kapan cair" }, new Date("2026-12-04T01:00:00Z"));
      const claimedAt = new Date("2026-12-07T02:00:00Z");
      expect(await claimAnswer(store.db, ticket.id, claimedAt)).toBe("claimed");
      // (the instance dies here, before the send)
      // another officer at once: told it is being sent, not that it was answered
      expect(await claimAnswer(store.db, ticket.id, new Date(claimedAt.getTime() + 1000))).toBe("busy");
      expect(await staleTickets(store.db, new Date(claimedAt.getTime() + 1000), 3_600_000)).toEqual([]);
      const afterLease = new Date(claimedAt.getTime() + ANSWER_LEASE_MS + 1000);
      expect((await staleTickets(store.db, afterLease, 3_600_000)).map((t) => t.id)).toEqual([ticket.id]);
      expect(await claimAnswer(store.db, ticket.id, afterLease)).toBe("claimed");
    });

    it("#22: a new lead whose 'told at once' notice failed reaches its officer from the minute timer, once", async () => {
      const store = openStore();
      const regions = await loadRegions();
      await grantOfficer(store.db, 500, "73", OWNER.id);
      const given = new Date("2026-12-05T13:00:00Z"); // Saturday evening: no overdue reminders then
      const lead = await createLead(store.db, { chat_id: 7001, worker_kind: "bpu_ojol", occupation: "Ojol", province_code: "73", region_label: "Sulawesi Selatan", programs: "jkk", contact_via_telegram: 1 }, given);
      let down = true;
      const got: { to: number; text: string }[] = [];
      const api = {
        sendMessage: async (to: number, text: string) => {
          if (down) throw Object.assign(new Error("Bad Gateway"), { error_code: 502, description: "Bad Gateway" });
          got.push({ to, text: htmlToPlain(text) });
          return { message_id: got.length };
        },
      } as never;
      expect(await notifyOfficersOfLead(api, store.db, lead, { regions })).toBe(0);
      down = false;
      await sendUnnotifiedLeads(api, store.db, new Date(given.getTime() + 60_000), { regions });
      expect(got).toEqual([]); // its own notice may still be on its way
      await sendUnnotifiedLeads(api, store.db, new Date(given.getTime() + 3 * 60_000), { regions });
      await sendUnnotifiedLeads(api, store.db, new Date(given.getTime() + 4 * 60_000), { regions });
      expect(got.map((g) => g.to)).toEqual([500]);
      expect(got[0]!.text).toContain(lead.reference);
    });

    it("#11: a send slower than the lease keeps its claim: another worker's recovery does not send it again", async () => {
      const { store, deps, event, box } = await setUp();
      await publishEvent(deps, event, { createdBy: OWNER.id });
      const leaseMs = 30_000;
      const a = new BroadcastWorker({ db: store.db, dialect: store.dialect, api: box.api, ratePerSecond: 200, perChatIntervalMs: 0, leaseMs, workerId: "a" });
      const slow = box.hold();
      a.start();
      await slow.started;
      // the request is still in flight 0.8 lease later (A renews), then 1.6 leases later
      const t0 = Date.now();
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(t0 + leaseMs * 0.8);
      expect(await a.renewLeases()).toBe(1);
      vi.setSystemTime(t0 + leaseMs * 1.6);
      // another instance starts and recovers what it finds expired: nothing
      const b = new BroadcastWorker({ db: store.db, dialect: store.dialect, api: box.api, ratePerSecond: 200, perChatIntervalMs: 0, leaseMs, workerId: "b" });
      b.start();
      await b.stop();
      vi.useRealTimers();
      slow.release();
      await a.stop();
      await new BroadcastWorker({ db: store.db, dialect: store.dialect, api: box.api, ratePerSecond: 200, perChatIntervalMs: 0, leaseMs, workerId: "c" }).runUntilIdle();
      expect(box.of(SUBSCRIBER)).toHaveLength(1);
    });
  });
}

describe("lead status buttons (audit 13 #6, explore D16)", () => {
  it("'Terdaftar' is final: a later 'Dihubungi' is refused with a word and the lead stays registered", async () => {
    const h = await officerHarness();
    try {
      const officer = user(600, "Sri");
      await grantOfficer(h.store.db, officer.id, "73", OWNER.id);
      const lead = await createLead(h.store.db, { chat_id: 7001, worker_kind: "bpu_ojol", occupation: "Ojol", province_code: "73", region_label: "Sulawesi Selatan", programs: "jkk,jkm", contact_via_telegram: 1 });
      const o = actor(h, officer);
      await o.say("/prospek");
      expect(await o.press(`lead:st:${lead.id}:registered`)).toContain("Status diubah: Terdaftar");
      expect(await o.press(`lead:st:${lead.id}:contacted`)).toContain("status itu final");
      const row = await h.store.db.selectFrom("leads").select("status").where("id", "=", lead.id).executeTakeFirstOrThrow();
      expect(row.status).toBe("registered");
      expect((await audit(h, "lead_status_set")).length).toBe(1);
    } finally {
      await h.close();
    }
  });

  it("a lead deleted while its card is open gets 'not found', not the generic apology", async () => {
    const h = await officerHarness();
    try {
      const officer = user(600, "Sri");
      await grantOfficer(h.store.db, officer.id, "73", OWNER.id);
      const lead = await createLead(h.store.db, { chat_id: 7001, worker_kind: "bpu_ojol", occupation: "Ojol", province_code: "73", region_label: "Sulawesi Selatan", programs: "jkk", contact_via_telegram: 1 });
      const o = actor(h, officer);
      await o.say("/prospek");
      await h.store.db.deleteFrom("leads").where("id", "=", lead.id).execute();
      const reply = await o.press(`lead:st:${lead.id}:contacted`);
      expect(reply).toContain("tidak ditemukan");
      expect(reply).not.toContain("Maaf, terjadi gangguan");
    } finally {
      await h.close();
    }
  });
});
