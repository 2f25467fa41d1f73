import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Message } from "grammy/types";
import { actor, audit, officerHarness, OWNER, user } from "./setup";
import { createLead } from "../../src/store/repos/leads";
import { grantOfficer } from "../../src/store/repos/officers";
import { notifyOfficersOfLead } from "../../src/bot/features/officers";
import type { Lead } from "../../src/store/schema";
import { uploadedFile } from "../helpers/harness";

let h: Awaited<ReturnType<typeof officerHarness>>;
let sulselLead: Lead;
let jabarLead: Lead;
const sulselOfficer = user(600, "Sri");
const jabarOfficer = user(601, "Joko");

beforeAll(async () => {
  h = await officerHarness();
  const db = h.store.db;
  await grantOfficer(db, sulselOfficer.id, "73", OWNER.id);
  await grantOfficer(db, jabarOfficer.id, "32", OWNER.id);
  sulselLead = await createLead(db, {
    chat_id: 7001, worker_kind: "bpu_fisher", occupation: "=HYPERLINK(\"x\")", province_code: "73", regency_code: "73.14",
    region_label: "Kabupaten Sidenreng Rappang, Sulawesi Selatan", programs: "jkk,jkm", phone: "+6281234567890", contact_via_telegram: 0,
  });
  jabarLead = await createLead(db, { chat_id: 7002, worker_kind: "bpu_ojol", occupation: "Ojol", province_code: "32", region_label: "Jawa Barat", programs: "jht", contact_via_telegram: 1 });
});
afterAll(() => h.close());

describe("lead notifications and status buttons", () => {
  let notice: Message;

  it("notifies the officers of the lead's province (and no one else) with three status buttons", async () => {
    const before = h.transport.calls.length;
    expect(await notifyOfficersOfLead(h.app.bot.api, h.store.db, sulselLead)).toBe(1);
    const sent = h.transport.calls.slice(before).filter((c) => c.method === "sendMessage");
    expect(sent.map((c) => Number(c.payload.chat_id))).toEqual([sulselOfficer.id]);
    expect(String(sent[0]!.payload.text)).toContain(sulselLead.reference);
    expect(String(sent[0]!.payload.text)).toContain("+6281234567890");
    const buttons = (sent[0]!.payload.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] }).inline_keyboard.flat();
    expect(buttons.map((b) => b.text)).toEqual(["📞 Dihubungi", "✅ Terdaftar", "✖️ Tidak berminat"]);
    expect(buttons.map((b) => b.callback_data)).toEqual([
      `lead:st:${sulselLead.id}:contacted`, `lead:st:${sulselLead.id}:registered`, `lead:st:${sulselLead.id}:not_interested`,
    ]);
    for (const b of buttons) expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(64);
    notice = sent[0]!.result as Message;
    expect(h.transport.violations).toEqual([]);
  });

  it("a responsible officer sets the status; the message is edited and the change audited", async () => {
    const calls = await h.handle(h.updates.callback(sulselOfficer, `lead:st:${sulselLead.id}:contacted`, notice));
    expect(calls.find((c) => c.method === "answerCallbackQuery")!.payload.text).toBe("Status diubah: Dihubungi");
    const edit = calls.find((c) => c.method === "editMessageText")!;
    expect(String(edit.payload.text)).toContain("Dihubungi");
    const row = await h.store.db.selectFrom("leads").select("status").where("id", "=", sulselLead.id).executeTakeFirstOrThrow();
    expect(row.status).toBe("contacted");
    const [entry] = await audit(h, "lead_status_set");
    expect(entry!.actor).toBe(String(sulselOfficer.id));
    expect(JSON.parse(entry!.details)).toEqual({ lead_id: sulselLead.id, from: "new", to: "contacted" });
    expect(entry!.details).not.toContain("628");
  });

  it("refuses non-officers, and officers of another province", async () => {
    const stranger = await h.handle(h.updates.callback(user(9999), `lead:st:${sulselLead.id}:registered`, notice));
    expect(stranger.find((c) => c.method === "answerCallbackQuery")!.payload).toMatchObject({ text: "Perintah ini khusus petugas.", show_alert: true });
    expect(stranger.some((c) => c.method === "editMessageText")).toBe(false);
    const other = await h.handle(h.updates.callback(jabarOfficer, `lead:st:${sulselLead.id}:registered`, notice));
    expect(other.find((c) => c.method === "answerCallbackQuery")!.payload.text).toBe("Prospek ini di luar provinsi tugas Anda.");
    const row = await h.store.db.selectFrom("leads").select("status").where("id", "=", sulselLead.id).executeTakeFirstOrThrow();
    expect(row.status).toBe("contacted");
  });

  it("the owner may set any province's lead", async () => {
    const calls = await h.handle(h.updates.callback(OWNER, `lead:st:${jabarLead.id}:not_interested`, notice));
    expect(calls.find((c) => c.method === "answerCallbackQuery")!.payload.text).toBe("Status diubah: Tidak berminat");
  });

});

