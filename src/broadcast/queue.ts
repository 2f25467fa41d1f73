/**
 * Broadcast queue: a broadcast and one delivery row per recipient are persisted in one
 * transaction before anything is sent; the worker (worker.ts) then drains the deliveries.
 * Works the same on SQLite and PostgreSQL.
 */
import type { Kysely } from "kysely";
import { logAudit } from "../store/repos/audit";
import { nowIso, type Broadcast, type BroadcastStatus, type ChatId, type Database } from "../store/schema";

export interface BroadcastButton {
  label: string;
  /** callback_data, at most 64 bytes. */
  data: string;
}

export interface BroadcastMessage {
  /** The event it is about (announcement, reminder, cancellation): officers' views and cancelling find it by this. Written first, so the stored JSON starts with it. */
  eventId?: number;
  /**
   * The event's title and provinces when queued: /siaran's scope check and wording, which must
   * outlive the event (a cancelled event's row is deleted, its broadcasts stay). Absent in
   * broadcasts queued before these were written; /siaran then reads the event row.
   */
  eventTitle?: string;
  eventProvinceCodes?: string[];
  text: string;
  parseMode?: "HTML";
  /** Telegram file_id of a photo; the text is then sent as its caption. */
  photoFileId?: string;
  /** No link preview under the text (an answer quoting a web address). */
  disableLinkPreview?: boolean;
  /** Inline keyboard rows. */
  buttons?: BroadcastButton[][];
  /**
   * Other wordings for some recipients (another language or time zone): a chat listed in a
   * variant gets its text and buttons, every other chat the ones above. Only the exceptions
   * are listed, so a payload stays small when most recipients share the main wording.
   */
  variants?: BroadcastVariant[];
  /**
   * Set on a broadcast stopped because a newer version took over its undelivered copies (an
   * event edited before everyone had it): the id of that broadcast. /siaran reads it as
   * replaced, not as stopped with copies lost.
   */
  supersededBy?: number;
}

export interface BroadcastVariant {
  chatIds: number[];
  text: string;
  buttons?: BroadcastButton[][];
}

/** What one chat receives: `message` itself, or the variant that lists the chat. */
export type RecipientMessage = (chatId: number) => BroadcastMessage;

export function recipientMessage(message: BroadcastMessage): RecipientMessage {
  if (!message.variants?.length) return () => message;
  // one map per broadcast: a lookup per send stays O(1) for large broadcasts
  const byChat = new Map<number, BroadcastMessage>();
  for (const v of message.variants) {
    const own: BroadcastMessage = { ...message, text: v.text, buttons: v.buttons ?? message.buttons, variants: undefined };
    for (const chatId of v.chatIds) byChat.set(chatId, own);
  }
  return (chatId) => byChat.get(chatId) ?? message;
}

/** One recipient's own wording, for messages that differ per person (a notice naming their own question). */
export interface PersonalWording {
  chatId: number;
  text: string;
  buttons?: BroadcastButton[][];
}

/**
 * A message whose every recipient gets their own wording (as a variant): `base.text` names
 * nobody and reaches no one listed, so /hapusdata, which drops a chat's variant
 * (removeFromBroadcastVariants), leaves none of that person's words in the payload.
 */
export function personalMessage(base: Omit<BroadcastMessage, "variants">, wordings: readonly PersonalWording[]): BroadcastMessage {
  return {
    ...base,
    // [] rather than undefined: a recipient without buttons must not inherit the base's
    variants: wordings.map((w) => ({ chatIds: [w.chatId], text: w.text, buttons: w.buttons ?? [] })),
  };
}

export interface EnqueueBroadcastInput {
  createdBy: number;
  kind: string;
  message: BroadcastMessage;
  recipients: number[];
  statusChatId?: number;
  statusMessageId?: number;
}

export interface BroadcastProgress {
  total: number;
  sent: number;
  failed: number;
  blocked: number;
  /** Not yet finished: pending plus currently being sent. */
  pending: number;
  status: BroadcastStatus;
}

export interface BroadcastSummary extends BroadcastProgress {
  id: number;
  kind: string;
  createdBy: ChatId | null;
  createdAt: string;
  finishedAt: string | null;
  statusChatId: ChatId | null;
  statusMessageId: number | null;
  message: BroadcastMessage;
}

