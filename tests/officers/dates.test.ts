import { describe, expect, it } from "vitest";
import { formatEventDate, parseEventDate } from "../../src/officers/dates";

// Tuesday 24 November 2026, 10:00 WIB (03:00 UTC)
const now = new Date("2026-11-24T03:00:00Z");

function ok(text: string, zone: "WIB" | "WITA" | "WIT" = "WIB") {
  const r = parseEventDate(text, now, zone);
  if (!r.ok) throw new Error(`${text}: ${r.reason}`);
  return r;
}

describe("parseEventDate", () => {
  it("reads D/M with a dotted time, rolling to next year when the day has passed", () => {
    expect(ok("5/10 09.00").date.toISOString()).toBe("2027-10-05T02:00:00.000Z");
    expect(ok("5/12 09.00").date.toISOString()).toBe("2026-12-05T02:00:00.000Z");
    expect(ok("5/12/2026 9:30").date.toISOString()).toBe("2026-12-05T02:30:00.000Z");
  });

  it("reads besok / lusa with jam and a part of the day", () => {
    expect(ok("besok jam 9").date.toISOString()).toBe("2026-11-25T02:00:00.000Z");
    expect(ok("Besok jam 2 siang").date.toISOString()).toBe("2026-11-25T07:00:00.000Z");
    expect(ok("lusa pukul 19.30").date.toISOString()).toBe("2026-11-26T12:30:00.000Z");
    expect(ok("hari ini jam 7 malam").date.toISOString()).toBe("2026-11-24T12:00:00.000Z");
    // the part of the day before the time, as often said
    expect(ok("besok sore jam 3").date.toISOString()).toBe("2026-11-25T08:00:00.000Z");
    expect(ok("lusa pagi pukul 8.30").date.toISOString()).toBe("2026-11-26T01:30:00.000Z");
  });

  it("reads a weekday: today when the time is still ahead, otherwise next week", () => {
    expect(ok("Selasa 14:00").date.toISOString()).toBe("2026-11-24T07:00:00.000Z");
    expect(ok("selasa 08.00").date.toISOString()).toBe("2026-12-01T01:00:00.000Z");
    expect(ok("Jumat jam 9").date.toISOString()).toBe("2026-11-27T02:00:00.000Z");
    expect(ok("hari Senin depan 13.00").date.toISOString()).toBe("2026-11-30T06:00:00.000Z");
  });

  it("reads a written month with or without year", () => {
    expect(ok("12 Desember 2026 10:00").date.toISOString()).toBe("2026-12-12T03:00:00.000Z");
    expect(ok("tanggal 3 jan jam 8").date.toISOString()).toBe("2027-01-03T01:00:00.000Z");
    expect(ok("2026-12-05 09:00").date.toISOString()).toBe("2026-12-05T02:00:00.000Z");
  });

  it("interprets the time in the target zone, or in a zone named in the text", () => {
    expect(ok("1/12 09.00", "WITA").date.toISOString()).toBe("2026-12-01T01:00:00.000Z");
    expect(ok("1/12 09.00", "WIT").date.toISOString()).toBe("2026-12-01T00:00:00.000Z");
    const named = ok("1/12 09.00 WITA", "WIB");
    expect(named.zone).toBe("WITA");
    expect(named.date.toISOString()).toBe("2026-12-01T01:00:00.000Z");
  });

  it("uses the zone's calendar day for 'besok' near midnight", () => {
    // 23:30 WIB on the 24th is already 00:30 WIT on the 25th
    const late = new Date("2026-11-24T16:30:00Z");
    const r = parseEventDate("besok jam 9", late, "WIT");
    expect(r.ok && r.date.toISOString()).toBe("2026-11-26T00:00:00.000Z");
  });

  it("refuses invalid input with a reason", () => {
    const reason = (text: string) => {
      const r = parseEventDate(text, now, "WIB");
      return r.ok ? "ok" : r.reason;
    };
    expect(reason("")).toBe("empty");
    expect(reason("kapan-kapan saja")).toBe("unrecognized");
    expect(reason("besok")).toBe("no_time");
    expect(reason("31/2 09.00")).toBe("invalid_date");
    expect(reason("besok jam 25")).toBe("invalid_time");
    expect(reason("5/12 25.00")).toBe("invalid_time");
    expect(reason("1/1/2020 09.00")).toBe("past");
    expect(reason("hari ini jam 8")).toBe("past");
    expect(reason("besok jam 9 di aula")).toBe("unrecognized");
  });
});

describe("formatEventDate", () => {
  it("shows the day, date and time in the zone", () => {
    expect(formatEventDate(new Date("2026-12-01T01:00:00Z"), "WITA")).toBe("Selasa, 1 Desember 2026 09.00 WITA");
    expect(formatEventDate(new Date("2026-12-01T01:00:00Z"), "WIB")).toBe("Selasa, 1 Desember 2026 08.00 WIB");
    expect(formatEventDate(new Date("2026-12-01T01:00:00Z"), "WIT", "en")).toBe("Tuesday, 1 December 2026 10:00 WIT");
  });

  it("round-trips with the parser", () => {
    const r = ok("12 Desember 2026 10:00", "WITA");
    expect(formatEventDate(r.date, r.zone)).toBe("Sabtu, 12 Desember 2026 10.00 WITA");
  });
});
