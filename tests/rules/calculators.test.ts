import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  jhtLumpSumTax,
  jhtPartialWithdrawal,
  jpBenefit,
  stmbBenefit,
  BPU_ASSUMPTIONS,
  benefitSummary,
  bpuContribution,
  budgetCoverage,
  CalculationInputError,
  jhtEstimate,
  jkkDeathBenefit,
  jkpBenefit,
  jpCapFor,
  RISK_CLASSES,
  villageBudget,
  wageEarnerContribution,
} from "../../src/rules/calculators";
import { loadRuleBook } from "../../src/rules/rule-book";

const book = loadRuleBook();
const JUNE_2024 = new Date("2024-06-01T00:00:00+07:00");

function expectInputError(fn: () => unknown, reason: string, field?: string) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CalculationInputError);
    expect((error as CalculationInputError).reason).toBe(reason);
    if (field) expect((error as CalculationInputError).field).toBe(field);
    return;
  }
  throw new Error("expected CalculationInputError");
}

describe("BPU worked examples (fact sheet section 3)", () => {
  it("minimum package Rp16.800 = JKK 10.000 + JKM 6.800", () => {
    const r = bpuContribution(book, { income: 1_000_000, withJht: false });
    expect(r.lines.map((l) => [l.program, l.amount])).toEqual([
      ["jkk", 10_000],
      ["jkm", 6_800],
    ]);
    expect(r.monthly).toBe(16_800);
    expect(r.monthly).toBe(book.rupiah("bpu.package_min"));
    expect(r.periods.find((p) => p.months === 12)!.total).toBe(201_600);
    expect(r.periods.find((p) => p.months === 12)!.total).toBe(book.rupiah("bpu.package_min_year"));
    expect(r.periods.map((p) => p.months)).toEqual([1, 3, 6, 12]);
    expect(r.clamped).toBeNull();
    expect(r.assumptions).toContain(BPU_ASSUMPTIONS.bracketsUnconfirmed);
  });

  it("with JHT Rp36.800", () => {
    const r = bpuContribution(book, { income: 1_000_000, withJht: true });
    expect(r.monthly).toBe(36_800);
    expect(r.monthly).toBe(book.rupiah("bpu.package_with_jht_min"));
    expect(r.lines.find((l) => l.program === "jht")!.amount).toBe(book.rupiah("bpu.jht_min"));
  });

  it("clamps income below the minimum and above the maximum, and says so", () => {
    const low = bpuContribution(book, { income: 500_000 });
    expect(low.declaredIncome).toBe(1_000_000);
    expect(low.clamped).toBe("min");
    expect(low.monthly).toBe(16_800);
    expect(low.assumptions).toContain(BPU_ASSUMPTIONS.clampedMin);
    const high = bpuContribution(book, { income: 50_000_000, withJht: true });
    expect(high.declaredIncome).toBe(20_700_000);
    expect(high.clamped).toBe("max");
    expect(high.lines.find((l) => l.program === "jkk")!.amount).toBe(book.rupiah("bpu.jkk_max"));
    expect(high.lines.find((l) => l.program === "jht")!.amount).toBe(book.rupiah("bpu.jht_max"));
    expect(high.assumptions).toContain(BPU_ASSUMPTIONS.clampedMax);
  });
});

