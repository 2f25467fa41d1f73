/**
 * Calculator defects found in long conversations (/work/notes/explore12-long.md H1, H3, M1, M2, M3 and
 * two of L1), each replayed through the real bot as the tester typed it.
 *
 * Figures from knowledge/rules (pu.yaml, bpu.yaml, village.yaml):
 * - village officials: JKK 0,24% + JKM 0,3% = 0,54% of the siltap; JHT 5,7% (3,7% village, 2% official),
 *   JP 3% (2% village, 1% official); vulnerable workers on the BPU package Rp16.800.
 * - wage earner: JKK 0,24% (very low) / 1,27% (high) / 0,54% (low), JKM 0,3%, JHT 3,7% + 2%, JP 2% + 1% on
 *   the wage up to the 2026 cap Rp11.086.300.
 * - BPU: JKK 1% of the income + JKM Rp6.800; JHT 2% optional.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Message } from "grammy/types";
import { at, buttonData, buttonLabels, chatActor, createHarness, worker, type Harness } from "../helpers/harness";
import { htmlToPlain } from "../../src/bot/html";
import type { SimUser } from "../../src/bot/update-factory";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

let nextId = 412000;
const people = () => {
  const user = worker(nextId++);
  return { user, a: chatActor(h, user) };
};

const lastSent = () => h.transport.calls.filter((c) => c.method === "sendMessage").at(-1)!;

/** Presses `data` on `message` (an older one), as Telegram sends it; what the user sees. */
async function pressOn(user: SimUser, data: string, message: Message): Promise<string> {
  const calls = await h.handle(h.updates.callback(user, data, message));
  return calls.filter((c) => c.method === "sendMessage" || c.method === "answerCallbackQuery").map((c) => htmlToPlain(String(c.payload.text ?? ""))).join("\n");
}

const rowOf = (label: string, amount: string) => new RegExp(`${label}\\s+${amount.replace(/\./g, "\\.")}`);

describe("H1 a budget word after an officials' result makes a budget limit, never a siltap", () => {
  it("'kl dananya cuma 15 jt?' after 7 kadus on Rp1,5 jt: months it covers; Hitung lagi still offers Rp1.500.000", async () => {
    const { user, a } = people();
    // 7 × 0,54% × 1.500.000 = 7 × 8.100 = 56.700 a month
    expect(await a.say("iuran 7 kadus siltap 1,5 jt juli sampai desember")).toMatch(rowOf("Total / bulan", "Rp56.700"));
    const result = lastSent().result as Message;
    // 15.000.000 / 56.700 = 264 months (264 × 56.700 = 14.968.800), left 31.200
    const limit = await a.say("kl dananya cuma 15 jt?");
    expect(limit).toContain("Dana Rp15.000.000 cukup untuk 264 bulan");
    expect(limit).toContain("sisa Rp31.200");
    expect(limit).toMatch(rowOf("Siltap / orang", "Rp1.500.000"));
    expect(limit).not.toContain("Rp81.000"); // 0,54% of 15 jt: the siltap misread
    // "🔁 Hitung lagi" under the officials' result offers its figures: 7 orang, then Rp1.500.000, never Rp15.000.000
    expect(await pressOn(user, "calc:again:village", result)).toContain("Hitung ulang anggaran desa");
    expect(buttonLabels(lastSent())).toContain("↩️ Sama seperti tadi: 7 orang");
    await a.press("calc:keep");
    expect(buttonLabels(lastSent())).toContain("↩️ Sama seperti tadi: Rp1.500.000");
    expect(buttonLabels(lastSent()).join(" ")).not.toContain("Rp15.000.000");
  });

  it("c3: 8 aparat on Rp2 jt with JHT and JP for a year, then 'kl dananya cuma 15 jt?'", async () => {
    const { a } = people();
    // 8 × 2.000.000 × (0,54% + 5,7% + 3%) = 8 × 184.800 = 1.478.400 a month; 12 months 17.740.800
    expect(await a.say("iuran 8 perangkat siltap 2 jt dengan jht dan jp setahun")).toMatch(rowOf("12 bulan", "Rp17.740.800"));
    // 15.000.000 / 1.478.400 = 10 months (14.784.000), left 216.000
    const limit = await a.say("kl dananya cuma 15 jt?");
    expect(limit).toContain("Dana Rp15.000.000 cukup untuk 10 bulan");
    expect(limit).toContain("sisa Rp216.000");
    expect(limit).toMatch(rowOf("Siltap / orang", "Rp2.000.000"));
    expect(limit).not.toContain("Batas upah JP"); // a siltap of 15 jt would be over the JP cap
  });
});

