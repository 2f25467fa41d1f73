import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/knowledge/normalize";
import { readPeriod } from "../../src/rules/period";
import { readPeople } from "../../src/rules/people";
import { calculationFollowUp, detectCalculation, readAmountReply, type CalculationRequest } from "../../src/rules/question";

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
    expect(detectCalculation("iuran kades dan perangkat desa siltap 2 jt setahun")).toEqual({
      kind: "ask",
      missing: "officials_count",
      pending: { kind: "village", officials: [{ count: 0, monthlyIncome: 2_000_000 }], vulnerable: 0, months: 12 },
    });
  });

  it("an allowance that may not be fixed is not computed", () => {
    expect(detectCalculation("gaji 4,5jt + tunjangan transport 500rb iuran brp")).toBeNull();
  });

  it("a JP benefit question with its years of contributions is the pension, not an income per year", () => {
    expect(detectCalculation("pensiun jp kalau iuran 20 tahun gaji 6 juta dapat brp")).toEqual({ kind: "jp_benefit", wage: 6_000_000, years: 20 });
  });
});

describe("detectCalculation asks for a head count it cannot read", () => {
  it("a group with a number tied to nobody", () => {
    expect(detectCalculation("50 nelayan 7 kapal setahun iuran brp")).toEqual({ kind: "ask", missing: "people_count" });
  });
});

describe("calculationFollowUp", () => {
  const village: CalculationRequest = { kind: "village", officials: [{ count: 10, monthlyIncome: 2_000_000 }], vulnerable: 0, months: 12 };
  it("changes the period of a budget and the amount of an income, nothing else", () => {
    expect(calculationFollowUp(village, "kalau 6 bulan?")).toEqual({ ...village, months: 6 });
    expect(calculationFollowUp({ kind: "bpu", income: 3_000_000 }, "kl 5jt?")).toEqual({ kind: "bpu", income: 5_000_000 });
    expect(calculationFollowUp({ kind: "coverage", budget: 10_000_000, months: 12 }, "kalau 5 juta")).toEqual({ kind: "coverage", budget: 5_000_000, months: 12 });
    // one siltap group: a new amount is its siltap (explore7 #9)
    expect(calculationFollowUp(village, "kl 5jt?")).toEqual({ ...village, officials: [{ count: 10, monthlyIncome: 5_000_000 }] });
    expect(calculationFollowUp(village, "kalau meninggal biasa?")).toBeNull();
    expect(calculationFollowUp({ kind: "bpu", income: 3_000_000 }, "sy mau tanya soal jkm untuk 6 bulan ke depan")).toBeNull();
  });
});

describe("amounts too small for a month's income", () => {
  it("a siltap of 1.500 is asked for, with the officials kept for the reply", () => {
    expect(detectCalculation("iuran 7 kadus siltap 1.500 setahun")).toEqual({
      kind: "ask",
      missing: "official_income",
      typed: "1.500",
      // the titles kept, so the reply is priced as theirs (a BPD member's tunjangan as a siltap)
      pending: { kind: "village", officials: [{ count: 7, monthlyIncome: 0, titles: ["kadus"] }], vulnerable: 0, months: 12 },
    });
  });
});

describe("each siltap goes to the titles named before it", () => {
  it("three titles, three amounts", () => {
    expect(detectCalculation("iuran kades siltap 4 jt, sekdes 3 jt, 5 kaur 2,5 jt setahun")).toMatchObject({
      kind: "village",
      officials: [{ count: 1, monthlyIncome: 4_000_000 }, { count: 1, monthlyIncome: 3_000_000 }, { count: 5, monthlyIncome: 2_500_000 }],
    });
  });

  it("one amount after all titles is everyone's; titles on both sides of it are asked", () => {
    expect(detectCalculation("iuran kades dan sekdes siltap 2 jt setahun")).toMatchObject({ officials: [{ count: 2, monthlyIncome: 2_000_000 }] });
    expect(detectCalculation("iuran kades siltap 4 jt dan 5 kaur setahun")).toEqual({ kind: "ask", missing: "income_per_title" });
  });
});

describe("budget questions", () => {
  it("a budget word with 'berapa petani' is a coverage question; a siltap with 'berapa perangkat' counts officials", () => {
    expect(detectCalculation("pagu 12 jt cukup buat berapa petani")).toEqual({ kind: "coverage", budget: 12_000_000, months: 12 });
    expect(detectCalculation("anggaran 2 juta cukup untuk berapa perangkat desa siltap 2 jt setahun")).toEqual({ kind: "coverage", budget: 2_000_000, months: 12, officialIncome: 2_000_000 });
  });
});

describe("completeAsked via calculationFollowUp", () => {
  const asked: CalculationRequest = { kind: "ask", missing: "months", pending: { kind: "village", officials: [], vulnerable: 30, months: 0 } };
  it("a bare figure completes; anything else does not", () => {
    expect(calculationFollowUp(asked, "6")).toEqual({ kind: "village", officials: [], vulnerable: 30, months: 6 });
    expect(calculationFollowUp(asked, "setahun")).toEqual({ kind: "village", officials: [], vulnerable: 30, months: 12 });
    expect(calculationFollowUp(asked, "apa itu jkp")).toBeNull();
    // nothing to complete: the bare figure gets the question again, never a search (explore7 #9)
    // changed (explore13 #7): marked, so the question asked again says the whole question is needed (no silent loop)
    expect(calculationFollowUp({ kind: "ask", missing: "months" }, "6")).toEqual({ kind: "ask", missing: "months", again: true });
  });
});

describe("readAmountReply", () => {
  it.each([
    ["2,5 jt", { ok: true, amount: 2_500_000 }],
    ["dua juta", { ok: true, amount: 2_000_000 }],
    ["dua juta lima ratus ribu", { ok: true, amount: 2_500_000 }],
    ["seratus lima puluh ribu", { ok: true, amount: 150_000 }],
    ["2 juta setengah", { ok: true, amount: 2_500_000 }],
    ["150rb sehari", { ok: true, amount: 150_000, perDay: true }],
    ["4,5jt + tunjangan 500rb", { ok: true, amount: 5_000_000, allowance: 500_000 }],
    ["1,5", { ok: false, reason: "too_small" }],
    ["-5 jt", { ok: false, reason: "negative" }],
    ["200rb per melaut", { ok: false, reason: "not_monthly" }],
  ])("%s", (text, expected) => {
    expect(readAmountReply(text)).toEqual(expected);
  });
});
