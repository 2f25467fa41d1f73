/**
 * Officers are reminded of a new lead nobody has called within two working days;
 * `reminded_at` records the last reminder so the next comes two working days later,
 * not on every timer tick.
 */
import type { Migration } from "kysely";
import type { MigrationDb } from "./helpers";

export const leadReminders: Migration = {
  async up(db: MigrationDb) {
    await db.schema.alterTable("leads").addColumn("reminded_at", "text").execute();
  },
  async down(db: MigrationDb) {
    await db.schema.alterTable("leads").dropColumn("reminded_at").execute();
  },
};
