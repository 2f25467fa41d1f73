/** Enrollment leads: "I want to join" requests that an officer follows up. */
import type { ExpressionBuilder, Kysely, SelectQueryBuilder } from "kysely";
import { nowIso, type ChatId, type Database, type Flag, type Lead, type LeadStatus } from "../schema";
import { inTransaction, nextCounter } from "./counters";

export interface LeadInput {
  chat_id: ChatId;
  worker_kind: string;
  occupation?: string | null;
  province_code?: string | null;
  regency_code?: string | null;
  district_code?: string | null;
  region_label?: string | null;
  /** Comma list, e.g. "JKK,JKM". */
  programs?: string;
  phone?: string | null;
  contact_via_telegram?: Flag;
}

export type LeadPatch = Partial<Omit<LeadInput, "chat_id">> & { status?: LeadStatus };

export const OPEN_LEAD_STATUSES: readonly LeadStatus[] = ["new", "contacted"];

/** Deletes the leads created before `cutoff`, whatever their status; returns how many went. */
export async function deleteLeadsCreatedBefore(db: Kysely<Database>, cutoff: Date): Promise<number> {
  const result = await db.deleteFrom("leads").where("created_at", "<", cutoff.toISOString()).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Leads still "new" that were created before `cutoff` and not reminded about since then:
 * nobody has called them in time. Oldest first.
 */
export async function overdueNewLeads(db: Kysely<Database>, cutoff: Date): Promise<Lead[]> {
  return db
    .selectFrom("leads")
    .selectAll()
    .where("created_at", "<", cutoff.toISOString())
    .where(newAndNotRemindedSince(cutoff))
    .orderBy("id")
    .execute();
}

/**
 * Records a reminder for an overdue lead unless one was recorded since `cutoff`. True when
 * this call recorded it: with several instances on one database only one of them reminds.
 */
export async function claimLeadReminder(db: Kysely<Database>, id: number, cutoff: Date, now: Date): Promise<boolean> {
  const result = await db
    .updateTable("leads")
    .set({ reminded_at: now.toISOString() })
    .where("id", "=", id)
    .where(newAndNotRemindedSince(cutoff))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A lead still "new" whose officers were not reminded since `cutoff`: what is listed and what is claimed agree. */
function newAndNotRemindedSince(cutoff: Date) {
  const at = cutoff.toISOString();
  return (eb: ExpressionBuilder<Database, "leads">) =>
    eb.and([eb("status", "=", "new"), eb.or([eb("reminded_at", "is", null), eb("reminded_at", "<", at)])]);
}

/** Reference year in Indonesia's western time (UTC+7), so a lead made on 1 January 00:30 WIB gets the new year. */
export function referenceYear(now: Date = new Date()): number {
  return new Date(now.getTime() + 7 * 3600_000).getUTCFullYear();
}

/** TJ-2026-000123 (more digits once a year passes 999999). */
export function formatLeadReference(year: number, n: number): string {
  return `TJ-${year}-${String(n).padStart(6, "0")}`;
}

/**
 * Creates a lead with the next reference number of the year. The number is allocated in
 * the same transaction as the insert, so numbers are unique, sequential and without gaps,
 * also with several instances on one PostgreSQL database.
 */
export async function createLead(db: Kysely<Database>, input: LeadInput, now: Date = new Date()): Promise<Lead> {
  const year = referenceYear(now);
  const at = now.toISOString();
  return inTransaction(db, async (trx) => {
    const n = await nextCounter(trx, `lead:${year}`);
    return trx
      .insertInto("leads")
      .values({
        reference: formatLeadReference(year, n),
        chat_id: input.chat_id,
        status: "new",
        worker_kind: input.worker_kind,
        occupation: input.occupation ?? null,
        province_code: input.province_code ?? null,
        regency_code: input.regency_code ?? null,
        district_code: input.district_code ?? null,
        region_label: input.region_label ?? null,
        programs: input.programs ?? "",
        phone: input.phone ?? null,
        contact_via_telegram: input.contact_via_telegram ?? 1,
        created_at: at,
        updated_at: at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  });
}

/** Updates fields of a lead; returns the updated lead, or undefined when there is none with that id. */
export async function updateLead(db: Kysely<Database>, id: number, patch: LeadPatch): Promise<Lead | undefined> {
  return db
    .updateTable("leads")
    .set({ ...patch, updated_at: nowIso() })
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirst();
}

export async function setLeadStatus(db: Kysely<Database>, id: number, status: LeadStatus): Promise<Lead | undefined> {
  return updateLead(db, id, { status });
}

/**
 * Changes the status only from the one the caller read: two officers pressing at once cannot
 * both "win" (the second gets undefined and re-reads). Undefined also when the lead is gone.
 */
export async function changeLeadStatus(db: Kysely<Database>, id: number, from: LeadStatus, to: LeadStatus): Promise<Lead | undefined> {
  return db
    .updateTable("leads")
    .set({ status: to, updated_at: nowIso() })
    .where("id", "=", id)
    .where("status", "=", from)
    .returningAll()
    .executeTakeFirst();
}

export async function getLead(db: Kysely<Database>, id: number): Promise<Lead | undefined> {
  return db.selectFrom("leads").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function getLeadByReference(db: Kysely<Database>, reference: string): Promise<Lead | undefined> {
  return db.selectFrom("leads").selectAll().where("reference", "=", reference.trim().toUpperCase()).executeTakeFirst();
}

/** The newest lead of this chat that is still being followed up (status new or contacted). */
export async function getOpenLeadForChat(db: Kysely<Database>, chatId: ChatId): Promise<Lead | undefined> {
  return db
    .selectFrom("leads")
    .selectAll()
    .where("chat_id", "=", chatId)
    .where("status", "in", OPEN_LEAD_STATUSES)
    .orderBy("id", "desc")
    .executeTakeFirst();
}

export interface LeadFilter {
  status?: LeadStatus | readonly LeadStatus[];
  /** One province, or several (an officer's provinces). */
  provinceCode?: string | readonly string[];
  /** created_at >= since (ISO). */
  since?: string;
  /** Only leads older than this one (id < beforeId): the next page of a newest-first walk. */
  beforeId?: number;
  limit?: number;
  offset?: number;
}

/** The filter's conditions on a leads query; undefined when nothing can match (an empty list). */
function filtered<Q extends SelectQueryBuilder<Database, "leads", object>>(q: Q, filter: LeadFilter): Q | undefined {
  let out = q;
  if (filter.status !== undefined) {
    const statuses = typeof filter.status === "string" ? [filter.status] : filter.status;
    if (statuses.length === 0) return undefined;
    out = out.where("status", "in", statuses) as Q;
  }
  if (filter.provinceCode !== undefined) {
    const codes = typeof filter.provinceCode === "string" ? [filter.provinceCode] : filter.provinceCode;
    if (codes.length === 0) return undefined;
    out = out.where("province_code", "in", codes) as Q;
  }
  if (filter.since !== undefined) out = out.where("created_at", ">=", filter.since) as Q;
  if (filter.beforeId !== undefined) out = out.where("id", "<", filter.beforeId) as Q;
  return out;
}

/** Newest first, at most `limit` (default 1000): a page. allLeads reads every one. */
export async function listLeads(db: Kysely<Database>, filter: LeadFilter = {}): Promise<Lead[]> {
  const q = filtered(db.selectFrom("leads").selectAll(), filter);
  if (!q) return [];
  return q
    .orderBy("id", "desc")
    .limit(filter.limit ?? 1000)
    .offset(filter.offset ?? 0)
    .execute();
}

/** How many leads the filter matches (limit and offset aside): the true total an officer is told. */
export async function countLeads(db: Kysely<Database>, filter: LeadFilter = {}): Promise<number> {
  const q = filtered(db.selectFrom("leads").select((eb) => eb.fn.countAll<number>().as("n")), { ...filter, limit: undefined, offset: undefined });
  if (!q) return 0;
  return Number((await q.executeTakeFirst())?.n ?? 0);
}

/** Leads read per query by allLeads. */
const LEADS_PAGE = 1000;

/**
 * Every lead the filter matches, newest first, read a page at a time by id (a lead given
 * meanwhile does not shift the pages): what /prospek_csv exports, however many there are.
 */
export async function allLeads(db: Kysely<Database>, filter: Omit<LeadFilter, "limit" | "offset" | "beforeId"> = {}): Promise<Lead[]> {
  const out: Lead[] = [];
  for (;;) {
    const page = await listLeads(db, { ...filter, limit: LEADS_PAGE, ...(out.length ? { beforeId: out[out.length - 1]!.id } : {}) });
    out.push(...page);
    if (page.length < LEADS_PAGE) return out;
  }
}
