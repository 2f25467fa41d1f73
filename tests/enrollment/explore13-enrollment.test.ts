/**
 * Exploratory report 13 (workers #2, #13, #14, #15, #33, #34), through the real bot: typed answers
 * at button-only steps (the summary's "kirim", the programs' "jkk jkm"/"selesai"/"belum tahu") work
 * as the buttons, and every refusal comes with the step's buttons; the occupation and place said in
 * the message that opens the form are taken after consent, not asked again; a wish to join that asks
 * the price gets the price first; a wage earner hears that the employer registers them, and JP/JKP
 * come only with JKK, JKM and JHT; a question asked while the form is paused knows the kind told in it.
 */
import { describe, expect, it } from "vitest";
import { buttonData, chatActor, createHarness, closedAfterEach, type Harness } from "../helpers/harness";
import type { SimUser } from "../../src/bot/update-factory";
import { htmlToPlain } from "../../src/bot/html";

const closing = closedAfterEach();
async function harness() {
  const h = await createHarness();
  closing(h);
  return h;
}

let nextId = 13_001;
const user = (): SimUser => ({ id: nextId++, first_name: "Rahmat", language_code: "id" });
const sent = (h: Harness) => h.transport.calls.filter((c) => c.method === "sendMessage");
const lastSent = (h: Harness) => sent(h).at(-1);
const lastText = (h: Harness) => htmlToPlain(String(lastSent(h)?.payload.text ?? ""));
const leadsOf = (h: Harness) => h.store.db.selectFrom("leads").selectAll().execute();

type Actor = ReturnType<typeof chatActor>;

/** To the program step as a fisher in Kab. Pinrang, no district. */
async function toPrograms(a: Actor) {
  await a.say("mau daftar");
  await a.press("enr:consent:yes");
  await a.press("enr:kind:bpu_fisher");
  await a.say("pinrang");
  expect(await a.press("enr:d:skip")).toContain("Program apa");
}

async function toSummary(a: Actor) {
  await toPrograms(a);
  await a.press("enr:prog:jkk");
  await a.press("enr:prog:done");
  const summary = await a.say("lewat telegram aja");
  expect(summary).toContain("Periksa lagi data Anda");
}

describe("typed answers at the summary (#13)", () => {
  for (const typed of ["kirim", "ya kirim", "ok", "Kirim kak"]) {
    it(`"${typed}" sends the lead as ✅ Kirim does`, async () => {
      const h = await harness();
      const a = chatActor(h, user());
      await toSummary(a);
      const reply = await a.say(typed);
      expect(reply).toContain("Minat Anda tercatat dengan nomor TJ-");
      expect(await leadsOf(h)).toHaveLength(1);
    });
  }

  it("a text it cannot read shows the summary again with its buttons under it; 'ubah wilayah' edits the region", async () => {
    const h = await harness();
    const a = chatActor(h, user());
    await toSummary(a);
    const reply = await a.say("hmm");
    expect(reply).toContain("Tekan ✅ Kirim bila data sudah benar");
    expect(reply).toContain("Wilayah: Kabupaten Pinrang, Sulawesi Selatan");
    expect(buttonData(lastSent(h))).toContain("enr:submit");
    // the buttons of the summary shown again answer
    expect(await a.press("enr:submit")).toContain("tercatat");
    expect(await leadsOf(h)).toHaveLength(1);
  });

  it("'ubah wilayah' typed edits the region", async () => {
    const h = await harness();
    const a = chatActor(h, user());
    await toSummary(a);
    expect(await a.say("ubah wilayah")).toContain("Di provinsi mana");
    await a.say("sidrap");
    const summary = await a.press("enr:d:skip");
    expect(summary).toContain("Sidenreng Rappang");
    expect(await leadsOf(h)).toHaveLength(0);
  });

  it("a question typed at the summary still pauses the form and is answered", async () => {
    const h = await harness();
    const a = chatActor(h, user());
    await toSummary(a);
    const reply = await a.say("brp iuran bpu sebulan");
    expect(reply).toContain("Rp16.800");
    expect(reply).toContain("Lanjutkan isian");
    expect(await leadsOf(h)).toHaveLength(0);
  });
});

