/**
 * Follow-ups after a calculation (/work/notes/explore13-workers.md #8, #14 and the amount reader), through
 * the whole bot: the answer is the result just shown, read for what the follow-up asks.
 *
 * Figures from knowledge/rules:
 * - pu.yaml, lowest risk, wage Rp8.000.000 (below every JP cap): employer JKK 0,24% 19.200 + JKM 0,3% 24.000
 *   + JHT 3,7% 296.000 + JP 2% 160.000 = Rp499.200. Wage Rp5.000.000: JHT 3,7% 185.000 + 2% 100.000 = 5,7% Rp285.000.
 * - bpu.yaml: 2jt → 20.000 + 6.800 = 26.800; 1,5jt → 21.800; household 48.600 a month, Rp583.200 a year.
 *   4jt → 46.800, 12 months Rp561.600. 1jt → 16.800.
 * - benefit.jht_jmo_limit Rp15.000.000; JHT lump-sum tax 5% above Rp50.000.000: 60jt → Rp500.000.
 * - special.pmi_pre 37.500 + pmi 24 months 332.500 = Rp370.000.
 * - benefit.jht_partial_retirement 10%: of Rp80.000.000 = Rp8.000.000.
 * - Wage Rp2.800.000: worker JHT 2% 56.000 + JP 1% 28.000 = Rp84.000; with a spouse's BPU 16.800, Rp100.800 a month.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatActor, createHarness, worker, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

let nextId = 713500;
const actor = () => chatActor(h, worker(nextId++));
const rowOf = (label: string, amount: string) => new RegExp(`${label.replace(/[.*+?()[\]]/g, "\\$&")}\\s+${amount.replace(/\./g, "\\.")}`);

describe("after a wage table", () => {
  it("'yg dibayar kantor brp': the employer's line said first (Rp499.200 on 8 jt)", async () => {
    const a = actor();
    await a.say("gaji sy 5jt potongan bpjs tk brp");
    await a.say("kl gaji 8jt?");
    const reply = await a.say("yg dibayar kantor brp");
    expect(reply).toContain("Perusahaan membayar baris Pemberi kerja: Rp499.200");
    expect(reply).not.toContain("Maksud Anda");
  });

  it("'kl sebulan jht sy nambah brp' after an answer in between: 5,7% × 5 jt = Rp285.000", async () => {
    const a = actor();
    await a.say("gaji 5jt iuran bpjs tk");
    await a.say("bagian perusahaan brp");
    await a.say("yg dipotong dr gaji sy brp");
    const reply = await a.say("kl sebulan jht sy nambah brp");
    expect(reply).toContain("JHT Anda bertambah Rp285.000 sebulan (5,7% dari upah Rp5.000.000)");
    expect(reply).toContain("Rp185.000 dari pemberi kerja (3,7%) + Rp100.000 dipotong dari gaji (2%)");
    expect(reply).not.toContain("pekerja migran");
  });

  it("'nek bojoku melu bpu penghasilan 1jt' (Javanese): the spouse's own BPU contribution, Rp16.800", async () => {
    const a = actor();
    await a.say("mas aku buruh pabrik rokok di kudus gajiku 2,8jt, potongan bpjs tk ne piro");
    const reply = await a.say("nek bojoku melu bpu penghasilan 1jt");
    expect(reply).toContain("Iuran pekerja informal (BPU)");
    expect(reply).toMatch(rowOf("Total / bulan", "Rp16.800"));
    // the family pays the wage's deduction (Rp84.000 on 2,8 jt: JHT 2% 56.000 + JP 1% 28.000) and the package
    expect(reply).toContain("potongan gaji Anda Rp84.000 (dari upah Rp2.800.000) + iuran BPU pasangan Rp16.800 = Rp100.800 per bulan");
    const total = await a.say("totale piro");
    expect(total).toContain("Rp100.800 per bulan, Rp1.209.600 setahun");
    expect(total).not.toContain("Maksud Anda");
  });
});

describe("after a BPU result", () => {
  it("'setahun brp berdua' after the household's total: Rp583.200 a year, no menu", async () => {
    const a = actor();
    await a.say("brp iuran bpu 2jt");
    await a.say("kl istri ikut");
    await a.say("1,5jt");
    const reply = await a.say("setahun brp berdua");
    expect(reply).toContain("Rp48.600 per bulan, Rp583.200 setahun");
    expect(reply).not.toContain("Maksud Anda");
  });

  it.each(["setaun", "nek setaun"])("'%s' (typo, Javanese): 12 months of Rp46.800 = Rp561.600", async (typed) => {
    const a = actor();
    await a.say("brp iuran bpu 3jt");
    await a.say("kl 4jt");
    const reply = await a.say(typed);
    expect(reply).toMatch(rowOf("12 bulan", "Rp561.600"));
    expect(reply).not.toContain("Maksud Anda");
  });
});

describe("JHT: the JMO limit and the tax just shown", () => {
  it("'bisa lwt jmo?' after the 60 jt tax table: no, above Rp15.000.000; 'brp pajaknya': Rp500.000", async () => {
    const a = actor();
    await a.say("mau resign jht bs cair kapan");
    await a.say("saldo 60jt kena pajak ga");
    const jmo = await a.say("bisa lwt jmo?");
    expect(jmo).toContain("Tidak bisa lewat JMO: saldo Rp60.000.000 di atas batas klaim JHT lewat aplikasi JMO (Rp15.000.000");
    expect(jmo).toContain("Lapak Asik");
    const tax = await a.say("brp pajaknya");
    expect(tax).toMatch(rowOf("Pajak PPh 21", "Rp500.000"));
    expect(tax).not.toContain("JMO");
  });

  it("'saldo jht sy 60jt bisa cair lwt jmo' then 'kl 14jt': no, then yes", async () => {
    const a = actor();
    expect(await a.say("saldo jht sy 60jt bisa cair lwt jmo")).toContain("Tidak bisa lewat JMO");
    const reply = await a.say("kl 14jt");
    expect(reply).toContain("Bisa lewat JMO: saldo Rp14.000.000 tidak lebih dari batas klaim JHT lewat aplikasi JMO (Rp15.000.000");
  });

  it("'jht sy 12jt bs cair lwt jmo ga' alone is answered, not a menu", async () => {
    const reply = await actor().say("jht sy 12jt bs cair lwt jmo ga");
    expect(reply).toContain("Bisa lewat JMO: saldo Rp12.000.000");
    expect(reply).not.toContain("Maksud Anda");
  });
});

describe("a migrant worker's contract", () => {
  it("'kontrak 2 th' after the PMI table: Rp37.500 + Rp332.500 = Rp370.000", async () => {
    const a = actor();
    await a.say("sy mau kerja ke taiwan jd pmi iuran bpjs tk brp");
    const reply = await a.say("kontrak 2 th");
    expect(reply).toMatch(rowOf("Kontrak 24 bulan", "Rp332.500"));
    expect(reply).toMatch(rowOf("Total", "Rp370.000"));
    expect(reply).not.toContain("Maksud Anda");
  });
});

describe("a percent is never part of an amount", () => {
  it("'saldo jht 80jt 10% nya brp': the balance is Rp80.000.000, 10% Rp8.000.000", async () => {
    const reply = await actor().say("saldo jht 80jt 10% nya brp");
    expect(reply).toMatch(rowOf("Saldo JHT", "Rp80.000.000"));
    expect(reply).not.toContain("Rp80.010.000");
  });
});
