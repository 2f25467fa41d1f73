/**
 * Exploratory test 10 (village heads, sekdes, treasurers and DPMD, /work/notes/explore10-village.md):
 * what they see, through the whole bot. Defects 12 and 13.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatActor, createHarness, worker, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

let nextUser = 10300;
const actor = (language = "id") => chatActor(h, worker(nextUser++, language));
const CLARIFY = "Maksud Anda";

/** What the gathered legal basis says, in Indonesian. */
const BASIS_ID = ["Permendagri 20/2018", "Pasal 19 ayat 4", "UU 3/2024", "Permendesa PDTT 8/2022", "Permendesa PDT 16/2025", "nomor pasalnya tidak kami ketahui", "DPMD"];

describe("12: a legal-basis follow-up gets the basis, not a menu", () => {
  it("after the 2027 Dana Desa answer: 'dasar hukumnya apa' and 'pasal brp' are answered with the officials' basis and each year's rule", async () => {
    const a = actor();
    expect(await a.say("pak, dana desa 2027 boleh ga dipake bayar bpjs tk perangkat?")).toContain("tidak bergantung tahun");
    for (const followUp of ["dasar hukumnya apa", "pasal brp"]) {
      const reply = await a.say(followUp);
      expect(reply, followUp).not.toContain(CLARIFY);
      for (const words of BASIS_ID) expect(reply, followUp).toContain(words);
      expect(reply, followUp).toContain("Aturan sesudah 2026 belum kami ketahui");
    }
  });

  it("after the siltap answer, 'dasar hukumnya apa' is answered too", async () => {
    const a = actor();
    expect(await a.say("iuran bpjs tk kades brp")).toContain("0,54% dari siltap");
    const reply = await a.say("dasar hukumnya apa");
    expect(reply).not.toContain(CLARIFY);
    for (const words of BASIS_ID) expect(reply).toContain(words);
  });

  it.each([
    "hitung iuran bpjs 10 perangkat desa siltap 2,5jt selama 12 bulan",
    "iuran 10 perangkat siltap 2 jt dan 40 pekerja rentan 12 bulan",
  ])("after a village calculation (%s), 'dasar hukumnya apa' gets the basis", async (calculation) => {
    const a = actor();
    expect(await a.say(calculation)).toContain("Anggaran iuran BPJS Ketenagakerjaan desa");
    const reply = await a.say("dasar hukumnya apa");
    expect(reply).not.toContain(CLARIFY);
    for (const words of BASIS_ID) expect(reply).toContain(words);
  });

  it("English: 'what is the legal basis' after a village answer or calculation is answered in English", async () => {
    for (const first of ["can the village budget pay contributions for village officials", "iuran 10 perangkat siltap 2 jt 12 bulan"]) {
      const a = actor("en");
      await a.say(first);
      const reply = await a.say("what is the legal basis");
      expect(reply, first).not.toContain("Did you mean");
      expect(reply, first).toContain("Permendagri 20/2018");
      expect(reply, first).toContain("article number not known to us");
      expect(reply, first).toContain("Later rules are not known to us");
    }
  });

  it("a legal-basis follow-up after an answer on another program is not pulled to the village basis", async () => {
    const a = actor();
    await a.say("apa itu jkm");
    expect(await a.say("dasar hukumnya apa")).not.toContain("Permendagri 20/2018");
  });

  it("'permendesa 16 2025 pasal brp yg bolehin bpjs?' says the article number is not known to us (a single-source report)", async () => {
    const reply = await actor().say("permendesa 16 2025 pasal brp yg bolehin bpjs?");
    expect(reply).not.toContain(CLARIFY);
    expect(reply).toContain("Permendesa PDT 16/2025");
    expect(reply).toContain("baru dari satu sumber");
    expect(reply).toContain("nomor pasal dan butir persisnya tidak kami ketahui");
  });
});

describe("13: treasurers' and DPMD questions are answered", () => {
  it.each([
    ["apakah iuran bpjs tk perangkat desa wajib atau opsional?", ["tidak menyebut aturan nasional yang mewajibkan", "hak", "Perbup Kendal 45/2025", "DPMD"]],
    ["klo kades ga daftarin perangkat kena sanksi ga", ["tidak menyebut sanksi", "PP 86/2013", "berlaku tidaknya untuk desa tidak kami ketahui", "175"]],
    ["dana desa kami 800 jt, maksimal brp persen boleh buat bpjs tk?", ["BLT Desa", "biaya operasional", "tidak ada batas persen yang kami ketahui"]],
    ["BLT desa maks 15% kan, kalau bpjs tk ada batas persen nya ga dr dana desa?", ["BLT Desa", "biaya operasional", "tidak ada batas persen yang kami ketahui"]],
    ["iuran bisa dibayar setahun sekaligus di muka ga utk perangkat desa?", ["Bayar setahun di muka tidak dibahas di sumber kami", "175"]],
    ["iuran bpjs tk perangkat masuk bidang apa di apbdes? sub bidang?", ["juknis", "Kode, bidang dan sub-bidang persisnya tidak kami miliki", "DPMD"]],
    [
      "sy dari dpmd, mau bikin surat edaran ke desa2 utk anggarkan bpjs tk 2027, acuan aturannya apa aja?",
      ["Permendagri 20/2018", "UU 3/2024", "Permendagri 15/2023", "Permendesa PDTT 8/2022", "Permendesa PDTT 7/2023", "Permendesa PDT 16/2025", "Aturan sesudah 2026 belum kami ketahui"],
    ],
  ])("%s", async (question, expected) => {
    const reply = await actor().say(question);
    expect(reply, question).not.toContain(CLARIFY);
    for (const words of expected) expect(reply, question).toContain(words);
  });

  it("no percentage cap is invented for BPJS contributions", async () => {
    const reply = await actor().say("dana desa kami 800 jt, maksimal brp persen boleh buat bpjs tk?");
    expect(reply).toContain("tidak ada batas persen yang kami ketahui");
    // the only percentages are the 2025 caps for BLT Desa and operations the facts give (acceptance 11, N4)
    expect(reply.match(/\d+(,\d+)? ?%/g) ?? []).toEqual(["15%", "3%"]);
    expect(reply).toContain("BLT Desa paling banyak 15%");
  });

  it("English: 'can the village fund pay BPJS for RT/RW heads? legal basis?' names who and the basis, in English", async () => {
    const reply = await actor("en").say("can the village fund pay BPJS for RT/RW heads? legal basis?");
    expect(reply).not.toContain("Did you mean");
    expect(reply).toContain("RT/RW heads");
    expect(reply).toContain("Permendagri 15/2023");
    expect(reply).toContain("No Dana Desa rule naming RT/RW is known to us");
  });

  it("after the late-payment answer, 'klo petani yg didaftarin dana desa telat gmn' gets the BPU arrears for village-enrolled farmers", async () => {
    const a = actor();
    expect(await a.say("kalau desa telat bayar iuran bpjs ketenagakerjaan gimana")).toContain("Aparat desa");
    const reply = await a.say("klo petani yg didaftarin dana desa telat gmn");
    expect(reply).not.toContain(CLARIFY);
    expect(reply).toContain("peserta BPU");
    expect(reply).toContain("tidak kena denda");
    expect(reply).toContain("3 bulan berturut-turut");
  });
});
