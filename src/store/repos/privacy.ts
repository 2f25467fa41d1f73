/**
 * The user's rights over their data: export everything stored about them, and delete it.
 *
 * When you add a table that holds a chat id or a user_ref, add it here too (and to the
 * privacy test's seed), or deleteUserData silently leaves personal data behind.
 */
import type { Kysely } from "kysely";
import type {
  AuditEntry,
  Broadcast,
  ChatId,
  Consent,
  Database,
  Delivery,
  Event,
  Feedback,
  Lead,
  Officer,
  Subscription,
  Ticket,
  UnansweredQuestion,
  User,
} from "../schema";
import { auditEntriesNaming, eraseFromAuditDetails, logAudit } from "./audit";
import { inTransaction } from "./counters";

export interface SessionExport {
  key: string;
  value: unknown;
  updated_at: string;
}

export interface EventAttendanceExport {
  event_id: number;
  chat_id: number;
  created_at: string;
  reminded: number;
}

export interface UserDataExport {
  chat_id: ChatId;
  exported_at: string;
  users: User[];
  consents: Consent[];
  subscriptions: Subscription[];
  leads: Lead[];
  officers: Officer[];
  /** Events this user created (as an officer). */
  events: Event[];
  event_attendees: EventAttendanceExport[];
  /** Broadcasts this user started (as an officer). */
  broadcasts: Broadcast[];
  deliveries: Delivery[];
  unanswered_questions: UnansweredQuestion[];
  feedback: Feedback[];
  /** Tickets the user asked, and tickets they answered as an officer; the other party's ids are left out. */
  tickets: TicketExport[];
  /** Audit entries where the user is the actor, and those whose details name them (a lead card sent to them). */
  audit_log: AuditEntry[];
  sessions: SessionExport[];
}

/** Tables whose rows are deleted outright because they are about the user. */
export type DeletedTable =
  | "users"
  | "consents"
  | "subscriptions"
  | "leads"
  | "officers"
  | "event_attendees"
  | "deliveries"
  | "unanswered_questions"
  | "feedback"
  | "tickets"
  | "audit_log"
  | "sessions";

/** Columns cleared (set to null) in rows about something else that merely mention the user. */
export type AnonymisedColumn =
  | "officers.granted_by"
  | "events.created_by"
  | "broadcasts.created_by"
  | "broadcasts.status_chat_id"
  | "tickets.officer_chat_id";

export interface DeletionReport {
  deleted: Record<DeletedTable, number>;
  anonymised: Record<AnonymisedColumn, number>;
}

/** Whether a session key mentions this chat id as a whole number (not as part of a longer one). */
export function sessionKeyMentions(key: string, chatId: ChatId): boolean {
  const id = String(chatId).replace("-", "\\-");
  return new RegExp(`(^|[^0-9-])${id}($|[^0-9])`).test(key);
}

async function sessionKeysFor(db: Kysely<Database>, chatId: ChatId): Promise<{ key: string; value: string; updated_at: string }[]> {
  const rows = await db
    .selectFrom("sessions")
    .selectAll()
    .where("key", "like", `%${String(chatId)}%`)
    .execute();
  return rows.filter((r) => sessionKeyMentions(r.key, chatId));
}

