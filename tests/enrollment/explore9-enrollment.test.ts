/**
 * Exploratory report 9: the enrollment form for a migrant worker abroad (workers item 6), the
 * program step's base package and the region prompts without buttons (workers item 15,
 * officers item 7), and the confirmation when no officer covers the province (workers item 16).
 */
import { describe, expect, it } from "vitest";
import { buttonLabels, chatActor, createHarness, closedAfterEach, type Harness } from "../helpers/harness";
import type { SimUser } from "../../src/bot/update-factory";
import { htmlToPlain } from "../../src/bot/html";
import { grantOfficer } from "../../src/store/repos/officers";

const closing = closedAfterEach();

async function harness(env: Record<string, string> = {}) {
  const h = await createHarness({ env });
  closing(h);
  return h;
}

/** A fresh bot and one user chatting with it. */
async function chat(user: SimUser, env: Record<string, string> = {}) {
  const h = await harness(env);
  return { h, a: chatActor(h, user) };
}

const siti: SimUser = { id: 3101, first_name: "Siti", language_code: "id" };
const maria: SimUser = { id: 3102, first_name: "Maria", language_code: "en" };

async function toProvince(a: ReturnType<typeof chatActor>, kind = "migrant", start = "mau daftar") {
  await a.say(start);
  await a.press("enr:consent:yes");
  // a fisher's occupation is implied by the kind; the others are asked it
  const asked = await a.press(`enr:kind:${kind}`);
  expect(kind === "bpu_fisher" ? asked : await a.say("ART")).toMatch(/provinsi|province/i);
}

async function toContact(a: ReturnType<typeof chatActor>, kind = "migrant") {
  await toProvince(a, kind);
  await a.say("jatim");
  await a.press("enr:r:skip");
  await a.press("enr:prog:jkk");
  return a.press("enr:prog:done");
}

/** The inline buttons the last sent or edited program keyboard shows. */
function programButtons(h: Harness): string[] {
  const last = h.transport.calls.filter((c) => (c.method === "editMessageReplyMarkup" || c.method === "sendMessage") && JSON.stringify(c.payload.reply_markup ?? "").includes("enr:prog:")).at(-1);
  return buttonLabels(last);
}

describe("a migrant worker abroad can finish the form", () => {
  it("a foreign place at the region step is explained: the home area in Indonesia is wanted", async () => {
    const { a } = await chat(siti);
    await toProvince(a);
    const reply = await a.say("Hong Kong");
    expect(reply).toContain("luar negeri");
    expect(reply).toContain("wilayah asal Anda di Indonesia");
    expect(await a.say("taiwan")).toContain("luar negeri");
    // an Indonesian place is still found
    expect(await a.say("jatim")).toContain("Kabupaten/kota");
  });

  it("in English too", async () => {
    const { a } = await chat(maria);
    await toProvince(a, "migrant", "I want to register");
    const reply = await a.say("Hong Kong");
    expect(reply).toContain("abroad");
    expect(reply).toContain("home area in Indonesia");
    expect(reply).not.toContain("Try another spelling");
  });

  it("a foreign number is told the bot takes Indonesian numbers and pointed to the Telegram choice", async () => {
    const { a } = await chat(siti);
    expect(await toContact(a)).toContain("menghubungi Anda");
    const reply = await a.say("+852 9123 4567");
    expect(reply).toContain("nomor luar negeri");
    expect(reply).toContain("Hubungi lewat Telegram saja");
    // the choice it points to finishes the step
    expect(await a.say("Hubungi lewat Telegram saja")).toContain("Periksa lagi");
  });

  it("a valid Indonesian number inside a sentence is taken", async () => {
    const { h, a } = await chat(siti);
    await toContact(a);
    const summary = await a.say("nomor sy 0812 3456 7890 ya kak");
    expect(summary).toContain("Periksa lagi");
    expect(summary).toContain("+6281234567890");
    await a.press("enr:submit");
    const [lead] = await h.store.db.selectFrom("leads").select(["phone", "worker_kind"]).execute();
    expect(lead).toEqual({ phone: "+6281234567890", worker_kind: "migrant" });
  });

  it("a foreign contact shared with the button is told the same", async () => {
    const { a } = await chat(siti);
    await toContact(a);
    expect(await a.contact("85291234567")).toContain("nomor luar negeri");
  });
});

