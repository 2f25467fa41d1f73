/**
 * The ninth exploratory round's remaining calculator defects (/work/notes/explore9-village.md #16,
 * #17; /work/notes/explore9-workers.md #18): the village form's JHT/JP step and "Hitung lagi" with
 * the figures before, RT/RW and BPD members, and the minimum-wage floor of the contribution base.
 *
 * Figures from knowledge/rules: village.official_rate 0,54% of the siltap (pu.jkk_very_low 0,24 +
 * pu.jkm 0,30), pu.jht_total 5,7%, pu.jp_total 3%, bpu.package_min Rp16.800 a person a month;
 * village.bpd_scheme (BPD in the village-government scheme); misc_extra.wage_base_floor.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buttonData, buttonLabels, chatActor, createHarness, worker, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

let nextId = 19000;
const actor = () => chatActor(h, worker(nextId++));
const ask = (text: string) => actor().say(text);
/** A table row: the label, then its amount at the end of the line. */
const rowOf = (label: string, amount: string) => new RegExp(`${label}\\s+${amount.replace(/\./g, "\\.")}`);
/** The buttons of the bot's latest message that has any. */
const lastKeyboard = () => h.transport.calls.filter((c) => c.method === "sendMessage" && c.payload.reply_markup).at(-1);

/** The village form with 7 officials on Rp2,2 jt typed: the reply is the next step's prompt. */
async function sevenOfficials() {
  const a = actor();
  await a.say("/hitung");
  await a.press("calc:k:village");
  await a.say("7");
  return { a, step: await a.say("2,2 jt") };
}

describe("#16 the village form asks about JHT and JP for the officials", () => {
  it("7 officials on Rp2,2 jt with JHT and JP, 20 vulnerable workers, 6 months", async () => {
    const { a, step } = await sevenOfficials();
    expect(step).toContain("Tambahkan JHT dan/atau JP untuk aparat desa?");
    expect(step).toContain("JHT 5,7% dan JP 3%");
    expect(buttonLabels(lastKeyboard())).toEqual(expect.arrayContaining(["Tidak, JKK + JKM saja", "+ JHT", "+ JP", "+ JHT dan JP"]));
    await a.press("calc:x:both");
    await a.say("20");
    const reply = await a.say("6");
    expect(reply).toContain("Aparat desa: 7 org (JKK+JKM+JHT+JP)");
    expect(reply).toMatch(rowOf("JHT 5,7%", "Rp125.400")); // 2.200.000 × 5,7%
    expect(reply).toMatch(rowOf("JP 3%", "Rp66.000")); // 2.200.000 × 3%
    expect(reply).toMatch(rowOf("Per orang / bulan", "Rp203.280")); // 11.880 + 125.400 + 66.000
    expect(reply).toMatch(rowOf("6 bulan", "Rp10.553.760")); // (7 × 203.280 + 20 × 16.800) × 6
  });

  it("JHT alone, typed at the step", async () => {
    const { a } = await sevenOfficials();
    await a.say("jht");
    await a.say("20");
    const reply = await a.say("6");
    expect(reply).toContain("Aparat desa: 7 org (JKK+JKM+JHT)");
    expect(reply).toMatch(rowOf("6 bulan", "Rp7.781.760")); // (7 × 137.280 + 20 × 16.800) × 6
  });
});