async function userRefsFor(db: Kysely<Database>, chatId: ChatId): Promise<string[]> {
  const rows = await db.selectFrom("users").select("user_ref").where("chat_id", "=", chatId).execute();
  return rows.map((r) => r.user_ref);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A ticket as one party may see it: an asker never learns the answering officer's account, nor an officer the asker's. */
export type TicketExport = Omit<Ticket, "chat_id" | "officer_chat_id" | "officer_message_id"> & {
  chat_id: ChatId | null;
  officer_chat_id: ChatId | null;
  officer_message_id: number | null;
};

function ownSideOfTicket(t: Ticket, chatId: ChatId): TicketExport {
  const asked = Number(t.chat_id) === Number(chatId);
  const answered = t.officer_chat_id !== null && Number(t.officer_chat_id) === Number(chatId);
  return {
    ...t,
    chat_id: asked ? t.chat_id : null,
    officer_chat_id: answered ? t.officer_chat_id : null,
    officer_message_id: answered ? t.officer_message_id : null,
  };
}

/** Audit entries the user acted in or is named in (as a recipient), oldest first, each once. */
async function auditEntriesOf(db: Kysely<Database>, chatId: ChatId): Promise<AuditEntry[]> {
  const acted = await db.selectFrom("audit_log").selectAll().where("actor", "=", String(chatId)).orderBy("id").execute();
  const named = await auditEntriesNaming(db, Number(chatId));
  const byId = new Map([...acted, ...named].map((r) => [r.id, r]));
  return [...byId.values()].sort((a, b) => Number(a.id) - Number(b.id));
}

/** Everything stored about `chatId`, table by table. */
export async function exportUserData(db: Kysely<Database>, chatId: ChatId): Promise<UserDataExport> {
  return inTransaction(db, async (trx) => {
    const refs = await userRefsFor(trx, chatId);
    const unanswered = await trx
      .selectFrom("unanswered_questions")
      .selectAll()
      .where((eb) =>
        refs.length > 0 ? eb.or([eb("user_ref", "in", refs), eb("notify_chat_id", "=", chatId)]) : eb("notify_chat_id", "=", chatId),
      )
      .orderBy("id")
      .execute();
    return {
      chat_id: chatId,
      exported_at: new Date().toISOString(),
      users: await trx.selectFrom("users").selectAll().where("chat_id", "=", chatId).execute(),
      consents: await trx.selectFrom("consents").selectAll().where("chat_id", "=", chatId).orderBy("id").execute(),
      subscriptions: await trx.selectFrom("subscriptions").selectAll().where("chat_id", "=", chatId).execute(),
      leads: await trx.selectFrom("leads").selectAll().where("chat_id", "=", chatId).orderBy("id").execute(),
      officers: await trx
        .selectFrom("officers")
        .selectAll()
        .where((eb) => eb.or([eb("user_id", "=", chatId), eb("granted_by", "=", chatId)]))
        .execute(),
      events: await trx.selectFrom("events").selectAll().where("created_by", "=", chatId).orderBy("id").execute(),
      event_attendees: await trx.selectFrom("event_attendees").selectAll().where("chat_id", "=", chatId).execute(),
      broadcasts: await trx
        .selectFrom("broadcasts")
        .selectAll()
        .where((eb) => eb.or([eb("created_by", "=", chatId), eb("status_chat_id", "=", chatId)]))
        .orderBy("id")
        .execute(),
      deliveries: await trx.selectFrom("deliveries").selectAll().where("chat_id", "=", chatId).orderBy("id").execute(),
      unanswered_questions: unanswered,
      feedback:
        refs.length > 0
          ? await trx.selectFrom("feedback").selectAll().where("user_ref", "in", refs).orderBy("id").execute()
          : [],
      tickets: (
        await trx
          .selectFrom("tickets")
          .selectAll()
          .where((eb) => eb.or([eb("chat_id", "=", chatId), eb("officer_chat_id", "=", chatId)]))
          .orderBy("id")
          .execute()
      ).map((t) => ownSideOfTicket(t, chatId)),
      audit_log: await auditEntriesOf(trx, chatId),
      sessions: (await sessionKeysFor(trx, chatId)).map((r) => ({ key: r.key, value: parseJson(r.value), updated_at: r.updated_at })),
    };
  });
}

/** The actor of audit entries whose actor deleted their data: the entry stays, the person does not. */
export const DELETED_ACTOR = "deleted-user";

const ERASED_COLUMN = { sent: "erased_sent", failed: "erased_failed", blocked: "erased_blocked" } as const;

/**
 * Deletes a recipient's delivery rows; what was already sent, failed or blocked is first added
 * to its broadcast's anonymous counts, so a finished broadcast's figures do not shrink.
 * Pending deliveries simply go: they will not be sent.
 */
async function deleteDeliveriesKeepingCounts(trx: Kysely<Database>, chatId: ChatId): Promise<number> {
  const done = await trx
    .selectFrom("deliveries")
    .select((eb) => ["broadcast_id", "status", eb.fn.countAll<number>().as("n")])
    .where("chat_id", "=", chatId)
    .where("status", "in", ["sent", "failed", "blocked"])
    .groupBy(["broadcast_id", "status"])
    .execute();
  for (const row of done) {
    const column = ERASED_COLUMN[row.status as keyof typeof ERASED_COLUMN];
    await trx
      .updateTable("broadcasts")
      .set((eb) => ({ [column]: eb(column, "+", Number(row.n)) }))
      .where("id", "=", row.broadcast_id)
      .execute();
  }
  const result = await trx.deleteFrom("deliveries").where("chat_id", "=", chatId).executeTakeFirst();
  await removeFromBroadcastVariants(trx, chatId);
  return Number(result.numDeletedRows);
}

/**
 * A broadcast's payload lists the chats that get another wording (their language or time zone):
 * the deleted chat's id goes from those lists too.
 */
async function removeFromBroadcastVariants(trx: Kysely<Database>, chatId: ChatId): Promise<void> {
  const rows = await trx.selectFrom("broadcasts").select(["id", "payload"]).where("payload", "like", `%"variants"%${chatId}%`).execute();
  for (const row of rows) {
    const payload = JSON.parse(row.payload) as { variants?: { chatIds: number[] }[] };
    if (!payload.variants) continue;
    const variants = payload.variants
      .map((v) => ({ ...v, chatIds: v.chatIds.filter((id) => id !== Number(chatId)) }))
      .filter((v) => v.chatIds.length > 0);
    await trx.updateTable("broadcasts").set({ payload: JSON.stringify({ ...payload, variants }) }).where("id", "=", row.id).execute();
  }
}

/** Clears the user from audit entries (as actor and as a named recipient); returns how many entries changed. */
async function releaseAuditEntries(trx: Kysely<Database>, chatId: ChatId): Promise<number> {
  const acted = await trx.selectFrom("audit_log").select("id").where("actor", "=", String(chatId)).execute();
  await trx.updateTable("audit_log").set({ actor: DELETED_ACTOR }).where("actor", "=", String(chatId)).execute();
  const named = await eraseFromAuditDetails(trx, Number(chatId));
  return new Set([...acted.map((r) => r.id), ...named]).size;
}

/**
 * Deletes every row about `chatId` in every table, and clears the user's id from rows
 * about something else (events or broadcasts they created, officers they appointed,
 * tickets they answered, audit entries naming them), all in one transaction. Writes one
 * audit entry with actor "anonymous" and only the counts. What the app holds in memory about
 * the user is forgotten by the caller (app.ts).
 */
export async function deleteUserData(db: Kysely<Database>, chatId: ChatId): Promise<DeletionReport> {
  return inTransaction(db, async (trx) => {
    const refs = await userRefsFor(trx, chatId);
    const n = (r: { numDeletedRows: bigint } | { numUpdatedRows: bigint }) =>
      Number("numDeletedRows" in r ? r.numDeletedRows : r.numUpdatedRows);

    const sessionKeys = (await sessionKeysFor(trx, chatId)).map((r) => r.key);

    const deleted: Record<DeletedTable, number> = {
      users: 0,
      consents: n(await trx.deleteFrom("consents").where("chat_id", "=", chatId).executeTakeFirst()),
      subscriptions: n(await trx.deleteFrom("subscriptions").where("chat_id", "=", chatId).executeTakeFirst()),
      leads: n(await trx.deleteFrom("leads").where("chat_id", "=", chatId).executeTakeFirst()),
      officers: n(await trx.deleteFrom("officers").where("user_id", "=", chatId).executeTakeFirst()),
      event_attendees: n(await trx.deleteFrom("event_attendees").where("chat_id", "=", chatId).executeTakeFirst()),
      deliveries: await deleteDeliveriesKeepingCounts(trx, chatId),
      unanswered_questions: n(
        await trx
          .deleteFrom("unanswered_questions")
          .where((eb) =>
            refs.length > 0
              ? eb.or([eb("user_ref", "in", refs), eb("notify_chat_id", "=", chatId)])
              : eb("notify_chat_id", "=", chatId),
          )
          .executeTakeFirst(),
      ),
      feedback:
        refs.length > 0 ? n(await trx.deleteFrom("feedback").where("user_ref", "in", refs).executeTakeFirst()) : 0,
      tickets: n(await trx.deleteFrom("tickets").where("chat_id", "=", chatId).executeTakeFirst()),
      // what an officer viewed, exported or was sent stays on record for the citizens it concerns; only who
      // did it or received it goes (the actor, and the id in recipient lists: "kept without your name")
      audit_log: await releaseAuditEntries(trx, chatId),
      sessions: sessionKeys.length > 0 ? n(await trx.deleteFrom("sessions").where("key", "in", sessionKeys).executeTakeFirst()) : 0,
    };
    deleted.users = n(await trx.deleteFrom("users").where("chat_id", "=", chatId).executeTakeFirst());

    const anonymised: Record<AnonymisedColumn, number> = {
      "officers.granted_by": n(
        await trx.updateTable("officers").set({ granted_by: null }).where("granted_by", "=", chatId).executeTakeFirst(),
      ),
      "events.created_by": n(
        await trx.updateTable("events").set({ created_by: null }).where("created_by", "=", chatId).executeTakeFirst(),
      ),
      "broadcasts.created_by": n(
        await trx.updateTable("broadcasts").set({ created_by: null }).where("created_by", "=", chatId).executeTakeFirst(),
      ),
      "broadcasts.status_chat_id": n(
        await trx
          .updateTable("broadcasts")
          .set({ status_chat_id: null, status_message_id: null })
          .where("status_chat_id", "=", chatId)
          .executeTakeFirst(),
      ),
      "tickets.officer_chat_id": n(
        await trx
          .updateTable("tickets")
          .set({ officer_chat_id: null, officer_message_id: null })
          .where("officer_chat_id", "=", chatId)
          .executeTakeFirst(),
      ),
    };

    const report: DeletionReport = { deleted, anonymised };
    await logAudit(trx, "anonymous", "user_data_deleted", { ...report });
    return report;
  });
}