describe("typed answers at the program step (#13, #33)", () => {
  it("'jkk jkm' ticks both and shows the buttons again; 'selesai' finishes", async () => {
    const h = await harness();
    const a = chatActor(h, user());
    await toPrograms(a);
    const reply = await a.say("jkk jkm");
    expect(reply).toContain("Sudah saya centang");
    expect(reply).not.toContain("Tekan tombol program");
    const labels = (lastSent(h)?.payload.reply_markup as { inline_keyboard: { text: string }[][] }).inline_keyboard.flat().map((b) => b.text);
    expect(labels).toContain("✅ JKK (kecelakaan kerja)");
    expect(labels).toContain("✅ JKM (kematian)");
    expect(labels).toContain("▫️ JHT (hari tua)");
    expect(await a.say("selesai")).toContain("Bagaimana petugas bisa menghubungi Anda");
    const summary = await a.say("lewat telegram aja");
    expect(summary).toContain("Program: JKK (kecelakaan kerja), JKM (kematian)");
  });

  it("'belum tahu' then 'sudah' records Belum tahu", async () => {
    const h = await harness();
    const a = chatActor(h, user());
    await toPrograms(a);
    expect(await a.say("belum tahu")).toContain("Sudah saya centang");
    expect(await a.say("sudah")).toContain("Bagaimana petugas");
    expect(await a.say("lewat telegram aja")).toContain("Program: Belum tahu");
  });

  it("'jkk jht selesai' ticks and finishes in one message", async () => {
    const h = await harness();
    const a = chatActor(h, user());
    await toPrograms(a);
    expect(await a.say("jkk dan jht selesai")).toContain("Bagaimana petugas");
    expect(await a.say("lewat telegram aja")).toContain("Program: JKK (kecelakaan kerja), JKM (kematian), JHT (hari tua)");
  });

  it("Selesai with nothing ticked says so in a message with the buttons (#33)", async () => {
    const h = await harness();
    const a = chatActor(h, user());
    await toPrograms(a);
    for (const answer of [() => a.press("enr:prog:done"), () => a.say("selesai")]) {
      const reply = await answer();
      expect(reply).toContain("Pilih minimal satu program");
      expect(lastText(h)).toContain("Pilih minimal satu program");
      expect(buttonData(lastSent(h))).toEqual(expect.arrayContaining(["enr:prog:jkk", "enr:prog:unsure", "enr:prog:done"]));
    }
  });

  it("a text naming no program still gets the hint with the buttons, and a question still pauses", async () => {
    const h = await harness();
    const a = chatActor(h, user());
    await toPrograms(a);
    expect(await a.say("hmm")).toContain("Tekan tombol program");
    expect(buttonData(lastSent(h))).toContain("enr:prog:done");
    const reply = await a.say("jht itu apa sih");
    expect(reply).toContain("Lanjutkan isian");
  });
});