/** Rows per INSERT statement (5 parameters each: well under SQLite's and PostgreSQL's limits). */
const INSERT_CHUNK = 500;
const TEXT_LIMIT = 4096;
export const CAPTION_LIMIT = 1024;
const CALLBACK_DATA_LIMIT = 64;

/** Throws when Telegram would refuse the message (checked once, not 10,000 times). */
export function validateBroadcastMessage(message: BroadcastMessage): void {
  if (message.photoFileId !== undefined && message.photoFileId.trim() === "") throw new Error("photoFileId is empty");
  for (const wording of [message, ...(message.variants ?? [])]) validateWording(wording, message);
}

function validateWording(wording: Pick<BroadcastMessage, "text" | "buttons">, message: BroadcastMessage): void {
  if (typeof wording.text !== "string" || wording.text.trim() === "") throw new Error("broadcast text is empty");
  const limit = message.photoFileId ? CAPTION_LIMIT : TEXT_LIMIT;
  // Telegram counts UTF-16 code units after entity parsing; the raw length is an upper bound for HTML.
  if (!message.parseMode && wording.text.length > limit) {
    throw new Error(`broadcast text is ${wording.text.length} characters; the limit is ${limit}`);
  }
  for (const row of wording.buttons ?? []) {
    for (const b of row) {
      if (!b.label) throw new Error("button label is empty");
      const bytes = Buffer.byteLength(b.data, "utf8");
      if (bytes < 1 || bytes > CALLBACK_DATA_LIMIT) throw new Error(`button data must be 1-${CALLBACK_DATA_LIMIT} bytes`);
    }
  }
}

export function parseBroadcastMessage(payload: string): BroadcastMessage {
  const parsed = JSON.parse(payload) as BroadcastMessage;
  return parsed;
}

/**
 * Persists the broadcast and one pending delivery per distinct recipient, all in one
 * transaction; returns the broadcast id. Nothing is sent here.
 */