describe("the program step shows the base package it records", () => {
  it("ticking JKK ticks JKM with it; JHT on top ticks both; 'Belum tahu' unticks them; unticking the base clears it", async () => {
    const { h, a } = await chat(siti);
    await toProvince(a, "bpu_fisher");
    await a.say("makassar");
    await a.press("enr:d:skip");
    expect(programButtons(h)).toContain("▫️ JKM (kematian)");

    await a.press("enr:prog:jkk");
    expect(programButtons(h)).toEqual(expect.arrayContaining(["✅ JKK (kecelakaan kerja)", "✅ JKM (kematian)", "▫️ JHT (hari tua)", "▫️ Belum tahu"]));

    await a.press("enr:prog:unsure");
    expect(programButtons(h)).toEqual(expect.arrayContaining(["▫️ JKK (kecelakaan kerja)", "▫️ JKM (kematian)", "✅ Belum tahu"]));

    await a.press("enr:prog:jht");
    expect(programButtons(h)).toEqual(expect.arrayContaining(["✅ JKK (kecelakaan kerja)", "✅ JKM (kematian)", "✅ JHT (hari tua)", "▫️ Belum tahu"]));

    await a.press("enr:prog:jkm");
    expect(programButtons(h).filter((b) => b.startsWith("✅"))).toEqual([]);

    await a.press("enr:prog:jkm");
    await a.press("enr:prog:done");
    const summary = await a.say("0812 3456 7890");
    expect(summary).toContain("Program: JKK (kecelakaan kerja), JKM (kematian)");
  });

  it("a wage earner's programs are ticked one by one, as they are chosen", async () => {
    const { h, a } = await chat(siti);
    await toProvince(a, "wage");
    await a.say("makassar");
    await a.press("enr:d:skip");
    await a.press("enr:prog:jht");
    expect(programButtons(h).filter((b) => b.startsWith("✅"))).toEqual(["✅ JHT (hari tua)"]);
  });
});

describe("region prompts say 'pick a button' only where there are buttons", () => {
  it("regency and district lists too long for buttons ask to type the name", async () => {
    const { a } = await chat(siti);
    await toProvince(a, "bpu_fisher");
    const regency = await a.say("sulsel");
    expect(regency).toContain("Kabupaten/kota apa? Ketik namanya");
    expect(regency).not.toContain("Pilih tombol");
    const district = await a.say("makassar");
    expect(district).toContain("Kecamatan apa? Ketik namanya, atau pilih Lewati");
    expect(district).not.toContain("Pilih tombol");
  });

  it("a short district list comes as buttons, and then says so", async () => {
    const { h, a } = await chat(siti);
    await toProvince(a, "bpu_fisher");
    await a.say("sulsel");
    const calls = await h.handle(h.updates.text(siti, "parepare"));
    const prompt = calls.find((c) => c.method === "sendMessage")!;
    expect(String(prompt.payload.text)).toContain("Pilih tombol");
    expect(buttonLabels(prompt)).toEqual(expect.arrayContaining(["Bacukiki", "Ujung", "Soreang", "Bacukiki Barat"]));
  });

  it("in English", async () => {
    const { a } = await chat(maria);
    await toProvince(a, "bpu_fisher", "I want to register");
    const district = await a.say("makassar");
    expect(district).toContain("Type its name, or choose Skip");
    expect(district).not.toContain("Pick a button");
  });
});

describe("the confirmation promises a call-back only where an officer covers the province", () => {
  async function submitLead(h: Harness, user: SimUser) {
    const a = chatActor(h, user);
    await toContact(a, "bpu_fisher");
    await a.say("0812 3456 7890");
    await a.press("enr:submit");
    // the confirmation itself (the owners' copy and any later note are other messages)
    const sent = h.transport.calls.filter((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === user.id);
    return htmlToPlain(String(sent.find((c) => String(c.payload.text).includes("TJ-"))?.payload.text));
  }

  it("no officer for the province (only the owners): no promise of 3 working days; kept for the administrators; 175", async () => {
    const h = await harness({ OWNER_IDS: "1" });
    // an officer of another province does not cover Jawa Timur
    await grantOfficer(h.store.db, 500, "73", 1);
    const done = await submitLead(h, siti);
    expect(done).toMatch(/TJ-\d{4}-\d+/);
    expect(done).not.toContain("3 hari kerja");
    expect(done).toContain("belum ada petugas untuk provinsi Anda");
    expect(done).toContain("pengelola bot");
    expect(done).toContain("175");
  });

  it("an officer of the province, or of all provinces: the call-back within 3 working days", async () => {
    const h = await harness({ OWNER_IDS: "1" });
    await grantOfficer(h.store.db, 500, "35", 1);
    expect(await submitLead(h, siti)).toContain("3 hari kerja");
    const h2 = await harness({ OWNER_IDS: "1" });
    await grantOfficer(h2.store.db, 600, null, 1);
    expect(await submitLead(h2, siti)).toContain("3 hari kerja");
  });
});
