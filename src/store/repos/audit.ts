/** Audit log: who did what. `details` must never hold personal data (no chat ids, names, phones, texts). */
import type { Kysely } from "kysely";
import { nowIso, type AuditEntry, type Database } from "../schema";

/** A Telegram user id, or "anonymous" / "system". */
export type AuditActor = number | "anonymous" | "system";

export async function logAudit(
  db: Kysely<Database>,
  actor: AuditActor,
  action: string,
  details: Record<string, unknown> = {},
): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({ actor: String(actor), action, details: JSON.stringify(details), created_at: nowIso() })
    .execute();
}

/** Same as logAudit, for `import * as audit from ".../repos/audit"; audit.log(...)`. */
export const log = logAudit;

export interface AuditQuery {
  action?: string;
  actor?: AuditActor;
  limit?: number;
}

/** Newest first. */
export async function listAudit(db: Kysely<Database>, query: AuditQuery = {}): Promise<AuditEntry[]> {
  let q = db.selectFrom("audit_log").selectAll();
  if (query.action !== undefined) q = q.where("action", "=", query.action);
  if (query.actor !== undefined) q = q.where("actor", "=", String(query.actor));
  return q.orderBy("id", "desc").limit(query.limit ?? 100).execute();
}

/**
 * Whether an audit entry's details name `chatId`: people appear in details only in recipient
 * lists (lead_sent's and lead_reminded's `to`); single fields hold counts and row ids, which a
 * small chat id could equal, so they are not read as people.
 */
function detailsName(details: Record<string, unknown> | undefined, chatId: number): boolean {
  return Object.values(details ?? {}).some((v) => Array.isArray(v) && v.some((x) => Number(x) === chatId));
}

function parseDetails(text: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Entries whose details name the user (recipient lists such as lead_sent's and lead_reminded's
 * `to`), whoever the actor: part of what /dataku shows. A coarse LIKE first, then the parsed
 * details decide, so an id that is only part of a longer number does not count.
 */
export async function auditEntriesNaming(db: Kysely<Database>, chatId: number): Promise<AuditEntry[]> {
  const rows = await db.selectFrom("audit_log").selectAll().where("details", "like", `%${chatId}%`).orderBy("id").execute();
  return rows.filter((r) => detailsName(parseDetails(r.details), Number(chatId)));
}

/**
 * Takes `chatId` out of every audit entry's details (/hapusdata): the id goes from recipient
 * lists, and the entry counts it in `erased_recipients` instead (so "sent to 2 officers" stays
 * true without naming the one who left). Returns the ids of the entries changed.
 */
export async function eraseFromAuditDetails(db: Kysely<Database>, chatId: number): Promise<number[]> {
  const changed: number[] = [];
  for (const row of await auditEntriesNaming(db, chatId)) {
    const details = parseDetails(row.details)!;
    let erased = 0;
    const next: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(details)) {
      if (Array.isArray(value)) {
        const kept = value.filter((x) => Number(x) !== Number(chatId));
        erased += value.length - kept.length;
        next[key] = kept;
      } else {
        next[key] = value;
      }
    }
    if (erased > 0) next.erased_recipients = Number(details.erased_recipients ?? 0) + erased;
    await db.updateTable("audit_log").set({ details: JSON.stringify(next) }).where("id", "=", row.id).execute();
    changed.push(row.id);
  }
  return changed;
}
