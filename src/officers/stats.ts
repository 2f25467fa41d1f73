/** Figures for /statistik. Counts only; no personal data. */
import type { Kysely } from "kysely";
import type { Database, LeadStatus } from "../store/schema";
import { eventSubscriberCounts } from "./subscriptions";

export interface Stats {
  users: number;
  /** Who an event announcement reaches, per province. */
  subscribers: { provinceCode: string; n: number }[];
  leads: Partial<Record<LeadStatus, number>>;
  unansweredThisWeek: number;
  unhandledThisWeek: number;
}

export async function collectStats(db: Kysely<Database>, now: Date, provinceCode?: string): Promise<Stats> {
  const since = new Date(now.getTime() - 7 * 24 * 3600_000).toISOString();
  const users = await db.selectFrom("users").select(db.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  let leads = db.selectFrom("leads").select(["status", db.fn.countAll<number>().as("n")]);
  if (provinceCode) leads = leads.where("province_code", "=", provinceCode);
  const leadRows = await leads.groupBy("status").execute();
  // a province officer counts the questions of askers known to be from the province, as /pertanyaan lists them
  let recent = db.selectFrom("unanswered_questions").where("created_at", ">=", since);
  if (provinceCode) recent = recent.where("province_code", "=", provinceCode);
  const unanswered = await recent.select(db.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  const unhandled = await recent.select(db.fn.countAll<number>().as("n")).where("handled", "=", 0).executeTakeFirstOrThrow();
  return {
    users: Number(users.n),
    subscribers: await eventSubscriberCounts(db, provinceCode),
    leads: Object.fromEntries(leadRows.map((r) => [r.status, Number(r.n)])),
    unansweredThisWeek: Number(unanswered.n),
    unhandledThisWeek: Number(unhandled.n),
  };
}