describe("wage earners (fact sheet section 2)", () => {
  it("wage Rp15.000.000 in 2024 hits the JP cap: worker JP = 1% of 10.042.300", () => {
    const r = wageEarnerContribution(book, { wage: 15_000_000, riskClass: "very_low", date: JUNE_2024 });
    expect(r.jpCap.key).toBe("pu.jp_cap_2024");
    expect(r.jpCap.confidence).toBe("solid");
    expect(r.jpCapApplied).toBe(true);
    expect(r.jpBase).toBe(10_042_300);
    const jp = (payer: string) => r.lines.find((l) => l.program === "jp" && l.payer === payer)!;
    expect(jp("worker").amount).toBe(100_423);
    expect(jp("employer").amount).toBe(200_846);
    expect(jp("worker").ruleKey).toBe("pu.jp_worker");
    expect(jp("worker").regulation).toContain("PP 45/2015");
    // JHT has no cap: 2% of 15 juta.
    expect(r.lines.find((l) => l.program === "jht" && l.payer === "worker")!.amount).toBe(300_000);
    expect(r.totals.worker).toBe(400_423);
  });

  it("below the cap, worker pays 3% and employer 6.24%-7.74% (before JKP info lines)", () => {
    const wage = 5_000_000;
    const low = wageEarnerContribution(book, { wage, riskClass: "very_low", date: JUNE_2024 });
    const high = wageEarnerContribution(book, { wage, riskClass: "very_high", date: JUNE_2024 });
    expect(low.jpCapApplied).toBe(false);
    expect(low.totals.worker).toBe(150_000);
    expect(low.totals.employer).toBe(312_000);
    expect(high.totals.employer).toBe(387_000);
  });

  it("JKP funding is info only: 0.14% carved from JKK + 0.22% government, no extra cost", () => {
    // PP 6/2025's rates (pu.jkp_government, effective 2025-02-07): a period from then on
    const june2025 = new Date("2025-06-15T12:00:00+07:00");
    const inJkp = wageEarnerContribution(book, { wage: 5_000_000, riskClass: "medium", date: june2025 });
    const notInJkp = wageEarnerContribution(book, { wage: 5_000_000, riskClass: "medium", date: june2025, inJkp: false });
    expect(inJkp.totals.employer).toBe(notInJkp.totals.employer);
    expect(inJkp.totals.worker).toBe(notInJkp.totals.worker);
    const jkp = inJkp.lines.filter((l) => l.program === "jkp");
    expect(jkp.every((l) => l.info)).toBe(true);
    expect(jkp.map((l) => [l.payer, l.amount, l.ruleKey])).toEqual([
      ["employer", 7_000, "pu.jkk_to_jkp"],
      ["government", 11_000, "pu.jkp_government"],
    ]);
    expect(inJkp.jkkToJkp).toBe(7_000);
    expect(inJkp.totals.government).toBe(11_000);
    expect(notInJkp.lines.some((l) => l.program === "jkp")).toBe(false);
    expect(notInJkp.totals.government).toBe(0);
  });

  it("picks the JP cap of the date: March starts a new year, later years fall back", () => {
    expect(jpCapFor(book, new Date("2025-02-28T12:00:00+07:00")).key).toBe("pu.jp_cap_2024");
    const march = jpCapFor(book, new Date("2025-03-01T00:30:00+07:00"));
    expect(march.key).toBe("pu.jp_cap_2025");
    expect(march.confidence).toBe("weak");
    expect(jpCapFor(book, new Date("2026-01-10")).key).toBe("pu.jp_cap_2025");
    const later = jpCapFor(book, new Date("2030-06-01"));
    expect(later.key).toBe("pu.jp_cap_2026");
    expect(later.exact).toBe(false);
    expect(later.wantedYear).toBe(2030);
    const r = wageEarnerContribution(book, { wage: 20_000_000, riskClass: "low", date: new Date("2030-06-01") });
    expect(r.assumptions).toContain("jp_cap_year_missing");
    expect(r.assumptions).toContain("jp_cap_unconfirmed");
  });

  it("defaults date to now and inJkp to true", () => {
    const r = wageEarnerContribution(book, { wage: 4_000_000, riskClass: "low" });
    expect(r.inJkp).toBe(true);
    expect(book.has(r.jpCap.key)).toBe(true);
  });
});

