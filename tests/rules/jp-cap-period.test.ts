/**
 * The JP wage cap of the period asked about, as pure functions (task 14).
 *
 * Figures from knowledge/rules/pu.yaml: pu.jp_cap_2024 Rp10.042.300 (solid, from 1 March 2024),
 * pu.jp_cap_2025 Rp10.547.400 and pu.jp_cap_2026 Rp11.086.300 (weak); no cap for 2023 or 2027 and
 * later. JP 2% employer + 1% worker (pu.jp_employer, pu.jp_worker), 3% for officials (pu.jp_total);
 * JHT 3,7% + 2%, JKK very low 0,24%, JKM 0,3%. JKP funding rates (pu.jkp_government 0,22%,
 * pu.jkk_to_jkp 0,14%) from PP 6/2025, effective 2025-02-07.
 */
import { describe, expect, it } from "vitest";
import { jpCapFor, jpCapForMonth, jpCapSegments, jpCapYearOf, jpFloorFor, jpUnknownFor, villageBudget, wageEarnerContribution, wageOverMonths } from "../../src/rules/calculators";
import { withRelativeCapYear } from "../../src/bot/features/calculator/results";
import { loadRuleBook } from "../../src/rules/rule-book";

const book = loadRuleBook();

const jp = (r: ReturnType<typeof wageEarnerContribution>, payer: string) => r.lines.find((l) => l.program === "jp" && l.payer === payer)!;

describe("the cap in force in a month: a cap runs from 1 March to the end of the next February", () => {
  it("January and February belong to the previous March's cap", () => {
    expect(jpCapYearOf(2025, 1)).toBe(2024);
    expect(jpCapYearOf(2025, 2)).toBe(2024);
    expect(jpCapYearOf(2025, 3)).toBe(2025);
    expect(jpCapYearOf(2025, 12)).toBe(2025);
    expect(jpCapForMonth(book, 2025, 2).key).toBe("pu.jp_cap_2024");
    expect(jpCapForMonth(book, 2025, 3).key).toBe("pu.jp_cap_2025");
  });

  it("28 February 23:59 and 1 March 00:00 in Jakarta (still 28 February in UTC) fall on either side", () => {
    const lastFebruary = jpCapFor(book, new Date("2026-02-28T23:59:00+07:00"));
    const firstMarch = jpCapFor(book, new Date("2026-03-01T00:00:00+07:00"));
    expect(lastFebruary).toMatchObject({ key: "pu.jp_cap_2025", value: 10_547_400, exact: true, confidence: "weak" });
    expect(firstMarch).toMatchObject({ key: "pu.jp_cap_2026", value: 11_086_300, exact: true, confidence: "weak" });
    expect(jpCapFor(book, new Date("2025-02-28T23:59:00+07:00"))).toMatchObject({ key: "pu.jp_cap_2024", confidence: "solid" });
  });

  it("a year the tables hold no cap for is not exact: before 2024 and after 2026", () => {
    expect(jpCapForMonth(book, 2024, 2)).toMatchObject({ wantedYear: 2023, year: 2024, exact: false });
    expect(jpCapForMonth(book, 2027, 3)).toMatchObject({ wantedYear: 2027, year: 2026, exact: false });
    // January 2027 is still under the 2026 cap, which the tables hold
    expect(jpCapForMonth(book, 2027, 1)).toMatchObject({ wantedYear: 2026, year: 2026, exact: true });
    expect(() => jpCapForMonth(book, 2025, 13)).toThrow();
  });

  it("audit 15: JP is unknown before the earliest cap held (caps were lower then), a floor above the latest one after it", () => {
    const later = jpCapForMonth(book, 2027, 6);
    expect(jpUnknownFor(later)).toBe(false);
    expect(jpFloorFor(later, 12_000_000)).toBe(true);
    expect(jpFloorFor(later, 11_086_300)).toBe(false);
    expect(jpUnknownFor(jpCapForMonth(book, 2024, 1))).toBe(true);
    expect(jpUnknownFor(jpCapForMonth(book, 2026, 6))).toBe(false);
    expect(jpFloorFor(jpCapForMonth(book, 2026, 6), 50_000_000)).toBe(false);
  });

  it("the months of a period by cap: 'tahun 2024' is January–February (no cap held) and March–December 2024", () => {
    const segments = jpCapSegments(book, { year: 2024, month: 1 }, 12);
    expect(segments.map((s) => [s.cap.wantedYear, s.cap.exact, s.from.month, s.months])).toEqual([
      [2023, false, 1, 2],
      [2024, true, 3, 10],
    ]);
    expect(jpCapSegments(book, { year: 2026, month: 3 }, 12)).toHaveLength(1);
    expect(jpCapSegments(book, { year: 2026, month: 4 }, 12).map((s) => [s.cap.wantedYear, s.months])).toEqual([[2026, 11], [2027, 1]]);
  });
});

