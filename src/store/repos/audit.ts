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