describe("M1 'dana cuma 5jt cukup utk brp bulan?' right after an officials' result", () => {
  it("is a limit on that result: 5.000.000 / 56.700 = 88 months, left 10.400", async () => {
    const { a } = people();
    await a.say("iuran 7 kadus siltap 1,5 jt juli sampai desember");
    const reply = await a.say("dana cuma 5jt cukup utk brp bulan?");
    expect(reply).toContain("Dana Rp5.000.000 cukup untuk 88 bulan");
    expect(reply).toContain("sisa Rp10.400");
    expect(reply).not.toContain("Maksud Anda");
  });

  it("'dana desa kami cuma 10 jt, cukup brp bulan?' too: 10.000.000 / 56.700 = 176 months, left 20.800", async () => {
    const { a } = people();
    await a.say("iuran 7 kadus siltap 1,5 jt juli sampai desember");
    // 176 × 56.700 = 9.979.200
    expect(await a.say("dana desa kami cuma 10 jt, cukup brp bulan?")).toContain("Dana Rp10.000.000 cukup untuk 176 bulan");
  });
});

describe("M2 'bagian desa brp bagian perangkat brp' after a budget-limit result", () => {
  it("splits the budget the limit was set against, the verdict kept", async () => {
    const { a } = people();
    // 10 × 2.500.000 × 9,24% = 10 × 231.000 = 2.310.000 a month; 5.000.000 → 2 months, left 380.000
    expect(await a.say("10 perangkat siltap 2,5jt dgn jht jp, dana 5 jt cukup brp bulan")).toContain("cukup untuk 2 bulan");
    const split = await a.say("bagian desa brp bagian perangkat brp");
    expect(split).not.toContain("Maksud Anda");
    expect(split).toContain("cukup untuk 2 bulan");
    // village: 13.500 + JHT 3,7% 92.500 + JP 2% 50.000 = 156.000; official: JHT 2% 50.000 + JP 1% 25.000 = 75.000
    expect(split).toContain("desa membayar Rp156.000");
    expect(split).toContain("dipotong dari siltap Rp75.000");
  });
});

describe("M3 the wife's income as a sentence, after the bot asked for it", () => {
  it("'istri sy penghasilannya 1 jt' is computed and added: 36.800 + 16.800 = 53.600", async () => {
    const { a } = people();
    // husband 3.000.000: JKK 30.000 + JKM 6.800 = 36.800
    expect(await a.say("sy ojol penghasilan 3 jt iuran brp")).toMatch(rowOf("Total / bulan", "Rp36.800"));
    expect(await a.say("kl istri sy?")).toContain("Berapa penghasilannya sebulan");
    // wife 1.000.000: JKK 10.000 + JKM 6.800 = 16.800; together 53.600 a month, 643.200 a year
    const reply = await a.say("istri sy penghasilannya 1 jt");
    expect(reply).toContain("Penghasilan dilaporkan: Rp1.000.000");
    expect(reply).toContain("Rp36.800 + Rp16.800 = Rp53.600 per bulan, Rp643.200 setahun");
  });
});