describe("the wage earner's JP on the period's cap", () => {
  it("June 2027, wage 12 jt: no cap held, above the 2026 one: JP on the 2026 cap as a floor (audit 15)", () => {
    const r = wageEarnerContribution(book, { wage: 12_000_000, riskClass: "very_low", date: new Date("2027-06-15T12:00:00+07:00") });
    expect(r.jpUnknown).toBe(false);
    expect(r.jpFloor).toBe(true);
    expect(jp(r, "worker").amount).toBe(110_863); // 1% × 11.086.300
    expect(r.totals.total).toBe(1_081_389);
    expect(r.assumptions).toContain("jp_floor");
  });

  it("January 2024, wage 9,8 jt: before the earliest cap held, JP out of the totals (audit 15 H3)", () => {
    const r = wageEarnerContribution(book, { wage: 9_800_000, riskClass: "very_low", date: new Date("2024-01-15T12:00:00+07:00") });
    expect(r.jpUnknown).toBe(true);
    expect(r.totals.total).toBe(611_520); // 23.520 + 29.400 + 362.600 + 196.000
  });

  it("the estimate warning only above the highest confirmed cap on an unconfirmed one (audit 15 M1)", () => {
    const on = (wage: number, date: string) => wageEarnerContribution(book, { wage, riskClass: "very_low", date: new Date(date) }).assumptions.includes("jp_cap_unconfirmed");
    expect(on(8_000_000, "2026-06-15T12:00:00+07:00")).toBe(false);
    expect(on(9_000_000, "2026-06-15T12:00:00+07:00")).toBe(false);
    expect(on(11_000_000, "2026-06-15T12:00:00+07:00")).toBe(true);
    expect(on(11_000_000, "2027-06-15T12:00:00+07:00")).toBe(true);
    expect(on(12_000_000, "2024-06-15T12:00:00+07:00")).toBe(false);
  });

  it("a wage over months under several caps is summed run by run (audit 15 H6)", () => {
    const span = wageOverMonths(book, { wage: 12_000_000, riskClass: "very_low" }, { year: 2026, month: 2 }, 2);
    // February 2026 on the 2025 cap (1.065.222), March on the 2026 one (1.081.389)
    expect(span.parts.map((p) => [p.segment.months, p.result.totals.total])).toEqual([[1, 1_065_222], [1, 1_081_389]]);
    expect(span.totals.total).toBe(2_146_611);
    expect(wageOverMonths(book, { wage: 12_000_000, riskClass: "very_low" }, { year: 2026, month: 12 }, 4)).toMatchObject({ jpFloor: true, totals: { total: 4_325_556 } });
  });

  it("June 2027, wage 10 jt (below the latest cap held): JP on the wage, 200.000 + 100.000", () => {
    const r = wageEarnerContribution(book, { wage: 10_000_000, riskClass: "very_low", date: new Date("2027-06-15T12:00:00+07:00") });
    expect(r.jpUnknown).toBe(false);
    expect(jp(r, "employer").amount).toBe(200_000);
    expect(r.totals.worker).toBe(300_000);
  });

  it("February 2025 on the 2024 cap, March 2025 on the 2025 cap: wage 12 jt", () => {
    const february = wageEarnerContribution(book, { wage: 12_000_000, riskClass: "very_low", date: new Date("2025-02-15T12:00:00+07:00") });
    const march = wageEarnerContribution(book, { wage: 12_000_000, riskClass: "very_low", date: new Date("2025-03-15T12:00:00+07:00") });
    expect(jp(february, "worker").amount).toBe(100_423); // 1% × 10.042.300
    expect(jp(march, "worker").amount).toBe(105_474); // 1% × 10.547.400
  });

  it("before 7 February 2025 the JKP funding rates of PP 6/2025 are not shown", () => {
    const before = wageEarnerContribution(book, { wage: 5_000_000, riskClass: "very_low", date: new Date("2025-02-06T23:59:00+07:00") });
    const from = wageEarnerContribution(book, { wage: 5_000_000, riskClass: "very_low", date: new Date("2025-02-07T00:00:00+07:00") });
    expect(before.jkpRatesFrom).toBe("2025-02-07");
    expect(before.lines.some((l) => l.program === "jkp")).toBe(false);
    expect(from.jkpRatesFrom).toBeNull();
    expect(from.lines.filter((l) => l.program === "jkp").map((l) => l.amount)).toEqual([7_000, 11_000]);
  });
});

