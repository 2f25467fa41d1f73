import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { bpuContribution, villageBudget, wageEarnerContribution } from "../../src/rules/calculators";
import { formatRupiah, formatValue, loadRuleBook, type RuleBook } from "../../src/rules/rule-book";
import type { RuleValue } from "../../src/knowledge/schema";

const book: RuleBook = loadRuleBook();
const tmpDirs: string[] = [];
function copyRules(): string {
  const dir = mkdtempSync(join(tmpdir(), "rules-"));
  tmpDirs.push(dir);
  cpSync("knowledge/rules", dir, { recursive: true });
  return dir;
}
afterEach(() => {
  while (tmpDirs.length) rmSync(tmpDirs.pop()!, { recursive: true, force: true });
});

const rv = (value: number | string, unit: RuleValue["unit"]): RuleValue => ({
  value,
  unit,
  label: "test",
  regulation: "test",
  confidence: "solid",
  sources: [],
});

describe("loadRuleBook on the real knowledge/rules", () => {
  it("loads every table with table.value keys", () => {
    expect(book.keys().length).toBeGreaterThan(50);
    expect(book.has("pu.jkk_very_low")).toBe(true);
    expect(book.has("bpu.package_min")).toBe(true);
    expect(book.has("pu.nope")).toBe(false);
    const v = book.get("pu.jp_cap_2024");
    expect(v.key).toBe("pu.jp_cap_2024");
    expect(v.regulation).toContain("PP 45/2015");
  });

  it("gives numbers, integer rupiah and basis points", () => {
    expect(book.rupiah("pu.jp_cap_2024")).toBe(10_042_300);
    expect(book.number("benefit.jkk_death_multiple")).toBe(48);
    expect(book.basisPoints("pu.jkk_very_low")).toBe(24);
    expect(book.basisPoints("pu.jkk_low")).toBe(54);
    expect(book.basisPoints("pu.jkk_high")).toBe(127);
    expect(book.basisPoints("pu.jht_total")).toBe(570);
    expect(book.basisPoints("benefit.jkp_percent")).toBe(6000);
    for (const key of book.keys()) {
      const v = book.get(key);
      if (v.unit === "percent") expect(Number.isInteger(book.basisPoints(key))).toBe(true);
      if (v.unit === "rupiah") expect(Number.isInteger(book.rupiah(key))).toBe(true);
    }
  });

  it("throws clear errors for unknown keys and wrong units", () => {
    expect(() => book.get("pu.nope")).toThrow(/Unknown rule value "pu\.nope"/);
    expect(() => book.rupiah("pu.jkm")).toThrow(/not rupiah/);
    expect(() => book.basisPoints("bpu.jkm")).toThrow(/not percent/);
    expect(() => book.number("special.call_center")).toThrow(/text/);
  });

  it("names the file and field path when a table is invalid", () => {
    const dir = copyRules();
    const file = join(dir, "bpu.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("jkm: { value: 6800, unit: rupiah,", "jkm: { value: 6800, unit: rupees,"));
    expect(() => loadRuleBook(dir)).toThrow(/bpu\.yaml: field "values\.jkm\.unit"/);
  });

  it("reports a missing folder and invalid YAML", () => {
    expect(() => loadRuleBook(join(tmpdir(), "no-such-rules-dir-xyz"))).toThrow(/cannot read folder/);
    const dir = copyRules();
    writeFileSync(join(dir, "broken.yaml"), "id: [unclosed\n");
    expect(() => loadRuleBook(dir)).toThrow(/broken\.yaml: not valid YAML/);
  });
});

describe("editing a rule changes the calculators", () => {
  it("a new BPU JKM amount changes the BPU package", () => {
    const dir = copyRules();
    const file = join(dir, "bpu.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("jkm: { value: 6800,", "jkm: { value: 7000,"));
    const edited = loadRuleBook(dir);
    expect(bpuContribution(book, { income: 1_000_000 }).monthly).toBe(16_800);
    expect(bpuContribution(edited, { income: 1_000_000 }).monthly).toBe(17_000);
  });

  it("a new JKK rate changes wage-earner and village results", () => {
    const dir = copyRules();
    const file = join(dir, "pu.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("jkk_very_low: { value: 0.24,", "jkk_very_low: { value: 0.30,"));
    const edited = loadRuleBook(dir);
    const input = { wage: 2_000_000, riskClass: "very_low" as const, date: new Date("2024-06-01") };
    const jkk = (b: RuleBook) => wageEarnerContribution(b, input).lines.find((l) => l.program === "jkk")!.amount;
    expect(jkk(book)).toBe(4_800);
    expect(jkk(edited)).toBe(6_000);
    const village = { officials: { count: 10, monthlyIncome: 2_000_000 }, vulnerable: 0 };
    expect(villageBudget(edited, village).monthlyTotal).toBe(120_000);
  });
});

describe("formatValue / formatRupiah", () => {
  it("formats each unit in both languages", () => {
    expect(formatValue(rv(10_042_300, "rupiah"), "id")).toBe("Rp10.042.300");
    expect(formatValue(rv(10_042_300, "rupiah"), "en")).toBe("Rp10,042,300");
    expect(formatValue(rv(0.24, "percent"), "id")).toBe("0,24%");
    expect(formatValue(rv(0.24, "percent"), "en")).toBe("0.24%");
    expect(formatValue(rv(6, "months"), "id")).toBe("6 bulan");
    expect(formatValue(rv(6, "months"), "en")).toBe("6 months");
    expect(formatValue(rv(59, "years"), "id")).toBe("59 tahun");
    expect(formatValue(rv(59, "years"), "en")).toBe("59 years");
    expect(formatValue(rv(30, "days"), "id")).toBe("30 hari");
    expect(formatValue(rv(30, "days"), "en")).toBe("30 days");
    expect(formatValue(rv(2, "count"), "id")).toBe("2");
    expect(formatValue(rv(48, "multiple"), "id")).toBe("48 kali");
    expect(formatValue(rv(48, "multiple"), "en")).toBe("48 times");
    expect(formatValue(rv("UU 3/2024 tentang Desa", "text"), "en")).toBe("UU 3/2024 tentang Desa");
    expect(formatValue(book.get("pu.jht_total"), "id")).toBe("5,7%");
  });

  it("formatRupiah", () => {
    expect(formatRupiah(16_800, "id")).toBe("Rp16.800");
    expect(formatRupiah(16_800, "en")).toBe("Rp16,800");
    expect(formatRupiah(0, "id")).toBe("Rp0");
    expect(formatRupiah(999, "en")).toBe("Rp999");
    expect(formatRupiah(1_000_000_000, "id")).toBe("Rp1.000.000.000");
  });
});
