import { afterEach, describe, expect, it } from "vitest";
import { buttonLabels, chatActor, createHarness, createTestStore, type Harness } from "../helpers/harness";
import type { SimUser } from "../../src/bot/update-factory";
import { CONVERSATION_VERSION } from "../../src/bot/create-bot";
import { createLeadService } from "../../src/leads/service";
import { listAudit } from "../../src/store/repos/audit";

const harnesses: Harness[] = [];
const stores: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const h of harnesses.splice(0)) await h.close();
  for (const s of stores.splice(0)) await s.close();
});

async function harness(options: Parameters<typeof createHarness>[0] = {}) {
  const h = await createHarness(options);
  harnesses.push(h);
  return h;
}

const actor = chatActor;

const ani: SimUser = { id: 2001, first_name: "Ani", language_code: "id" };
const budi: SimUser = { id: 2002, first_name: "Budi", language_code: "id" };

async function leadsOf(h: Harness) {
  return h.store.db.selectFrom("leads").selectAll().execute();
}

async function walkToRegion(a: ReturnType<typeof actor>) {
  expect(await a.say("saya mau daftar")).toContain("UU 27/2022");
  expect(await a.press("enr:consent:yes")).toContain("pekerja yang mana");
  expect(await a.press("enr:kind:bpu_ojol")).toContain("provinsi");
}

/** The shortest whole enrollment: province only, one program, contact as given; returns the confirmation. */
async function enrollShortly(a: ReturnType<typeof actor>, program: string, contact: string) {
  await walkToRegion(a);
  await a.say("sulsel");
  await a.press("enr:r:skip");
  await a.press(`enr:prog:${program}`);
  await a.press("enr:prog:done");
  await a.say(contact);
  return a.press("enr:submit");
}