describe("H3 a risk button prices the result on its own message", () => {
  it("[Tinggi] under the 8 jt result after 'kl 12 jt?' prices 8 jt", async () => {
    const { user, a } = people();
    // 8 jt, very low: employer 19.200 + 24.000 + 296.000 + 160.000 = 499.200; worker 160.000 + 80.000 = 240.000; total 739.200
    expect(await a.say("gaji sy 8 juta potongan bpjs tk brp")).toMatch(rowOf("Total", "Rp739.200"));
    const eight = lastSent().result as Message;
    expect(buttonData(lastSent())).toContain("calc:risk:high");
    expect(await a.say("kl 12 jt?")).toContain("Upah Rp12.000.000");
    // high, JKK 1,27%: 101.600 instead of 19.200 → total 821.600
    const high = await pressOn(user, "calc:risk:high", eight);
    expect(high).toContain("Upah Rp8.000.000, risiko Tinggi");
    expect(high).toMatch(rowOf("JKK 1,27% \\(PK\\)", "Rp101.600"));
    expect(high).toMatch(rowOf("Total", "Rp821.600"));
    expect(high).not.toContain("Rp12.000.000");
    // and the 12 jt result's own button still prices 12 jt: JKK 0,54% of 12 jt = 64.800
    const twelve = h.transport.calls.filter((c) => c.method === "sendMessage" && String(c.payload.text).includes("Upah Rp12.000.000")).at(0)!.result as Message;
    const low = await pressOn(user, "calc:risk:low", twelve);
    expect(low).toContain("Upah Rp12.000.000, risiko Rendah");
    expect(low).toMatch(rowOf("JKK 0,54% \\(PK\\)", "Rp64.800"));
  });

  it("a button under a result no longer kept says so instead of pricing another wage", async () => {
    const { user, a } = people();
    await a.say("gaji sy 8 juta potongan bpjs tk brp");
    const eight = lastSent().result as Message;
    await a.say("kl 12 jt?");
    // the same chat's message, one the bot no longer holds a result for (as after a restart)
    const reply = await pressOn(user, "calc:risk:high", { ...eight, message_id: eight.message_id + 100_000 });
    expect(reply).toContain("sudah tidak tersimpan");
    expect(reply).not.toContain("Rp");
  });
});

describe("L1 the JP cap warning only where JP is on the cap; the wife's JHT said", () => {
  it("10 employees on Rp3 jt for 6 months from November 2026: JP stays on the wage, no warning; Rp12 jt: the warning", async () => {
    await at("2026-11-26T03:00:00Z", async () => {
      const { a } = people();
      await a.say("10 karyawan gaji 3 jt totalnya brp sebulan");
      // 3 jt is far below the cap Rp11.086.300: JP is on the wage whatever the cap after March 2027
      const below = await a.say("kl 6 bulan?");
      expect(below).not.toContain("melewati Maret");
      expect(below).not.toContain("akan lebih tinggi");
      expect(below).toContain("JP tetap dihitung dari upah");
      const { a: b } = people();
      await b.say("gaji 12 jt iuran bpjs tk brp");
      // changed (audit 15): March–May 2027 on the 2026 cap as a floor, said so
      expect(await b.say("kl 6 bulan?")).toContain("jadi JP Maret–Mei 2027 saya hitung dengan batas 2026");
    });
  });

  it("the wife priced with the JHT the husband added says so, with her fee without it", async () => {
    const { a } = people();
    await a.say("sy pedagang pasar penghasilan 2jt iuran brp");
    // 2 jt with JHT: 20.000 + 6.800 + 40.000 = 66.800
    expect(await a.say("kl ikut jht jg?")).toMatch(rowOf("Total / bulan", "Rp66.800"));
    await a.say("kl istri sy?");
    // 1,5 jt with JHT: 15.000 + 6.800 + 30.000 = 51.800; without it 21.800
    const reply = await a.say("1,5 jt");
    expect(reply).toContain("Rp66.800 + Rp51.800 = Rp118.600 per bulan");
    expect(reply).toContain("JHT (pilihan) ikut saya hitung untuk orang ini juga");
    expect(reply).toContain("tanpa JHT iurannya Rp21.800 per bulan");
  });
});