describe("/prospek and /prospek_csv", () => {
  it("/prospek lists only the officer's province, filtered by status", async () => {
    const o = actor(h, sulselOfficer);
    const all = await o.say("/prospek");
    expect(all).toContain(sulselLead.reference);
    expect(all).not.toContain(jabarLead.reference);
    expect(await o.say("/prospek baru")).toContain("Tidak ada prospek (Baru)");
    expect(await o.say("/prospek dihubungi")).toContain(sulselLead.reference);
    expect((await audit(h, "leads_listed")).length).toBe(3);
  });

  it("/prospek_csv sends a CSV with a header row and the leads, and audits every export", async () => {
    const calls = await h.handle(h.updates.text(OWNER, "/prospek_csv"));
    const doc = calls.find((c) => c.method === "sendDocument")!;
    const file = uploadedFile(doc);
    const lines = file.content.replace(/^\uFEFF/, "").trim().split("\n");
    expect(lines[0]).toBe("referensi,status,dibuat,diperbarui,jenis_pekerja,pekerjaan,kode_provinsi,kode_kabkota,kode_kecamatan,wilayah,program,no_hp,hubungi_via_telegram,telegram_id");
    expect(lines).toHaveLength(3);
    expect(file.content).toContain(sulselLead.reference);
    expect(file.content).toContain(jabarLead.reference);
    expect(file.content).toContain(`"'=HYPERLINK(""x"")"`); // a formula is neutralised
    expect(file.content).toContain("+6281234567890");
    // the Telegram account only of who asked to be contacted there (the consent says so)
    const cells = (reference: string) => lines.find((l) => l.includes(reference))!.split(",");
    expect(cells(jabarLead.reference).slice(-2)).toEqual(["ya", "7002"]);
    expect(cells(sulselLead.reference).slice(-2)).toEqual(["tidak", ""]);

    const scoped = await h.handle(h.updates.text(sulselOfficer, "/prospek_csv dihubungi"));
    const scopedFile = uploadedFile(scoped.find((c) => c.method === "sendDocument")!);
    expect(scopedFile.content).toContain(sulselLead.reference);
    expect(scopedFile.content).not.toContain(jabarLead.reference);

    const exports = await audit(h, "leads_exported");
    expect(exports.map((e) => [e.actor, JSON.parse(e.details)])).toEqual([
      [String(OWNER.id), { status: "all", province_code: null, count: 2 }],
      [String(sulselOfficer.id), { status: "contacted", province_code: "73", count: 1 }],
    ]);
  });

  it("/statistik counts leads by status within the officer's province", async () => {
    const stats = await actor(h, sulselOfficer).say("/statistik");
    expect(stats).toContain("Statistik (Sulawesi Selatan)");
    expect(stats).toContain("Dihubungi: 1");
    expect(stats).toContain("Tidak berminat: 0");
  });
});

