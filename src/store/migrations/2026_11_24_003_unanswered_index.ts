/**
 * Every declined question looks up the open groups of the last days to join
 * one; this index keeps that lookup from scanning the whole table as it grows.
 */
import type { Migration } from "kysely";
import type { MigrationDb } from "./helpers";

export const unansweredIndex: Migration = {
  async up(db: MigrationDb) {
    await db.schema.createIndex("unanswered_open_recent_idx").on("unanswered_questions").columns(["handled", "created_at"]).execute();
  },
  async down(db: MigrationDb) {
    await db.schema.dropIndex("unanswered_open_recent_idx").ifExists().execute();
  },
};
