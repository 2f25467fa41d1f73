/**
 * Exploratory test 12 (English-speaking users), the privacy item:
 * - M8: /dataku after an English enrolment showed "occupation: Pengemudi ojek online", the
 *   Indonesian label stored for officers, where the confirmation had said "Online motorbike-taxi
 *   driver". The chat view shows a standard kind's label in the reader's language; the JSON copy
 *   keeps it as stored, and an occupation the worker typed is shown as typed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatActor, uploadedFile } from "../helpers/harness";
import { clockAt, officerHarness } from "../officers/setup";
import type { SimUser } from "../../src/bot/update-factory";
import { htmlToPlain } from "../../src/bot/html";

// Fri 27 Nov 2026, 09.37 WITA
clockAt(new Date("2026-11-27T01:37:00Z"));

let h: Awaited<ReturnType<typeof officerHarness>>;
beforeAll(async () => {
  h = await officerHarness();
});
afterAll(() => h.close());

async function enrolOjol(u: SimUser): Promise<string> {
  const a = chatActor(h, u);
  await a.say("/daftar");
  await a.press("enr:consent:yes");
  await a.press("enr:kind:bpu_ojol");
  await a.say("sulsel");
  await a.press("enr:r:skip");
  await a.press("enr:prog:jkm");
  await a.press("enr:prog:done");
  const summary = await a.say("0813 1111 2222");
  expect(await a.press("enr:submit")).toMatch(/TJ-/);
  return summary;
}

async function dataku(u: SimUser) {
  const calls = await h.handle(h.updates.text(u, "/dataku"));
  const shown = calls.filter((c) => c.method === "sendMessage").map((c) => htmlToPlain(String(c.payload.text))).join("\n");
  const copy = JSON.parse(uploadedFile(calls.find((c) => c.method === "sendDocument")!).content);
  return { shown, copy };
}

describe("M8: /dataku names a standard occupation in the reader's language", () => {
  it("an English enrolment as an ojol driver reads 'Online motorbike-taxi driver', as its confirmation did; the copy keeps it as stored", async () => {
    const en: SimUser = { id: 412001, first_name: "Dan", language_code: "en" };
    const summary = await enrolOjol(en);
    expect(summary).toContain("Online motorbike-taxi driver");
    const { shown, copy } = await dataku(en);
    expect(shown).toContain("occupation: Online motorbike-taxi driver");
    expect(shown).not.toContain("Pengemudi ojek online");
    expect(copy.leads[0].occupation).toBe("Pengemudi ojek online");
  });

  it("the same lead reads in Indonesian on an Indonesian phone", async () => {
    const id: SimUser = { id: 412002, first_name: "Ani", language_code: "id" };
    await enrolOjol(id);
    expect((await dataku(id)).shown).toContain("pekerjaan: Pengemudi ojek online");
  });

  it("a village official's details after the label stay as typed, the label in English; a typed occupation is shown as typed", async () => {
    const en: SimUser = { id: 412003, first_name: "Eve", language_code: "en" };
    const { createLead } = await import("../../src/store/repos/leads");
    await h.handle(h.updates.text(en, "hello"));
    await createLead(h.store.db, { chat_id: en.id, worker_kind: "village_apparatus", province_code: "73", phone: "+6281234567890", occupation: "Aparat desa (Desa Sukamaju, kades, 12 orang)" });
    await createLead(h.store.db, { chat_id: en.id, worker_kind: "bpu_other", province_code: "73", phone: "+6281234567890", occupation: "tailor" });
    const { shown, copy } = await dataku(en);
    expect(shown).toContain("occupation: Village official (Desa Sukamaju, kades, 12 orang)");
    expect(shown).toContain("occupation: tailor");
    expect(copy.leads.map((l: { occupation: string }) => l.occupation)).toContain("Aparat desa (Desa Sukamaju, kades, 12 orang)");
  });
});
