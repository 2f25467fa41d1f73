/**
 * A recipient who deletes their data (/hapusdata) takes their delivery rows with them, and a
 * finished broadcast's counts must not shrink because of it: the broadcast keeps how many of
 * its deliveries were sent, failed or blocked before their rows were erased, without saying to whom.
 */
import type { Migration } from "kysely";
import type { MigrationDb } from "./helpers";

const COLUMNS = ["erased_sent", "erased_failed", "erased_blocked"] as const;

export const erasedDeliveryCounts: Migration = {
  async up(db: MigrationDb) {
    for (const column of COLUMNS) {
      await db.schema.alterTable("broadcasts").addColumn(column, "integer", (c) => c.notNull().defaultTo(0)).execute();
    }
  },
  async down(db: MigrationDb) {
    for (const column of COLUMNS) await db.schema.alterTable("broadcasts").dropColumn(column).execute();
  },
};