describe("the village officials' JP on the period's cap", () => {
  it("a siltap above the latest cap in a year without one: JP on that cap as a floor; a siltap below it on the siltap", () => {
    const r = villageBudget(book, { officials: [{ count: 1, monthlyIncome: 12_000_000 }, { count: 2, monthlyIncome: 3_000_000 }], vulnerable: 0, months: 1, extraPrograms: ["jp"], date: new Date("2027-06-15T12:00:00+07:00") });
    const [high, low] = r.lines as Extract<(typeof r.lines)[number], { kind: "officials" }>[];
    expect(high!.jpFloor).toBe(true);
    expect(high!.perPerson).toBe(397_389); // 64.800 + 3% × 11.086.300
    expect(low!.jpFloor).toBeUndefined();
    expect(low!.extras[0]!.perPerson).toBe(90_000); // 3% × 3.000.000
  });

  it("a siltap of 12 jt in June 2024 is on the 2024 cap: 3% × 10.042.300 = 301.269", () => {
    const r = villageBudget(book, { officials: [{ count: 1, monthlyIncome: 12_000_000 }], vulnerable: 0, months: 1, extraPrograms: ["jp"], date: new Date("2024-06-15T12:00:00+07:00") });
    expect((r.lines[0] as { extras: { perPerson: number }[] }).extras[0]!.perPerson).toBe(301_269);
  });
});

describe("a year named relative to today, read for the calculation's JP cap", () => {
  const now = new Date("2026-11-27T12:00:00+07:00");
  it("'tahun depan' and 'next year' are the year they mean when they date a wage or a village budget", () => {
    expect(withRelativeCapYear("gaji 12 jt iuran bpjs tk tahun depan", now)).toBe("gaji 12 jt iuran bpjs tk tahun 2027");
    expect(withRelativeCapYear("salary 12 million contribution next year", now)).toBe("salary 12 million contribution tahun 2027");
    expect(withRelativeCapYear("iuran kades siltap 12 jt dengan jp tahun depan", now)).toBe("iuran kades siltap 12 jt dengan jp tahun 2027");
  });

  it("a layoff dated 'tahun lalu', a length of time and a question without figures stay as written", () => {
    expect(withRelativeCapYear("di phk tahun lalu gaji 5 jt jkp dapat brp", now)).toBe("di phk tahun lalu gaji 5 jt jkp dapat brp");
    expect(withRelativeCapYear("dana desa tahun depan boleh untuk bpjs?", now)).toBe("dana desa tahun depan boleh untuk bpjs?");
  });
});

