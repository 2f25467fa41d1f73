import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readKnowledge } from "../../src/knowledge/load";
import { createNormalizer } from "../../src/knowledge/normalize";
import { createUnansweredRecorder, RecentGroupKeys, resolveGroup } from "../../src/feedback/store";
import { createTestStore } from "../helpers/harness";
import type { Store } from "../../src/store";

const normalizer = createNormalizer(readKnowledge().kb!.lexicon);
let store: Store & { path: string };

beforeAll(async () => {
  store = await createTestStore();
});
afterAll(async () => {
  await store.close();
});

const groupOf = async (id: number) =>
  (await store.db.selectFrom("unanswered_questions").select("group_key").where("id", "=", id).executeTakeFirstOrThrow()).group_key;
const ask = (chatId: number, text: string) => ({ chatId, text, language: "id" as const, reason: "declined" as const });

describe("open groups shared by bot instances", () => {
  it("a second instance puts a similar wording into the group the first one started", async () => {
    const first = createUnansweredRecorder(store.db, normalizer);
    const second = createUnansweredRecorder(store.db, normalizer);
    const a = await first.recordUnanswered(ask(7001, "iuran bpjs kesehatan naik?"));
    const b = await second.recordUnanswered(ask(7002, "bpjs kesehatan iuran naik ga"));
    const c = await first.recordUnanswered(ask(7003, "kenaikan iuran bpjs kesehatan"));
    const other = await second.recordUnanswered(ask(7004, "petugas di loket bersikap kasar kemarin siang"));
    expect(await groupOf(b)).toBe(await groupOf(a));
    expect(await groupOf(c)).toBe(await groupOf(a));
    expect(await groupOf(other)).not.toBe(await groupOf(a));
  });

  it("groups started elsewhere are seen within a minute; a group closed here is dropped at once", async () => {
    const t0 = new Date("2026-11-26T08:00:00Z");
    const recent = new RecentGroupKeys(store.db, normalizer, 60_000);
    const before = await recent.current(t0);
    const elsewhere = createUnansweredRecorder(store.db, normalizer);
    const id = await elsewhere.recordUnanswered(ask(7005, "lowongan kerja pabrik sepatu tangerang"));
    const key = await groupOf(id);
    expect(before).not.toContain(key);
    expect(await recent.current(new Date(t0.getTime() + 30_000))).not.toContain(key);
    expect((await recent.current(new Date(t0.getTime() + 61_000)))[0]).toBe(key);

    await resolveGroup(store.db, id, null);
    recent.forget();
    expect(await recent.current(new Date(t0.getTime() + 62_000))).not.toContain(key);
  });
});
