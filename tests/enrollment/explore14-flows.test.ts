/**
 * Exploratory report 14, the guided flows: /bahasa in a form says it closed the form (M4); a form
 * past its time limit is said to have expired, its awaited answer not read as a question (M5);
 * "kembali" at the occupation step goes back, never stored (M6); details typed at the consent
 * step are not "noted" (M10); numbers alone at /tanyapetugas are not called emoji (M10).
 */
import { describe, expect, it } from "vitest";
import { buttonLabels, chatActor, createHarness, later, closedAfterEach, type Harness } from "../helpers/harness";
import type { SimUser } from "../../src/bot/update-factory";

const closing = closedAfterEach();
async function harness() {
  const h = await createHarness();
  closing(h);
  return h;
}
const ani: SimUser = { id: 61401, first_name: "Ani", language_code: "id" };
const lastButtons = (h: Harness) => buttonLabels(h.transport.calls.filter((c) => c.method === "sendMessage").at(-1));

describe("M4: /bahasa in the middle of a form", () => {
  it("says the form was closed and how to start it again", async () => {
    const h = await harness();
    const a = chatActor(h, ani);
    await a.say("/daftar");
    await a.press("enr:consent:yes");
    await a.press("enr:kind:bpu_farmer");
    await a.say("jatim");
    const chooser = await a.say("/bahasa");
    expect(chooser).toContain("Pilih bahasa");
    expect(chooser).toContain("Isian tadi saya tutup karena bahasa diganti");
    expect(chooser).toContain("/daftar");
  });
});

describe("M5: a form past its time limit", () => {
  it("the awaited answer gets 'expired', not an answer to a question nor 'stopped so your question is answered'", async () => {
    const h = await harness();
    const a = chatActor(h, ani);
    await a.say("/daftar");
    await a.press("enr:consent:yes");
    await a.press("enr:kind:bpu_farmer");
    await a.say("jateng");
    const reply = await later(3 * 3_600_000, () => a.say("kab kendal"));
    expect(reply).toContain("Isian Anda sudah kedaluwarsa");
    expect(reply).toContain("/daftar");
    expect(reply).not.toContain("agar pertanyaan Anda terjawab");
    expect(reply).not.toContain("Perbup");
    // the form is over: /batal finds nothing open
    expect(await later(3 * 3_600_000, () => a.say("/batal"))).toContain("Tidak ada isian yang sedang terbuka");
  });

  it("within the limit the answer still goes to the form", async () => {
    const h = await harness();
    const a = chatActor(h, ani);
    await a.say("/daftar");
    await a.press("enr:consent:yes");
    await a.press("enr:kind:bpu_farmer");
    await a.say("jateng");
    const reply = await later(60 * 60_000, () => a.say("kab kendal"));
    expect(reply).not.toContain("kedaluwarsa");
    expect(reply).toContain("Kecamatan apa?");
  });
});

describe("M6: 'kembali' is navigation, not an occupation", () => {
  it("at the occupation step it goes back to the kind of work", async () => {
    const h = await harness();
    const a = chatActor(h, ani);
    await a.say("/daftar");
    await a.press("enr:consent:yes");
    await a.press("enr:kind:wage");
    const back = await a.say("kembali");
    expect(back).toContain("Kembali ke langkah sebelumnya");
    expect(back).not.toContain("Di provinsi mana");
    expect(lastButtons(h).join(" ")).toContain("Karyawan");
    await a.press("enr:kind:bpu_ojol");
    await a.say("sulsel");
    await a.press("enr:r:skip");
    await a.press("enr:prog:unsure");
    await a.press("enr:prog:done");
    const summary = await a.say("Hubungi lewat Telegram saja");
    expect(summary).not.toContain("Pekerjaan: kembali");
    expect(summary).toContain("Ojol");
  });

  it("a correction typed at the region step is told where it can be made", async () => {
    const h = await harness();
    const a = chatActor(h, ani);
    await a.say("/daftar");
    await a.press("enr:consent:yes");
    await a.press("enr:kind:bpu_ojol");
    await a.say("sulsel");
    const reply = await a.say("salah, sy bukan karyawan, sy ojol");
    expect(reply).toContain("bisa diubah di ringkasan");
  });
});

describe("M10: details typed instead of the consent buttons", () => {
  it("are not 'noted': the user is asked to choose Setuju or Tidak first", async () => {
    const h = await harness();
    const a = chatActor(h, ani);
    await a.say("/daftar");
    const reply = await a.say("sy ani, hp 081234567890, tinggal di makassar");
    expect(reply).not.toContain("saya catat");
    expect(reply).toContain("Data Anda belum saya simpan");
    expect(lastButtons(h)).toContain("✅ Setuju");
    // the form is still at the consent step
    expect(await a.press("enr:consent:yes")).toContain("Anda termasuk pekerja yang mana?");
  });
});

describe("M10: numbers alone at /tanyapetugas", () => {
  it("are called numbers, not emoji, and not passed on", async () => {
    const h = await harness();
    const a = chatActor(h, { id: 61402, first_name: "Cindy", language_code: "en" });
    await a.say("/tanyapetugas");
    const reply = await a.say("0812345678901234 7371012345670001");
    expect(reply).not.toContain("emoji");
    expect(reply).toContain("only numbers");
  });
});
