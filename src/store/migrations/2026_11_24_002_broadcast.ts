/**
 * Broadcast engine support.
 *
 * - deliveries_claim_idx (status, id): the worker claims `status = 'pending' order by id limit n`
 *   and recovers `status = 'sending'` rows whose lease expired; this index serves both without
 *   sorting every pending row of a 10,000-recipient broadcast on each claim.
 *
 * The shared send-rate state (next free send slot, queue pause after a 429) lives in two rows
 * of the existing `counters` table ("broadcast:next_slot_ms", "broadcast:paused_until_ms"),
 * created on first use, so no new table holds (or has to be covered by the privacy export).
 */
import type { Migration } from "kysely";
import type { MigrationDb } from "./helpers";

export const broadcast: Migration = {
  async up(db: MigrationDb) {
    await db.schema.createIndex("deliveries_claim_idx").on("deliveries").columns(["status", "id"]).execute();
  },
  async down(db: MigrationDb) {
    await db.schema.dropIndex("deliveries_claim_idx").ifExists().execute();
  },
};
