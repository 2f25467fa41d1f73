/**
 * Exploratory tests 13, the knowledge added and corrected for them (/work/notes/explore13-workers.md
 * #3, #18-#22, #30, #31; /work/notes/explore13-village-officers.md D6, D9, D18). Each worker-style
 * question is sent through the real bot by a new user: the entry must answer (its 👍 button), and its
 * key fact, rendered from knowledge/rules, must be in the reply. Where the sources leave a matter open,
 * the reply must say so and point to call center 175. The search alone is checked for paraphrases.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buttonData, chatActor, createHarness, worker, type Harness } from "../helpers/harness";
import { loadKnowledge } from "../../src/knowledge/load";
import { createSearch } from "../../src/knowledge/search";

const kb = loadKnowledge();
const search = createSearch(kb);

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

let nextUser = 13_900;
const lastSent = () => h.transport.calls.filter((c) => c.method === "sendMessage").at(-1);
/** The entry a reply answered (its 👍 button), or undefined for "Maksud Anda…?" and declines. */
const answered = () => buttonData(lastSent()).find((d) => d.startsWith("fb:0:"))?.slice("fb:0:".length);
/** Asks one question as a new user; returns the reply's text. */
const ask = (text: string) => chatActor(h, worker(nextUser++)).say(text);

describe("new entries answer the workers' and village heads' questions", () => {
  it.each([
    // #3, #10: a laid-off worker's overview: JKP (with its conditions), JHT after the wait, JP not paid out
    ["kena phk dapat apa aja dari bpjs", "jkp-hak-saat-phk", ["60%", "Rp5.000.000", "6 bulan", "SIAPkerja", "1 bulan", "JP"]],
    // #3, #6: how a migrant worker registers, also for family: not in the sources → 175, WhatsApp PMI, /daftar
    ["anak sy TKI di malaysia mau daftar bpjs caranya", "pmi-cara-daftar", ["tidak memuat", "Rp37.500", "175", "+62 811 9115910", "/daftar"]],
    // #3, #31: when BSU 2025 was paid, only what the facts say
    ["bsu 2025 cair kapan", "general-bsu-kapan-cair", ["Juni 2025", "Rp300.000", "Rp600.000", "tidak menyebut BSU baru"]],
    // #30: a returning migrant worker's JHT: no PMI-specific rule in the sources
    ["jht pmi bisa diambil kapan", "pmi-jht-klaim", ["tidak ada di", "175", "+62 811 9115910"]],
    // #30: a domestic worker's employer duty is not settled; BPU self-registration is offered
    ["sy ART (asisten rumah tangga) majikan wajib daftarin sy ga", "bpu-art-majikan", ["tidak menyebut", "175", "Rp16.800", "BPU"]],
    // #31: an ojol driver's accident before registering: the inference is flagged, Jasa Raharja, 175
    ["sy ojol tp blm daftar, kemarin kecelakaan, bisa daftar skrg trus klaim?", "bpu-kecelakaan-sebelum-daftar", ["sebelum Anda mendaftar", "kesimpulan kami", "Jasa Raharja", "175"]],
    // D6: BUMDes money is not covered by the sources; what they say of APBDes/ADD and Dana Desa
    ["apakah iuran bpjs tk perangkat desa bisa dibayar pakai dana bumdes?", "desa-bumdes-iuran", ["tidak membahas dana BUMDes", "APBDes", "Dana Desa", "175"]],
    // D9, D18: who registers the officials, the steps, and /daftar
    ["siapa yg daftarin, desa atau masing2", "desa-siapa-mendaftarkan", ["desa", "kantor cabang", "APBDes", "/daftar", "Aparat desa"]],
    // #22: remarriage of a widow is not in the sources
    ["kalau sy nikah lagi pensiun janda nya gmn", "jp-janda-menikah-lagi", ["tidak ada di sumber kami", "175"]],
  ])("%s → %s", async (question, id, facts) => {
    const reply = await ask(question);
    expect(answered(), reply).toBe(id);
    for (const fact of facts) expect(reply, fact).toContain(fact);
  });

  it("each new entry is found first for a question typed another way", () => {
    const cases: [string, string][] = [
      ["abis kena phk, bpjs tk ngasih apa aja ke sy", "jkp-hak-saat-phk"],
      ["istri sy mau kerja di hongkong, gmn daftarin bpjs tk nya", "pmi-cara-daftar"],
      ["subsidi upah 2025 mulai disalurkan bulan apa ya", "general-bsu-kapan-cair"],
      ["sy tkw pulang dr hongkong, jht pmi bisa diambil?", "pmi-jht-klaim"],
      ["majikan wajib daftarin pembantu rumah tangga ke bpjs tk?", "bpu-art-majikan"],
      ["petani blm ikut bpjs kena parang, kalo daftar skrg bisa klaim?", "bpu-kecelakaan-sebelum-daftar"],
      ["iuran bpjs tk perangkat desa boleh pakai dana bumdes?", "desa-bumdes-iuran"],
      ["sy kades mau daftarkan perangkat desa sy", "desa-siapa-mendaftarkan"],
      ["janda penerima jp kalau kawin lagi pensiunnya stop?", "jp-janda-menikah-lagi"],
    ];
    for (const [q, id] of cases) expect(search.search(q).candidates[0]?.entry.id, q).toBe(id);
  });

  it("the new entries do not take the questions of their neighbours", () => {
    const cases: [string, string][] = [
      ["prt bisa ikut bpjs tk?", "bpu-siapa-bisa"],
      ["saldo jht tki nanti bs diklaim gk", "pmi-jht"],
      ["what documents do i need for jht withdrawal", "jht-dokumen"],
      ["sy dirumahkan trus diberhentikan, hak jht sy apa", "jht-klaim-phk"],
      ["bsu bakal ada lagi gk thn depan", "general-bsu"],
      ["perusahaan tidak mendaftarkan saya ke bpjs, siapa yang menanggung kecelakaan kerja", "jkk-tidak-didaftarkan"],
    ];
    for (const [q, id] of cases) expect(search.search(q).candidates[0]?.entry.id, q).toBe(id);
  });
});

describe("corrected entries", () => {
  it("#18: the STMB answer flags the BPU rule as not confirmed", async () => {
    const reply = await ask("stmb ojol brp");
    expect(answered()).toBe("jkk-stmb");
    expect(reply).toContain("100%");
    expect(reply).toContain("belum terkonfirmasi");
  });

  it("#19: the commuting answer no longer asks a BPU worker for a statement 'diketahui perusahaan' only", async () => {
    const reply = await ask("kecelakaan di jalan pas pulang kerja ditanggung ga");
    expect(answered()).toBe("jkk-perjalanan");
    expect(reply).toContain("Peserta BPU");
    expect(reply).toContain("tidak punya perusahaan");
    expect(reply).toContain("Jasa Raharja");
  });

  it("#21: 'JKM untuk meninggal karena sakit' gives the amount", () => {
    const entry = kb.byId.get("jkm-meninggal-sakit")!;
    expect(entry.answer).toContain("Rp42.000.000");
    expect(entry.answerEn).toMatch(/Rp42[.,]000[.,]000/);
  });

  it("#20: the family overview names JKM, JHT, the JP pension with its gap, and scholarships with their condition", () => {
    const answer = kb.byId.get("jkm-hak-keluarga")!.answer;
    for (const fact of ["Rp42.000.000", "saldo JHT", "pensiun", "175", "Rp174.000.000", "3 tahun"]) expect(answer, fact).toContain(fact);
  });
});