describe("#16 'Hitung lagi' under a village budget offers its figures", () => {
  it("after 'iuran 10 perangkat siltap 2 jt setahun', only the months are changed", async () => {
    const a = actor();
    expect(await a.say("iuran 10 perangkat siltap 2 jt setahun")).toMatch(rowOf("12 bulan", "Rp1.296.000"));
    expect(buttonData(lastKeyboard())).toContain("calc:again:village");
    const first = await a.press("calc:again:village");
    expect(first).toContain("Angka tadi bisa dipakai lagi");
    expect(buttonLabels(lastKeyboard())).toContain("↩️ Sama seperti tadi: 10 orang");
    expect(await a.press("calc:keep")).toContain("siltap");
    expect(buttonLabels(lastKeyboard())).toContain("↩️ Sama seperti tadi: Rp2.000.000");
    await a.press("calc:keep");
    expect(buttonLabels(lastKeyboard())[0]).toBe("↩️ Sama seperti tadi: Tidak, JKK + JKM saja");
    await a.press("calc:x:none");
    expect(buttonLabels(lastKeyboard())).toContain("↩️ Sama seperti tadi: 0 orang");
    await a.press("calc:keep");
    expect(buttonLabels(lastKeyboard())).toContain("↩️ Sama seperti tadi: 12 bulan");
    const reply = await a.say("6");
    expect(reply).toContain("Aparat desa: 10 org (JKK+JKM)");
    expect(reply).toMatch(rowOf("6 bulan", "Rp648.000")); // 10 × 10.800 × 6
  });

  it("the JHT/JP chosen before is kept with its button, a new siltap typed", async () => {
    const a = actor();
    await a.say("iuran 10 perangkat siltap 2 jt plus jht setahun");
    await a.press("calc:again:village");
    await a.press("calc:keep");
    await a.say("3 jt");
    expect(buttonLabels(lastKeyboard())[0]).toBe("↩️ Sama seperti tadi: + JHT");
    await a.press("calc:x:jht");
    await a.press("calc:keep");
    const reply = await a.press("calc:keep");
    expect(reply).toMatch(rowOf("Per orang / bulan", "Rp187.200")); // 3.000.000 × (0,54% + 5,7%)
    expect(reply).toMatch(rowOf("12 bulan", "Rp22.464.000")); // 10 × 187.200 × 12
  });

  it("'Hitung yang lain' there opens the calculator menu", async () => {
    const a = actor();
    await a.say("iuran 10 perangkat siltap 2 jt setahun");
    await a.press("calc:again:village");
    expect(await a.press("calc:other")).toContain("Hitung iuran untuk siapa?");
  });
});

describe("#17 RT/RW and BPD members", () => {
  it("'iuran 20 rt rw setahun' then 'insentif 250 rb': on the BPU package, not asked again", async () => {
    const a = actor();
    const first = await a.say("iuran 20 rt rw setahun");
    expect(first).not.toContain("Berapa siltap");
    expect(first).toMatch(rowOf("12 bulan", "Rp4.032.000")); // 20 × 16.800 × 12
    const reply = await a.say("insentif 250 rb");
    expect(reply).toMatch(rowOf("12 bulan", "Rp4.032.000"));
    expect(reply).toContain("bukan 0,54% dari honornya");
    expect(reply).not.toContain("Maksud Anda");
  });

  it("BPD members on a tunjangan are priced like officials, not as vulnerable workers chosen in musdes", async () => {
    const reply = await ask("iuran 5 anggota bpd tunjangan 1 jt setahun");
    expect(reply).toContain("Anggota BPD: 5 org (JKK+JKM)");
    expect(reply).toMatch(rowOf("Tunjangan / orang", "Rp1.000.000"));
    expect(reply).toMatch(rowOf("Per orang / bulan", "Rp5.400")); // 1.000.000 × 0,54%
    expect(reply).toMatch(rowOf("12 bulan", "Rp324.000")); // 5 × 5.400 × 12
    expect(reply).toContain("UU 3/2024");
    expect(reply).not.toContain("Pekerja rentan:");
    expect(reply).not.toContain("Penerima dari pekerja rentan ditetapkan lewat musyawarah desa");
  });

  it("'iuran 5 bpd setahun' then 'tunjangan 1 jt': the same", async () => {
    const a = actor();
    await a.say("iuran 5 bpd setahun");
    const reply = await a.say("tunjangan 1 jt");
    expect(reply).toContain("Anggota BPD: 5 org");
    expect(reply).toMatch(rowOf("12 bulan", "Rp324.000"));
  });
});

describe("#18 the minimum-wage floor of the contribution base", () => {
  it("'gaji 1,5jt potongan bpjstk': the floor and its regulation, no UMP figure", async () => {
    const reply = await ask("gaji 1,5jt potongan bpjstk");
    expect(reply).toContain("upah pokok + tunjangan tetap");
    expect(reply).toContain("tidak boleh di bawah UMK/UMP");
    expect(reply).toContain("Perdir BPJS Ketenagakerjaan 22/PERDIR.02/072022");
    expect(reply).toContain("Angka UMK/UMP tidak ada di data kami");
  });

  it("the wage form's result says it too", async () => {
    const a = actor();
    await a.say("/hitung");
    await a.press("calc:k:wage");
    await a.say("1,5 jt");
    expect(await a.press("calc:r:very_low")).toContain("tidak boleh di bawah UMK/UMP");
  });

  it("in English", async () => {
    const a = chatActor(h, worker(nextId++, "en"));
    await a.say("/hitung");
    await a.press("calc:k:wage");
    await a.say("1.5 million");
    expect(await a.press("calc:r:very_low")).toContain("may not be below your area's minimum wage (UMK/UMP)");
  });
});
