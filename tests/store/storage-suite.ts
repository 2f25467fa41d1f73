/**
 * One storage test suite, run against every engine (sqlite.test.ts, postgres.test.ts).
 * Each test gets a fresh database (a temporary SQLite file or a fresh PostgreSQL schema).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sql, type Migration } from "kysely";
import { appliedMigrations, migrateToLatest, type OpenDatabaseOptions, type Store } from "../../src/store/database";
import { migrations as defaultMigrations } from "../../src/store/migrations";
import { initial } from "../../src/store/migrations/2026_11_24_001_initial";
import { createSessionStorage, dropAbandonedForms } from "../../src/store/session-storage";
import { getUser, getUserRef, setBlocked, touchUser } from "../../src/store/repos/users";
import { grantConsent, hasActiveConsent, listConsents, withdrawConsent } from "../../src/store/repos/consents";
import { claimLeadReminder, createLead, deleteLeadsCreatedBefore, getOpenLeadForChat, overdueNewLeads, listLeads, setLeadStatus, updateLead } from "../../src/store/repos/leads";
import { listAudit, logAudit } from "../../src/store/repos/audit";
import { addToCounter, countersFrom } from "../../src/store/repos/counters";
import { deleteUserData, exportUserData, type UserDataExport } from "../../src/store/repos/privacy";
import { getBroadcast } from "../../src/broadcast/queue";

export interface StoreTarget {
  /** Opens another Store on this target's database (same file / same schema). */
  open(options?: Pick<OpenDatabaseOptions, "migrate" | "migrations">): Promise<Store>;
  /** PostgreSQL schema of this target (to scope introspection); undefined for SQLite. */
  schema?: string;
  /** Removes the database / schema. */
  dispose(): Promise<void>;
}

export interface SuiteOptions {
  /** Whether two Stores in one process may write concurrently (PostgreSQL: yes; SQLite's synchronous driver: no). */
  multiInstance: boolean;
}

const A = 7_123_456_789; // above 2^32: checks bigint columns come back as JS numbers
const B = 7_123_456_790;
const OFFICER = 42_000;

