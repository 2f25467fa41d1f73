/**
 * Unanswered questions no longer carry anybody's words in their group key, nor a province given
 * for another purpose:
 * - `group_key` was the signature (the meaningful words) of the group's first question, stored in
 *   every later asker's row: the first asker's name or village reached the others' /dataku copy and
 *   outlived the first asker's /hapusdata. Each group gets an opaque random key instead (the
 *   grouping now compares with the words of the group's oldest question still stored).
 * - `province_code` was copied from the asker's subscription or enrollment lead, whose consent
 *   names another purpose (event news, being contacted about joining): the copies are cleared. A
 *   province is now stored only when given for the question.
 * Not reversible: the old keys and copies are what had to go.
 */
import { randomBytes } from "node:crypto";
import type { Migration } from "kysely";
import type { MigrationDb } from "./helpers";

export const unansweredOpaqueGroups: Migration = {
  async up(db: MigrationDb) {
    const keys = await db.selectFrom("unanswered_questions").select("group_key").distinct().execute();
    for (const { group_key: old } of keys as { group_key: string }[]) {
      await db.updateTable("unanswered_questions").set({ group_key: `g${randomBytes(6).toString("hex")}` }).where("group_key", "=", old).execute();
    }
    await db.updateTable("unanswered_questions").set({ province_code: null }).where("province_code", "is not", null).execute();
  },
  async down() {
    // nothing to restore: the words and copies were removed on purpose
  },
};