export async function enqueueBroadcast(db: Kysely<Database>, input: EnqueueBroadcastInput): Promise<number> {
  validateBroadcastMessage(input.message);
  const recipients = [...new Set(input.recipients)];
  for (const id of recipients) {
    if (!Number.isSafeInteger(id) || id === 0) throw new Error("recipients must be non-zero integer chat ids");
  }
  const now = nowIso();
  const run = async (trx: Kysely<Database>) => {
    const { id } = await trx
      .insertInto("broadcasts")
      .values({
        created_by: input.createdBy,
        kind: input.kind,
        payload: JSON.stringify(input.message),
        status: recipients.length === 0 ? "done" : "queued",
        status_chat_id: input.statusChatId ?? null,
        status_message_id: input.statusMessageId ?? null,
        created_at: now,
        finished_at: recipients.length === 0 ? now : null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    for (let i = 0; i < recipients.length; i += INSERT_CHUNK) {
      await trx
        .insertInto("deliveries")
        .values(
          recipients.slice(i, i + INSERT_CHUNK).map((chatId) => ({
            broadcast_id: id,
            chat_id: chatId,
            status: "pending" as const,
            attempts: 0,
            updated_at: now,
          })),
        )
        .execute();
    }
    await logAudit(trx, input.createdBy, "broadcast_enqueued", { broadcast_id: id, kind: input.kind, recipients: recipients.length });
    return id;
  };
  return db.isTransaction ? run(db) : db.transaction().execute(run);
}

/**
 * Stops a queued or running broadcast: the worker claims none of its deliveries any more and
 * releases the ones it holds. Returns false when the broadcast was already done/cancelled/missing.
 */
export async function cancelBroadcast(db: Kysely<Database>, id: number, actor?: number): Promise<boolean> {
  const result = await db
    .updateTable("broadcasts")
    .set({ status: "cancelled", finished_at: nowIso() })
    .where("id", "=", id)
    .where("status", "in", ["queued", "running"])
    .executeTakeFirst();
  const changed = Number(result.numUpdatedRows) > 0;
  if (changed) await logAudit(db, actor ?? "system", "broadcast_cancelled", { broadcast_id: id });
  return changed;
}

/**
 * Records on stopped broadcasts that `by` carries their undelivered copies now (supersededBy);
 * the payload's keys keep their order (an event's id stays first, as broadcastsOf matches it).
 */
export async function markSuperseded(db: Kysely<Database>, ids: readonly number[], by: number): Promise<void> {
  if (ids.length === 0) return;
  const rows = await db.selectFrom("broadcasts").select(["id", "payload"]).where("id", "in", [...ids]).where("status", "=", "cancelled").execute();
  for (const row of rows) {
    const message = parseBroadcastMessage(row.payload);
    await db.updateTable("broadcasts").set({ payload: JSON.stringify({ ...message, supersededBy: by }) }).where("id", "=", row.id).execute();
  }
}

type Counts = Omit<BroadcastProgress, "status">;

async function countsFor(db: Kysely<Database>, ids: number[]): Promise<Map<number, Counts>> {
  const out = new Map<number, Counts>();
  for (const id of ids) out.set(id, { total: 0, sent: 0, failed: 0, blocked: 0, pending: 0 });
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom("deliveries")
    .select((eb) => ["broadcast_id", "status", eb.fn.countAll<number>().as("n")])
    .where("broadcast_id", "in", ids)
    .groupBy(["broadcast_id", "status"])
    .execute();
  for (const row of rows) {
    const c = out.get(row.broadcast_id);
    if (!c) continue;
    const n = Number(row.n);
    c.total += n;
    if (row.status === "sent") c.sent += n;
    else if (row.status === "failed") c.failed += n;
    else if (row.status === "blocked") c.blocked += n;
    else c.pending += n;
  }
  // deliveries whose rows went with their recipient's data still count for the broadcast
  const erased = await db.selectFrom("broadcasts").select(["id", "erased_sent", "erased_failed", "erased_blocked"]).where("id", "in", ids).execute();
  for (const row of erased) {
    const c = out.get(row.id)!;
    const [sent, failed, blocked] = [row.erased_sent, row.erased_failed, row.erased_blocked].map(Number) as [number, number, number];
    c.sent += sent;
    c.failed += failed;
    c.blocked += blocked;
    c.total += sent + failed + blocked;
  }
  return out;
}

export async function broadcastProgress(db: Kysely<Database>, id: number): Promise<BroadcastProgress | undefined> {
  const b = await db.selectFrom("broadcasts").select("status").where("id", "=", id).executeTakeFirst();
  if (!b) return undefined;
  const counts = (await countsFor(db, [id])).get(id)!;
  return { ...counts, status: b.status };
}

function summary(b: Broadcast, counts: Counts): BroadcastSummary {
  return {
    id: b.id,
    kind: b.kind,
    createdBy: b.created_by,
    createdAt: b.created_at,
    finishedAt: b.finished_at,
    statusChatId: b.status_chat_id,
    statusMessageId: b.status_message_id === null ? null : Number(b.status_message_id),
    message: parseBroadcastMessage(b.payload),
    status: b.status,
    ...counts,
  };
}

/** Newest first, with their figures. */
export async function listBroadcasts(db: Kysely<Database>, options: { limit?: number } = {}): Promise<BroadcastSummary[]> {
  const rows = await db
    .selectFrom("broadcasts")
    .selectAll()
    .orderBy("id", "desc")
    .limit(options.limit ?? 20)
    .execute();
  const counts = await countsFor(db, rows.map((r) => r.id));
  return rows.map((r) => summary(r, counts.get(r.id)!));
}

export async function getBroadcast(db: Kysely<Database>, id: number): Promise<BroadcastSummary | undefined> {
  const row = await db.selectFrom("broadcasts").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) return undefined;
  return summary(row, (await countsFor(db, [id])).get(id)!);
}

/** Remembers the officer's status message (edited with the progress by the bot layer). */
export async function setStatusMessage(db: Kysely<Database>, id: number, chatId: number, messageId: number): Promise<void> {
  await db.updateTable("broadcasts").set({ status_chat_id: chatId, status_message_id: messageId }).where("id", "=", id).execute();
}
