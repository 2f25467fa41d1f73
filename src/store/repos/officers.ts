/** Officer rights: owners (OWNER_IDS) grant and revoke them, scoped to a province or to all. */
import type { Kysely } from "kysely";
import { nowIso, type ChatId, type Database } from "../schema";

export interface Officer {
  userId: ChatId;
  /** null = every province. */
  provinceCode: string | null;
}

export async function grantOfficer(db: Kysely<Database>, userId: ChatId, provinceCode: string | null, grantedBy: ChatId): Promise<void> {
  await db
    .insertInto("officers")
    .values({ user_id: userId, province_code: provinceCode, granted_by: grantedBy, granted_at: nowIso() })
    .onConflict((oc) => oc.column("user_id").doUpdateSet({ province_code: provinceCode, granted_by: grantedBy, granted_at: nowIso() }))
    .execute();
}

/** Returns true when a right was removed. */
export async function revokeOfficer(db: Kysely<Database>, userId: ChatId): Promise<boolean> {
  const result = await db.deleteFrom("officers").where("user_id", "=", userId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function getOfficer(db: Kysely<Database>, userId: ChatId): Promise<Officer | undefined> {
  const row = await db.selectFrom("officers").select(["user_id", "province_code"]).where("user_id", "=", userId).executeTakeFirst();
  return row && { userId: row.user_id, provinceCode: row.province_code };
}

/** Officers responsible for a province: those scoped to it and those scoped to all. */
export async function officersForProvince(db: Kysely<Database>, provinceCode: string | null): Promise<Officer[]> {
  let q = db.selectFrom("officers").select(["user_id", "province_code"]);
  q = provinceCode ? q.where((eb) => eb.or([eb("province_code", "=", provinceCode), eb("province_code", "is", null)])) : q;
  const rows = await q.orderBy("user_id").execute();
  return rows.map((r) => ({ userId: r.user_id, provinceCode: r.province_code }));
}

/**
 * Who receives a province's leads and questions: the officers covering it, or the owners
 * when none does. `toOwners` says which, so nobody is told a province officer has it.
 */
export async function responsibleFor(
  db: Kysely<Database>,
  provinceCode: string | null,
  ownerIds: readonly number[] = [],
): Promise<{ recipients: number[]; toOwners: boolean }> {
  const officers = (await officersForProvince(db, provinceCode)).map((o) => o.userId);
  return officers.length > 0 ? { recipients: officers, toOwners: false } : { recipients: [...ownerIds], toOwners: true };
}

export async function listOfficers(db: Kysely<Database>): Promise<Officer[]> {
  return officersForProvince(db, null);
}
