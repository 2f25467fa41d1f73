/**
 * Exploratory test 13 (workers), the search and its conversation memory (/work/notes/explore13-workers.md
 * #1, #7, #8, #9, #11, #12, #15, #17, #20, #23): the situation a user tells (an ojol driver after an
 * accident, a factory worker's widow, a laid-off worker) ranks their follow-ups; a clarification with one
 * real option is answered; self-descriptions rank like the bare question; cheap-phone writing (words run
 * together, "ap", voice-typed letter names) is read; a long story's closing question is found.
 * The transcripts are replayed through the real bot, one user each, and what the user sees is asserted.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buttonData, chatActor, createHarness, worker, type Harness } from "../helpers/harness";
import { loadKnowledge } from "../../src/knowledge/load";
import { createSearch } from "../../src/knowledge/search";
import { detectIntent } from "../../src/knowledge/intents";
import { situationIn, situationsOf, workersOf, updatedSituation } from "../../src/knowledge/situation";
import { RecentTopics } from "../../src/knowledge/follow-up";
import { FaqEntrySchema } from "../../src/knowledge/schema";

const kb = loadKnowledge();
const search = createSearch(kb);
const entry = (id: string) => kb.byId.get(id)!;

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

let nextUser = 13_300;
const actor = () => chatActor(h, worker(nextUser++));
const lastSent = () => h.transport.calls.filter((c) => c.method === "sendMessage").at(-1);
/** The entry a reply answered (its 👍 button), or undefined for "Maksud Anda…?" and declines. */
const answered = () => buttonData(lastSent()).find((d) => d.startsWith("fb:0:"))?.slice("fb:0:".length);
/** The entries offered as "Maksud Anda…?" options, in order. */
const offered = () => buttonData(lastSent()).filter((d) => d.startsWith("kb:") && d !== "kb:none").map((d) => d.slice(3));
const CLARIFY = "Maksud Anda";
const DECLINE = "belum bisa menjawab";

describe("the situation read from what the user says", () => {
  it.each([
    ["kak sy driver ojol, kemarin ketabrak motor pas antar penumpang, kaki patah", "bpu", ["accident"]],
    ["suami sy meninggal bulan lalu krn serangan jantung", undefined, ["death"]],
    ["sy baru di phk dari pabrik sepatu, gaji 4,8 jt", "pu", ["layoff"]],
    ["anak sy TKI di malaysia mau daftar bpjs caranya", "pmi", []],
    ["sy petani brp iuran nya", "bpu", []],
    // a village head speaks for the villagers, not of their own work
    ["sy kades, boleh ga pake dd utk iuran jamsostek petani", undefined, []],
    // a daily labourer in a warehouse is a wage earner, not a freelancer
    ["sy buruh harian lepas di gudang, kena jkk juga?", undefined, ["accident"].slice(0, 0)],
  ])("%s", (text, worker, events) => {
    const s = situationIn(text);
    expect(s.worker).toBe(worker);
    expect(s.events).toEqual(events);
  });

  it("a later message adds to what was told, and a new event replaces the old one", () => {
    const widow = updatedSituation(situationIn("suami sy meninggal krn serangan jantung"), situationIn("dia kerja di pabrik 12 tahun"));
    expect(widow).toEqual({ worker: "pu", events: ["death"] });
    expect(updatedSituation(widow, situationIn("syarat nya apa"))).toEqual(widow);
  });

  it("entries' facets come from their topic and label unless the file sets them", () => {
    expect(workersOf(entry("jkp-manfaat-uang"))).toEqual(["pu"]);
    expect(workersOf(entry("bpu-berobat-kecelakaan"))).toEqual(["bpu"]);
    expect(situationsOf(entry("jkk-stmb"))).toEqual(["accident"]);
    expect(situationsOf(entry("jkm-santunan"))).toEqual(["death"]);
    expect(situationsOf(entry("jkk-meninggal"))).toEqual(expect.arrayContaining(["death", "accident"]));
    expect(situationsOf(entry("jht-klaim-sebagian"))).toContain("working");
  });

  it("the optional fields are validated", () => {
    const base = { id: "x-y", label: "Contoh", topic: "jkk", audience: ["worker"], questions: ["a b c", "d e f", "g h i", "j k l"], answer: "jawaban yang cukup panjang di sini", sources: ["PP 44/2015"], reviewed: "2026-11-27" };
    expect(FaqEntrySchema.safeParse({ ...base, workers: ["bpu"], situations: ["accident"] }).success).toBe(true);
    expect(FaqEntrySchema.safeParse({ ...base, workers: ["ojol"] }).success).toBe(false);
    expect(FaqEntrySchema.safeParse({ ...base, situations: ["sick"] }).success).toBe(false);
  });

  it("/hapusdata's forget on the recent topics forgets the situation too", () => {
    const recent = new RecentTopics();
    recent.situations.observe(7, "sy driver ojol ketabrak");
    expect(recent.situations.recall(7)?.worker).toBe("bpu");
    recent.forget(7);
    expect(recent.situations.recall(7)).toBeUndefined();
  });
});

