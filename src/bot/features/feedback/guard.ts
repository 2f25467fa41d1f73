/** The officer check for /pertanyaan and its buttons: the one guard of src/bot/officer-guard.ts. */
import type { Kysely } from "kysely";
import type { BotContext } from "../../context";
import type { Database } from "../../../store/schema";
import type { OfficerRole } from "../../../officers/roles";
import { requireOfficer } from "../../officer-guard";

/** The caller's role; otherwise refuses ("Perintah ini khusus petugas."), audits, and returns undefined. */
export function officerOnly(
  ctx: BotContext,
  db: Kysely<Database>,
  ownerIds: readonly number[],
  action: string,
  options: { privateOnly?: boolean } = { privateOnly: true },
): Promise<OfficerRole | undefined> {
  return requireOfficer(ctx, { db, ownerIds }, action, options);
}
