/**
 * Dates and times as officers type them, in Indonesian ("5/10 09.00", "besok jam 9",
 * "Selasa 14:00", "12 Desember 2026 10:00"), read in the target region's time zone
 * (WIB UTC+7, WITA UTC+8, WIT UTC+9) and shown back in that zone.
 *
 * Pure functions: the current time is always passed in.
 */
import type { TimeZoneName } from "../regions";
import type { Language } from "../language";

export type { Language };

export const ZONE_OFFSET_HOURS: Record<TimeZoneName, number> = { WIB: 7, WITA: 8, WIT: 9 };

/** Western Indonesian time, the calendar day counts and working days follow. */
export const WIB_OFFSET_MS = ZONE_OFFSET_HOURS.WIB * 3_600_000;

/** `at` shifted so its UTC fields read as WIB wall-clock time. */
export function asWib(at: Date): Date {
  return new Date(at.getTime() + WIB_OFFSET_MS);
}

export type DateParseError =
  | "empty" | "unrecognized" | "no_time" | "no_day" | "invalid_date" | "invalid_time" | "past" | "too_far" | "midnight" | "weekday_mismatch";
export interface DateParseFailure {
  ok: false;
  reason: DateParseError;
  /** weekday_mismatch: the weekday typed and the one the date falls on (0 = Sunday). */
  typedWeekday?: number;
  actualWeekday?: number;
  /** midnight: the two instants "12 malam" could mean (the start or the end of the day named). */
  midnight?: { before: Date; after: Date };
  /** midnight and too_far: the zone the instants are read in (the one typed, if any). */
  zone?: TimeZoneName;
  /** too_far: the instant read, so the officer sees which year was understood. */
  date?: Date;
}
/** `end`: the end of a typed time range ("12.00"), which is not stored. */
export type DateParseResult = { ok: true; date: Date; zone: TimeZoneName; end?: string } | DateParseFailure;

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, january: 1,
  februari: 2, feb: 2, pebruari: 2, february: 2,
  maret: 3, mar: 3, march: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  agustus: 8, agu: 8, agt: 8, agus: 8, aug: 8, august: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, oct: 10, october: 10,
  november: 11, nov: 11, nop: 11,
  desember: 12, des: 12, dec: 12, december: 12,
};

/** Day names → JS weekday (0 = Sunday). */
const WEEKDAYS: Record<string, number> = {
  minggu: 0, ahad: 0, sunday: 0,
  senin: 1, monday: 1,
  selasa: 2, tuesday: 2,
  rabu: 3, wednesday: 3,
  kamis: 4, thursday: 4,
  jumat: 5, "jum'at": 5, friday: 5,
  sabtu: 6, saturday: 6,
};

const DAY_NAMES = {
  id: ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"],
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
};
const MONTH_NAMES = {
  id: ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

interface LocalDay {
  y: number;
  m: number; // 1-12
  d: number;
}

/** The calendar day and weekday of `instant` in `zone`. */
function localParts(instant: Date, zone: TimeZoneName) {
  const shifted = new Date(instant.getTime() + ZONE_OFFSET_HOURS[zone] * 3600_000);
  return {
    y: shifted.getUTCFullYear(),
    m: shifted.getUTCMonth() + 1,
    d: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
    h: shifted.getUTCHours(),
    min: shifted.getUTCMinutes(),
  };
}

/** The instant of a wall-clock time in `zone`; undefined when the day does not exist (31/2). */
export function zonedInstant(day: LocalDay, h: number, min: number, zone: TimeZoneName): Date | undefined {
  const utc = Date.UTC(day.y, day.m - 1, day.d, h, min);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== day.y || check.getUTCMonth() !== day.m - 1 || check.getUTCDate() !== day.d) return undefined;
  return new Date(utc - ZONE_OFFSET_HOURS[zone] * 3600_000);
}