describe("village budget (fact sheet section 6)", () => {
  it("10 officials at Rp2.000.000 + 40 vulnerable workers", () => {
    const r = villageBudget(book, { officials: { count: 10, monthlyIncome: 2_000_000 }, vulnerable: 40 });
    const officials = r.lines.find((l) => l.kind === "officials")!;
    expect(officials.perPerson).toBe(10_800);
    expect(officials.perPerson).toBe(book.rupiah("village_extra.siltap_example_fee"));
    expect(officials.rateBasisPoints).toBe(book.basisPoints("village.official_rate"));
    expect(r.officialsMonthly).toBe(108_000);
    expect(r.vulnerableMonthly).toBe(672_000);
    expect(r.monthlyTotal).toBe(780_000);
    expect(r.months).toBe(12);
    expect(r.total).toBe(9_360_000);
    expect(r.people).toBe(50);
  });

  it("several official groups, custom months, 100 vulnerable a year", () => {
    const r = villageBudget(book, {
      officials: [
        { count: 1, monthlyIncome: 3_000_000 },
        { count: 1, monthlyIncome: 1_000_000 },
      ],
      vulnerable: 0,
      months: 6,
    });
    expect(r.lines.map((l) => l.perPerson)).toEqual([16_200, 5_400]);
    expect(r.total).toBe((16_200 + 5_400) * 6);
    const hundred = villageBudget(book, { officials: [], vulnerable: 100 });
    expect(hundred.total).toBe(book.rupiah("village.hundred_workers_year"));
  });

  it("JHT and JP for officials at their full rates from the pu table, JP up to its wage cap", () => {
    const r = villageBudget(book, { officials: { count: 2, monthlyIncome: 12_000_000 }, vulnerable: 0, months: 1, extraPrograms: ["jht", "jp"], date: JUNE_2024 });
    const officials = r.lines.find((l) => l.kind === "officials")!;
    expect(officials.extras.map((e) => [e.program, e.perPerson])).toEqual([
      ["jht", 684_000], // 5.7% of 12 juta
      ["jp", 301_269], // 3% of the 2024 cap 10.042.300
    ]);
    expect(officials.perPerson).toBe(64_800 + 684_000 + 301_269);
    expect(officials.extraRegulations).toEqual([book.get("pu.jht_total").regulation, book.get("pu.jp_total").regulation]);
  });

  it("a budget covers whole people on the cheapest package, rounded down", () => {
    const year = budgetCoverage(book, { budget: 10_000_000 });
    expect([year.months, year.perPerson, year.people, year.leftover]).toEqual([12, book.rupiah("bpu.package_min_year"), 49, 121_600]);
    expect(budgetCoverage(book, { budget: 100_000, months: 6 }).people).toBe(0);
    expectInputError(() => budgetCoverage(book, { budget: 0 }), "zero", "budget");
  });

  it("a budget counted in officials on a siltap, or in vulnerable workers after officials paid first", () => {
    const officials = budgetCoverage(book, { budget: 20_000_000, officialIncome: 2_000_000 });
    expect([officials.who, officials.monthlyPerPerson, officials.people]).toEqual(["officials", 10_800, 154]);
    const rest = budgetCoverage(book, { budget: 10_000_000, paidFirst: [{ count: 10, monthlyIncome: 2_000_000 }] });
    expect([rest.paidFirst, rest.available, rest.people]).toEqual([{ people: 10, total: 1_296_000 }, 8_704_000, 43]);
    expect(budgetCoverage(book, { budget: 10_000_000, withJht: true }).people).toBe(22); // 441.600 a year each
  });

  it("vulnerable workers with JHT take the lowest package with JHT", () => {
    const r = villageBudget(book, { officials: [], vulnerable: 30, vulnerableWithJht: true });
    expect(r.total).toBe(30 * book.rupiah("bpu.package_with_jht_min") * 12);
    expect(r.lines[0]).toMatchObject({ kind: "vulnerable", withJht: true, ruleKeys: ["bpu.package_with_jht_min"] });
  });

  it("rejects an empty village and bad counts", () => {
    expectInputError(() => villageBudget(book, { officials: [], vulnerable: 0 }), "zero", "people");
    expectInputError(() => villageBudget(book, { officials: { count: -1, monthlyIncome: 2_000_000 }, vulnerable: 3 }), "negative");
    expectInputError(() => villageBudget(book, { officials: [], vulnerable: 2.5 }), "not_integer", "vulnerable");
    expectInputError(() => villageBudget(book, { officials: [], vulnerable: 5, months: 0 }), "zero", "months");
  });
});

