import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Message } from "grammy/types";
import { audit, officerHarness, OWNER, user } from "./setup";
import { createLead } from "../../src/store/repos/leads";
import { grantOfficer } from "../../src/store/repos/officers";
import { remindOverdueLeads } from "../../src/bot/features/officers";
import { isWorkingDay, workingDaysBefore } from "../../src/leads/follow-up";
import type { Lead } from "../../src/store/schema";

/** A moment given as WIB wall-clock time. */
const wib = (isoLocal: string) => new Date(`${isoLocal}+07:00`);

describe("working days (WIB calendar)", () => {
  it("skips the weekend when counting back", () => {
    expect(isWorkingDay(wib("2026-11-27T23:30"))).toBe(true); // Friday night in WIB (Friday 16:30 UTC)
    expect(isWorkingDay(wib("2026-11-28T00:30"))).toBe(false); // Saturday just after midnight WIB
    expect(workingDaysBefore(wib("2026-11-30T10:00"), 2)).toEqual(wib("2026-11-26T10:00")); // Monday → Thursday
    expect(workingDaysBefore(wib("2026-11-25T10:00"), 2)).toEqual(wib("2026-11-23T10:00")); // Wednesday → Monday
  });
});

describe("reminders about leads nobody has called", () => {
  let h: Awaited<ReturnType<typeof officerHarness>>;
  let lead: Lead;
  const sulselOfficer = user(610, "Sri");
  const jabarOfficer = user(611, "Joko");
  const remind = (at: string) => remindOverdueLeads(h.app.bot.api, h.store.db, wib(at));
  const sentSince = (before: number) => h.transport.calls.slice(before).filter((c) => c.method === "sendMessage");

  beforeAll(async () => {
    h = await officerHarness();
    await grantOfficer(h.store.db, sulselOfficer.id, "73", OWNER.id);
    await grantOfficer(h.store.db, jabarOfficer.id, "32", OWNER.id);
    lead = await createLead(h.store.db, { chat_id: 7101, worker_kind: "bpu_farmer", province_code: "73", region_label: "Sulawesi Selatan", programs: "jkk", phone: "+6281200001111" }, wib("2026-11-23T09:00"));
  });
  afterAll(() => h.close());

  it("waits two working days, then tells the province's officers again, with the status buttons", async () => {
    expect(await remind("2026-11-24T10:00")).toBe(0); // Tuesday: one working day
    const before = h.transport.calls.length;
    expect(await remind("2026-11-25T10:00")).toBe(1); // Wednesday
    const sent = sentSince(before);
    expect(sent.map((c) => Number(c.payload.chat_id))).toEqual([sulselOfficer.id]);
    const text = String(sent.find((c) => Number(c.payload.chat_id) === sulselOfficer.id)!.payload.text);
    expect(text).toContain("belum dihubungi");
    expect(text).toContain(lead.reference);
    const buttons = (sent[0]!.payload.reply_markup as { inline_keyboard: { callback_data: string }[][] }).inline_keyboard.flat();
    expect(buttons.map((b) => b.callback_data)).toContain(`lead:st:${lead.id}:contacted`);
    const [entry] = await audit(h, "lead_reminded");
    expect(entry!.actor).toBe("system");
    expect(entry!.details).not.toContain("628");
    expect(h.transport.violations).toEqual([]);
  });

  it("does not repeat on the next tick; comes again two working days later, never at the weekend", async () => {
    expect(await remind("2026-11-25T10:01")).toBe(0);
    expect(await remind("2026-11-26T10:00")).toBe(0); // Thursday: one working day since
    expect(await remind("2026-11-27T10:30")).toBe(1); // Friday
    expect(await remind("2026-11-28T10:00")).toBe(0); // Saturday
    expect(await remind("2026-11-30T10:00")).toBe(0); // Monday: one working day since Friday's
  });

  it("stops once an officer sets a status", async () => {
    const before = h.transport.calls.length;
    expect(await remind("2026-12-01T11:00")).toBe(1); // Tuesday
    const notice = sentSince(before)[0]!;
    await h.handle(h.updates.callback(sulselOfficer, `lead:st:${lead.id}:contacted`, notice.result as Message));
    expect(await remind("2026-12-04T11:00")).toBe(0);
  });
});

describe("many overdue leads at once", () => {
  let h: Awaited<ReturnType<typeof officerHarness>>;
  const jatimOfficer = user(620, "Rini");
  beforeAll(async () => {
    h = await officerHarness();
    await grantOfficer(h.store.db, jatimOfficer.id, "35", OWNER.id);
    for (let i = 0; i < 6; i++) {
      await createLead(h.store.db, { chat_id: 7200 + i, worker_kind: "bpu_trader", province_code: "35", region_label: "Jawa Timur", programs: "jkm" }, wib(`2026-11-0${2 + i}T09:00`));
    }
  });
  afterAll(() => h.close());

  it("come as one summary pointing to /prospek baru, not six messages", async () => {
    const before = h.transport.calls.length;
    expect(await remindOverdueLeads(h.app.bot.api, h.store.db, wib("2026-11-25T10:00"))).toBe(6);
    const sent = h.transport.calls.slice(before).filter((c) => c.method === "sendMessage");
    expect(sent).toHaveLength(1);
    expect(Number(sent[0]!.payload.chat_id)).toBe(jatimOfficer.id);
    expect(String(sent[0]!.payload.text)).toContain("6 prospek");
    expect(String(sent[0]!.payload.text)).toContain("/prospek baru");
    expect(h.transport.violations).toEqual([]);
  });
});
