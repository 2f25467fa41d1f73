/**
 * Exploratory test 9 (workers, /work/notes/explore9-workers.md): what a worker typing on a cheap
 * phone sees, through the whole bot. Defects 2, 7, 9, 10, 11, 12, 13, 14 and 17.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buttonLabels, chatActor, createHarness, worker, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

let nextUser = 9100;
const actor = () => chatActor(h, worker(nextUser++));
/** The buttons under the bot's latest message. */
const lastButtons = () => buttonLabels(h.transport.calls.filter((c) => c.method === "sendMessage").at(-1));
const CLARIFY = "Maksud Anda";
const DECLINE = "belum bisa menjawab";

/** A new user asking `question` gets the answer with `answerWords` at once, no "Maksud Anda…?". */
async function expectAnswered(question: string, answerWords: string) {
  const reply = await actor().say(question);
  expect(reply, question).not.toContain(CLARIFY);
  expect(reply, question).toContain(answerWords);
}

describe("2: 'kakk', 'kaak', 'kk' are a salutation, never 'kakek'", () => {
  it("questions opened with them are answered as without them", async () => {
    const bpjs = await actor().say("kakk aq mw nnya dong bpjs tk itu apa y");
    expect(bpjs).toContain("BPJS Ketenagakerjaan adalah badan negara");
    expect(bpjs).not.toMatch(/kakek/i);
    expect(await actor().say("kakk jht itu apa y")).toContain("tabungan hari tua");
    expect(await actor().say("kk jht itu apa y")).toContain("tabungan hari tua");
    expect(await actor().say("kakk brp iuran bpu")).toContain("Paket termurah BPU");
    // as "mau tanya jkk" alone: JKK offered first, no decline
    const jkk = await actor().say("kaak mau tanya jkk");
    expect(jkk).not.toContain(DECLINE);
    expect(lastButtons()[0]).toBe("Apa itu JKK (kecelakaan kerja)");
  });

  it("'kakk aq mw nnya dong' is an opening: the bot waits for the question", async () => {
    const reply = await actor().say("kakk aq mw nnya dong");
    expect(reply).toContain("tulis saja pertanyaannya");
    expect(reply).not.toContain("ahli waris");
  });

  it("'kk' among the papers of a claim is still the family card", async () => {
    expect(await actor().say("klaim jht perlu ktp kk dan buku tabungan?")).toContain("Resign: kartu peserta");
  });
});

describe("7: a short follow-up after a clear answer is answered when the lean is clear", () => {
  it("'syaratnya apa' after the JHT resignation claim gives the JHT claim documents", async () => {
    const a = actor();
    expect(await a.say("gmn klaim jht kl resign")).toContain("Setelah resign");
    const reply = await a.say("syaratnya apa");
    expect(reply).not.toContain(CLARIFY);
    expect(reply).toContain("Resign: kartu peserta");
  });

  it("after the JKM answers, 'manfaatnya apa aja' and 'cara klaimnya' are JKM's", async () => {
    const a = actor();
    await a.say("apa itu jkm");
    expect(await a.say("iurannya brp")).toContain("iuran JKM");
    expect(await a.say("manfaatnya apa aja")).toContain("Ahli waris menerima total");
    expect(await a.say("cara klaimnya")).toContain("Ahli waris mengajukan klaim");
  });

  it("after the claim documents, 'kl jht?' and 'kl jp?' give those programs' claim documents", async () => {
    const a = actor();
    await a.say("dokumen klaim jkm apa aja");
    expect(await a.say("kalau jkp?")).toContain("bersedia bekerja kembali");
    const jht = await a.say("kl jht?");
    expect(jht).not.toContain(CLARIFY);
    expect(jht).toContain("Resign: kartu peserta");
    expect(await a.say("kl jp?")).toContain("usia pensiun");
  });

  it("'kl blm 15 thn?' after 'jp itu apa' gets the JP lump sum (an entry's own paraphrase since session 9)", async () => {
    const a = actor();
    await a.say("jp itu apa");
    const reply = await a.say("kl blm 15 thn?");
    expect(reply).not.toContain(CLARIFY);
    expect(reply).toContain("uang tunai sekaligus");
  });
});

