/**
 * When a new lead is overdue for a call. Officers are asked to call within
 * LEAD_FOLLOW_UP_WORKING_DAYS working days (the user is told three, leaving a day's
 * margin); a lead still "new" after that is put in front of them again, and again
 * after as many working days more, until someone sets its status.
 *
 * Working days are Monday to Friday on the WIB calendar; national holidays are not
 * known here, so a reminder may fall on one.
 */
import { asWib } from "../officers/dates";

export const LEAD_FOLLOW_UP_WORKING_DAYS = 2;

const DAY_MS = 86_400_000;

/** Monday to Friday in WIB. */
export function isWorkingDay(at: Date): boolean {
  const weekday = asWib(at).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The moment `n` working days before `at`: whole days back, days landing on a weekend not counted. */
export function workingDaysBefore(at: Date, n: number): Date {
  let t = at.getTime();
  for (let counted = 0; counted < n; ) {
    t -= DAY_MS;
    if (isWorkingDay(new Date(t))) counted++;
  }
  return new Date(t);
}

/** Leads created (or last reminded) before this moment are overdue at `now`. */
export function followUpCutoff(now: Date): Date {
  return workingDaysBefore(now, LEAD_FOLLOW_UP_WORKING_DAYS);
}