function addDays(day: LocalDay, n: number): LocalDay {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Reads a time of day: "09.00", "9:30", "jam 9", "pukul 14", "jam 2 siang", "19.00 WITA". */
function takeTime(text: string): { rest: string; h?: number; min?: number; bad?: boolean; midnight?: boolean } {
  const re = /(?:\b(?:jam|pukul|pkl\.?|at)\s*)?\b(\d{1,2})(?:[.:](\d{2}))?\s*(pagi|siang|sore|malam|am|pm)?\b/g;
  // Prefer a match with minutes or a "jam/pukul" word; a bare number is a time only with those.
  let best: RegExpExecArray | undefined;
  for (const m of text.matchAll(re)) {
    const hasWord = /^(jam|pukul|pkl|at)/.test(m[0]);
    if (m[2] !== undefined || hasWord || m[3] !== undefined) best = m as RegExpExecArray;
  }
  if (!best) return { rest: text };
  let h = Number(best[1]);
  const min = best[2] !== undefined ? Number(best[2]) : 0;
  const part = best[3];
  const rest = text.slice(0, best.index) + " " + text.slice(best.index + best[0].length);
  // "12 malam", "1 malam", "24.00": people mean different nights by them, so they are asked
  // about rather than guessed (an announcement a day off is worse than one more question).
  if ((h === 24 && min === 0) || (h === 12 && (part === "malam" || part === "pagi")) || (part === "malam" && h < 6)) {
    // the minutes are kept: "12.30 malam" is asked about as 00.30, not 00.00
    return { rest, midnight: true, min: min <= 59 ? min : 0 };
  }
  if (part === "pm" || ((part === "siang" || part === "sore") && h < 12 && h >= 1 && !(part === "siang" && h >= 11))) h += 12;
  else if (part === "malam" && h >= 6 && h < 12) h += 12;
  else if (part === "am" && h === 12) h = 0;
  if (h > 23 || min > 59) return { rest, bad: true };
  return { rest, h, min };
}

const PART_OF_DAY = "pagi|siang|sore|malam";
const CLOCK = String.raw`\d{1,2}[.:]\d{2}`;

function normalizeInput(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[–—]/g, "-")
    .replace(/[,]/g, " ")
    .replace(/\s+/g, " ")
    // "tengah malam" is midnight, whichever way it is written
    .replace(/(?:\b(?:jam|pukul|pkl\.?)\s*)?(?:\b(?:12|24)(?:[.:]00)?\s+)?\btengah malam\b/g, "jam 12 malam")
    // "setengah 10" (half to ten) is said for 09.30
    .replace(/(?:\b(jam|pukul|pkl\.?)\s*)?\bsetengah\s+(\d{1,2})\b(?![.:]\d)/g, (_m, word: string | undefined, n: string) => `${word ?? "jam"} ${(Number(n) + 23) % 24}.30`)
    // English officers' "next monday" is read like "senin depan"
    .replace(new RegExp(String.raw`\bnext\s+(${Object.keys(WEEKDAYS).filter((d) => /^[a-z]+day$/.test(d)).join("|")})\b`, "g"), "$1 depan")
    // "sore jam 3" and "pagi 08.30" are said as often as "jam 3 sore"
    .replace(new RegExp(String.raw`\b(${PART_OF_DAY})\s+((?:jam|pukul|pkl\.?)\s*\d{1,2}(?:[.:]\d{2})?|${CLOCK})`, "g"), "$2 $1")
    .trim();
}

/**
 * "09.00-12.00", "jam 9 s.d. selesai", "09.00 sampai 11.30", "9 pagi sampai 12": the start (with
 * "jam", minutes or a part of the day, so that "5-12" stays a date) and the end, a time or "selesai".
 */
const RANGE = new RegExp(
  String.raw`((?:\b(?:jam|pukul|pkl\.?)\s*\d{1,2}(?:[.:]\d{2})?|\b${CLOCK})(?:\s*(?:${PART_OF_DAY}))?|\b\d{1,2}\s*(?:${PART_OF_DAY})\b)` +
    String.raw`\s*(?:-|\bs\.?\s?d\b\.?|\bs/d\b|\bsampai(?:\s+dengan)?\b|\bhingga\b|\buntil\b|\bto\b)\s*` +
    String.raw`(?:(?:jam|pukul|pkl\.?)\s*)?(\d{1,2}(?:[.:]\d{2})?(?![\d/.:])(?:\s*(?:${PART_OF_DAY})\b)?|selesai\b|selese\b|finish(?:ed)?\b)`,
);

/** "12" or "12:00" → "12.00"; undefined for "selesai" (no end time to mention). */
function endLabel(end: string): string | undefined {
  const m = /^(\d{1,2})(?:[.:](\d{2}))?/.exec(end);
  if (!m) return undefined;
  return `${m[1]!.padStart(2, "0")}.${m[2] ?? "00"}${end.slice(m[0].length)}`;
}

/** A date without a year this far in the past is a typo or already over, not next year's date. */
export const PAST_GRACE_DAYS = 60;

/** The furthest ahead an event (or its announcement) may be: about a year. */
export const MAX_AHEAD_DAYS = 366;