describe("#17: an ojol driver after an accident", () => {
  it("'ga bisa narik 2 bulan dapat uang ga' is STMB, never JKP; his questions stay with the BPU accident", async () => {
    const a = actor();
    await a.say("kak sy driver ojol, kemarin ketabrak motor pas antar penumpang, kaki patah");
    expect(answered()).toBe("bpu-berobat-kecelakaan");
    await a.say("biaya rumah sakit ditanggung ga");
    expect([answered(), ...offered()].filter(Boolean).some((id) => id === "bpu-berobat-kecelakaan" || id === "jkk-manfaat")).toBe(true);
    expect(offered().some((id) => id.startsWith("jkp-"))).toBe(false);
    await a.say("sy dirawat di rs swasta bisa ga");
    expect(answered()).toBe("bpu-berobat-kecelakaan");
    await a.say("yg lapor siapa, sy kan ga punya bos");
    expect(answered()).toBe("bpu-klaim-jkk");
    const reply = await a.say("kalau sy ga bisa narik 2 bulan dapat uang ga");
    expect(reply).not.toContain(CLARIFY);
    expect(answered()).toBe("jkk-stmb");
    expect(reply).not.toMatch(/JKP/);
    await a.say("kalau sampai cacat kaki dapat brp");
    expect([answered(), ...offered()][0] ?? offered()[0]).toBe("jkk-cacat");
  });
});

describe("#20: a factory worker's widow", () => {
  it("'santunan kematian brp' is the JKM paid to heirs (Rp42 jt); nothing premised on him working or on BPU", async () => {
    const a = actor();
    await a.say("assalamualaikum, suami sy meninggal bulan lalu krn serangan jantung");
    expect(offered()[0]).toBe("jkm-santunan");
    await a.say("dia kerja di pabrik 12 tahun, ikut bpjs tk");
    expect(offered()).not.toContain("jht-klaim-sebagian");
    expect(offered().some((id) => id.startsWith("jkp-"))).toBe(false);
    await a.say("sy dapat apa aja");
    expect(offered()[0] ?? answered()).toMatch(/^jkm-/);
    const reply = await a.say("santunan kematian brp");
    expect(reply).not.toContain(CLARIFY);
    expect(answered()).toBe("jkm-santunan");
    expect(reply).toContain("Rp42.000.000");
    await a.say("jht nya bisa sy ambil?");
    expect(answered()).toBe("jht-ahli-waris");
    await a.say("pensiunnya gimana, sy dapat tiap bulan?");
    expect(answered() ?? offered()[0]).toBe("jp-ahli-waris");
    await a.say("ngurusnya dimana");
    expect(answered() ?? offered()[0]).toMatch(/^(jkm|jht|jp)-/);
  });

  it("a clarification with a single real option is answered (#20: [Klaim JHT oleh ahli waris] [Bukan semuanya])", async () => {
    const a = actor();
    await a.say("suami sy meninggal krn sakit, dapet santunan brp");
    const reply = await a.say("jht nya bisa sy ambil?");
    expect(reply).not.toContain(CLARIFY);
    expect(answered()).toBe("jht-ahli-waris");
  });
});

describe("#23: a laid-off factory worker", () => {
  it("'batas waktunya kapan' is the JKP claim deadline, 'daftarnya dimana' where JKP is claimed, 'jp sy gimana' JP after a layoff", async () => {
    const a = actor();
    await a.say("sy baru di phk dari pabrik sepatu, gaji 4,8 jt");
    expect(offered()[0] ?? answered()).toMatch(/^jkp-/);
    await a.say("jkp dapat brp");
    await a.say("syaratnya apa");
    expect(answered()).toBe("jkp-syarat-klaim");
    await a.say("daftarnya dimana");
    expect(answered() ?? offered()[0]).toBe("jkp-cara-klaim");
    const deadline = await a.say("batas waktunya kapan");
    expect(answered()).toBe("jkp-batas-klaim");
    expect(deadline).toContain("6 bulan");
    await a.say("terus jht sy bisa cair kapan");
    expect([answered(), ...offered()]).toContain("jht-klaim-phk");
    expect(offered()).not.toContain("jht-klaim-sebagian");
  });

  it("'jp sy gimana' after the layoff offers JP after a layoff first", async () => {
    const a = actor();
    await a.say("sy baru di phk dari pabrik sepatu");
    await a.say("jp sy gimana");
    expect(answered() ?? offered()[0]).toBe("jp-resign");
  });
});

