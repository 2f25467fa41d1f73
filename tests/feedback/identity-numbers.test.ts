import { describe, expect, it } from "vitest";
import { maskIdentityNumbers } from "../../src/feedback/identity-numbers";

describe("identity numbers typed into free text are masked", () => {
  it("masks NIK, KPJ and phone numbers however they are written, keeping the last four digits", () => {
    const masked = maskIdentityNumbers("nomor KPJ saya 12345678901 dan NIK 7371 0101 0101 0001, hp 0812-3456-7890 atau +6281234567890");
    expect(masked).not.toMatch(/\d{5,}/);
    expect(masked).toContain("•••••••8901");
    expect(masked).toContain("••••••••••••0001");
    expect(masked).toContain("••••••7890");
    expect(masked).toContain("nomor KPJ saya");
  });

  it("leaves amounts, years and small numbers alone", () => {
    const text = "saldo jht 150.000.000 sejak 2015, gaji 4,5 jt, 25 orang, Rp 1.750.000, gaji 4500000 12 bulan";
    expect(maskIdentityNumbers(text)).toBe(text);
  });

  it("masks e-mail addresses and dates of birth", () => {
    const masked = maskIdentityNumbers("email sy budi.santoso@gmail.com, lahir 12-05-1980, tgl lahir: 3 Maret 1975");
    expect(masked).not.toContain("budi.santoso");
    expect(masked).not.toMatch(/1980|1975|Maret/);
    expect(masked).toContain("email sy •••");
  });
});