describe("the occupation and place said in the opening message (#14)", () => {
  it("'sy nelayan mau daftar': after consent the kind is said back, not asked", async () => {
    const h = await harness();
    const a = chatActor(h, user());
    const consent = await a.say("sy nelayan mau daftar");
    expect(consent).toContain("Apakah Anda setuju?");
    expect(consent).not.toContain("Nelayan");
    const reply = await a.press("enr:consent:yes");
    expect(reply).toContain("Dari pesan Anda saya catat: Nelayan");
    expect(reply).not.toContain("Anda termasuk pekerja yang mana");
    expect(reply).toContain("Di provinsi mana");
  });

  it("'sy nelayan di pinrang mau ikut bpjs tk': kind and region taken, the district asked next; changeable at the summary", async () => {
    const h = await harness();
    const a = chatActor(h, user());
    await a.say("sy nelayan di pinrang mau ikut bpjs tk");
    const reply = await a.press("enr:consent:yes");
    expect(reply).toContain("Nelayan");
    expect(reply).toContain("wilayah Kabupaten Pinrang, Sulawesi Selatan");
    expect(reply).toContain("Kecamatan apa");
    await a.press("enr:d:skip");
    await a.press("enr:prog:jkk");
    await a.press("enr:prog:done");
    const summary = await a.say("lewat telegram aja");
    expect(summary).toContain("Jenis pekerja: Nelayan");
    expect(summary).toContain("Wilayah: Kabupaten Pinrang, Sulawesi Selatan");
    expect(buttonData(lastSent(h))).toEqual(expect.arrayContaining(["enr:edit:kind", "enr:edit:region"]));
    await a.say("kirim");
    const [lead] = await leadsOf(h);
    expect(lead!.worker_kind ?? (lead as Record<string, unknown>).workerKind).toBe("bpu_fisher");
  });

  it("'sy pedagang pasar mau daftar' keeps the occupation as typed", async () => {
    const h = await harness();
    const a = chatActor(h, user());
    await a.say("sy pedagang pasar mau daftar");
    expect(await a.press("enr:consent:yes")).toContain("Dari pesan Anda saya catat: Pedagang, pekerjaan pedagang pasar");
  });

  it("nothing is kept when consent is declined, and /daftar or the menu button asks as before", async () => {
    const h = await harness();
    const a = chatActor(h, user());
    await a.say("sy nelayan di pinrang mau daftar");
    expect(await a.press("enr:consent:no")).toContain("tidak ada data");
    expect(await leadsOf(h)).toHaveLength(0);
    await a.say("/daftar");
    expect(await a.press("enr:consent:yes")).toContain("Anda termasuk pekerja yang mana");
  });
});

describe("a wish to join that asks the price (#2)", () => {
  it("'sy pedagang pasar mau ikut yg murah aja' gets the BPU fee with the Daftar minat button, not the consent", async () => {
    const h = await harness();
    const a = chatActor(h, user());
    const reply = await a.say("sy pedagang pasar mau ikut yg murah aja");
    expect(reply).toContain("Rp16.800");
    expect(reply).not.toContain("Apakah Anda setuju");
    expect(buttonData(lastSent(h))).toContain("menu:join");
    expect(await a.press("menu:join")).toContain("Apakah Anda setuju");
  });

  it("'sy mau daftar' without a price word opens the form as before", async () => {
    const h = await harness();
    const a = chatActor(h, user());
    expect(await a.say("sy mau daftar")).toContain("Apakah Anda setuju");
  });
});

describe("a wage earner in the form (#34)", () => {
  it("after Karyawan: told the employer registers them; JP or JKP ticks JKK, JKM and JHT too", async () => {
    const h = await harness();
    const a = chatActor(h, user());
    await a.say("/daftar");
    await a.press("enr:consent:yes");
    const reply = await a.press("enr:kind:wage");
    expect(reply).toContain("Karyawan didaftarkan oleh perusahaan (wajib)");
    expect(reply).toContain("175");
    await a.say("satpam");
    await a.say("makassar");
    const prompt = await a.press("enr:d:skip");
    expect(prompt).toContain("JP dan JKP tidak bisa diambil sendiri");
    await a.press("enr:prog:jkp");
    const edited = h.transport.calls.filter((c) => c.method === "editMessageReplyMarkup").at(-1);
    const ticked = (edited?.payload.reply_markup as { inline_keyboard: { text: string }[][] }).inline_keyboard.flat().map((b) => b.text).filter((l) => l.startsWith("✅"));
    expect(ticked).toEqual(["✅ JKK (kecelakaan kerja)", "✅ JKM (kematian)", "✅ JHT (hari tua)", "✅ JKP (kehilangan pekerjaan)"]);
    await a.press("enr:prog:done");
    const summary = await a.say("lewat telegram aja");
    expect(summary).toContain("Program: JKK (kecelakaan kerja), JKM (kematian), JHT (hari tua), JKP (kehilangan pekerjaan)");
  });

  it("unticking JHT unticks the JP ticked on top of it; JKK and JKM stay", async () => {
    const h = await harness();
    const a = chatActor(h, user());
    await a.say("/daftar");
    await a.press("enr:consent:yes");
    await a.press("enr:kind:wage");
    await a.say("satpam");
    await a.say("makassar");
    await a.press("enr:d:skip");
    await a.press("enr:prog:jp");
    await a.press("enr:prog:jht");
    await a.press("enr:prog:done");
    expect(await a.say("lewat telegram aja")).toContain("Program: JKK (kecelakaan kerja), JKM (kematian)\n");
  });
});