describe("9: common single questions and typed button titles are answered", () => {
  it.each([
    ["brp santunan jkm", "Ahli waris menerima total"],
    ["sy di phk dapat jkp brp", "Uang tunai JKP"],
    ["syarat dapat jkp", "kena PHK, bukan resign"],
    ["iuran jkp brp", "tidak dipotong dari gaji"],
    ["cara klaim jkk kl kecelakaan kerja", "Segera berobat"],
    ["beasiswa anak brp", "mendapat beasiswa"],
    ["jkk tu apa sih", "JKK (Jaminan Kecelakaan Kerja) melindungi"],
    ["gimna cra kliam jht klo di phk", "sejak tanggal PHK"],
    ["Cara klaim JKK setelah kecelakaan", "Segera berobat"],
    ["Kecelakaan kerja, belum didaftarkan", "perusahaan wajib menanggung sendiri"],
    ["Beasiswa anak peserta (JKM/JKK)", "mendapat beasiswa"],
    ["brapa iuran jamsostek ojek pangkalan", "Paket termurah BPU"],
  ])("%s", expectAnswered);

  it.each([
    ["santunan jkm brp ya", "Ahli waris menerima total"],
    ["kena phk dapet jkp brp", "Uang tunai JKP"],
    ["syarat dapet jkp apa", "kena PHK, bukan resign"],
    ["jkp iurannya brp", "tidak dipotong dari gaji"],
    ["gimana klaim jht kalo kena phk", "sejak tanggal PHK"],
  ])("other wordings too: %s", expectAnswered);

  it("the BPU contribution is offered first for other wordings of the base-ojek question", async () => {
    const reply = await actor().say("iuran ojek pangkalan brp sebulan");
    if (reply.includes(CLARIFY)) expect(lastButtons()[0]).toBe("Iuran BPU per bulan");
    else expect(reply).toContain("Paket termurah BPU");
  });
});

describe("10, 11, 12, 13: answers the report found missing", () => {
  it("10: a live scam message gets the hoax warning: don't fill in the link, claims are free, 175", async () => {
    const reply = await actor().say("ada wa katanya sy dapat dana jht 21 juta suruh isi link");
    expect(reply).not.toContain(CLARIFY);
    expect(reply).toContain("hoaks");
    expect(reply).toContain("Jangan isi link-nya");
    expect(reply).toContain("Klaim JHT gratis dan diajukan sendiri oleh peserta");
    expect(reply).toContain("175");
    expect(await actor().say("ada sms katanya dapat dana bpjs suruh isi link")).toContain("Jangan isi link-nya");
  });

  it("11: an HR manager's 'which programs must we register employees in' gets the programs by business size", async () => {
    const reply = await actor().say("saya HR manager, wajib daftarkan karyawan ke program apa aja?");
    expect(reply).not.toContain(DECLINE);
    expect(reply).toContain("Perpres 109/2013");
    expect(await actor().say("perusahaan sy wajib daftarkan karyawan ke program apa saja")).toContain("usaha mikro");
  });

  it("12: how long a JHT claim takes: not known, follow it in JMO, ask 175", async () => {
    for (const question of ["berapa lama proses klaim jht", "klaim jht brp lama sih"]) {
      const reply = await actor().say(question);
      expect(reply, question).toContain("tidak tercantum");
      expect(reply, question).toContain("lacak klaim");
      expect(reply, question).toContain("175");
    }
  });

  it("13: 'mau daftar tp gak punya hp android' is told how to register without a smartphone, and how to start the form", async () => {
    const reply = await actor().say("mau daftar tp gak punya hp android");
    expect(reply).toContain("Tanpa smartphone");
    expect(reply).toContain("kantor cabang");
    expect(reply).toContain("saya mau daftar");
    // a plain wish to join still opens the form
    expect(await actor().say("saya mau daftar")).toContain("Daftar minat kepesertaan");
  });
});

describe("14: emoji or punctuation alone", () => {
  it("🙏 or 👍 after an answer is a thank-you", async () => {
    const a = actor();
    await a.say("brp iuran bpu sebulan");
    expect(await a.say("🙏")).toContain("Sama-sama");
    expect(await a.say("👍🏽")).toContain("Sama-sama");
  });

  it("other symbols, or 🙏 with nothing before it, are asked to be typed as a question, never called numbers", async () => {
    for (const text of ["?", "...", "😭😭🙏", "🙏"]) {
      const reply = await actor().say(text);
      expect(reply, text).not.toContain("Angka");
      expect(reply, text).toContain("tulis pertanyaan");
    }
  });
});

describe("17: a BPJS Kesehatan decline offers no BPJS Ketenagakerjaan follow-up", () => {
  it.each(["bpjs kesehatan sy nunggak gmn", "iuran bpjs kesehatan kelas 3 brp"])("%s", async (question) => {
    const reply = await actor().say(question);
    expect(reply).toContain("BPJS Kesehatan sendiri");
    expect(reply).not.toContain("Beri tahu saya");
    expect(lastButtons()).toEqual([]);
  });
});