describe("benefits (fact sheet section 5)", () => {
  it("JKM Rp42 juta = 20 + 12 + 10", () => {
    const s = benefitSummary(book);
    expect(s.jkm.total.value).toBe(42_000_000);
    expect([s.jkm.lumpSum.value, s.jkm.periodic.value, s.jkm.funeral.value]).toEqual([20_000_000, 12_000_000, 10_000_000]);
    expect(s.jkm.partsSum).toBe(42_000_000);
    expect(s.jkm.partsMatchTotal).toBe(true);
    expect(s.jkm.total.regulation).toContain("PP 82/2019");
  });

  it("scholarship tiers add up to Rp87 juta per child, Rp174 juta for 2", () => {
    const s = benefitSummary(book).scholarship;
    expect(s.tiers.map((t) => t.level)).toEqual(["tk", "sd", "smp", "sma", "college"]);
    expect(s.tiersSum).toBe(s.perChild.value);
    expect(s.perChild.value * s.children.value).toBe(s.max.value);
  });

  it("JKP summary and JKK death multiple", () => {
    const s = benefitSummary(book);
    expect(s.jkp.percentBasisPoints).toBe(6000);
    expect(s.jkp.totalMax).toBe(18_000_000);
    expect(s.jkp.totalMax).toBe(book.rupiah("programs_extra.jkp_total_max"));
    expect(s.jkkDeath.multiple.value).toBe(48);
  });

  it("JKP for wage 7 juta = 3 juta/month, 18 juta total", () => {
    const r = jkpBenefit(book, { wage: 7_000_000 });
    expect(r.base).toBe(5_000_000);
    expect(r.capApplied).toBe(true);
    expect(r.monthly).toBe(3_000_000);
    expect(r.months).toBe(6);
    expect(r.total).toBe(18_000_000);
    const low = jkpBenefit(book, { wage: 4_000_000 });
    expect([low.monthly, low.total, low.capApplied]).toEqual([2_400_000, 14_400_000, false]);
  });

  it("JKK death at Rp1 juta = 48 juta + 12 juta + 10 juta = 70 juta", () => {
    const r = jkkDeathBenefit(book, { wage: 1_000_000 });
    expect([r.lumpSum, r.periodic, r.funeral, r.total]).toEqual([48_000_000, 12_000_000, 10_000_000, 70_000_000]);
    expect(r.belowJkm).toBe(false);
    expect(r.floorApplied).toBe(false);
  });

  it("JKK death below the JKM death payment is raised to it (Rp350 ribu: 16,8 juta → 20 juta, total 42 juta)", () => {
    const r = jkkDeathBenefit(book, { wage: 350_000 });
    expect([r.computedLumpSum, r.lumpSum, r.floorApplied, r.total]).toEqual([16_800_000, 20_000_000, true, 42_000_000]);
    expect(r.total).toBe(book.rupiah("benefit.jkm_total"));
    expect(r.belowJkm).toBe(false);
  });

  it("STMB: 12 months at 100%, then 50%", () => {
    const r = stmbBenefit(book, { wage: 5_000_000, months: 14 });
    expect([r.firstMonthly, r.afterMonthly, r.firstPart?.total, r.afterPart?.total, r.total]).toEqual([5_000_000, 2_500_000, 60_000_000, 5_000_000, 65_000_000]);
    expect(stmbBenefit(book, { wage: 5_000_000, months: 6 }).total).toBe(30_000_000);
    expect(stmbBenefit(book, { wage: 5_000_000 }).total).toBeNull();
  });

  it("JP pension: none under 15 years; 1% × years × wage (at most the cap) from 15", () => {
    expect(jpBenefit(book, { wage: 6_000_000, years: 12 })).toMatchObject({ lumpSumOnly: true, monthly: null });
    expect(jpBenefit(book, { wage: 5_000_000, years: 20 }).monthly).toBe(1_000_000);
    const capped = jpBenefit(book, { wage: 50_000_000, years: 20, date: new Date("2024-06-01") });
    expect([capped.capApplied, capped.base, capped.monthly]).toEqual([true, 10_042_300, 2_008_460]);
    expect(jpBenefit(book, { wage: 1_000_000, years: 15 }).belowMin).toBe(true); // 150.000 < Rp393.500
  });

  it("JHT lump-sum tax: 0% up to Rp50 juta, 5% above; partial withdrawal 10% / 30%", () => {
    expect(jhtLumpSumTax(book, { balance: 60_000_000 })).toMatchObject({ tax: 500_000, net: 59_500_000 });
    expect(jhtLumpSumTax(book, { balance: 40_000_000 }).tax).toBe(0);
    expect(jhtPartialWithdrawal(book, { balance: 80_000_000, purpose: "retirement" }).amount).toBe(8_000_000);
    expect(jhtPartialWithdrawal(book, { balance: 80_000_000, purpose: "housing" }).amount).toBe(24_000_000);
  });
});