describe("a question while the form is paused knows the kind told in it (#15)", () => {
  it("a fisher asking 'brp sebulan' at the region step is answered for BPU, no JKP offered", async () => {
    const h = await harness();
    const a = chatActor(h, user());
    await a.say("/daftar");
    await a.press("enr:consent:yes");
    await a.press("enr:kind:bpu_fisher");
    const reply = await a.say("brp sebulan");
    expect(reply).toContain("Lanjutkan isian");
    // the answer (or the options offered) before the pause note: the BPU fee first, nothing for wage earners only
    const answer = buttonData(sent(h).at(-2));
    expect(answer.find((d) => d.startsWith("kb:") && d !== "kb:none") ?? "").toMatch(/bpu-iuran/);
    expect(answer.join(" ")).not.toMatch(/jkp|jp-/);
  });

  it("so does a fisher who said so in the message that opened the form, asking at the consent", async () => {
    const h = await harness();
    const a = chatActor(h, user());
    await a.say("sy nelayan di pinrang mau ikut bpjs tk");
    expect(await a.say("brp sebulan")).toContain("Lanjutkan isian");
    const answer = buttonData(sent(h).at(-2));
    expect(answer.find((d) => d.startsWith("kb:") && d !== "kb:none") ?? "").toMatch(/bpu-iuran/);
    expect(answer.join(" ")).not.toMatch(/jkp|jp-/);
  });
});

describe("reading the opening message (#14)", () => {
  it("finds the kind, the occupation and a place named for sure, and nothing in a wish alone", async () => {
    const { saidBefore } = await import("../../src/bot/features/enrollment/said-before");
    const { Regions } = await import("../../src/regions");
    const regions = await Regions.load();
    const read = (text: string) => {
      const r = saidBefore(text, regions);
      return r && { kind: r.kind, occupation: r.occupation, area: r.area?.name };
    };
    expect(read("sy nelayan mau daftar")).toEqual({ kind: "bpu_fisher", occupation: undefined, area: undefined });
    expect(read("sy nelayan di pinrang mau ikut bpjs tk")).toEqual({ kind: "bpu_fisher", occupation: undefined, area: "Kabupaten Pinrang" });
    expect(read("saya mau daftar sebagai petani")).toEqual({ kind: "bpu_farmer", occupation: undefined, area: undefined });
    expect(read("sy ojol dari makassar mau daftar")).toEqual({ kind: "bpu_ojol", occupation: undefined, area: "Kota Makassar" });
    expect(read("sy pedagang pasar mau daftar")).toEqual({ kind: "bpu_trader", occupation: "pedagang pasar", area: undefined });
    expect(read("I am a fisherman and want to join")).toEqual({ kind: "bpu_fisher", occupation: undefined, area: undefined });
    expect(read("sy nelayan di laut mau daftar")?.area).toBeUndefined();
    for (const text of ["sy mau daftar", "mau daftar bpjs tk", "/daftar", "ok sy mau daftar"]) expect(read(text)).toBeUndefined();
  });
});