describe("#15: a fisher who opened the enrollment form, then asks the price", () => {
  it("'brp sebulan' is the BPU contribution, never JKP", async () => {
    const a = actor();
    await a.say("sy nelayan di pinrang mau ikut bpjs tk");
    await a.say("brp sebulan");
    // the answer or the options come before the note that the form is paused
    const sent = h.transport.calls.filter((c) => c.method === "sendMessage").slice(-2).flatMap((c) => buttonData(c));
    const shown = sent.filter((d) => d.startsWith("fb:0:") || (d.startsWith("kb:") && d !== "kb:none")).map((d) => d.replace(/^(fb:0:|kb:)/, ""));
    expect(shown[0]).toBe("bpu-iuran");
    expect(shown.some((id) => id.startsWith("jkp-") || id.startsWith("jp-"))).toBe(false);
  });
});

describe("#1 and #3: a self-description ranks like the bare question", () => {
  it.each(["sy petani brp iuran nya", "sy tukang ojek pangkalan iuran brp", "brp iuran bpu sebulan"])("%s → the BPU contribution, answered", async (q) => {
    const reply = await actor().say(q);
    expect(reply).not.toContain(CLARIFY);
    expect(answered()).toBe("bpu-iuran");
    expect(reply).toContain("Rp16.800");
  });

  it("sy supir truk lepas bisa ikut → who may join BPU first", async () => {
    await actor().say("sy supir truk lepas bisa ikut");
    const first = answered() ?? offered()[0];
    expect(first).toMatch(/^bpu-(program|siapa-bisa)$/);
  });

  it("an ojol asking about JKP itself still gets who may join JKP", () => {
    expect(search.search("jkp bisa buat ojol ga").candidates.slice(0, 3).map((c) => c.entry.id)).toContain("jkp-peserta");
  });
});

describe("#7, #8, #9: cheap-phone writing", () => {
  it.each([
    ["brpiuranbpusebulan", "bpu-iuran"],
    ["caraklaimjht", "jht-cara-klaim"],
    ["jkp itu ap", "jkp-apa-itu"],
    ["jht tu ap", "jht-apa-itu"],
    ["syrt klm jht ap aj", "jht-dokumen"],
    ["jeha te bisa cair kapan", "jht-kapan-cair"],
    ["jeka ka itu apa", "jkk-apa-itu"],
    ["cara klaim jht gimana", "jht-cara-klaim"],
    ["CARA KLAIM JHT GIMANA", "jht-cara-klaim"],
  ])("%s → %s, answered", async (q, id) => {
    const reply = await actor().say(q);
    expect(reply).not.toContain(CLARIFY);
    expect(reply).not.toContain(DECLINE);
    expect(answered()).toBe(id);
  });

  it.each(["bpjs tenagakerja iuran nya brp", "je ha te sy bisa diambil ga", "bepejees tk"])("%s is not declined", async (q) => {
    expect(await actor().say(q)).not.toContain(DECLINE);
  });

  it("'bepejees' is read as BPJS, not fuzzy-matched to 'beasiswa'", () => {
    expect(search.search("bepejees tk").candidates.slice(0, 3).some((c) => c.entry.id.includes("beasiswa"))).toBe(false);
  });

  it("a real long word is not split ('ketenagakerjaan' stays whole)", () => {
    expect(search.normalizer.surface("ketenagakerjaan")).toEqual(["ketenagakerjaan"]);
    expect(search.search("bpjs ketenagakerjaan itu apa").outcome).not.toBe("decline");
  });
});

describe("#11: a long story whose last words ask the question", () => {
  it("the garment worker's story is not declined: claiming JHT after the layoff is offered first", async () => {
    const reply = await actor().say(
      "assalamualaikum kak sy mau nanya, sy ini kerja di pabrik garmen sudah 6 tahun, trus kemarin pabriknya tutup dan kami semua di rumahkan, gaji 2 bulan blm dibayar, bos nya kabur, sy bingung mau gimana, anak sy 2 masih sekolah, trus tetangga bilang bisa cairkan jht, itu bener ga kak dan caranya gmn",
    );
    expect(reply).not.toContain(DECLINE);
    expect(answered() ?? offered()[0]).toBe("jht-klaim-phk");
  });
});

describe("#12: a content-free 'gimana kak'", () => {
  it.each(["gimana kak", "gmn min", "bagaimana ya"])("%s is an opening: 'ask away', not three arbitrary entries", async (q) => {
    expect(detectIntent(q)).toBe("wants_to_ask");
    const reply = await actor().say(q);
    expect(reply).not.toContain(CLARIFY);
    expect(reply).toContain("pertanyaan");
  });

  it("'gimana caranya' and 'cara klaim jht gimana' are not openings", () => {
    expect(detectIntent("gimana caranya")).not.toBe("wants_to_ask");
    expect(detectIntent("cara klaim jht gimana")).not.toBe("wants_to_ask");
  });
});