describe("JHT illustration", () => {
  it("zero return: balance = contributions; contributions are 5.7% of wage", () => {
    const r = jhtEstimate(book, { wage: 5_000_000, years: 10, annualReturnPercent: 0 });
    expect(r.monthlyContribution).toBe(285_000);
    expect(r.totalContributions).toBe(285_000 * 120);
    expect(r.illustrativeBalance).toBe(r.totalContributions);
    expect(r.illustrative).toBe(true);
  });

  it("default 5% return, compounded monthly, with a starting balance", () => {
    const r = jhtEstimate(book, { wage: 5_000_000, years: 1, currentBalance: 10_000_000 });
    expect(r.annualReturnBasisPoints).toBe(500);
    expect(r.totalReturns).toBeGreaterThan(0);
    expect(r.illustrativeBalance).toBe(10_000_000 + r.totalContributions + r.totalReturns);
    expect(r.yearly).toHaveLength(1);
    expect(r.yearly[0]!.balance).toBe(r.illustrativeBalance);
    // Close to the closed-form value of the same scheme.
    const i = 0.05 / 12;
    const exact = 10_000_000 * (1 + i) ** 12 + 285_000 * (((1 + i) ** 12 - 1) / i);
    expect(Math.abs(r.illustrativeBalance - exact)).toBeLessThan(12);
  });

  it("rejects absurd inputs", () => {
    expectInputError(() => jhtEstimate(book, { wage: 5_000_000, years: 0 }), "zero", "years");
    expectInputError(() => jhtEstimate(book, { wage: 5_000_000, years: 500 }), "too_large", "years");
    expectInputError(() => jhtEstimate(book, { wage: 5_000_000, years: 5, annualReturnPercent: -1 }), "negative", "annualReturnPercent");
    expectInputError(() => jhtEstimate(book, { wage: 5_000_000, years: 5, currentBalance: -1 }), "negative", "currentBalance");
  });
});

describe("input validation", () => {
  it("throws CalculationInputError with a reason code", () => {
    expectInputError(() => bpuContribution(book, { income: 0 }), "zero", "income");
    expectInputError(() => bpuContribution(book, { income: -100 }), "negative", "income");
    expectInputError(() => bpuContribution(book, { income: 5e10 }), "too_large", "income");
    expectInputError(() => bpuContribution(book, { income: Number.NaN }), "not_a_number", "income");
    expectInputError(() => bpuContribution(book, { income: "3jt" as unknown as number }), "not_a_number", "income");
    expectInputError(() => bpuContribution(book, {} as never), "missing", "income");
    expectInputError(() => wageEarnerContribution(book, { wage: 1.5, riskClass: "low" }), "not_integer", "wage");
    expectInputError(() => wageEarnerContribution(book, { wage: 5_000_000, riskClass: "extreme" as never }), "invalid", "riskClass");
    expectInputError(() => jkpBenefit(book, { wage: 0 }), "zero", "wage");
    expectInputError(() => jkkDeathBenefit(book, { wage: -1 }), "negative", "wage");
  });
});

