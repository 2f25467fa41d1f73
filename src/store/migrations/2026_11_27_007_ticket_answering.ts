/**
 * Tickets carry `answering_at`: the moment an officer's answer was claimed for sending. The
 * ticket stays `open` until the asker has the answer (then `answered`), so a crash between the
 * claim and the send leaves it open and answerable again once the claim is older than the
 * lease (see tickets/store.ts claimAnswer). Existing rows stay null.
 */
import type { Migration } from "kysely";
import type { MigrationDb } from "./helpers";

export const ticketAnswering: Migration = {
  async up(db: MigrationDb) {
    await db.schema.alterTable("tickets").addColumn("answering_at", "text").execute();
  },
  async down(db: MigrationDb) {
    await db.schema.alterTable("tickets").dropColumn("answering_at").execute();
  },
};
