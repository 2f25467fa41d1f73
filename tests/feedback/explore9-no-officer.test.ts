/**
 * Exploratory report 9, item 4: a question (/tanyapetugas) or a lead from a province no
 * officer covers goes to the owners only, yet the citizen read that it went to "petugas BPJS
 * Ketenagakerjaan Aceh" (or that an officer would call), and the owner read "di wilayah Anda".
 * Now the asker of a ticket learns it reached the bot's administrators because no officer is
 * registered for their province yet, with call center 175, and the owner's answer comes in the
 * administrators' name; the owner's copy of a ticket or lead says no officer covers the province.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Message } from "grammy/types";
import { createHarness, type Harness } from "../helpers/harness";
import type { ApiCall } from "../../src/bot/local-transport";
import type { SimUser } from "../../src/bot/update-factory";
import { htmlToPlain } from "../../src/bot/html";
import { Regions } from "../../src/regions";
import { notifyOfficersOfLead } from "../../src/bot/features/officers";
import { createLead } from "../../src/store/repos/leads";
import { grantOfficer } from "../../src/store/repos/officers";

const OWNER: SimUser = { id: 100001, first_name: "Owner", language_code: "id" };
const SULSEL_OFFICER = 200001;
const ACEH_CITIZEN: SimUser = { id: 300007, first_name: "Cut", language_code: "id" };
const SULSEL_CITIZEN: SimUser = { id: 300008, first_name: "Ani", language_code: "id" };

let h: Harness;
let regions: Regions;
beforeAll(async () => {
  h = await createHarness({ env: { OWNER_IDS: String(OWNER.id) } });
  regions = await Regions.load();
  await grantOfficer(h.store.db, SULSEL_OFFICER, "73", OWNER.id);
});
afterAll(() => h.close());

const sends = (calls: ApiCall[]) => calls.filter((c) => c.method === "sendMessage");
const to = (calls: ApiCall[], chatId: number) => sends(calls).filter((c) => Number(c.payload.chat_id) === chatId);
const plain = (c: ApiCall | undefined) => htmlToPlain(String(c?.payload.text ?? ""));

describe("a ticket from a province no officer covers", () => {
  let forward: ApiCall;

  it("the asker is told it went to the bot's administrators, with 175; the owner's copy says no officer covers Aceh", async () => {
    await h.say(ACEH_CITIZEN, "/tanyapetugas kapan kantor cabang banda aceh buka?");
    const calls = await h.handle(h.updates.text(ACEH_CITIZEN, "banda aceh"));
    const told = plain(to(calls, ACEH_CITIZEN.id)[0]);
    expect(told).toMatch(/^✅ Pertanyaan Anda tercatat dengan nomor tiket TK-\d{4}-\d{6}\./);
    expect(told).toContain("Belum ada petugas BPJS Ketenagakerjaan untuk Aceh yang terdaftar di TanyaJamsos, jadi pertanyaan Anda diteruskan ke pengelola bot ini.");
    expect(told).toContain("hubungi call center BPJS Ketenagakerjaan 175");
    expect(told).not.toContain("diteruskan ke petugas");

    expect(sends(calls).map((c) => Number(c.payload.chat_id)).sort()).toEqual([OWNER.id, ACEH_CITIZEN.id].sort());
    forward = to(calls, OWNER.id)[0]!;
    expect(plain(forward)).toContain("kapan kantor cabang banda aceh buka?");
    expect(plain(forward)).toContain("⚠️ Belum ada petugas untuk Aceh di bot ini, jadi tiket ini dikirim ke pemilik bot.");
    // one name for whom the answer goes out in, not "the office" and then "the administrators"
    expect(plain(forward)).toContain("jawaban diteruskan atas nama pengelola TanyaJamsos, bukan akun Anda");
    expect(plain(forward)).not.toContain("atas nama kantor");
  });

  it("the owner's answer reaches the asker in the administrators' name, not a province office's", async () => {
    const calls = await h.handle(h.updates.text(OWNER, "Kantor cabang buka Senin–Jumat 08.00.", { replyTo: forward.result as Message }));
    const relayed = plain(to(calls, ACEH_CITIZEN.id)[0]);
    expect(relayed).toContain("Jawaban pengelola TanyaJamsos untuk tiket");
    expect(relayed).toContain("Kantor cabang buka Senin–Jumat 08.00.");
    expect(relayed).toContain("Belum ada petugas BPJS Ketenagakerjaan untuk Aceh di TanyaJamsos. Untuk kepastian hubungi call center 175.");
    expect(relayed).not.toContain("Petugas BPJS Ketenagakerjaan Aceh");
  });

  it("a province with an officer: unchanged, the officers of the province have it", async () => {
    await h.say(SULSEL_CITIZEN, "/tanyapetugas jam berapa kantor cabang makassar buka?");
    const calls = await h.handle(h.updates.text(SULSEL_CITIZEN, "makassar"));
    expect(plain(to(calls, SULSEL_CITIZEN.id)[0])).toContain("Pertanyaan Anda sudah diteruskan ke petugas BPJS Ketenagakerjaan Sulawesi Selatan.");
    expect(plain(to(calls, SULSEL_OFFICER)[0])).not.toContain("Belum ada petugas");
    expect(to(calls, OWNER.id)).toEqual([]);
    expect(h.transport.violations).toEqual([]);
  });
});

describe("a lead from a province no officer covers", () => {
  /** What submitting a lead sets off for officers (the app's onLeadSubmitted), and the messages it sent. */
  const submitted = async (lead: { id: number }) => {
    const before = h.transport.calls.length;
    const told = await notifyOfficersOfLead(h.app.bot.api, h.store.db, lead, { ownerIds: [OWNER.id], regions });
    return { told, calls: h.transport.calls.slice(before) };
  };

  // the citizen's own confirmation, which says no officer has it yet, is the enrollment form's
  it("the owner's copy says no officer covers Aceh, not 'in your area'", async () => {
    const lead = await createLead(h.store.db, { chat_id: ACEH_CITIZEN.id, worker_kind: "bpu_fisher", province_code: "11", region_label: "Kota Banda Aceh, Aceh", programs: "jkm", phone: "+6281300002222" });
    const { told, calls } = await submitted(lead);
    expect(told).toBe(1);
    expect(sends(calls).map((c) => Number(c.payload.chat_id))).toEqual([OWNER.id]);
    const ownerCopy = plain(sends(calls)[0]);
    expect(ownerCopy).toMatch(/^🆕 Prospek baru dari Aceh\. Belum ada petugas untuk Aceh di bot ini, jadi prospek ini dikirim ke Anda sebagai pemilik bot\./);
    expect(ownerCopy).not.toContain("di wilayah Anda");
    expect(ownerCopy).toContain(lead.reference);
  });

  it("a province with an officer: the officer alone is told, as before", async () => {
    const lead = await createLead(h.store.db, { chat_id: SULSEL_CITIZEN.id, worker_kind: "bpu_ojol", province_code: "73", programs: "jkk", contact_via_telegram: 1 });
    const { calls } = await submitted(lead);
    expect(sends(calls).map((c) => Number(c.payload.chat_id))).toEqual([SULSEL_OFFICER]);
    expect(plain(sends(calls)[0])).toMatch(/^🆕 Prospek baru di wilayah Anda\./);
  });
});

describe("the owners' officer list before any officer is added", () => {
  it("lists the owner and says no officer has been added, without denying the owner above it", async () => {
    await h.say(OWNER, `/petugas hapus ${SULSEL_OFFICER}`);
    const [list] = await h.say(OWNER, "/petugas");
    expect(list).toContain(`• ${OWNER.id}: semua provinsi (pemilik bot, dari OWNER_IDS)`);
    expect(list).toContain("Belum ada petugas yang ditambahkan.");
    await grantOfficer(h.store.db, SULSEL_OFFICER, "73", OWNER.id);
  });
});
