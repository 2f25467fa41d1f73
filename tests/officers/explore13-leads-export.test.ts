/**
 * Exploratory test 13, #2: /prospek_csv exports every lead of the province, however many (the
 * oldest, most overdue ones included), and /prospek gives the true total with pages to the older ones.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { officerHarness, OWNER, user, clockAt } from "./setup";
import { grantOfficer } from "../../src/store/repos/officers";
import { allLeads, countLeads, createLead, listLeads } from "../../src/store/repos/leads";
import { uploadedFile } from "../helpers/harness";
import { htmlToPlain } from "../../src/bot/html";

let h: Awaited<ReturnType<typeof officerHarness>>;
const NOW = new Date("2026-11-27T01:00:00Z");
const sri = user(613101, "Sri");
const BULK = 1010;

beforeAll(async () => {
  h = await officerHarness();
  await grantOfficer(h.store.db, sri.id, "73", OWNER.id);
  // the oldest lead, registered: the one the 1,000-row cut left out
  const first = await createLead(h.store.db, { chat_id: 813100, worker_kind: "bpu_trader", province_code: "73", region_label: "Sulsel", programs: "jkk" }, new Date("2026-01-05T01:00:00Z"));
  await h.store.db.updateTable("leads").set({ status: "registered" }).where("id", "=", first.id).execute();
  const rows = Array.from({ length: BULK }, (_, i) => ({
    reference: `TJ-2026-${String(500000 + i).padStart(6, "0")}`, chat_id: 900000 + i, status: "new" as const, worker_kind: "bpu_trader", occupation: "x",
    province_code: "73", regency_code: null, district_code: null, region_label: "Sulsel", programs: "jkk", phone: null, contact_via_telegram: 1 as const,
    created_at: "2026-11-20T01:00:00.000Z", updated_at: "2026-11-20T01:00:00.000Z",
  }));
  for (let i = 0; i < rows.length; i += 200) await h.store.db.insertInto("leads").values(rows.slice(i, i + 200)).execute();
  // another province's lead is in no Sulsel file
  await createLead(h.store.db, { chat_id: 813199, worker_kind: "bpu_trader", province_code: "32", region_label: "Jabar", programs: "jkk" }, NOW);
});
afterAll(() => h.close());
clockAt(NOW);

describe("#2: every lead, and the true total", () => {
  it("/prospek_csv has all 1,011 Sulsel leads, the oldest included, and says so", async () => {
    const calls = await h.handle(h.updates.text(sri, "/prospek_csv"));
    const docs = calls.filter((c) => c.method === "sendDocument");
    expect(docs).toHaveLength(1);
    const file = uploadedFile(docs[0]!);
    const lines = file.content.trim().split("\n");
    expect(lines).toHaveLength(1 + BULK + 1);
    expect(file.content).toContain("TJ-2026-000001,Terdaftar");
    expect(file.content).not.toContain("Jabar");
    expect(String(docs[0]!.payload.caption)).toContain("Prospek: 1.011 baris");
  });

  it("/prospek shows the newest 10 of 1.011, and /prospek terdaftar finds the old one", async () => {
    const calls = await h.handle(h.updates.text(sri, "/prospek"));
    const texts = calls.filter((c) => c.method === "sendMessage").map((c) => String(c.payload.text));
    expect(texts[0]).toContain("10 dari 1.011 ditampilkan, terbaru dulu. Semua ada di /prospek_csv.");
    expect(texts).toHaveLength(12);
    expect(htmlToPlain(texts[11]!)).toBe("📋 Prospek 1–10 dari 1.011. 1.001 prospek yang lebih lama: tekan Berikutnya ▶.");
    const next = calls.flatMap((c) => ((c.payload.reply_markup as { inline_keyboard?: { text: string; callback_data: string }[][] })?.inline_keyboard ?? []).flat())
      .filter((b) => b.callback_data.startsWith("lead:pg:"));
    expect(next.map((b) => [b.text, b.callback_data])).toEqual([["Berikutnya ▶", "lead:pg:semua:10"]]);

    // the last page holds the oldest lead
    const message = calls.filter((c) => c.method === "sendMessage").at(-1)!.result as never;
    const last = await h.handle(h.updates.callback(sri, "lead:pg:semua:1010", message));
    const lastTexts = last.filter((c) => c.method === "sendMessage").map((c) => htmlToPlain(String(c.payload.text)));
    expect(lastTexts[0]).toContain("Prospek (semua status): 1.011–1.011 dari 1.011");
    expect(lastTexts.join("\n")).toContain("TJ-2026-000001");
    expect(lastTexts.at(-1)).toBe("📋 Prospek 1.011–1.011 dari 1.011.");
    // a forged or forwarded button: the role is read again, and someone who is no officer is refused
    const forged = await h.handle(h.updates.callback(user(613199, "Bukan"), "lead:pg:semua:0", message));
    expect(forged.map((c) => String(c.payload.text ?? "")).join("\n")).toContain("khusus petugas");
    const registered = await h.handle(h.updates.text(sri, "/prospek terdaftar"));
    expect(registered.map((c) => String(c.payload.text ?? "")).join("\n")).toContain("1 dari 1 ditampilkan");
  });

  it("the store reads every page by id, and counts alike", async () => {
    expect(await countLeads(h.store.db, { provinceCode: "73" })).toBe(BULK + 1);
    const all = await allLeads(h.store.db, { provinceCode: "73" });
    expect(all).toHaveLength(BULK + 1);
    expect(new Set(all.map((l) => l.id)).size).toBe(BULK + 1);
    expect(all.at(-1)!.reference).toBe("TJ-2026-000001");
    expect(await listLeads(h.store.db, { provinceCode: "73", status: [] })).toEqual([]);
    expect(await countLeads(h.store.db, { provinceCode: [] })).toBe(0);
  });
});
