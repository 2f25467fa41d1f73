/**
 * Exploratory test 9 (village heads, /work/notes/explore9-village.md): what a kades or sekdes sees,
 * through the whole bot. Defects 11, 12, 13 and 18.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatActor, createHarness, worker, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

let nextUser = 9300;
const actor = (language = "id") => chatActor(h, worker(nextUser++, language));
const CLARIFY = "Maksud Anda";

describe("11: a village paying officials' contributions late", () => {
  it.each(["kalau desa telat bayar iuran perangkat gimana, ada denda?", "desa telat bayar iuran perangkat, ada denda?", "iuran aparat desa nunggak ada dendanya?"])(
    "%s: officials under the employer rule (not settled for a village), vulnerable workers under BPU",
    async (question) => {
      const reply = await actor().say(question);
      expect(reply).not.toContain(CLARIFY);
      // officials: the employer deadline and late fee, and that the sources do not settle it for a village
      expect(reply).toContain("Aparat desa");
      expect(reply).toContain("tanggal 15 bulan berikutnya");
      expect(reply).toContain("denda 2% per bulan");
      expect(reply).toContain("tidak menegaskan apakah denda ini berlaku untuk desa");
      expect(reply).toContain("175");
      // vulnerable workers: no fine, cover stops after 3 months unpaid
      expect(reply).toContain("Pekerja rentan (peserta BPU) tidak kena denda");
      expect(reply).toContain("3 bulan berturut-turut");
    },
  );

  it("in English too", async () => {
    const reply = await actor("en").say("is there a late fee when the village pays officials' bpjs late");
    expect(reply).toContain("do not say whether this fine applies to a village");
    expect(reply).toContain("pay no late fine");
  });
});

describe("12: the core legality questions are answered", () => {
  // explore 10, defect 12: "dasar hukumnya apa" is answered with the gathered basis (officials' first), no longer a menu
  it("'boleh ga dana desa dipake bayar bpjs tk perangkat desa?' gets the officials' basis, and 'dasar hukumnya apa' answers theirs first, then each year's rule", async () => {
    const a = actor();
    const first = await a.say("boleh ga dana desa dipake bayar bpjs ketenagakerjaan perangkat desa?");
    expect(first).not.toContain(CLARIFY);
    expect(first).toContain("Permendagri 20/2018");
    expect(first).toContain("UU 3/2024");
    expect(first).toContain("Dana Desa (APBN)");
    const basis = await a.say("dasar hukumnya apa");
    expect(basis).not.toContain(CLARIFY);
    expect(basis).toMatch(/^Yang dikutip sumber kami\. Aparat desa lewat APBDes\/ADD: Permendagri 20\/2018/);
    expect(basis).toContain("UU 3/2024");
  });

  it("after the siltap answer, 'dasar hukumnya apa' answers the officials' legal basis first, not the 2022 rule alone", async () => {
    const a = actor();
    expect(await a.say("iuran bpjs tk kades brp")).toContain("0,54% dari siltap");
    const basis = await a.say("dasar hukumnya apa");
    expect(basis).not.toContain(CLARIFY);
    expect(basis).toMatch(/^Yang dikutip sumber kami\. Aparat desa lewat APBDes\/ADD: Permendagri 20\/2018/);
    expect(basis).not.toMatch(/^Untuk 2022/);
  });

  it.each([
    ["dana desa 2025 boleh utk bpjs tk nelayan?", "Untuk 2025 berlaku Permendesa PDT 2/2024"],
    ["dd thn 2025 boleh buat jamsostek buruh tani?", "Untuk 2025 berlaku Permendesa PDT 2/2024"],
    ["boleh ga bpd dibayarin bpjs tk pake apbdes", "perangkat dan BPD hak atas jaminan sosial"],
    ["apbdes bisa bayarin bpjs tk bpd ga", "Permendagri 18/2018 untuk aparat dan BPD"],
    ["iuran bpjs tk kades brp", "0,54% dari siltap"],
    ["brp iuran bpjs tk sekdes", "0,54% dari siltap"],
  ])("%s", async (question, answerWords) => {
    const reply = await actor().say(question);
    expect(reply, question).not.toContain(CLARIFY);
    expect(reply, question).toContain(answerWords);
  });

  it("English: 'is it legal to use dana desa for bpjs ketenagakerjaan for farmers in 2025?' gets the 2025 rule in English", async () => {
    for (const question of ["is it legal to use dana desa for bpjs ketenagakerjaan for farmers in 2025?", "can dana desa pay bpjs for fishers in 2025"]) {
      const reply = await actor("en").say(question);
      expect(reply, question).not.toContain("Did you mean");
      expect(reply, question).toContain("For 2025 the rule is Permendesa PDT 2/2024");
      expect(reply, question).toContain("found no explicit clause");
    }
  });
});

describe("13: questions about regulations that carry numbers or years", () => {
  it("'permendagri 20 2018 pasal brp …' is answered with the article as cited, not asked for a siltap", async () => {
    const reply = await actor().say("permendagri 20 2018 pasal brp yg atur iuran jamsos aparat desa");
    expect(reply).not.toContain("Berapa siltap");
    expect(reply).toContain("Pasal 19 ayat 4, sebagaimana dikutip");
    expect(reply).toContain("Nomor pasal belum kami cek");
  });

  it("'uu 3 2024 pasal brp …' is answered by the Village Law entry", async () => {
    const reply = await actor().say("uu 3 2024 pasal brp hak jamsos perangkat");
    expect(reply).not.toContain("Berapa");
    expect(reply).toContain("Pasal 26 ayat 3 huruf c");
  });

  it("a calculation that names its amounts is still computed", async () => {
    expect(await actor().say("iuran 7 kadus siltap 1,5 jt juli sampai desember")).toContain("Rp340.200");
  });

  it.each(["apbdes 2027 boleh utk bpjs tk?", "dana desa 2028 boleh bayar jamsostek?"])(
    "%s: the APBDes basis does not depend on the year, the later Dana Desa rule is not known yet",
    async (question) => {
      const reply = await actor().say(question);
      expect(reply).not.toContain("belum bisa menjawab");
      expect(reply).not.toContain(CLARIFY);
      expect(reply).toContain("tidak bergantung tahun");
      expect(reply).toContain("Permendagri 20/2018");
      expect(reply).toContain("aturan tahun sesudahnya belum kami ketahui");
    },
  );
});

describe("18: BPJS Kesehatan for officials from village funds", () => {
  it("'dana desa bisa buat bpjs kesehatan perangkat ga' is told plainly it is BPJS Kesehatan's, with DPMD and BPJS Kesehatan to ask, no JKP talk", async () => {
    const reply = await actor().say("dana desa bisa buat bpjs kesehatan perangkat ga");
    expect(reply).not.toContain(CLARIFY);
    expect(reply).toContain("Itu soal BPJS Kesehatan (JKN), bukan BPJS Ketenagakerjaan, jadi di luar bot ini");
    expect(reply).toContain("DPMD kabupaten");
    expect(reply).toContain("Mobile JKN");
    expect(reply).not.toContain("JKP");
  });

  it("in English too", async () => {
    const reply = await actor("en").say("can dana desa pay health insurance for village officials");
    expect(reply).toContain("outside this bot");
    expect(reply).not.toContain("JKP");
  });
});
