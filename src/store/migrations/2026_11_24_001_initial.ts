/** Initial schema: every table of TanyaJamsos. */
import type { Migration } from "kysely";
import { sql } from "kysely";
import { type MigrationDb, withId } from "./helpers";

const TABLES = [
  "deliveries",
  "broadcasts",
  "event_attendees",
  "events",
  "users",
  "consents",
  "subscriptions",
  "leads",
  "officers",
  "unanswered_questions",
  "feedback",
  "tickets",
  "audit_log",
  "sessions",
  "counters",
] as const;

export const initial: Migration = {
  async up(db: MigrationDb) {
    await db.schema
      .createTable("users")
      .addColumn("chat_id", "bigint", (c) => c.primaryKey())
      .addColumn("user_ref", "text", (c) => c.notNull().unique())
      .addColumn("language", "text")
      .addColumn("first_seen", "text", (c) => c.notNull())
      .addColumn("last_seen", "text", (c) => c.notNull())
      .addColumn("blocked", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("notify_opt_in", "integer", (c) => c.notNull().defaultTo(0))
      .execute();

    await withId(db, db.schema.createTable("consents"))
      .addColumn("chat_id", "bigint", (c) => c.notNull())
      .addColumn("purpose", "text", (c) => c.notNull().check(sql`purpose in ('enrollment', 'subscription', 'notify')`))
      .addColumn("text_version", "text", (c) => c.notNull())
      .addColumn("granted_at", "text", (c) => c.notNull())
      .addColumn("withdrawn_at", "text")
      .execute();
    await db.schema.createIndex("consents_chat_purpose_idx").on("consents").columns(["chat_id", "purpose"]).execute();

    await db.schema
      .createTable("subscriptions")
      .addColumn("chat_id", "bigint", (c) => c.primaryKey())
      .addColumn("province_code", "text", (c) => c.notNull())
      .addColumn("regency_code", "text")
      .addColumn("topics", "text", (c) => c.notNull().defaultTo("events"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("subscriptions_region_idx")
      .on("subscriptions")
      .columns(["province_code", "regency_code"])
      .execute();

    await withId(db, db.schema.createTable("leads"))
      .addColumn("reference", "text", (c) => c.notNull().unique())
      .addColumn("chat_id", "bigint", (c) => c.notNull())
      .addColumn("status", "text", (c) =>
        c.notNull().defaultTo("new").check(sql`status in ('new', 'contacted', 'registered', 'not_interested')`),
      )
      .addColumn("worker_kind", "text", (c) => c.notNull())
      .addColumn("occupation", "text")
      .addColumn("province_code", "text")
      .addColumn("regency_code", "text")
      .addColumn("district_code", "text")
      .addColumn("region_label", "text")
      .addColumn("programs", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("phone", "text")
      .addColumn("contact_via_telegram", "integer", (c) => c.notNull().defaultTo(1))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("leads_chat_idx").on("leads").column("chat_id").execute();
    await db.schema.createIndex("leads_status_province_idx").on("leads").columns(["status", "province_code"]).execute();
    await db.schema.createIndex("leads_created_idx").on("leads").column("created_at").execute();

    await db.schema
      .createTable("officers")
      .addColumn("user_id", "bigint", (c) => c.primaryKey())
      .addColumn("province_code", "text")
      .addColumn("granted_by", "bigint")
      .addColumn("granted_at", "text", (c) => c.notNull())
      .execute();

    await withId(db, db.schema.createTable("events"))
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("starts_at", "text", (c) => c.notNull())
      .addColumn("timezone", "text", (c) => c.notNull().defaultTo("Asia/Jakarta"))
      .addColumn("place", "text", (c) => c.notNull())
      .addColumn("province_codes", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("regency_codes", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("photo_file_id", "text")
      .addColumn("created_by", "bigint")
      .addColumn("status", "text", (c) => c.notNull().defaultTo("draft").check(sql`status in ('draft', 'scheduled', 'sent')`))
      .addColumn("send_at", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("events_status_send_idx").on("events").columns(["status", "send_at"]).execute();
    await db.schema.createIndex("events_starts_idx").on("events").column("starts_at").execute();

    await db.schema
      .createTable("event_attendees")
      .addColumn("event_id", "integer", (c) => c.notNull().references("events.id").onDelete("cascade"))
      .addColumn("chat_id", "bigint", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("reminded", "integer", (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint("event_attendees_pk", ["event_id", "chat_id"])
      .execute();
    await db.schema.createIndex("event_attendees_chat_idx").on("event_attendees").column("chat_id").execute();

    await withId(db, db.schema.createTable("broadcasts"))
      .addColumn("created_by", "bigint")
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("payload", "text", (c) => c.notNull().defaultTo("{}"))
      .addColumn("status", "text", (c) =>
        c.notNull().defaultTo("queued").check(sql`status in ('queued', 'running', 'done', 'cancelled')`),
      )
      .addColumn("status_chat_id", "bigint")
      .addColumn("status_message_id", "bigint")
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("finished_at", "text")
      .execute();
    await db.schema.createIndex("broadcasts_status_idx").on("broadcasts").column("status").execute();

    await withId(db, db.schema.createTable("deliveries"))
      .addColumn("broadcast_id", "integer", (c) => c.notNull().references("broadcasts.id").onDelete("cascade"))
      .addColumn("chat_id", "bigint", (c) => c.notNull())
      .addColumn("status", "text", (c) =>
        c.notNull().defaultTo("pending").check(sql`status in ('pending', 'sending', 'sent', 'failed', 'blocked')`),
      )
      .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("next_attempt_at", "text")
      .addColumn("claimed_by", "text")
      .addColumn("claimed_at", "text")
      .addColumn("message_id", "bigint")
      .addColumn("error", "text")
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addUniqueConstraint("deliveries_broadcast_chat_uq", ["broadcast_id", "chat_id"])
      .execute();
    await db.schema.createIndex("deliveries_broadcast_status_idx").on("deliveries").columns(["broadcast_id", "status"]).execute();
    await db.schema.createIndex("deliveries_status_next_idx").on("deliveries").columns(["status", "next_attempt_at"]).execute();
    await db.schema.createIndex("deliveries_chat_idx").on("deliveries").column("chat_id").execute();

    await withId(db, db.schema.createTable("unanswered_questions"))
      .addColumn("user_ref", "text", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("language", "text", (c) => c.notNull())
      .addColumn("reason", "text", (c) => c.notNull().check(sql`reason in ('declined', 'downvoted')`))
      .addColumn("entry_id", "text")
      .addColumn("group_key", "text", (c) => c.notNull())
      .addColumn("handled", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("linked_entry_id", "text")
      .addColumn("notify_chat_id", "bigint")
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("unanswered_handled_group_idx")
      .on("unanswered_questions")
      .columns(["handled", "group_key"])
      .execute();
    await db.schema.createIndex("unanswered_user_idx").on("unanswered_questions").column("user_ref").execute();
    await db.schema.createIndex("unanswered_notify_idx").on("unanswered_questions").column("notify_chat_id").execute();

    await withId(db, db.schema.createTable("feedback"))
      .addColumn("entry_id", "text", (c) => c.notNull())
      .addColumn("user_ref", "text", (c) => c.notNull())
      .addColumn("helpful", "integer", (c) => c.notNull())
      .addColumn("comment", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("feedback_entry_idx").on("feedback").column("entry_id").execute();
    await db.schema.createIndex("feedback_user_idx").on("feedback").column("user_ref").execute();

    await withId(db, db.schema.createTable("tickets"))
      .addColumn("reference", "text", (c) => c.notNull().unique())
      .addColumn("chat_id", "bigint", (c) => c.notNull())
      .addColumn("province_code", "text")
      .addColumn("question", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull().defaultTo("open").check(sql`status in ('open', 'answered', 'closed')`))
      .addColumn("officer_chat_id", "bigint")
      .addColumn("officer_message_id", "bigint")
      .addColumn("answer", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("answered_at", "text")
      .addColumn("reraised_at", "text")
      .execute();
    await db.schema.createIndex("tickets_chat_idx").on("tickets").column("chat_id").execute();
    await db.schema.createIndex("tickets_status_province_idx").on("tickets").columns(["status", "province_code"]).execute();
    await db.schema
      .createIndex("tickets_officer_msg_idx")
      .on("tickets")
      .columns(["officer_chat_id", "officer_message_id"])
      .execute();

    await withId(db, db.schema.createTable("audit_log"))
      .addColumn("actor", "text", (c) => c.notNull())
      .addColumn("action", "text", (c) => c.notNull())
      .addColumn("details", "text", (c) => c.notNull().defaultTo("{}"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("audit_log_actor_idx").on("audit_log").column("actor").execute();
    await db.schema.createIndex("audit_log_created_idx").on("audit_log").column("created_at").execute();

    await db.schema
      .createTable("sessions")
      .addColumn("key", "text", (c) => c.primaryKey())
      .addColumn("value", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("counters")
      .addColumn("name", "text", (c) => c.primaryKey())
      .addColumn("value", "bigint", (c) => c.notNull())
      .execute();
  },

  async down(db: MigrationDb) {
    for (const table of TABLES) await db.schema.dropTable(table).ifExists().execute();
  },
};
