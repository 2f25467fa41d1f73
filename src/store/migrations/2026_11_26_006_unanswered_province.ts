/**
 * Unanswered questions carry the asker's province, taken from what they already told the
 * bot (their subscription or enrollment lead), so /pertanyaan shows a province officer only
 * their province's citizens' questions. Null when the province is not known: such questions
 * are seen only by all-province officers. Existing rows stay null.
 */
import type { Migration } from "kysely";
import type { MigrationDb } from "./helpers";

export const unansweredProvince: Migration = {
  async up(db: MigrationDb) {
    await db.schema.alterTable("unanswered_questions").addColumn("province_code", "text").execute();
  },
  async down(db: MigrationDb) {
    await db.schema.alterTable("unanswered_questions").dropColumn("province_code").execute();
  },
};