describe("a year written without 'tahun' (review 14 H1), read only where it reads as a period", () => {
  const now = new Date("2026-11-27T12:00:00+07:00");
  it("'tk 2025', 'jp 2024 gaji', 'di 2025' date the wage or the village budget", () => {
    expect(withRelativeCapYear("gaji 12 jt iuran bpjs tk 2025", now)).toBe("gaji 12 jt iuran bpjs tk tahun 2025");
    expect(withRelativeCapYear("iuran jp 2024 gaji 12jt", now)).toBe("iuran jp tahun 2024 gaji 12jt");
    expect(withRelativeCapYear("gaji 12 jt iuran jp di 2025", now)).toBe("gaji 12 jt iuran jp di tahun 2025");
    expect(withRelativeCapYear("iuran 5 kadus siltap 12 jt dengan jp 2025", now)).toBe("iuran 5 kadus siltap 12 jt dengan jp tahun 2025");
  });

  it("regulation numbers, dates, ranges, counts and amounts are no period", () => {
    for (const text of [
      "gaji 12 jt iuran jp sesuai PP 45/2015",
      "gaji 12jt iuran jp UU 24/2011",
      "gaji 12 jt iuran pp 44 2015",
      "gaji 12 jt iuran jp 12/03/2025",
      "gaji 12 jt iuran jp 31-12-2025",
      "gaji 12 jt iuran jp 2024 2025",
      "gaji 12 jt iuran jp 2025-2026",
      "2025 karyawan gaji 5 jt iuran brp",
      "gaji 2025 rb iuran",
      "gaji 12 jt iuran jp maret 2025",
      "gaji 12 jt iuran jp thn 2024",
    ]) expect(withRelativeCapYear(text, now)).toBe(text);
  });
});

describe("a village budget's total over months under different caps (review 14 H2)", () => {
  const kadus = { officials: [{ count: 5, monthlyIncome: 12_000_000 }], vulnerable: 0, months: 12, extraPrograms: ["jp" as const] };
  it("January–December 2025: 2 months on the 2024 cap, 10 on the 2025 one", () => {
    const r = villageBudget(book, { ...kadus, date: new Date("2025-06-15T00:00:00Z"), from: { year: 2025, month: 1 } });
    // 5 × (64.800 + 301.269) × 2 + 5 × (64.800 + 316.422) × 10
    expect(r.parts?.map((p) => [p.segment.months, p.monthlyTotal])).toEqual([[2, 1_830_345], [10, 1_906_110]]);
    expect(r.total).toBe(22_721_790);
  });

  it("months after the latest cap held: JP on it as a floor, flagged (audit 15 H4)", () => {
    const r = villageBudget(book, { ...kadus, date: new Date("2027-01-15T00:00:00Z"), from: { year: 2027, month: 1 } });
    expect(r.parts?.map((p) => [p.segment.months, p.monthlyTotal, p.jpFloor])).toEqual([[2, 1_986_945, false], [10, 1_986_945, true]]);
    expect(r.total).toBe(23_843_340);
  });

  it("months before the earliest cap held: JP left out of them whatever the siltap (audit 15 H3)", () => {
    const r = villageBudget(book, { officials: [{ count: 1, monthlyIncome: 9_800_000 }], vulnerable: 0, months: 12, extraPrograms: ["jp"], date: new Date("2024-06-15T00:00:00Z"), from: { year: 2024, month: 1 } });
    expect(r.parts?.map((p) => [p.segment.months, p.monthlyTotal, p.jpUnknown])).toEqual([[2, 52_920, true], [10, 346_920, false]]);
    expect(r.total).toBe(3_575_040);
  });
});