describe("enrollment-interest flow", () => {
  it("walks the whole flow with buttons and typed input and stores one lead with a reference", async () => {
    const h = await harness();
    const a = actor(h, ani);
    await walkToRegion(a);
    expect(await a.say("sulsel")).toContain("Kabupaten/kota");
    expect(await a.say("sidrap")).toContain("Kecamatan");
    expect(await a.say("maritengae")).toContain("Program apa");
    // JKK ticks the base package, JKM with it
    await a.press("enr:prog:jkk");
    expect(await a.press("enr:prog:done")).toContain("menghubungi Anda");
    expect(await a.say("12345")).toContain("Nomor HP belum benar");
    const summary = await a.say("0812-3456-7890");
    expect(summary).toContain("Periksa lagi");
    expect(summary).toContain("Maritengngae");
    expect(summary).toContain("+6281234567890");
    const done = await a.press("enr:submit");
    expect(done).toMatch(/TJ-\d{4}-000001/);
    expect(done).toContain("tidak pernah");
    const [lead] = await leadsOf(h);
    expect(lead).toMatchObject({ chat_id: ani.id, worker_kind: "bpu_ojol", province_code: "73", regency_code: "73.14", phone: "+6281234567890", status: "new" });
    expect(lead!.programs).toBe("jkk,jkm");
    const consents = await h.store.db.selectFrom("consents").selectAll().where("chat_id", "=", ani.id).execute();
    expect(consents).toHaveLength(1);
    expect(h.transport.violations).toEqual([]);
  });

  it("a city typed for the province answers both questions", async () => {
    const h = await harness();
    const a = actor(h, budi);
    await walkToRegion(a);
    expect(await a.say("makassar")).toContain("Kecamatan");
    await a.press("enr:d:skip");
    await a.press("enr:prog:jkk");
    await a.press("enr:prog:done");
    await a.say("0812-3456-7890");
    expect(await a.press("enr:submit")).toMatch(/TJ-/);
    const [lead] = await leadsOf(h);
    expect(lead).toMatchObject({ province_code: "73", regency_code: "73.71" });
  });

  it("keeps the consent's promise: a lead is deleted once it is 12 months old, audited without personal data", async () => {
    const h = await harness();
    const a = actor(h, ani);
    expect(await a.say("saya mau daftar")).toContain("paling lama 12 bulan");
    await a.say("/batal");
    expect(await enrollShortly(a, "jkm", "0812-3456-7890")).toMatch(/TJ-/);
    const [lead] = await leadsOf(h);
    const given = new Date(lead!.created_at);
    const leads = createLeadService(h.store.db);

    const elevenMonthsOn = new Date(given);
    elevenMonthsOn.setUTCMonth(elevenMonthsOn.getUTCMonth() + 11);
    expect(await leads.deleteExpired(elevenMonthsOn)).toBe(0);
    expect(await leadsOf(h)).toHaveLength(1);

    const aYearOn = new Date(given.getTime() + 1000);
    aYearOn.setUTCMonth(aYearOn.getUTCMonth() + 12);
    expect(await leads.deleteExpired(aYearOn)).toBe(1);
    expect(await leadsOf(h)).toHaveLength(0);
    const [entry] = await listAudit(h.store.db, { action: "leads_expired" });
    expect(entry).toMatchObject({ actor: "system" });
    expect(entry!.details).not.toMatch(/2001|6281234567890|TJ-/);
  });

  it("with no officer for the province yet, the owners are told of the lead", async () => {
    const h = await harness({ env: { OWNER_IDS: "99" } });
    const done = await enrollShortly(actor(h, ani), "jkm", "0812-3456-7890");
    const reference = /TJ-\d{4}-\d{6}/.exec(done)![0];
    const toOwner = h.transport.calls.filter((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === 99);
    expect(toOwner).toHaveLength(1);
    expect(String(toOwner[0]!.payload.text)).toContain(reference);
  });

  it("the 'Daftar minat' menu button opens the flow", async () => {
    const h = await harness();
    const a = actor(h, ani);
    await a.say("/start");
    expect(await a.press("menu:join")).toContain("UU 27/2022");
  });

  it("the consent says who reads the data, what the Telegram-only option shows, and how to withdraw", async () => {
    const h = await harness();
    const text = await actor(h, ani).say("saya mau daftar");
    expect(text).toContain("petugas yang terdaftar di bot ini untuk provinsi Anda");
    expect(text).toContain("melihat nama dan akun Telegram Anda");
    expect(text).toContain("/tarikpersetujuan");
    expect(text).not.toContain("mitranya");
  });

  it("declining consent stores nothing", async () => {
    const h = await harness();
    const a = actor(h, ani);
    await a.say("/daftar");
    expect(await a.press("enr:consent:no")).toContain("tidak ada data dari isian ini yang disimpan");
    expect(await leadsOf(h)).toHaveLength(0);
    expect(await h.store.db.selectFrom("consents").selectAll().execute()).toHaveLength(0);
  });

  it("/batal in the middle stores nothing and leaves the flow", async () => {
    const h = await harness();
    const a = actor(h, ani);
    await walkToRegion(a);
    expect(await a.say("/batal")).toContain("Dibatalkan");
    expect(await leadsOf(h)).toHaveLength(0);
    // free text is a question again, not an answer to the flow
    expect(await a.say("apa itu jht")).toMatch(/Sumber/);
  });

  it("re-asks with the step's hint on wrong input, never crashing", async () => {
    const h = await harness();
    const a = actor(h, ani);
    await a.say("/daftar");
    expect(await a.say("hmm")).toContain("Setuju");
    await a.press("enr:consent:yes");
    await a.press("enr:kind:wage");
    expect(await a.say("x")).toContain("Terlalu pendek");
    expect(await a.say("lihat https://spam.example")).toContain("tanpa tautan");
    expect(await a.say("buruh pabrik")).toContain("provinsi");
    expect(await a.say("provinsi antah berantah")).toContain("tidak menemukan");
  });

  it("refuses someone else's shared contact", async () => {
    const h = await harness();
    const a = actor(h, ani);
    await walkToRegion(a);
    await a.say("sulawesi selatan");
    await a.press("enr:r:skip");
    await a.press("enr:prog:unsure");
    await a.press("enr:prog:done");
    expect(await a.contact("+6281111111111", 9999)).toContain("nomor orang lain");
    expect(await a.contact("+6281222333444")).toContain("Periksa lagi");
  });

  it("resumes at the same step after a restart", async () => {
    const store = await createTestStore();
    stores.push(store);
    const first = await harness({ store });
    await walkToRegion(actor(first, ani));
    await first.close();
    harnesses.splice(harnesses.indexOf(first), 1);

    const second = await harness({ store });
    const a = actor(second, ani);
    expect(await a.say("sulsel")).toContain("Kabupaten/kota");
  });

  it("keeps two users' answers apart", async () => {
    const h = await harness();
    const a = actor(h, ani);
    const b = actor(h, budi);
    await walkToRegion(a);
    await walkToRegion(b);
    await a.say("sulsel");
    await b.say("jatim");
    await a.press("enr:r:skip");
    await b.press("enr:r:skip");
    for (const x of [a, b]) {
      await x.press("enr:prog:jht");
      await x.press("enr:prog:done");
    }
    await a.say("Hubungi lewat Telegram saja");
    await b.say("081298765432");
    await a.press("enr:submit");
    await b.press("enr:submit");
    const leads = await leadsOf(h);
    expect(leads.find((l) => l.chat_id === ani.id)).toMatchObject({ province_code: "73", phone: null, contact_via_telegram: 1 });
    expect(leads.find((l) => l.chat_id === budi.id)).toMatchObject({ province_code: "35", phone: "+6281298765432" });
  });

  it("a second enrollment by the same user updates the open lead", async () => {
    const h = await harness();
    const a = actor(h, ani);
    const first = await enrollShortly(a, "jkk", "Hubungi lewat Telegram saja");
    const reference = /TJ-\d{4}-\d{6}/.exec(first)![0];

    expect(await a.say("/daftar")).toContain(reference);
    await a.press("enr:existing:update");
    await a.press("enr:consent:yes");
    await a.press("enr:edit:programs");
    await a.press("enr:prog:jht");
    await a.press("enr:prog:done");
    expect(await a.press("enr:submit")).toContain(reference);
    const leads = await leadsOf(h);
    expect(leads).toHaveLength(1);
    // JKK and JKM are one base package: JHT comes on top of both
    expect(leads[0]!.programs).toBe("jkk,jkm,jht");
  });

  it("discards a conversation saved by older code cleanly", async () => {
    const h = await harness();
    // a state written by a previous version of the conversation code
    await h.store.db.insertInto("sessions").values({ key: `s:${ani.id}`, value: JSON.stringify({ conversation: { version: [0, CONVERSATION_VERSION - 1], state: { enrollment: [{ args: [], interrupts: [], replay: { send: [], receive: [] } }] } } }), updated_at: new Date().toISOString() }).execute();
    const a = actor(h, ani);
    expect(await a.say("apa itu jht")).toMatch(/Sumber/);
  });
});

describe("the enrollment form reads what people type at each step", () => {
  it("'batal' typed at the province step cancels the form instead of being read as Bali", async () => {
    const h = await harness();
    const a = actor(h, ani);
    await walkToRegion(a);
    expect(await a.say("batal")).toContain("Dibatalkan");
    expect(await leadsOf(h)).toEqual([]);
    // the form is gone: the next message is a question again, not a place name
    expect(await a.say("ga jadi")).not.toContain("Kabupaten/kota");
  });

  it("every region step offers Batal, and 'gk tau' skips a step that may be skipped rather than becoming a place", async () => {
    const h = await harness();
    const a = actor(h, ani);
    await walkToRegion(a);
    const provinceStep = h.transport.calls.filter((c) => c.method === "sendMessage").at(-1);
    expect(buttonLabels(provinceStep)).toContain("❌ Batal");
    expect(await a.say("sulsel")).toContain("Kabupaten/kota");
    expect(await a.say("sidrap")).toContain("Kecamatan");
    expect(await a.say("gk tau")).toContain("Program apa");
    await a.press("enr:prog:jkk");
    await a.press("enr:prog:done");
    const summary = await a.say("0812-3456-7890");
    expect(summary).toContain("Sidenreng Rappang");
    expect(summary).not.toMatch(/Kec\./);
  });

  it("a question typed at the province step is answered, and the user is told the form stopped", async () => {
    const h = await harness();
    const a = actor(h, ani);
    await walkToRegion(a);
    const reply = await a.say("iuran bpu brp sebulan?");
    expect(reply).not.toContain("tidak menemukan");
    expect(reply).toContain("Ketik /daftar untuk mengisinya lagi");
  });

  it("a question typed at the occupation step is answered, not saved as the occupation; a NIK there is refused", async () => {
    const h = await harness();
    const a = actor(h, ani);
    await a.say("saya mau daftar");
    await a.press("enr:consent:yes");
    await a.press("enr:kind:wage");
    const occupationPrompt = h.transport.calls.filter((c) => c.method === "sendMessage").at(-1);
    expect(buttonLabels(occupationPrompt)).toContain("❌ Batal");
    const refused = await a.say("3201234567890001");
    expect(refused).toContain("tanpa nomor");
    expect(refused).not.toContain("3201234567890001");
    const answered = await a.say("berapa iuran bpu sebulan?");
    expect(answered).toContain("Isian tadi");
    expect(answered).toContain("Rp16.800");
    // "saya mau tanya dulu" is no occupation either
    await a.say("saya mau daftar");
    await a.press("enr:consent:yes");
    await a.press("enr:kind:wage");
    expect(await a.say("saya mau tanya dulu")).toContain("Isian tadi");
    // the form is gone: a later word is a question, not an occupation
    await a.say("Tukang las");
    expect(await leadsOf(h)).toEqual([]);
  });

  it("an informal worker is offered only the programs BPU members can join", async () => {
    const h = await harness();
    const a = actor(h, ani);
    await walkToRegion(a);
    const prompt = await a.say("sulsel");
    await a.press("enr:r:skip");
    const programStep = h.transport.calls.filter((c) => c.method === "sendMessage").at(-1);
    expect(buttonLabels(programStep).join(" ")).not.toMatch(/\bJP\b|JKP/);
    expect(buttonLabels(programStep).join(" ")).toMatch(/JHT/);
    expect(prompt + String(programStep?.payload.text)).toContain("JP dan JKP hanya untuk pekerja penerima upah");
    // a forged press of a program the form did not offer changes nothing
    await a.press("enr:prog:jp");
    await a.press("enr:prog:jkk");
    await a.press("enr:prog:done");
    await a.say("0812-3456-7890");
    await a.press("enr:submit");
    // a forged JP changed nothing; JKK brings JKM along as the base package
    expect((await leadsOf(h))[0]!.programs).toBe("jkk,jkm");
  });

  it("an informal worker choosing only JHT gets it on top of the JKK and JKM base package, shown before sending", async () => {
    const h = await harness();
    const a = actor(h, ani);
    await a.say("saya mau daftar");
    await a.press("enr:consent:yes");
    await a.press("enr:kind:bpu_ojol");
    await a.say("sulsel");
    await a.press("enr:r:skip");
    await a.press("enr:prog:jht");
    await a.press("enr:prog:done");
    const summary = await a.say("0812-3456-7890");
    expect(summary).toMatch(/JKK.*JKM.*JHT/s);
    await a.press("enr:submit");
    expect((await leadsOf(h))[0]!.programs).toBe("jkk,jkm,jht");
  });
});

describe("each kind of worker is offered the programs it can join", () => {
  it.each([
    ["migrant", ["JKK", "JKM", "JHT"], ["JP", "JKP"]],
    ["construction", ["JKK", "JKM"], ["JHT", "JP", "JKP"]],
    ["wage", ["JKK", "JKM", "JHT", "JP", "JKP"], []],
    ["village_apparatus", ["JKK", "JKM", "JHT", "JP"], ["JKP"]],
  ])("%s", async (kind, offered, notOffered) => {
    const h = await harness();
    const a = actor(h, ani);
    await a.say("saya mau daftar");
    await a.press("enr:consent:yes");
    await a.press(`enr:kind:${kind}`);
    if (kind !== "village_apparatus") await a.say("Tukang las"); // these kinds do not imply the occupation
    await a.say("sulsel");
    await a.press("enr:r:skip");
    const labels = buttonLabels(h.transport.calls.filter((c) => c.method === "sendMessage").at(-1)).join(" ");
    for (const p of offered) expect(labels).toMatch(new RegExp(`\\b${p}\\b`));
    for (const p of notOffered) expect(labels).not.toMatch(new RegExp(`\\b${p}\\b`));
  });
});
