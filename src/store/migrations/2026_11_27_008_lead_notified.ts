/**
 * Leads carry `notified_at`: when the province's officers (or the owners) were told of the new
 * lead. Null until a notice reached someone, so the minute timer tells them of a lead whose
 * notice failed or was cut off by a crash (see officers/leads.ts sendUnnotifiedLeads). Leads
 * from before are taken as notified when they were given.
 */
import { sql, type Migration } from "kysely";
import type { MigrationDb } from "./helpers";

export const leadNotified: Migration = {
  async up(db: MigrationDb) {
    await db.schema.alterTable("leads").addColumn("notified_at", "text").execute();
    await sql`update leads set notified_at = created_at`.execute(db);
  },
  async down(db: MigrationDb) {
    await db.schema.alterTable("leads").dropColumn("notified_at").execute();
  },
};
