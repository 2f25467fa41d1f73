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
  it("reads D/M with a dotted time, rolling to next year when the day is long past", () => {
    expect(ok("5/9 09.00").date.toISOString()).toBe("2027-09-05T02:00:00.000Z");
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

// The exploratory test's clock: Thu 26 Nov 2026 17:24 UTC = Fri 27 Nov 2026 01:24 WITA.
const reportNow = new Date("2026-11-26T17:24:00Z");
const at = (text: string, zone: "WIB" | "WITA" | "WIT" = "WITA") => parseEventDate(text, reportNow, zone);
const shown = (text: string, zone: "WIB" | "WITA" | "WIT" = "WITA") => {
  const r = at(text, zone);
  return r.ok ? formatEventDate(r.date, r.zone) : r.reason;
};

describe("parseEventDate: midnight (report item 5)", () => {
  it("does not read '12 malam' as noon: it asks, naming both possible midnights", () => {
    for (const text of ["besok jam 12 malam", "besok jam 12 tengah malam", "besok tengah malam", "besok 24.00"]) {
      const r = at(text);
      expect(r.ok, text).toBe(false);
      if (r.ok) continue;
      expect(r.reason, text).toBe("midnight");
      // besok = Saturday 28 Nov: the night that starts it, or the night that ends it
      expect(r.midnight && formatEventDate(r.midnight.before, "WITA")).toBe("Sabtu, 28 November 2026 00.00 WITA");
      expect(r.midnight && formatEventDate(r.midnight.after, "WITA")).toBe("Minggu, 29 November 2026 00.00 WITA");
    }
    expect(at("5/12 jam 12 malam")).toMatchObject({ ok: false, reason: "midnight" });
    // hours after midnight said with "malam" have the same doubt
    expect(at("Sabtu jam 1 malam")).toMatchObject({ ok: false, reason: "midnight" });
  });

  it("still reads noon, evening hours and an explicit 00.00", () => {
    expect(shown("besok jam 12 siang")).toBe("Sabtu, 28 November 2026 12.00 WITA");
    expect(shown("besok jam 12")).toBe("Sabtu, 28 November 2026 12.00 WITA");
    expect(shown("besok jam 11 malam")).toBe("Sabtu, 28 November 2026 23.00 WITA");
    expect(shown("29/11 00.00")).toBe("Minggu, 29 November 2026 00.00 WITA");
  });
});

describe("parseEventDate: '<hari> depan' (report item 6)", () => {
  it("is that weekday of the coming week, never today", () => {
    expect(shown("jumat depan 09.00")).toBe("Jumat, 4 Desember 2026 09.00 WITA");
    expect(shown("senin depan jam 10")).toBe("Senin, 30 November 2026 10.00 WITA");
    expect(shown("sabtu depan jam 10")).toBe("Sabtu, 5 Desember 2026 10.00 WITA");
    expect(shown("hari minggu depan jam 9")).toBe("Minggu, 6 Desember 2026 09.00 WITA");
    expect(shown("selasa minggu depan 13.00")).toBe("Selasa, 1 Desember 2026 13.00 WITA");
    expect(shown("rabu pekan depan 13.00")).toBe("Rabu, 2 Desember 2026 13.00 WITA");
    // without "depan" a weekday is still the next one, today included when the time is ahead
    expect(shown("jumat 09.00")).toBe("Jumat, 27 November 2026 09.00 WITA");
  });

  it("'minggu depan' alone means next week, not Sunday: the day is missing", () => {
    expect(at("minggu depan jam 9")).toMatchObject({ ok: false, reason: "no_day" });
    expect(at("pekan depan 09.00")).toMatchObject({ ok: false, reason: "no_day" });
  });
});

describe("parseEventDate: past dates and missing times (report item 13)", () => {
  it("a date without a year earlier today or in the last 60 days has passed; it does not jump a year", () => {
    expect(at("27/11 00.30")).toMatchObject({ ok: false, reason: "past" });
    expect(at("27 November 01.00")).toMatchObject({ ok: false, reason: "past" });
    expect(at("30/9 09.00")).toMatchObject({ ok: false, reason: "past" });
    // longer ago it is next year's date
    expect(shown("5/1 09.00")).toBe("Selasa, 5 Januari 2027 09.00 WITA");
    expect(shown("27/11 09.00")).toBe("Jumat, 27 November 2026 09.00 WITA");
  });

  it("'besok pagi' or 'besok sore' without a time: the date is understood, the time is missing", () => {
    expect(at("besok pagi")).toMatchObject({ ok: false, reason: "no_time" });
    expect(at("besok sore")).toMatchObject({ ok: false, reason: "no_time" });
    expect(at("Senin siang")).toMatchObject({ ok: false, reason: "no_time" });
    expect(shown("besok pagi 08.30")).toBe("Sabtu, 28 November 2026 08.30 WITA");
    expect(at("besok pagi di aula")).toMatchObject({ ok: false, reason: "unrecognized" });
  });
});

describe("parseEventDate: common formats (report item 4)", () => {
  it("accepts a weekday next to the date when they agree", () => {
    expect(shown("Sabtu, 5 Desember 2026 pukul 09.00 WITA")).toBe("Sabtu, 5 Desember 2026 09.00 WITA");
    expect(shown("Senin, 30/11 13.30")).toBe("Senin, 30 November 2026 13.30 WITA");
    expect(shown("Kamis 3/12 jam 9")).toBe("Kamis, 3 Desember 2026 09.00 WITA");
    expect(shown("Jum'at, 4 Des 09.00")).toBe("Jumat, 4 Desember 2026 09.00 WITA");
  });

  it("says so when the weekday does not match the date", () => {
    const r = at("Jumat, 5 Desember 2026 09.00");
    expect(r).toMatchObject({ ok: false, reason: "weekday_mismatch", typedWeekday: 5, actualWeekday: 6 });
  });

  it("reads its own output back, in Indonesian and English", () => {
    for (const date of [new Date("2026-11-28T01:00:00Z"), new Date("2027-01-03T23:45:00Z")]) {
      for (const zone of ["WIB", "WITA", "WIT"] as const) {
        for (const language of ["id", "en"] as const) {
          const text = formatEventDate(date, zone, language);
          const r = parseEventDate(text, reportNow, "WIB");
          expect(r.ok && r.date.toISOString(), text).toBe(date.toISOString());
        }
      }
    }
  });

  it("takes the start of a time range and says the end is not kept", () => {
    const cases: [string, string, string | undefined][] = [
      ["5/12 09.00-12.00", "Sabtu, 5 Desember 2026 09.00 WITA", "12.00"],
      ["3 des 2026, 09.00 - 12.00 WITA", "Kamis, 3 Desember 2026 09.00 WITA", "12.00"],
      ["5/12 jam 09.00 s.d. selesai", "Sabtu, 5 Desember 2026 09.00 WITA", undefined],
      ["5/12 09.00 s/d 12.00", "Sabtu, 5 Desember 2026 09.00 WITA", "12.00"],
      ["5/12 pukul 09.00 sampai 11.30", "Sabtu, 5 Desember 2026 09.00 WITA", "11.30"],
      ["5/12 jam 9–12", "Sabtu, 5 Desember 2026 09.00 WITA", "12.00"],
      ["Sabtu, 5 Desember 2026 09.00 WITA", "Sabtu, 5 Desember 2026 09.00 WITA", undefined],
    ];
    for (const [text, expected, end] of cases) {
      const r = at(text);
      expect(r.ok && formatEventDate(r.date, r.zone), text).toBe(expected);
      expect(r.ok ? r.end : "failed", text).toBe(end);
    }
  });
});

describe("parseEventDate: 'setengah' and minutes past midnight", () => {
  it("reads 'setengah 10' as 09.30, also with a part of the day", () => {
    expect(ok("besok jam setengah 10").date.toISOString()).toBe("2026-11-25T02:30:00.000Z");
    expect(ok("besok setengah 8 malam").date.toISOString()).toBe("2026-11-25T12:30:00.000Z");
  });

  it("keeps the minutes when '12.30 malam' is asked about", () => {
    const r = parseEventDate("besok jam 12.30 malam", now, "WITA");
    if (r.ok || !r.midnight) throw new Error("expected the midnight question");
    expect(formatEventDate(r.midnight.before, "WITA")).toBe("Rabu, 25 November 2026 00.30 WITA");
    expect(formatEventDate(r.midnight.after, "WITA")).toBe("Kamis, 26 November 2026 00.30 WITA");
  });
});


describe("parseEventDate: relative days, English and far-off years (report 7, item 9)", () => {
  const reason = (text: string) => {
    const r = parseEventDate(text, now, "WIB");
    return r.ok ? "ok" : r.reason;
  };

  it("says 'kemarin' has passed instead of not understanding it", () => {
    expect(reason("kemarin jam 10")).toBe("past");
    expect(reason("yesterday 10:00")).toBe("past");
  });

  it("reads 'N hari lagi' and English relative days", () => {
    expect(ok("3 hari lagi jam 10").date.toISOString()).toBe("2026-11-27T03:00:00.000Z");
    expect(ok("in 3 days 10:00").date.toISOString()).toBe("2026-11-27T03:00:00.000Z");
    expect(ok("tomorrow 9:00").date.toISOString()).toBe("2026-11-25T02:00:00.000Z");
    // Tuesday 24 Nov: next Monday is 30 Nov, as "senin depan"
    expect(ok("next monday 10:00").date.toISOString()).toBe("2026-11-30T03:00:00.000Z");
  });

  it("asks for the hour when only a bare number follows the day ('lusa 9')", () => {
    expect(reason("lusa 9")).toBe("no_time");
  });

  it("refuses a date more than a year ahead, saying which date it read", () => {
    const r = parseEventDate("1/12/2126 10.00", now, "WITA");
    expect(r.ok ? "ok" : r.reason).toBe("too_far");
    expect(!r.ok && r.date && formatEventDate(r.date, "WITA")).toBe("Minggu, 1 Desember 2126 10.00 WITA");
    expect(reason("20/11/2027 10.00")).toBe("ok");
  });
});
