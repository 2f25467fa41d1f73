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

describe("reminders only in office hours of the lead's province (report 3, item 9)", () => {
  let h: Awaited<ReturnType<typeof officerHarness>>;
  const sulsel = user(630, "Andi");
  const papua = user(631, "Yan");
  const jabar = user(632, "Asep");
  const leads: Record<string, Lead> = {};
  const remind = (at: Date) => remindOverdueLeads(h.app.bot.api, h.store.db, at, { regions: h.regions });
  const sentTo = (before: number) => h.transport.calls.slice(before).filter((c) => c.method === "sendMessage").map((c) => Number(c.payload.chat_id));
  /** Wall-clock time in a zone. */
  const at = (isoLocal: string, offset: "+07:00" | "+08:00" | "+09:00") => new Date(`${isoLocal}${offset}`);

  beforeAll(async () => {
    h = await officerHarness();
    await grantOfficer(h.store.db, sulsel.id, "73", OWNER.id);
    await grantOfficer(h.store.db, papua.id, "91", OWNER.id);
    await grantOfficer(h.store.db, jabar.id, "32", OWNER.id);
    // a week old on Friday 27 November: overdue everywhere
    const created = at("2026-11-20T09:00", "+08:00");
    leads.sulsel = await createLead(h.store.db, { chat_id: 7301, worker_kind: "bpu_farmer", province_code: "73", region_label: "Sulawesi Selatan", programs: "jkk", phone: "+6281200002222" }, created);
    leads.papua = await createLead(h.store.db, { chat_id: 7302, worker_kind: "bpu_farmer", province_code: "91", region_label: "Papua", programs: "jkk" }, created);
    leads.jabar = await createLead(h.store.db, { chat_id: 7303, worker_kind: "bpu_farmer", province_code: "32", region_label: "Jawa Barat", programs: "jkk" }, created);
  });
  afterAll(() => h.close());

  it("sends nothing at 02.20 WITA and claims nothing; each lead comes at 08.00 in its own zone", async () => {
    let before = h.transport.calls.length;
    expect(await remind(at("2026-11-27T02:20", "+08:00"))).toBe(0);
    expect(sentTo(before)).toEqual([]);
    const rows = await h.store.db.selectFrom("leads").select("reminded_at").execute();
    expect(rows.every((r) => r.reminded_at === null)).toBe(true);

    // 07.59 WITA is 08.59 WIT: Papua's officers are at work, Sulawesi's and Java's are not
    before = h.transport.calls.length;
    expect(await remind(at("2026-11-27T07:59", "+08:00"))).toBe(1);
    expect(sentTo(before)).toEqual([papua.id]);

    // 08.00 WITA: two instances tick at once; the claim lets only one of them send
    before = h.transport.calls.length;
    const both = await Promise.all([remind(at("2026-11-27T08:00", "+08:00")), remind(at("2026-11-27T08:00", "+08:00"))]);
    expect(both[0] + both[1]).toBe(1);
    expect(sentTo(before)).toEqual([sulsel.id]);
    expect(String(h.transport.calls.slice(before).find((c) => c.method === "sendMessage")!.payload.text)).toContain(leads.sulsel!.reference);

    before = h.transport.calls.length;
    expect(await remind(at("2026-11-27T07:59", "+07:00"))).toBe(0);
    expect(await remind(at("2026-11-27T08:00", "+07:00"))).toBe(1);
    expect(sentTo(before)).toEqual([jabar.id]);
  });

  it("a reminder falling due after 17.00 on Friday waits for Monday 08.00", async () => {
    const late = await createLead(h.store.db, { chat_id: 7304, worker_kind: "bpu_trader", province_code: "32", region_label: "Jawa Barat", programs: "jkm" }, at("2026-11-25T17:30", "+07:00"));
    const before = h.transport.calls.length;
    expect(await remind(at("2026-11-27T16:59", "+07:00"))).toBe(0); // not yet two working days
    expect(await remind(at("2026-11-27T17:30", "+07:00"))).toBe(0); // due, but after office hours
    expect(await remind(at("2026-11-28T10:00", "+07:00"))).toBe(0); // Saturday
    expect(await remind(at("2026-11-30T07:59", "+07:00"))).toBe(0); // Monday, before 08.00
    expect(sentTo(before)).toEqual([]);
    expect(await remind(at("2026-11-30T08:00", "+07:00"))).toBe(1);
    expect(String(h.transport.calls.at(-1)!.payload.text)).toContain(late.reference);
    expect(h.transport.violations).toEqual([]);
  });
});
