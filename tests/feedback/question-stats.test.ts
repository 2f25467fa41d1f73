import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { QuestionStats } from "../../src/feedback/question-stats";
import { createTestStore } from "../helpers/harness";
import { actor, officerHarness, OWNER, user } from "../officers/setup";
import type { Store } from "../../src/store";

describe("question counts for /statistik", () => {
  let h: Awaited<ReturnType<typeof officerHarness>>;
  beforeAll(async () => {
    h = await officerHarness();
  });
  afterAll(() => h.close());

  it("counts answered, asked-back and declined questions, and nothing about who asked or what", async () => {
    const asker = actor(h, user(8101));
    await asker.say("apa itu jht"); // answered
    await asker.say("bpu bayarnya brp"); // "Maksud Anda…?"
    await asker.say("prakiraan cuaca makassar besok hujan tidak"); // declined
    await asker.say("/start"); // not a question
    const stats = await actor(h, OWNER).say("/statistik");
    expect(stats).toContain("Ditanyakan: 3 (terjawab 1, ditanya balik 1, tak terjawab 1; semua provinsi)");
    const rows = await h.store.db.selectFrom("counters").selectAll().where("name", "like", "asked:%").execute();
    expect(rows.map((r) => r.name).join()).not.toMatch(/8101|jht|cuaca/);
  });
});

describe("QuestionStats", () => {
  let store: Store & { path: string };
  beforeAll(async () => {
    store = await createTestStore();
  });
  afterAll(() => store.close());

  it("adds up what several instances counted, by WIB day", async () => {
    const a = new QuestionStats(store.db);
    const b = new QuestionStats(store.db);
    a.record("answered", new Date("2026-11-20T18:00:00Z")); // 21 November in WIB
    a.record("answered", new Date("2026-11-25T03:00:00Z"));
    b.record("answered", new Date("2026-11-25T04:00:00Z"));
    b.record("declined", new Date("2026-11-25T05:00:00Z"));
    await a.flush();
    expect(await b.countsSince(new Date("2026-11-24T00:00:00Z"))).toEqual({ answered: 2, clarified: 0, declined: 1, total: 3 });
    expect((await a.countsSince(new Date("2026-11-20T17:30:00Z"))).total).toBe(4); // from 21 November WIB
    expect((await a.countsSince(new Date("2026-11-21T17:30:00Z"))).total).toBe(3); // from 22 November WIB
  });

  it("keeps counts it could not write for the next flush", async () => {
    const stats = new QuestionStats(store.db);
    const since = new Date(Date.now() - 86_400_000);
    const before = (await stats.countsSince(since)).clarified;
    stats.record("clarified");
    await sql`alter table counters rename to counters_away`.execute(store.db);
    await expect(stats.flush()).rejects.toThrow();
    await sql`alter table counters_away rename to counters`.execute(store.db);
    expect((await stats.countsSince(since)).clarified).toBe(before + 1);
  });
});
