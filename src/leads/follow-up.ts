/**
 * When a new lead is overdue for a call. Officers are asked to call within
 * LEAD_FOLLOW_UP_WORKING_DAYS working days (the user is told three, leaving a day's
 * margin); a lead still "new" after that is put in front of them again, and again
 * after as many working days more, until someone sets its status.
 *
 * Working days are Monday to Friday on the calendar of the lead's province (WIB when
 * it has none); national holidays are not known here, so a reminder may fall on one.
 * Reminders are sent only in office hours there (08.00–17.00): one due at night waits
 * for the morning, so an officer's phone does not ring at 02.00.
 */
import type { TimeZoneName } from "../regions";
import { ZONE_OFFSET_HOURS } from "../officers/dates";

export const LEAD_FOLLOW_UP_WORKING_DAYS = 2;
/** Office hours for reminders, local wall-clock hours [start, end). */
export const OFFICE_HOURS = { start: 8, end: 17 } as const;

const DAY_MS = 86_400_000;

/** `at` shifted so its UTC fields read as wall-clock time in `zone`. */
function asZone(at: Date, zone: TimeZoneName): Date {
  return new Date(at.getTime() + ZONE_OFFSET_HOURS[zone] * 3_600_000);
}

/** Monday to Friday in `zone`. */
export function isWorkingDay(at: Date, zone: TimeZoneName = "WIB"): boolean {
  const weekday = asZone(at, zone).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** A working day, 08.00 to before 17.00, in `zone`. */
export function isOfficeHours(at: Date, zone: TimeZoneName = "WIB"): boolean {
  const hour = asZone(at, zone).getUTCHours();
  return isWorkingDay(at, zone) && hour >= OFFICE_HOURS.start && hour < OFFICE_HOURS.end;
}

/** The moment `n` working days before `at`: whole days back, days landing on a weekend (in `zone`) not counted. */
export function workingDaysBefore(at: Date, n: number, zone: TimeZoneName = "WIB"): Date {
  let t = at.getTime();
  for (let counted = 0; counted < n; ) {
    t -= DAY_MS;
    if (isWorkingDay(new Date(t), zone)) counted++;
  }
  return new Date(t);
}

/** Leads created (or last reminded) before this moment are overdue at `now`. */
export function followUpCutoff(now: Date, zone: TimeZoneName = "WIB"): Date {
  return workingDaysBefore(now, LEAD_FOLLOW_UP_WORKING_DAYS, zone);
}