/**
 * Parses what an officer typed into an instant. Times are read in `zone` unless the text
 * names one (WIB/WITA/WIT). A date without a year is the next such date, unless it was
 * today or within the last PAST_GRACE_DAYS (then it has passed). A weekday is the next such
 * day (today only when the time is still ahead); "<weekday> depan" is that day of next week
 * (weeks start on Monday). A weekday next to a date must agree with it. Of a time range the
 * start is taken and the end returned in `end`. Past instants are refused.
 */
export function parseEventDate(input: string, now: Date, zone: TimeZoneName): DateParseResult {
  let text = normalizeInput(input);
  if (!text) return { ok: false, reason: "empty" };

  const zoneMatch = /\b(wib|wita|wit)\b/.exec(text);
  if (zoneMatch) {
    zone = zoneMatch[1]!.toUpperCase() as TimeZoneName;
    text = text.replace(zoneMatch[0], " ");
  }
  // The event has one start time: the end of a range is set aside and reported.
  let end: string | undefined;
  const range = RANGE.exec(text);
  if (range) {
    end = endLabel(range[2]!);
    text = text.replace(range[0], ` ${range[1]} `);
  }
  const today = localParts(now, zone);
  const todayDay: LocalDay = { y: today.y, m: today.m, d: today.d };

  let day: LocalDay | undefined;
  let yearGiven = false;
  let weekday: number | undefined;
  // "minggu depan" / "pekan depan" is "next week", not Sunday ("hari minggu depan" is Sunday)
  let week: string | undefined;
  const weekMatch = /(?<!\bhari\s)\b(?:minggu|pekan)\s+(depan|ini)\b/.exec(text);
  if (weekMatch) {
    week = weekMatch[1];
    text = text.replace(weekMatch[0], " ");
  }

  // ISO 2026-12-05
  let m = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/.exec(text);
  if (m) {
    day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
    yearGiven = true;
    text = text.replace(m[0], " ");
  }
  // 5/10, 5/10/2026, 5-10-26
  if (!day) {
    m = /\b(\d{1,2})[/-](\d{1,2})(?:[/-](\d{2}|\d{4}))?\b/.exec(text);
    if (m) {
      const y = m[3] === undefined ? today.y : m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
      yearGiven = m[3] !== undefined;
      day = { y, m: Number(m[2]), d: Number(m[1]) };
      text = text.replace(m[0], " ");
    }
  }
  // 12 Desember 2026, 12 des
  if (!day) {
    for (const mm of text.matchAll(/\b(\d{1,2})\s+([a-z]+)\.?(?:\s+(\d{4}))?\b/g)) {
      if (MONTHS[mm[2]!] === undefined) continue;
      yearGiven = mm[3] !== undefined;
      day = { y: yearGiven ? Number(mm[3]) : today.y, m: MONTHS[mm[2]!]!, d: Number(mm[1]) };
      text = text.replace(mm[0], " ");
      break;
    }
  }
  // "tgl 5", "tanggal 5": the next 5th of a month (this month's when still ahead)
  let monthDay: number | undefined;
  if (!day) {
    m = /\b(?:tanggal|tgl|tg)\.?\s*(\d{1,2})\b(?![.:/-]\d)/.exec(text);
    if (m) {
      monthDay = Number(m[1]);
      text = text.replace(m[0], " ");
    }
  }
  // "3 hari lagi", "in 3 days", "3 days from now"
  if (!day) {
    m = /\b(\d{1,3})\s+hari\s+(?:lagi|ke\s?depan|kemudian)\b|\bin\s+(\d{1,3})\s+days?\b|\b(\d{1,3})\s+days?\s+from\s+now\b/.exec(text);
    if (m) {
      day = addDays(todayDay, Number(m[1] ?? m[2] ?? m[3]));
      yearGiven = true;
      text = text.replace(m[0], " ");
    }
  }
  // hari ini / besok / lusa; "kemarin" only to say that it has passed
  if (!day) {
    m = /\b(hari ini|nanti|besok|besuk|lusa|kemarin|kemaren|today|tomorrow|yesterday)\b/.exec(text);
    if (m) {
      const offsets: Record<string, number> = { besok: 1, besuk: 1, tomorrow: 1, lusa: 2, kemarin: -1, kemaren: -1, yesterday: -1 };
      day = addDays(todayDay, offsets[m[1]!] ?? 0);
      yearGiven = true;
      text = text.replace(m[0], " ");
    }
  }
  // Selasa, hari Selasa, Selasa depan; also next to a date ("Sabtu, 5 Desember"), checked below
  for (const [name, wd] of Object.entries(WEEKDAYS)) {
    const re = new RegExp(`\\b(?:hari\\s+)?${name.replace("'", "'?")}\\b(?:\\s+(depan|ini)\\b)?`);
    const w = re.exec(text);
    if (w) {
      weekday = wd;
      week = w[1] ?? week;
      text = text.replace(w[0], " ");
      break;
    }
  }

  const time = takeTime(text);
  if (time.bad) return { ok: false, reason: "invalid_time" };
  text = time.rest;
  const filler = /\b(tanggal|tgl|hari|pada|on|jam|pukul|depan|ini)\b/g;
  let leftover = text.replace(filler, " ").replace(/[^\p{L}\p{N}]/gu, " ").trim();
  const hasTime = time.h !== undefined || time.midnight;
  // "besok pagi": the day is understood and only the hour is missing
  if (!hasTime) leftover = leftover.replace(new RegExp(`\\b(${PART_OF_DAY})\\b`, "g"), " ").trim();

  if (!day && weekday === undefined && monthDay === undefined) return { ok: false, reason: week && !leftover ? "no_day" : "unrecognized" };
  // "lusa 9": the day is understood; a bare number is not read as an hour, so ask for one
  if (leftover && !hasTime && /^\d{1,2}$/.test(leftover)) return { ok: false, reason: "no_time" };
  if (leftover) return { ok: false, reason: "unrecognized" };
  if (!hasTime) return { ok: false, reason: "no_time" };

  const at = (d: LocalDay) => zonedInstant(d, time.h ?? 0, time.min ?? 0, zone);
  const graceMs = PAST_GRACE_DAYS * 24 * 3600_000;
  let target: LocalDay;
  if (monthDay !== undefined) {
    // this month's day when it is still ahead, else the next month that has it
    let found: LocalDay | undefined;
    for (let k = 0; k < 3 && !found; k++) {
      const first = new Date(Date.UTC(today.y, today.m - 1 + k, 1));
      const candidate: LocalDay = { y: first.getUTCFullYear(), m: first.getUTCMonth() + 1, d: monthDay };
      const instant = at(candidate);
      const endOfDay = instant && zonedInstant(addDays(candidate, 1), 0, 0, zone)!;
      if (instant && (time.midnight ? endOfDay! : instant).getTime() > now.getTime()) found = candidate;
    }
    if (!found) return { ok: false, reason: "invalid_date" };
    target = found;
    if (weekday !== undefined) {
      const actual = new Date(Date.UTC(target.y, target.m - 1, target.d)).getUTCDay();
      if (actual !== weekday) return { ok: false, reason: "weekday_mismatch", typedWeekday: weekday, actualWeekday: actual };
    }
  } else if (day) {
    target = day;
    const instant = at(day);
    if (!instant) return { ok: false, reason: "invalid_date" };
    // "5/10" typed in November means next year's 5 October; "27/11 00.30" typed on the 27th has passed
    const endOfDay = zonedInstant(addDays(day, 1), 0, 0, zone)!;
    if (!yearGiven && (time.midnight ? endOfDay : instant).getTime() < now.getTime() - graceMs) {
      target = { ...day, y: day.y + 1 };
      if (!at(target)) return { ok: false, reason: "invalid_date" };
    }
    if (weekday !== undefined) {
      const actual = new Date(Date.UTC(target.y, target.m - 1, target.d)).getUTCDay();
      if (actual !== weekday) return { ok: false, reason: "weekday_mismatch", typedWeekday: weekday, actualWeekday: actual };
    }
  } else if (week === "depan") {
    // Monday-based weeks: on a Friday "senin depan" is in three days, "jumat depan" in seven
    const mondayIndex = (wd: number) => (wd + 6) % 7;
    target = addDays(todayDay, 7 - mondayIndex(today.weekday) + mondayIndex(weekday!));
  } else {
    target = addDays(todayDay, (weekday! - today.weekday + 7) % 7);
    // the time has passed today: the same weekday next week (midnight: its days are both asked about)
    if (!time.midnight && at(target)!.getTime() <= now.getTime()) target = addDays(target, 7);
  }

  if (time.midnight) {
    const min = time.min ?? 0;
    return { ok: false, reason: "midnight", zone, midnight: { before: zonedInstant(target, 0, min, zone)!, after: zonedInstant(addDays(target, 1), 0, min, zone)! } };
  }
  const instant = at(target)!;
  if (instant.getTime() <= now.getTime()) return { ok: false, reason: "past" };
  // a year typo ("2126") would otherwise be announced; nothing is planned that far ahead
  if (instant.getTime() > now.getTime() + MAX_AHEAD_DAYS * 24 * 3600_000) return { ok: false, reason: "too_far", date: instant, zone };
  return { ok: true, date: instant, zone, ...(end ? { end } : {}) };
}