describe("properties", () => {
  const wage = fc.integer({ min: 1, max: 1_000_000_000 });
  const risk = fc.constantFrom(...RISK_CLASSES);
  const date = fc.date({ min: new Date("2015-01-01"), max: new Date("2035-12-31"), noInvalidDate: true });

  it("wage earner: totals are sums of non-info lines, never negative", () => {
    fc.assert(
      fc.property(wage, risk, date, fc.boolean(), (w, riskClass, d, inJkp) => {
        const r = wageEarnerContribution(book, { wage: w, riskClass, date: d, inJkp });
        const paid = r.lines.filter((l) => !l.info);
        const by = (p: string) => paid.filter((l) => l.payer === p).reduce((a, l) => a + l.amount, 0);
        expect(r.totals.employer).toBe(by("employer"));
        expect(r.totals.worker).toBe(by("worker"));
        expect(r.totals.total).toBe(r.totals.employer + r.totals.worker);
        for (const l of r.lines) {
          expect(Number.isInteger(l.amount)).toBe(true);
          expect(l.amount).toBeGreaterThanOrEqual(0);
        }
        expect(r.jpBase).toBeLessThanOrEqual(r.jpCap.value);
        expect(r.jpCapApplied).toBe(w > r.jpCap.value);
      }),
    );
  });

  it("wage earner: monotonic in wage", () => {
    fc.assert(
      fc.property(wage, wage, risk, (a, b, riskClass) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const x = wageEarnerContribution(book, { wage: lo, riskClass, date: JUNE_2024 });
        const y = wageEarnerContribution(book, { wage: hi, riskClass, date: JUNE_2024 });
        expect(y.totals.employer).toBeGreaterThanOrEqual(x.totals.employer);
        expect(y.totals.worker).toBeGreaterThanOrEqual(x.totals.worker);
        expect(y.totals.total).toBeGreaterThanOrEqual(x.totals.total);
      }),
    );
  });

  it("BPU: monthly = sum of lines, periods = monthly × months, monotonic, within table bounds", () => {
    fc.assert(
      fc.property(wage, wage, fc.boolean(), (a, b, withJht) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const x = bpuContribution(book, { income: lo, withJht });
        const y = bpuContribution(book, { income: hi, withJht });
        for (const r of [x, y]) {
          expect(r.monthly).toBe(r.lines.reduce((s, l) => s + l.amount, 0));
          for (const p of r.periods) expect(p.total).toBe(r.monthly * p.months);
          expect(r.monthly).toBeGreaterThanOrEqual(withJht ? 36_800 : 16_800);
          expect(r.declaredIncome).toBeGreaterThanOrEqual(1_000_000);
          expect(r.declaredIncome).toBeLessThanOrEqual(20_700_000);
        }
        expect(y.monthly).toBeGreaterThanOrEqual(x.monthly);
      }),
    );
  });

  it("village: totals are sums of lines", () => {
    const group = fc.record({ count: fc.integer({ min: 0, max: 200 }), monthlyIncome: fc.integer({ min: 1, max: 50_000_000 }) });
    fc.assert(
      fc.property(fc.array(group, { maxLength: 5 }), fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 120 }), (officials, vulnerable, months) => {
        fc.pre(officials.some((g) => g.count > 0) || vulnerable > 0);
        const r = villageBudget(book, { officials, vulnerable, months });
        expect(r.monthlyTotal).toBe(r.lines.reduce((s, l) => s + l.monthly, 0));
        expect(r.total).toBe(r.lines.reduce((s, l) => s + l.total, 0));
        expect(r.total).toBe(r.monthlyTotal * months);
        for (const l of r.lines) expect(l.monthly).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("JKP and JKK death: never negative, monotonic, JKP never above the monthly max", () => {
    fc.assert(
      fc.property(wage, wage, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const x = jkpBenefit(book, { wage: lo });
        const y = jkpBenefit(book, { wage: hi });
        expect(x.monthly).toBeGreaterThanOrEqual(0);
        expect(y.monthly).toBeGreaterThanOrEqual(x.monthly);
        expect(y.monthly).toBeLessThanOrEqual(3_000_000);
        expect(y.total).toBe(y.monthly * y.months);
        const d = jkkDeathBenefit(book, { wage: hi });
        expect(d.total).toBe(d.lumpSum + d.funeral + d.periodic);
        expect(d.total).toBeGreaterThanOrEqual(jkkDeathBenefit(book, { wage: lo }).total);
      }),
    );
  });

  it("JHT: balance = start + contributions + returns, grows with wage and years", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 1500 }).map((bp) => bp / 100),
        fc.integer({ min: 0, max: 500_000_000 }),
        (w, years, annualReturnPercent, currentBalance) => {
          const r = jhtEstimate(book, { wage: w, years, annualReturnPercent, currentBalance });
          expect(r.illustrativeBalance).toBe(currentBalance + r.totalContributions + r.totalReturns);
          expect(r.totalContributions).toBe(r.monthlyContribution * years * 12);
          expect(r.totalReturns).toBeGreaterThanOrEqual(0);
          const more = jhtEstimate(book, { wage: w + 1000, years, annualReturnPercent, currentBalance });
          expect(more.illustrativeBalance).toBeGreaterThanOrEqual(r.illustrativeBalance);
        },
      ),
      { numRuns: 50 },
    );
  });
});
