import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/knowledge/normalize";
import { readPeriod } from "../../src/rules/period";
import { readPeople } from "../../src/rules/people";
import { calculationFollowUp, detectCalculation } from "../../src/rules/question";

describe("readPeriod", () => {
  it.each([
    ["6 bulan", 6], ["enam bulan", 6], ["dua belas bulan", 12], ["setahun", 12], ["setengah tahun", 6],
    ["1,5 tahun", 18], ["satu setengah tahun", 18], ["juli sampai desember", 6], ["agustus-desember", 5],
    ["november s/d februari", 4], ["2 tahun (24 bulan)", 24],
  ])("%s → %i months", (text, months) => {
    expect(readPeriod(cleanText(text))).toEqual({ kind: "months", months });
  });

  it.each(["sisa tahun ini", "mulai juli", "beberapa bulan", "2,5 bulan", "3 minggu", "6 bulan atau setahun"])("%s is unreadable", (text) => {
    expect(readPeriod(cleanText(text))).toEqual({ kind: "unreadable" });
  });

  it("an amount's own month, an age and a calendar year are no period", () => {
    expect(readPeriod(cleanText("siltap 2 jt sebulan, 10 orang"))).toEqual({ kind: "none" });
    expect(readPeriod(cleanText("umur 45 tahun"))).toEqual({ kind: "none" });
    expect(readPeriod(cleanText("anggaran tahun 2025"))).toEqual({ kind: "none" });
  });
});

describe("readPeople", () => {
  it("officials by title and count, workers by occupation", () => {
    expect(readPeople(cleanText("kades, sekdes, 4 kaur dan 9 anggota bpd, 40 pekerja rentan"))).toEqual({
      officials: [1, 1, 4, 9],
      workers: [{ count: 40, word: "pekerja rentan" }],
      strayNumbers: false,
    });
  });

  it("a shared office without its count, and a number tied to nobody", () => {
    expect(readPeople(cleanText("perangkat desa siltap 2 jt")).officials).toEqual([null]);
    expect(readPeople(cleanText("7 pegawai desa siltap 1,5 jt")).strayNumbers).toBe(true);
  });
});

describe("detectCalculation", () => {
  it("a count of children is no group to insure", () => {
    expect(detectCalculation("anak sy 3 org, beasiswa dapat semua?")).toBeNull();
  });

  it("a shared office with others but without its count is asked for", () => {
    expect(detectCalculation("iuran kades dan perangkat desa siltap 2 jt setahun")).toEqual({ kind: "ask", missing: "officials_count" });
  });

  it("an allowance that may not be fixed is not computed", () => {
    expect(detectCalculation("gaji 4,5jt + tunjangan transport 500rb iuran brp")).toBeNull();
  });

  it("a JP benefit question with its years of contributions is not an income per year", () => {
    expect(detectCalculation("pensiun jp kalau iuran 20 tahun gaji 6 juta dapat brp")).toBeNull();
  });
});

describe("detectCalculation asks for a head count it cannot read", () => {
  it("a group with a number tied to nobody", () => {
    expect(detectCalculation("50 nelayan 7 kapal setahun iuran brp")).toEqual({ kind: "ask", missing: "people_count" });
  });
});

describe("calculationFollowUp", () => {
  const village = { kind: "village", officials: 10, officialIncome: 2_000_000, vulnerable: 0, months: 12 } as const;
  it("changes the period of a budget and the amount of an income, nothing else", () => {
    expect(calculationFollowUp(village, "kalau 6 bulan?")).toEqual({ ...village, months: 6 });
    expect(calculationFollowUp({ kind: "bpu", income: 3_000_000 }, "kl 5jt?")).toEqual({ kind: "bpu", income: 5_000_000 });
    expect(calculationFollowUp({ kind: "coverage", budget: 10_000_000, months: 12 }, "kalau 5 juta")).toEqual({ kind: "coverage", budget: 5_000_000, months: 12 });
    expect(calculationFollowUp(village, "kl 5jt?")).toBeNull();
    expect(calculationFollowUp(village, "kalau meninggal biasa?")).toBeNull();
    expect(calculationFollowUp({ kind: "bpu", income: 3_000_000 }, "sy mau tanya soal jkm untuk 6 bulan ke depan")).toBeNull();
  });
});