/** "Selasa, 1 Desember 2026 09.00 WITA" (Indonesian) or "Tuesday, 1 December 2026 09:00 WITA". */
export function formatEventDate(instant: Date, zone: TimeZoneName, language: Language = "id"): string {
  const p = localParts(instant, zone);
  const hh = String(p.h).padStart(2, "0");
  const mm = String(p.min).padStart(2, "0");
  const sep = language === "id" ? "." : ":";
  return `${DAY_NAMES[language][p.weekday]}, ${p.d} ${MONTH_NAMES[language][p.m - 1]} ${p.y} ${hh}${sep}${mm} ${zone}`;
}

/** Whether the value is one of the three zone names. */
export function isZoneName(value: string): value is TimeZoneName {
  return value === "WIB" || value === "WITA" || value === "WIT";
}

export function weekdayName(weekday: number, language: Language = "id"): string {
  return DAY_NAMES[language][weekday] ?? "";
}

/** "29/11 00.00": the shortest text the parser reads as this instant (in `zone`). */
export function formatShortDate(instant: Date, zone: TimeZoneName): string {
  const p = localParts(instant, zone);
  return `${p.d}/${p.m} ${String(p.h).padStart(2, "0")}.${String(p.min).padStart(2, "0")}`;
}

/** "26 Desember 2026 10:00": a full date a month from `now` for the prompts' examples, so an example is never in the past. */
export function dateExample(now: Date, zone: TimeZoneName, language: Language = "id"): string {
  const p = localParts(new Date(now.getTime() + 30 * 24 * 3600_000), zone);
  return `${p.d} ${MONTH_NAMES[language][p.m - 1]} ${p.y} 10:00`;
}