export function defineStorageSuite(name: string, makeTarget: () => Promise<StoreTarget>, suite: SuiteOptions): void {
  describe(`storage: ${name}`, () => {
    let target: StoreTarget;
    const opened: Store[] = [];
    const open = async (options?: Pick<OpenDatabaseOptions, "migrate" | "migrations">) => {
      const store = await target.open(options);
      opened.push(store);
      return store;
    };

    beforeEach(async () => {
      target = await makeTarget();
    });

    afterEach(async () => {
      for (const store of opened.splice(0)) await store.close();
      await target.dispose();
    });

    describe("migrations", () => {
      it("apply once; a second open does not run them again", async () => {
        let runs = 0;
        const counted: Record<string, Migration> = {
          "2026_11_24_001_initial": {
            up: async (db) => {
              runs++;
              await initial.up(db);
            },
            down: initial.down,
          },
        };
        const first = await open({ migrate: false });
        expect(await migrateToLatest(first.db, counted)).toEqual(["2026_11_24_001_initial"]);
        expect(await migrateToLatest(first.db, counted)).toEqual([]);
        await open({ migrations: counted });
        expect(runs).toBe(1);
        expect(await appliedMigrations(first.db)).toEqual(Object.keys(counted));
      });

      if (suite.multiInstance) {
        it("apply once when several instances open at the same moment", async () => {
          const stores = await Promise.all([open(), open(), open()]);
          expect(await appliedMigrations(stores[0]!.db)).toEqual(Object.keys(defaultMigrations));
          const rows = await sql<{ n: number }>`select count(*) as n from kysely_migration`.execute(stores[1]!.db);
          expect(Number(rows.rows[0]!.n)).toBe(Object.keys(defaultMigrations).length);
        });
      }

      it("roll back a failing migration completely, keeping the ones before it", async () => {
        const bad: Migration = {
          async up(db) {
            await db.schema.createTable("half_table").addColumn("x", "integer").execute();
            await db.insertInto("half_table").values({ x: 1 }).execute();
            throw new Error("boom");
          },
        };
        const withBad = { ...defaultMigrations, "2026_11_24_999_bad": bad };
        await expect(open({ migrations: withBad })).rejects.toThrow(/2026_11_24_999_bad.*boom/);

        const store = await open();
        expect(await appliedMigrations(store.db, withBad)).toEqual(Object.keys(defaultMigrations));
        await expect(sql`select x from half_table`.execute(store.db)).rejects.toThrow();
        // the earlier migration is in place and usable
        await touchUser(store.db, A);
        expect((await getUser(store.db, A))?.chat_id).toBe(A);
      });

      it("upgrade a database in use: leads stored before the reminders migration keep their data and become remindable", async () => {
        const names = Object.keys(defaultMigrations);
        const before = Object.fromEntries(names.filter((n) => n < "2026_11_26_004").map((n) => [n, defaultMigrations[n]!]));
        const old = await open({ migrations: before });
        await sql`insert into leads (reference, chat_id, status, worker_kind, programs, contact_via_telegram, created_at, updated_at)
          values ('TJ-2026-000001', ${A}, 'new', 'bpu_ojol', 'jkm', 1, '2026-11-02T01:00:00.000Z', '2026-11-02T01:00:00.000Z')`.execute(old.db);
        const upgraded = await open();
        const [lead] = await listLeads(upgraded.db);
        expect(lead).toMatchObject({ reference: "TJ-2026-000001", chat_id: A, worker_kind: "bpu_ojol", reminded_at: null });
        expect((await overdueNewLeads(upgraded.db, new Date("2026-11-10T00:00:00Z"))).map((l) => l.reference)).toEqual(["TJ-2026-000001"]);
      });
    });

    describe("session storage", () => {
      it("round-trips, overwrites, deletes, and keeps prefixes apart", async () => {
        const { db } = await open();
        const sessions = createSessionStorage<{ step: string; data: { n: number; list: string[] } }>(db);
        const conv = createSessionStorage<unknown>(db, { prefix: "conv:" });

        expect(await sessions.read(String(A))).toBeUndefined();
        await sessions.write(String(A), { step: "one", data: { n: 1, list: ["a"] } });
        expect(await sessions.read(String(A))).toEqual({ step: "one", data: { n: 1, list: ["a"] } });
        await sessions.write(String(A), { step: "two", data: { n: 2, list: [] } });
        expect(await sessions.read(String(A))).toEqual({ step: "two", data: { n: 2, list: [] } });

        // @grammyjs/conversations v2 stores a versioned state like this
        const state = {
          version: [0, 0],
          state: { enroll: [{ args: "[]", interrupts: [], replay: { send: [{ payload: "{}" }], receive: [{ send: 0, returnValue: { ok: true } }] } }] },
        };
        await conv.write(String(A), state);
        expect(await conv.read(String(A))).toEqual(state);
        expect(await sessions.has(String(A))).toBe(true);
        expect(await conv.has(String(B))).toBe(false);

        const keys: string[] = [];
        for await (const k of conv.readAllKeys()) keys.push(k);
        expect(keys).toEqual([String(A)]);

        await sessions.delete(String(A));
        expect(await sessions.read(String(A))).toBeUndefined();
        expect(await conv.read(String(A))).toEqual(state);
        await conv.delete(String(A));
        expect(await conv.read(String(A))).toBeUndefined();
        await conv.delete("missing"); // deleting a missing key is fine
      });
    });

    describe("abandoned forms", () => {
      it("a form's saved state (with what was typed) goes once untouched past the limit; the rest of the session and recent forms stay", async () => {
        const { db } = await open();
        const sessions = createSessionStorage<Record<string, unknown>>(db);
        const typed = { conversation: { state: { enroll: [{ replay: { receive: [{ text: "3201234567890001" }] } }] } } };
        await sessions.write(String(A), { language: "en", ...typed });
        await sessions.write(String(B), { language: "id", ...typed });
        // A's was last written two days ago
        await db.updateTable("sessions").set({ updated_at: new Date(Date.now() - 48 * 3_600_000).toISOString() }).where("key", "=", String(A)).execute();

        expect(await dropAbandonedForms(db, new Date(Date.now() - 24 * 3_600_000))).toBe(1);
        expect(await sessions.read(String(A))).toEqual({ language: "en" });
        expect(JSON.stringify(await db.selectFrom("sessions").selectAll().where("key", "=", String(A)).execute())).not.toContain("3201234567890001");
        expect(await sessions.read(String(B))).toEqual({ language: "id", ...typed });
      });
    });

    describe("users and consents", () => {
      it("touch creates then updates a user; ids above 2^32 come back as numbers", async () => {
        const { db } = await open();
        const created = await touchUser(db, A, { language: "id" });
        expect(created).toMatchObject({ chat_id: A, language: "id", blocked: 0, notify_opt_in: 0 });
        expect(typeof created.chat_id).toBe("number");
        await setBlocked(db, A, true);
        expect((await getUser(db, A))?.blocked).toBe(1);
        const again = await touchUser(db, A);
        expect(again).toMatchObject({ language: "id", blocked: 0, user_ref: created.user_ref, first_seen: created.first_seen });
        await touchUser(db, A, { language: "en" });
        expect((await getUser(db, A))?.language).toBe("en");
        expect(await getUserRef(db, A)).toBe(created.user_ref);
        const count = await db.selectFrom("users").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
        expect(count.n).toBe(1);
      });

      it("grants and withdraws consent, keeping the history", async () => {
        const { db } = await open();
        const granted = await grantConsent(db, A, "enrollment", "v1");
        expect(await grantConsent(db, A, "enrollment", "v1")).toEqual(granted);
        expect(await hasActiveConsent(db, A, "enrollment")).toBe(true);
        expect(await hasActiveConsent(db, A, "notify")).toBe(false);
        expect(await withdrawConsent(db, A, "enrollment")).toBe(1);
        expect(await hasActiveConsent(db, A, "enrollment")).toBe(false);
        expect(await withdrawConsent(db, A, "enrollment")).toBe(0);
        await grantConsent(db, A, "enrollment", "v2");
        const history = await listConsents(db, A);
        expect(history.map((c) => [c.text_version, c.withdrawn_at === null])).toEqual([
          ["v1", false],
          ["v2", true],
        ]);
      });
    });

    describe("counters", () => {
      it("adds concurrently from several stores without losing an increment", async () => {
        const first = await open();
        const second = suite.multiInstance ? await open() : first;
        await Promise.all(Array.from({ length: 20 }, (_, i) => addToCounter((i % 2 ? first : second).db, "asked:2026-11-26:answered", 2)));
        await addToCounter(first.db, "asked:2026-11-25:declined", 1);
        await addToCounter(first.db, "lead:2026", 5);
        const rows = await countersFrom(second.db, "asked:", "asked:2026-11-26");
        expect(rows).toEqual([{ name: "asked:2026-11-26:answered", value: 40 }]);
      });
    });

    describe("leads", () => {
      it("allocates unique, sequential references under concurrency", async () => {
        const first = await open();
        const second = suite.multiInstance ? await open() : first;
        const now = new Date("2026-06-01T00:00:00Z");
        const leads = await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            createLead(i % 2 === 0 ? first.db : second.db, { chat_id: 1000 + i, worker_kind: "bpu", programs: "JKK,JKM" }, now),
          ),
        );
        const refs = leads.map((l) => l.reference).sort();
        expect(new Set(refs).size).toBe(20);
        expect(refs).toEqual(Array.from({ length: 20 }, (_, i) => `TJ-2026-${String(i + 1).padStart(6, "0")}`));
        // a new year starts at 1 again
        const next = await createLead(first.db, { chat_id: 1, worker_kind: "pu" }, new Date("2027-01-01T00:00:00Z"));
        expect(next.reference).toBe("TJ-2027-000001");
      });

      it("creates, updates, finds the open lead, lists by status and province", async () => {
        const { db } = await open();
        const lead = await createLead(db, {
          chat_id: A,
          worker_kind: "bpu",
          occupation: "ojol",
          province_code: "32",
          regency_code: "32.73",
          district_code: "32.73.01",
          region_label: "Kota Bandung",
          programs: "JKK,JKM",
          phone: "0812000000",
          contact_via_telegram: 0,
        });
        expect(lead).toMatchObject({ chat_id: A, status: "new", province_code: "32", contact_via_telegram: 0 });
        await createLead(db, { chat_id: B, worker_kind: "pu", province_code: "31" });
        expect((await getOpenLeadForChat(db, A))?.id).toBe(lead.id);

        const updated = await updateLead(db, lead.id, { phone: null, programs: "JKK,JKM,JHT" });
        expect(updated).toMatchObject({ phone: null, programs: "JKK,JKM,JHT" });
        expect(updated!.updated_at >= lead.updated_at).toBe(true);

        expect((await listLeads(db, { provinceCode: "32" })).map((l) => l.chat_id)).toEqual([A]);
        expect((await listLeads(db)).map((l) => l.chat_id)).toEqual([B, A]);
        await setLeadStatus(db, lead.id, "registered");
        expect(await getOpenLeadForChat(db, A)).toBeUndefined();
        expect((await listLeads(db, { status: "registered" })).map((l) => l.id)).toEqual([lead.id]);
        expect((await listLeads(db, { status: ["new", "contacted"], provinceCode: ["31", "32"] })).map((l) => l.chat_id)).toEqual([B]);
        expect(await listLeads(db, { status: [] })).toEqual([]);
      });

      it("deletes leads created before a cutoff, whatever their status, and no others", async () => {
        const { db } = await open();
        const old = await createLead(db, { chat_id: A, worker_kind: "bpu" }, new Date("2025-11-01T00:00:00Z"));
        await setLeadStatus(db, old.id, "contacted");
        const recent = await createLead(db, { chat_id: B, worker_kind: "pu" }, new Date("2026-06-01T00:00:00Z"));
        expect(await deleteLeadsCreatedBefore(db, new Date("2025-12-01T00:00:00Z"))).toBe(1);
        expect((await listLeads(db)).map((l) => l.id)).toEqual([recent.id]);
        expect(await deleteLeadsCreatedBefore(db, new Date("2025-12-01T00:00:00Z"))).toBe(0);
      });

      it("lists a new lead as overdue until one instance claims its reminder", async () => {
        const first = await open();
        const second = await open();
        const lead = await createLead(first.db, { chat_id: A, worker_kind: "bpu" }, new Date("2026-11-23T02:00:00Z"));
        const cutoff = new Date("2026-11-23T03:00:00Z");
        const now = new Date("2026-11-25T03:00:00Z");
        expect((await overdueNewLeads(second.db, cutoff)).map((l) => l.id)).toEqual([lead.id]);
        const claims = await Promise.all([claimLeadReminder(first.db, lead.id, cutoff, now), claimLeadReminder(second.db, lead.id, cutoff, now)]);
        expect(claims.filter(Boolean)).toHaveLength(1);
        expect(await overdueNewLeads(first.db, cutoff)).toEqual([]);
        expect((await overdueNewLeads(first.db, new Date("2026-11-27T03:00:00Z"))).map((l) => l.id)).toEqual([lead.id]);
      });
    });

    describe("privacy", () => {
      async function seed(store: Store, chatId: number): Promise<void> {
        const { db } = store;
        const now = new Date().toISOString();
        await touchUser(db, chatId, { language: "id" });
        const ref = await getUserRef(db, chatId);
        await grantConsent(db, chatId, "enrollment", "v1");
        await db
          .insertInto("subscriptions")
          .values({ chat_id: chatId, province_code: "32", regency_code: null, topics: "events,rules", created_at: now, updated_at: now })
          .execute();
        await createLead(db, { chat_id: chatId, worker_kind: "bpu", phone: "0812" });
        await db.insertInto("officers").values({ user_id: chatId, province_code: "32", granted_by: OFFICER, granted_at: now }).execute();
        const event = await db
          .insertInto("events")
          .values({
            title: "Sosialisasi",
            starts_at: now,
            timezone: "Asia/Jakarta",
            place: "Balai desa",
            province_codes: "32",
            regency_codes: "",
            description: "",
            photo_file_id: null,
            created_by: chatId,
            status: "scheduled",
            send_at: null,
            created_at: now,
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        await db.insertInto("event_attendees").values({ event_id: event.id, chat_id: chatId, created_at: now }).execute();
        const broadcast = await db
          .insertInto("broadcasts")
          .values({
            created_by: chatId,
            kind: "event",
            payload: JSON.stringify({ event_id: event.id }),
            status: "running",
            status_chat_id: chatId,
            status_message_id: 5,
            created_at: now,
            finished_at: null,
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        await db
          .insertInto("deliveries")
          .values({ broadcast_id: broadcast.id, chat_id: chatId, status: "sent", message_id: 77, updated_at: now })
          .execute();
        await db
          .insertInto("unanswered_questions")
          .values({
            user_ref: ref,
            text: "apakah bisa cicil?",
            language: "id",
            reason: "declined",
            entry_id: null,
            group_key: "cicil",
            linked_entry_id: null,
            notify_chat_id: chatId,
            created_at: now,
          })
          .execute();
        await db
          .insertInto("feedback")
          .values({ entry_id: "faq.jht", user_ref: ref, helpful: 1, comment: "mantap", created_at: now })
          .execute();
        await db
          .insertInto("tickets")
          .values({
            reference: `TK-${chatId}`,
            chat_id: chatId,
            province_code: "32",
            question: "kapan cair?",
            status: "answered",
            officer_chat_id: chatId,
            officer_message_id: 9,
            answer: "besok",
            created_at: now,
            answered_at: now,
            reraised_at: null,
          })
          .execute();
        await logAudit(db, chatId, "lead_created", { province: "32" });
        await createSessionStorage(db).write(String(chatId), { step: "x" });
        await createSessionStorage(db, { prefix: "conv:" }).write(String(chatId), { version: [0, 0], state: {} });
      }

      const tablesWithUserData = async (store: Store) => {
        const tables = await store.db.introspection.getTables();
        return tables
          .filter((t) => target.schema === undefined || t.schema === target.schema)
          .map((t) => t.name)
          .filter((n) => !n.startsWith("kysely_") && n !== "counters")
          .sort();
      };

      const exportCounts = (data: UserDataExport) =>
        Object.fromEntries(
          Object.entries(data)
            .filter(([, v]) => Array.isArray(v))
            .map(([k, v]) => [k, (v as unknown[]).length]),
        );

      it("exports rows from every table", async () => {
        const store = await open();
        await seed(store, A);
        await seed(store, B);
        const data = await exportUserData(store.db, A);
        const counts = exportCounts(data);
        // every table that can hold user data is covered by the export (guards new tables)
        expect(Object.keys(counts).sort()).toEqual(await tablesWithUserData(store));
        for (const [table, n] of Object.entries(counts)) expect(n, table).toBeGreaterThan(0);
        expect(data.sessions.map((s) => s.key).sort()).toEqual([String(A), `conv:${A}`]);
        expect(data.leads[0]?.phone).toBe("0812");
        expect(JSON.stringify(data)).not.toContain(String(B));
      });

      it("deletes every row about the user in one go, keeps others, logs only counts", async () => {
        const store = await open();
        await seed(store, A);
        await seed(store, B);
        // B was appointed by A: that mention is cleared, B's row stays
        await store.db.updateTable("officers").set({ granted_by: A }).where("user_id", "=", B).execute();
        // A, as an officer, answered B's ticket: the ticket stays B's, without A's id
        await store.db.updateTable("tickets").set({ officer_chat_id: A }).where("chat_id", "=", B).execute();
        // a session key of another chat whose id contains A's digits is not A's
        await createSessionStorage(store.db).write(`${A}0`, { other: true });
        const beforeB = exportCounts(await exportUserData(store.db, B));

        const report = await deleteUserData(store.db, A);
        for (const [table, n] of Object.entries(report.deleted)) expect(n, table).toBeGreaterThan(0);
        expect(report.deleted.sessions).toBe(2);
        expect(report.anonymised).toEqual({
          "officers.granted_by": 1,
          "events.created_by": 1,
          "broadcasts.created_by": 1,
          "broadcasts.status_chat_id": 1,
          "tickets.officer_chat_id": 1,
        });

        const after = await exportUserData(store.db, A);
        for (const [table, n] of Object.entries(exportCounts(after))) expect(n, table).toBe(0);
        expect(exportCounts(await exportUserData(store.db, B))).toEqual(beforeB);
        expect(await createSessionStorage(store.db).read(`${A}0`)).toEqual({ other: true });
        // events and broadcasts A created stay (they belong to the region), without A's id
        const events = await store.db.selectFrom("events").select("created_by").execute();
        expect(events.map((e) => e.created_by).sort()).toEqual([B, null]);

        const audit = await listAudit(store.db);
        expect(audit.filter((e) => e.actor === String(A))).toEqual([]);
        const record = audit.filter((e) => e.action === "user_data_deleted");
        expect(record).toHaveLength(1);
        expect(record[0]!.actor).toBe("anonymous");
        expect(JSON.parse(record[0]!.details)).toEqual(report);
        expect(record[0]!.details).not.toContain(String(A));

        // deleting again finds nothing but still leaves an anonymous record
        const again = await deleteUserData(store.db, A);
        expect(Object.values(again.deleted).every((n) => n === 0)).toBe(true);
      });

      it("a broadcast's figures stay whole after a recipient deletes their data; what was not yet sent is dropped", async () => {
        const store = await open();
        const now = new Date().toISOString();
        const newBroadcast = async (status: "done" | "running") =>
          (await store.db
            .insertInto("broadcasts")
            .values({ created_by: OFFICER, kind: "text", payload: JSON.stringify({ text: "Sosialisasi" }), status, status_chat_id: null, status_message_id: null, created_at: now, finished_at: null })
            .returning("id")
            .executeTakeFirstOrThrow()).id;
        const finished = await newBroadcast("done");
        const running = await newBroadcast("running");
        const deliver = (broadcast_id: number, chat_id: number, status: "sent" | "blocked" | "failed" | "pending") =>
          store.db.insertInto("deliveries").values({ broadcast_id, chat_id, status, updated_at: now }).execute();
        await deliver(finished, A, "sent");
        await deliver(finished, B, "blocked");
        await deliver(running, A, "pending");
        await deliver(running, B, "sent");
        const figures = async (id: number) => {
          const b = (await getBroadcast(store.db, id))!;
          return { total: b.total, sent: b.sent, blocked: b.blocked, failed: b.failed, pending: b.pending };
        };

        await deleteUserData(store.db, A);
        await deleteUserData(store.db, B);

        expect(await figures(finished)).toEqual({ total: 2, sent: 1, blocked: 1, failed: 0, pending: 0 });
        expect(await figures(running)).toEqual({ total: 1, sent: 1, blocked: 0, failed: 0, pending: 0 });
        // nothing left says who they were sent to
        expect(await store.db.selectFrom("deliveries").selectAll().execute()).toEqual([]);
      });

      it("a deleted chat's id leaves the broadcasts' lists of who gets another wording", async () => {
        const store = await open();
        const payload = { text: "Sosialisasi 10.00 WITA", variants: [{ chatIds: [A, B], text: "Sosialisasi 09.00 WIB" }, { chatIds: [A], text: "Socialisation" }] };
        const { id } = await store.db
          .insertInto("broadcasts")
          .values({ created_by: OFFICER, kind: "event", payload: JSON.stringify(payload), status: "done", status_chat_id: null, status_message_id: null, created_at: new Date().toISOString(), finished_at: null })
          .returning("id")
          .executeTakeFirstOrThrow();
        await deleteUserData(store.db, A);
        const row = await store.db.selectFrom("broadcasts").select("payload").where("id", "=", id).executeTakeFirstOrThrow();
        expect(JSON.parse(row.payload)).toEqual({ text: "Sosialisasi 10.00 WITA", variants: [{ chatIds: [B], text: "Sosialisasi 09.00 WIB" }] });
      });

      it("deleting rolls back completely when a step fails", async () => {
        const store = await open();
        await seed(store, A);
        await expect(
          store.db.transaction().execute(async (trx) => {
            await deleteUserData(trx, A);
            throw new Error("crash after delete");
          }),
        ).rejects.toThrow("crash after delete");
        const data = await exportUserData(store.db, A);
        expect(data.users).toHaveLength(1);
        expect(data.sessions).toHaveLength(2);
        expect((await listAudit(store.db, { action: "user_data_deleted" })).length).toBe(0);
      });
    });
  });
}