// after the listings above, which count every lead
describe("leads where no officer works yet", () => {
  it("a lead from a province no officer covers goes to the owners, who can set its status", async () => {
    const acehLead = await createLead(h.store.db, { chat_id: 7003, worker_kind: "bpu_fisher", province_code: "11", region_label: "Aceh", programs: "jkm", phone: "+6281300002222" });
    const before = h.transport.calls.length;
    expect(await notifyOfficersOfLead(h.app.bot.api, h.store.db, acehLead, { ownerIds: [OWNER.id] })).toBe(1);
    const sent = h.transport.calls.slice(before).filter((c) => c.method === "sendMessage");
    expect(sent.map((c) => Number(c.payload.chat_id))).toEqual([OWNER.id]);
    expect(String(sent[0]!.payload.text)).toContain(acehLead.reference);
    const calls = await h.handle(h.updates.callback(OWNER, `lead:st:${acehLead.id}:contacted`, sent[0]!.result as Message));
    expect(calls.find((c) => c.method === "answerCallbackQuery")!.payload.text).toBe("Status diubah: Dihubungi");
  });
});

describe("officers read leads on their own clock, with the labels of /prospek, safe in a spreadsheet", () => {
  // Thu 26 Nov 2026 17:25 UTC = Fri 27 Nov 01:25 WITA = 00:25 WIB
  const CREATED = "2026-11-26T17:25:26.822Z";
  const csvOf = (calls: Awaited<ReturnType<typeof h.handle>>) => {
    const doc = calls.find((c) => c.method === "sendDocument")!;
    return { doc, file: uploadedFile(doc) };
  };

  beforeAll(async () => {
    await h.store.db.updateTable("leads").set({ created_at: CREATED, updated_at: CREATED }).where("id", "=", sulselLead.id).execute();
  });

  it("the lead card shows when it came in, in the officer's zone", async () => {
    const text = await actor(h, sulselOfficer).say("/prospek");
    expect(text).toContain("Masuk: 2026-11-27 01.25 WITA");
    // an all-province view reads each lead on its own province's clock too (explore 11, item 8)
    expect(await actor(h, OWNER).say("/prospek")).toContain("Masuk: 2026-11-27 01.25 WITA");
  });

  it("/prospek_csv writes local times, Indonesian labels and a dated file name of the officer's day", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-26T17:30:00Z"));
    let calls;
    try {
      calls = await h.handle(h.updates.text(sulselOfficer, "/prospek_csv"));
    } finally {
      vi.useRealTimers();
    }
    const { doc, file } = csvOf(calls);
    expect(file.filename).toBe("prospek-semua-2026-11-27.csv");
    expect(String(doc.payload.caption)).toContain("waktu dalam WITA");
    const row = file.content.split("\n").find((l) => l.startsWith(sulselLead.reference))!;
    expect(row).toContain(",Dihubungi,2026-11-27 01.25 WITA,2026-11-27 01.25 WITA,Nelayan,");
    expect(row).toContain('"JKK (kecelakaan kerja), JKM (kematian)"');
    expect(row).not.toMatch(/contacted|bpu_fisher|,jkk/);
    expect(row).not.toContain("T17:25");
  });

  it("phone numbers and region codes stay text, and typed text never runs as a formula", async () => {
    await h.store.db.updateTable("leads").set({ occupation: "-2+3", region_label: "@SUM(A1)" }).where("id", "=", jabarLead.id).execute();
    await h.store.db.updateTable("leads").set({ regency_code: "73.10" }).where("id", "=", sulselLead.id).execute();
    const { file } = csvOf(await h.handle(h.updates.text(OWNER, "/prospek_csv")));
    const cells = file.content.replace(/^\uFEFF/, "").trim().split("\n").slice(1).join("\n");
    expect(cells).toContain(",'+6281234567890,"); // not 6,28123E+12
    expect(cells).toContain(",'73.10,"); // not 73.1
    expect(cells).toContain(",'-2+3,");
    expect(cells).toContain(",'@SUM(A1),");
    // no cell starts with a formula character
    for (const line of cells.split("\n")) {
      for (const cell of line.split(",")) expect(cell.replace(/^"/, "")).not.toMatch(/^[=+\-@]/);
    }
  });
});