/** "Sabtu, 28 November 2026": the calendar day of `instant` in `zone`. */
export function formatDay(instant: Date, zone: TimeZoneName, language: Language = "id"): string {
  const p = localParts(instant, zone);
  return `${DAY_NAMES[language][p.weekday]}, ${p.d} ${MONTH_NAMES[language][p.m - 1]} ${p.y}`;
}

/** The hour a part of the day suggests when no hour was typed ("besok sore" → 15.00). */
const PART_HOUR: Record<string, number> = { pagi: 9, siang: 13, sore: 15, malam: 19 };

/**
 * For a date typed without its hour ("besok sore", "Senin pagi", "lusa 9"), the same day with
 * an hour, to suggest back: { day: "besok", clock: "15.00", hour: "jam 3 sore" }. The day is
 * echoed as typed, so copying the suggestion never moves the event to another day.
 */
export function noTimeSuggestion(input: string): { day: string; clock: string; hour: string } {
  let text = input.normalize("NFKC").toLowerCase().replace(/[,]/g, " ").replace(/\s+/g, " ").trim();
  const part = new RegExp(`\\b(${PART_OF_DAY})\\b`).exec(text)?.[1];
  const bare = /(?:\b(?:jam|pukul|pkl\.?)\s*)?(?<![/.:\d-])\b(\d{1,2})\s*$/.exec(text.replace(new RegExp(`\\b(${PART_OF_DAY})\\b`, "g"), " ").trim());
  let h = part ? PART_HOUR[part]! : 9;
  if (bare && !/(?:hari|tgl|tanggal|tg)\s*$/.test(text.slice(0, text.lastIndexOf(bare[1]!)).trim())) {
    const n = Number(bare[1]);
    if (n >= 1 && n <= 23) h = part === "sore" || part === "malam" || (part === "siang" && n < 11) ? (n < 12 ? n + 12 : n) : n;
    text = text.replace(new RegExp(`(?:\\b(?:jam|pukul|pkl\\.?)\\s*)?(?<![/.:\\d-])\\b${bare[1]}\\s*(?=(?:\\s+(?:${PART_OF_DAY}))?\\s*$)`), " ");
  }
  const day = text.replace(new RegExp(`\\b(${PART_OF_DAY})\\b`, "g"), " ").replace(/\b(jam|pukul|pkl\.?)\s*$/, " ").replace(/\s+/g, " ").trim() || "besok";
  const clock = `${String(h).padStart(2, "0")}.00`;
  const spoken = h === 0 ? "jam 12 malam" : h < 11 ? `jam ${h} pagi` : h < 15 ? `jam ${h > 12 ? h - 12 : h} siang` : h < 18 ? `jam ${h - 12} sore` : `jam ${h - 12} malam`;
  return { day, clock, hour: spoken };
}
