/**
 * Officer texts from the second exploratory report: /statistik says its user count is
 * national (item 6), and English texts use the singular for one (item 15).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actor, officerHarness, OWNER, user } from "./setup";
import { grantOfficer } from "../../src/store/repos/officers";
import { createLead } from "../../src/store/repos/leads";
import { getUserRef } from "../../src/store/repos/users";

let h: Awaited<ReturnType<typeof officerHarness>>;
const papuaOfficer = user(200002, "Yan");
const englishOfficer = { id: 200006, first_name: "Sam", language_code: "en" };

beforeAll(async () => {
  h = await officerHarness();
  const db = h.store.db;
  await grantOfficer(db, papuaOfficer.id, "91", OWNER.id);
  await grantOfficer(db, englishOfficer.id, "91", OWNER.id);
  await createLead(db, { chat_id: 300007, worker_kind: "bpu_ojol", occupation: "Ojol", province_code: "91", region_label: "Kota Jayapura, Papua", programs: "jht", contact_via_telegram: 1 });
  const userRef = await getUserRef(db, 300010);
  await db
    .insertInto("unanswered_questions")
    .values({ user_ref: userRef, text: "asuransi kucing", language: "id", reason: "declined", entry_id: null, group_key: "g-kucing", handled: 0, linked_entry_id: null, notify_chat_id: null, created_at: new Date().toISOString(), province_code: "91" })
    .execute();
});
afterAll(() => h.close());

describe("/statistik for a province", () => {
  it("labels the user count as all of Indonesia, under the province's title", async () => {
    await actor(h, user(300003)).say("/start");
    const text = await actor(h, papuaOfficer).say("/statistik");
    expect(text).toContain("Statistik (Papua)");
    expect(text).toMatch(/Pengguna bot \(seluruh Indonesia\): \d+/);
    expect(text).not.toMatch(/^Pengguna: /m);
  });
});

describe("English officer texts", () => {
  it("/pertanyaan: 1 person asked", async () => {
    const text = await actor(h, englishOfficer).say("/pertanyaan");
    expect(text).toContain("1 person asked something like");
    expect(text).not.toContain("1 people");
  });

  it("/prospek_csv: 1 row", async () => {
    const o = actor(h, englishOfficer);
    await o.say("/prospek_csv");
    const doc = o.calls.find((c) => c.method === "sendDocument")!;
    expect(String(doc.payload.caption)).toMatch(/^Leads: 1 row, times in WIT\./);
  });
});
