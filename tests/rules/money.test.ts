import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyBasisPoints, extractAmounts, extractCount, parseRupiah } from "../../src/rules/money";
import { formatRupiah } from "../../src/rules/rule-book";

describe("parseRupiah accepts what people type", () => {
  const cases: [string, number][] = [
    ["2,5 jt", 2_500_000],
    ["2.5jt", 2_500_000],
    ["2500000", 2_500_000],
    ["Rp 2.500.000", 2_500_000],
    ["rp2,500,000", 2_500_000],
    ["Rp2.500.000,-", 2_500_000],
    ["Rp 2.500.000,00", 2_500_000],
    ["IDR 2,500,000.00", 2_500_000],
    ["2 juta", 2_000_000],
    ["2,5 juta", 2_500_000],
    ["800rb", 800_000],
    ["800 ribu", 800_000],
    ["800k", 800_000],
    ["3jt", 3_000_000],
    ["3 jeti", 3_000_000],
    ["3 JT", 3_000_000],
    ["2 jt 500 rb", 2_500_000],
    ["2jt500", 2_500_000],
    ["5 juta per bulan", 5_000_000],
    ["7jt/bln", 7_000_000],
    ["sejuta", 1_000_000],
    ["1.500", 1_500],
    ["Rp10.042.300", 10_042_300],
    ["  4.750.000  ", 4_750_000],
    ["2.500.000,50", 2_500_001],
  ];
  it.each(cases)("%s → %d", (text, value) => {
    expect(parseRupiah(text)).toEqual({ ok: true, value });
  });
});

describe("parseRupiah rejects", () => {
  const cases: [string, string][] = [
    ["", "empty"],
    ["   ", "empty"],
    ["Rp", "empty"],
    ["abc", "not_a_number"],
    ["gaji saya banyak", "not_a_number"],
    ["2.50.000", "not_a_number"],
    ["2500 3000", "not_a_number"],
    ["-500000", "negative"],
    ["minus 2 jt", "negative"],
    ["Rp -2 jt", "negative"],
    ["0", "zero"],
    ["Rp0", "zero"],
    ["0 jt", "zero"],
    ["1.2 M", "too_large"],
    ["2 miliar", "too_large"],
    ["5000000000", "too_large"],
  ];
  it.each(cases)("%j → %s", (text, reason) => {
    expect(parseRupiah(text)).toEqual({ ok: false, reason });
  });

  it("uses a configurable max", () => {
    expect(parseRupiah("25 jt", { max: 20_000_000 })).toEqual({ ok: false, reason: "too_large" });
    expect(parseRupiah("1.2 M", { max: 5_000_000_000 })).toEqual({ ok: true, value: 1_200_000_000 });
  });
});

describe("parseRupiah round-trips formatted amounts", () => {
  it("formatRupiah(n, id|en) parses back to n", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000_000 }), fc.constantFrom("id" as const, "en" as const), (n, lang) => {
        expect(parseRupiah(formatRupiah(n, lang))).toEqual({ ok: true, value: n });
      }),
    );
  });
  it("plain digits parse back", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000_000 }), (n) => {
        expect(parseRupiah(String(n))).toEqual({ ok: true, value: n });
      }),
    );
  });
  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseRupiah(s);
        if (r.ok) expect(Number.isInteger(r.value) && r.value > 0).toBe(true);
      }),
    );
  });
});

describe("extractAmounts", () => {
  it.each([
    ["penghasilan sy 3 jt iuran bpu brp", [3_000_000]],
    ["gaji 15.000.000 tahun 2024 jp nya brp", [15_000_000]],
    ["50 org 6 bulan gaji 2jt", [2_000_000]],
    ["gaji 2 jt 500 rb", [2_500_000]],
    ["gaji 2jt500 sebulan", [2_500_000]],
    ["umur 45 thn gaji Rp 4.500.000,-", [4_500_000]],
    ["siltap 2 juta, iuran 16.800 per orang", [2_000_000, 16_800]],
    ["berapa iuran bpu", []],
    ["pensiun umur 59", []],
    ["1000 petani setahun, 2000 nelayan", []],
  ] as [string, number[]][])("%s", (text, expected) => {
    expect(extractAmounts(text)).toEqual(expected);
  });
});

describe("extractCount", () => {
  it("people and months", () => {
    const c = extractCount("50 org 6 bulan");
    expect(c.people).toBe(50);
    expect(c.months).toBe(6);
  });
  it("several head counts and words", () => {
    const c = extractCount("10 perangkat siltap 2 juta dan 40 pekerja rentan setahun");
    expect(c.people).toBe(10);
    expect(c.all.filter((x) => x.unit === "people").map((x) => x.value)).toEqual([10, 40]);
    expect(c.years).toBe(1);
    expect(extractCount("bayar sebulan").months).toBe(1);
    expect(extractCount("1.000 orang 12 bln").people).toBe(1000);
  });
  it("ignores ages and money", () => {
    expect(extractCount("umur 45 tahun gaji 3 jt")).toEqual({ all: [] });
  });
});

describe("applyBasisPoints rounds half up", () => {
  it("examples", () => {
    expect(applyBasisPoints(10_042_300, 100)).toBe(100_423);
    expect(applyBasisPoints(10_042_300, 200)).toBe(200_846);
    expect(applyBasisPoints(50, 100)).toBe(1); // 0.5 → 1
    expect(applyBasisPoints(49, 100)).toBe(0);
    expect(applyBasisPoints(1_234_567, 24)).toBe(2_963); // 2962.96
  });
});
