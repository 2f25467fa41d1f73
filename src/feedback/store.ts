/**
 * Storage for "when the bot does not know": votes on answers, unanswered questions
 * grouped by similarity, and officers' links from a group to a knowledge entry.
 * Rows hold users.user_ref, never the chat id — except notify_chat_id, set only after
 * the user asked to be told once the question is answered (consent purpose "notify").
 */
import { sql, type Kysely } from "kysely";
import type { Database, UnansweredQuestion, UnansweredReason } from "../store/schema";
import { randomBytes } from "node:crypto";
import { getUserRef } from "../store/repos/users";
import { grantConsent, hasActiveConsent, withdrawConsent } from "../store/repos/consents";
import type { Normalizer } from "../knowledge/normalize";
import type { Language } from "../language";
import { assignGroup, keyOf, signature } from "./grouping";
import { maskIdentityNumbers } from "./identity-numbers";
import { logAudit } from "../store/repos/audit";
import { enqueueBroadcast, type BroadcastMessage } from "../broadcast/queue";

export const MAX_UNANSWERED_TEXT = 500;
export const MAX_COMMENT = 500;
/** Groups compared against when a new question comes in. */
const RECENT_GROUPS = 500;
const RECENT_DAYS = 30;
export const NOTIFY_CONSENT_VERSION = "notify-v1";
const DAY_MS = 86_400_000;
/**
 * Questions to officers (tickets, with their answers), unanswered questions and 👍/👎 feedback are
 * kept this long, then deleted (deleteExpiredQuestions); as long as enrollment leads, and said in
 * /tanyapetugas, the notify offer and the README.
 */
export const QUESTION_RETENTION_MONTHS = 12;

/** Whose questions an officer sees and acts on: their province's code, or null for every province (owners, all-province officers). */
export type QuestionScope = string | null;

export interface UnansweredInput {
  chatId: number;
  text: string;
  language: Language;
  reason: UnansweredReason;
  entryId?: string;
  /**
   * The asker's province, only when they gave it for this question (for its officers to read it).
   * Never the one given for a subscription or an enrollment lead: that consent names another purpose.
   */
  provinceCode?: string;
}

/**
 * An open group: its key, which is opaque (it carries nobody's words: it is stored in every
 * asker's row and shown in their /dataku copy), and the signature a new question is compared
 * with, read from the words of the group's oldest open question still stored — so when that
 * question is deleted (/hapusdata), the next one's words stand for the group.
 */
export interface OpenGroup {
  key: string;
  signature: string;
}

/** A new group's key: random, so it says nothing of the question that started it. */
export function newGroupKey(): string {
  return `g${randomBytes(6).toString("hex")}`;
}

/** Groups still open, most recently asked first, with the signature of each one's oldest open question. */
export async function recentGroups(db: Kysely<Database>, normalizer: Pick<Normalizer, "tokens">, now = new Date()): Promise<OpenGroup[]> {
  const since = new Date(now.getTime() - RECENT_DAYS * DAY_MS).toISOString();
  const rows = await db
    .selectFrom("unanswered_questions")
    .select("group_key")
    .select((eb) => [eb.fn.max("id").as("last"), eb.fn.min("id").as("first")])
    .where("handled", "=", 0)
    .where("created_at", ">=", since)
    .groupBy("group_key")
    .orderBy("last", "desc")
    .limit(RECENT_GROUPS)
    .execute();
  if (rows.length === 0) return [];
  const texts = new Map<number, string>();
  const firsts = rows.map((r) => Number(r.first));
  for (let i = 0; i < firsts.length; i += 250) {
    const part = await db.selectFrom("unanswered_questions").select(["id", "text"]).where("id", "in", firsts.slice(i, i + 250)).execute();
    for (const r of part) texts.set(Number(r.id), r.text);
  }
  return rows.map((r) => ({ key: r.group_key, signature: keyOf(signature(normalizer.tokens(texts.get(Number(r.first)) ?? ""))) }));
}

/** Keys of groups still open, most recently asked first. */
export async function recentGroupKeys(db: Kysely<Database>, normalizer: Pick<Normalizer, "tokens">, now = new Date()): Promise<string[]> {
  return (await recentGroups(db, normalizer, now)).map((g) => g.key);
}

/** Stores one unanswered question in the group its wording fits among `recent`; returns its row id and group. */
async function insertUnanswered(
  db: Kysely<Database>,
  normalizer: Pick<Normalizer, "tokens">,
  q: UnansweredInput,
  recent: readonly OpenGroup[],
  now: Date,
): Promise<{ id: number; group: OpenGroup }> {
  // free text is kept for officers without consent to personal data: identity numbers are masked first
  const text = maskIdentityNumbers(q.text.trim()).slice(0, MAX_UNANSWERED_TEXT);
  const userRef = await getUserRef(db, q.chatId);
  // only a province given for this question: so only their province's officers see it; else all-province officers do
  const provinceCode = q.provinceCode ?? null;
  const own = keyOf(signature(normalizer.tokens(text)));
  const matched = assignGroup(normalizer.tokens(text), recent.map((g) => g.signature));
  const group = recent.find((g) => g.signature === matched) ?? { key: newGroupKey(), signature: own };
  const groupKey = group.key;
  const row = await db
    .insertInto("unanswered_questions")
    .values({
      user_ref: userRef,
      text,
      language: q.language,
      reason: q.reason,
      entry_id: q.entryId ?? null,
      group_key: groupKey,
      linked_entry_id: null,
      notify_chat_id: null,
      created_at: now.toISOString(),
      province_code: provinceCode,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { id: row.id, group };
}

/**
 * The open groups a new question is compared with, newest first, held between
 * reads: reading them means grouping every open question of the last 30 days, which
 * grows with the table, so it is done once a minute rather than on every declined
 * question. Groups this process starts or adds to move to the front at once; those
 * started by another instance, or closed by an officer elsewhere, are seen at the next
 * read. A closed group still in the list only means a new question may reuse its key
 * (as an open row, so the group shows again) — the same as when its wording repeats.
 */
export class RecentGroupKeys {
  private groupList: OpenGroup[] = [];
  private readAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly normalizer: Pick<Normalizer, "tokens">,
    private readonly maxAgeMs = 60_000,
  ) {}

  /** The open groups, newest first. */
  async groups(now = new Date()): Promise<readonly OpenGroup[]> {
    if (now.getTime() - this.readAt > this.maxAgeMs) {
      this.groupList = await recentGroups(this.db, this.normalizer, now);
      this.readAt = now.getTime();
    }
    return this.groupList;
  }

  /** Their keys, newest first. */
  async current(now = new Date()): Promise<readonly string[]> {
    return (await this.groups(now)).map((g) => g.key);
  }

  /** A question was just stored in this group: it becomes the most recent. */
  asked(group: OpenGroup): void {
    const at = this.groupList.findIndex((g) => g.key === group.key);
    if (at >= 0) this.groupList.splice(at, 1);
    this.groupList.unshift(group);
    if (this.groupList.length > RECENT_GROUPS) this.groupList.length = RECENT_GROUPS;
  }

  /** Groups changed (linked, closed, or their questions deleted): read them again before the next question. */
  forget(): void {
    this.readAt = Number.NEGATIVE_INFINITY;
  }
}

/** The answer feature's UnansweredRecorder, backed by the database. */
export function createUnansweredRecorder(db: Kysely<Database>, normalizer: Pick<Normalizer, "tokens">) {
  const groups = new RecentGroupKeys(db, normalizer);
  return {
    async recordUnanswered(q: UnansweredInput): Promise<number> {
      const now = new Date();
      const { id, group } = await insertUnanswered(db, normalizer, q, await groups.groups(now), now);
      groups.asked(group);
      return id;
    },
    /** Groups changed elsewhere: an officer linked or closed one, or a user's data was deleted. */
    groupsChanged(): void {
      groups.forget();
    },
  };
}

/** The newest unanswered question of this chat asked in the last `withinMs` (the one just declined). */
export async function latestUnansweredOf(db: Kysely<Database>, chatId: number, withinMs = 60_000, now = new Date()): Promise<UnansweredQuestion | undefined> {
  const userRef = await getUserRef(db, chatId);
  return db
    .selectFrom("unanswered_questions")
    .selectAll()
    .where("user_ref", "=", userRef)
    .where("created_at", ">=", new Date(now.getTime() - withinMs).toISOString())
    .orderBy("id", "desc")
    .executeTakeFirst();
}

/** The newest question of this chat the bot declined and nobody has handled yet, asked in the last `withinMs`. */
export async function latestDeclinedOf(db: Kysely<Database>, chatId: number, withinMs = 60_000, now = new Date()): Promise<UnansweredQuestion | undefined> {
  const row = await latestUnansweredOf(db, chatId, withinMs, now);
  return row && row.reason === "declined" && !row.handled ? row : undefined;
}

/**
 * The asker sent their declined question (`text`, as stored) to officers with /tanyapetugas and chose
 * the province there, told who reads it: that open question then carries the province too, so the
 * province's officers see it in /pertanyaan. The only way a province reaches an unanswered question.
 */
export async function giveQuestionProvince(db: Kysely<Database>, chatId: number, text: string, provinceCode: string, withinMs: number, now = new Date()): Promise<number> {
  const userRef = await getUserRef(db, chatId);
  const result = await db
    .updateTable("unanswered_questions")
    .set({ province_code: provinceCode })
    .where("user_ref", "=", userRef)
    .where("text", "=", text)
    .where("handled", "=", 0)
    .where("created_at", ">=", new Date(now.getTime() - withinMs).toISOString())
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * The asker chose a province for their own open question after asking to be told of its answer
 * (purpose: routing it to that province's officers, as the prompt said). False when the row is
 * not theirs or is already handled.
 */
export async function setQuestionProvince(db: Kysely<Database>, chatId: number, questionId: number, provinceCode: string): Promise<boolean> {
  const userRef = await getUserRef(db, chatId);
  const result = await db
    .updateTable("unanswered_questions")
    .set({ province_code: provinceCode })
    .where("id", "=", questionId)
    .where("user_ref", "=", userRef)
    .where("handled", "=", 0)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The user asked to be told once this question is answered: consent + notify_chat_id. False when the row is not theirs or is already handled. */
export async function requestNotify(db: Kysely<Database>, chatId: number, questionId: number): Promise<boolean> {
  const userRef = await getUserRef(db, chatId);
  const row = await db
    .selectFrom("unanswered_questions")
    .select(["id", "handled"])
    .where("id", "=", questionId)
    .where("user_ref", "=", userRef)
    .executeTakeFirst();
  if (!row || row.handled) return false;
  await grantConsent(db, chatId, "notify", NOTIFY_CONSENT_VERSION);
  await db.updateTable("unanswered_questions").set({ notify_chat_id: chatId }).where("id", "=", questionId).execute();
  return true;
}

export async function recordVote(db: Kysely<Database>, chatId: number, entryId: string, helpful: boolean, now = new Date()): Promise<number> {
  const userRef = await getUserRef(db, chatId);
  const row = await db
    .insertInto("feedback")
    .values({ entry_id: entryId, user_ref: userRef, helpful: helpful ? 1 : 0, comment: null, created_at: now.toISOString() })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Adds the "what was missing" comment to the user's own vote. */
export async function setVoteComment(db: Kysely<Database>, chatId: number, feedbackId: number, comment: string): Promise<boolean> {
  const userRef = await getUserRef(db, chatId);
  const result = await db
    .updateTable("feedback")
    .set({ comment: maskIdentityNumbers(comment.trim()).slice(0, MAX_COMMENT) })
    .where("id", "=", feedbackId)
    .where("user_ref", "=", userRef)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export interface QuestionGroup {
  groupKey: string;
  /** Distinct people. */
  people: number;
  questions: number;
  /** Id of the newest row: a handle for buttons (callback data is short). */
  handleId: number;
  /** Newest wording. */
  sample: string;
  /** Distinct chats waiting to be told ("Beri tahu saya"). */
  waiting: number;
}

/**
 * Groups a province officer may not see or act on. The rule for groups mixing provinces: a
 * province officer gets a group only when every open question in it is from their province;
 * a group with a question from elsewhere, or of no known province, is left to all-province
 * officers. The simplest rule under which "Selesai"/"Tautkan", which act on all of a group's
 * open questions, never touch another province's citizens, and none of their words is shown.
 */
function groupsOutside(db: Kysely<Database>, provinceCode: string) {
  return db
    .selectFrom("unanswered_questions as other")
    .select("other.group_key")
    .where("other.handled", "=", 0)
    .where((eb) => eb.or([eb("other.province_code", "is", null), eb("other.province_code", "<>", provinceCode)]));
}

/** Open questions of the last `days` days within `scope` (see groupsOutside). */
function openQuestions(db: Kysely<Database>, options: { days?: number; now?: Date; scope?: QuestionScope }) {
  const now = options.now ?? new Date();
  const since = new Date(now.getTime() - (options.days ?? 7) * DAY_MS).toISOString();
  const scope = options.scope ?? null;
  return db
    .selectFrom("unanswered_questions")
    .where("handled", "=", 0)
    .where("created_at", ">=", since)
    .$if(scope !== null, (qb) => qb.where("group_key", "not in", groupsOutside(db, scope!)));
}

/** Open groups and their questions in the last `days` days: the whole of what topGroups pages through. */
export async function countOpenGroups(db: Kysely<Database>, options: { days?: number; now?: Date; scope?: QuestionScope } = {}): Promise<{ groups: number; questions: number }> {
  const row = await openQuestions(db, options)
    .select([sql<number>`count(distinct group_key)`.as("groups"), sql<number>`count(*)`.as("questions")])
    .executeTakeFirst();
  return { groups: Number(row?.groups ?? 0), questions: Number(row?.questions ?? 0) };
}

/**
 * Open questions of the last `days` days from the province's askers that sit in groups a
 * province officer may not act on (see groupsOutside): all-province officers and owners handle them.
 */
export async function countInSharedGroups(db: Kysely<Database>, provinceCode: string, options: { days?: number; now?: Date } = {}): Promise<number> {
  const row = await openQuestions(db, options)
    .where("province_code", "=", provinceCode)
    .where("group_key", "in", groupsOutside(db, provinceCode))
    .select(sql<number>`count(*)`.as("n"))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Open groups asked in the last `days` days within `scope`, most people first; `offset` pages through them. */
export async function topGroups(db: Kysely<Database>, options: { days?: number; limit?: number; offset?: number; now?: Date; scope?: QuestionScope } = {}): Promise<QuestionGroup[]> {
  const rows = await openQuestions(db, options)
    .select("group_key")
    .select((eb) => [
      eb.fn.count<number>("id").as("questions"),
      sql<number>`count(distinct user_ref)`.as("people"),
      eb.fn.max("id").as("last"),
      sql<number>`count(distinct notify_chat_id)`.as("waiting"),
    ])
    .groupBy("group_key")
    .orderBy("people", "desc")
    .orderBy("questions", "desc")
    .orderBy("last", "desc")
    .limit(options.limit ?? 5)
    .offset(options.offset ?? 0)
    .execute();
  const out: QuestionGroup[] = [];
  for (const r of rows) {
    const last = Number(r.last);
    const sample = await db.selectFrom("unanswered_questions").select("text").where("id", "=", last).executeTakeFirstOrThrow();
    out.push({ groupKey: r.group_key, people: Number(r.people), questions: Number(r.questions), handleId: last, sample: sample.text, waiting: Number(r.waiting) });
  }
  return out;
}

/** Why an officer may not act on a group: its questions were deleted, it is closed already, or it is outside their scope. */
export type GroupRefusal = "gone" | "closed" | "out_of_scope";

/**
 * The group of question `questionId` (a button's handle) if an officer with `scope` may act
 * on it: the question still open, and every open question of its group within the scope.
 */
export async function groupForAction(
  db: Kysely<Database>,
  questionId: number,
  scope: QuestionScope,
): Promise<{ groupKey: string; sample: string } | { refused: GroupRefusal }> {
  const row = await db.selectFrom("unanswered_questions").select(["group_key", "handled", "text"]).where("id", "=", questionId).executeTakeFirst();
  if (!row) return { refused: "gone" };
  // a closed group's key may be reused by a newer question: its old buttons still refer to the closed one
  if (row.handled) return { refused: "closed" };
  if (scope !== null) {
    const outside = await groupsOutside(db, scope).where("other.group_key", "=", row.group_key).executeTakeFirst();
    if (outside) return { refused: "out_of_scope" };
  }
  return { groupKey: row.group_key, sample: row.text };
}

export interface Notification {
  chatId: number;
  language: string;
  text: string;
}

/** Broadcast kinds of the notices to people waiting on a question: an answer linked, or closed without one. */
export const NOTICE_KINDS = { answered: "question_answered", closed: "question_closed" } as const;

/**
 * Notices to the people waiting on a group, queued (broadcast queue) in the transaction that
 * closes it: the worker delivers them, within Telegram's limits, after a crash too.
 */
export interface QueuedNotices {
  /** The officer closing the group. */
  createdBy: number;
  /** The message for those waiting, each their own wording (personalMessage). */
  message(waiting: readonly Notification[]): BroadcastMessage;
}

/**
 * Links every open question of the group to an entry (their wordings become paraphrase
 * suggestions for that entry) and marks them handled. Returns who must be told: only
 * rows with notify_chat_id whose chat still has an active "notify" consent. Their
 * notify_chat_id is cleared in the same step (the chat id is kept no longer than needed).
 */
export async function linkGroup(
  db: Kysely<Database>,
  questionId: number,
  entryId: string,
  scope: QuestionScope,
  notices?: QueuedNotices,
): Promise<{ linked: number; notify: Notification[]; broadcastId?: number; refused?: GroupRefusal }> {
  const { closed, notify, broadcastId, refused } = await closeGroup(db, questionId, entryId, scope, notices);
  return { linked: closed, notify, broadcastId, refused };
}

/**
 * Closes a group without an entry (spam, out of scope, already handled elsewhere). Returns
 * how many questions were closed and who was waiting to be told (as linkGroup does): they
 * are told there is no answer, so nobody who pressed "Beri tahu saya" is left waiting.
 */
export async function resolveGroup(
  db: Kysely<Database>,
  questionId: number,
  scope: QuestionScope,
  notices?: QueuedNotices,
): Promise<{ resolved: number; notify: Notification[]; broadcastId?: number; refused?: GroupRefusal }> {
  const { closed, notify, broadcastId, refused } = await closeGroup(db, questionId, null, scope, notices);
  return { resolved: closed, notify, broadcastId, refused };
}

/**
 * Marks the open questions of question `questionId`'s group handled (linked to `entryId`, or
 * to nothing) and releases whoever waited on them; nothing when groupForAction refuses it.
 * With `notices`, their notices are queued in the same transaction: closed and queued, or neither.
 */
async function closeGroup(
  db: Kysely<Database>,
  questionId: number,
  entryId: string | null,
  scope: QuestionScope,
  notices?: QueuedNotices,
): Promise<{ closed: number; notify: Notification[]; broadcastId?: number; refused?: GroupRefusal }> {
  return db.transaction().execute(async (trx) => {
    const access = await groupForAction(trx, questionId, scope);
    if ("refused" in access) return { closed: 0, notify: [], refused: access.refused };
    const groupKey = access.groupKey;
    const rows = await trx
      .selectFrom("unanswered_questions")
      .select(["id", "notify_chat_id", "language", "text"])
      .where("group_key", "=", groupKey)
      .where("handled", "=", 0)
      .execute();
    if (rows.length === 0) return { closed: 0, notify: [] };
    const notify: Notification[] = [];
    const seen = new Set<number>();
    for (const r of rows) {
      if (r.notify_chat_id === null || seen.has(r.notify_chat_id)) continue;
      seen.add(r.notify_chat_id);
      if (await hasActiveConsent(trx, r.notify_chat_id, "notify")) notify.push({ chatId: r.notify_chat_id, language: r.language, text: r.text });
    }
    await trx
      .updateTable("unanswered_questions")
      .set({ handled: 1, notify_chat_id: null, ...(entryId ? { linked_entry_id: entryId } : {}) })
      .where("id", "in", rows.map((r) => r.id))
      .execute();
    await releaseNotifyConsents(trx, seen);
    if (!notices || notify.length === 0) return { closed: rows.length, notify };
    const broadcastId = await enqueueBroadcast(trx, {
      createdBy: notices.createdBy,
      kind: entryId ? NOTICE_KINDS.answered : NOTICE_KINDS.closed,
      message: notices.message(notify),
      recipients: notify.map((n) => n.chatId),
    });
    return { closed: rows.length, notify, broadcastId };
  });
}

/**
 * The "notify" consent was given for a question; once its group is closed (answered or
 * not) and the chat waits for no other question, the consent is spent and withdrawn, so
 * nothing about it keeps the chat id in use.
 */
async function releaseNotifyConsents(db: Kysely<Database>, chatIds: Iterable<number>): Promise<void> {
  for (const chatId of chatIds) {
    const other = await db.selectFrom("unanswered_questions").select("id").where("notify_chat_id", "=", chatId).where("handled", "=", 0).executeTakeFirst();
    if (!other) await withdrawConsent(db, chatId, "notify");
  }
}

export interface ParaphraseSuggestion {
  entryId: string;
  wordings: string[];
}

/** Wordings linked to entries in the last `days` days: candidates for the entries' `questions`. */
export async function paraphraseSuggestions(db: Kysely<Database>, options: { days?: number; now?: Date; limit?: number; scope?: QuestionScope } = {}): Promise<ParaphraseSuggestion[]> {
  const scope = options.scope ?? null;
  const now = options.now ?? new Date();
  const since = new Date(now.getTime() - (options.days ?? 7) * DAY_MS).toISOString();
  const rows = await db
    .selectFrom("unanswered_questions")
    .select(["linked_entry_id", "text"])
    .where("linked_entry_id", "is not", null)
    .where("created_at", ">=", since)
    // citizens' own words: a province officer reads only their province's
    .$if(scope !== null, (qb) => qb.where("province_code", "=", scope!))
    .orderBy("id", "desc")
    .limit(200)
    .execute();
  const byEntry = new Map<string, Set<string>>();
  for (const r of rows) {
    const set = byEntry.get(r.linked_entry_id!) ?? new Set<string>();
    set.add(r.text);
    byEntry.set(r.linked_entry_id!, set);
  }
  return [...byEntry].slice(0, options.limit ?? 5).map(([entryId, set]) => ({ entryId, wordings: [...set].slice(0, 5) }));
}

/**
 * Keeps the promise made when the question was asked: tickets, unanswered questions and feedback
 * older than QUESTION_RETENTION_MONTHS go, whatever their state. Audited with the counts only.
 * Returns how many rows went in all.
 */
export async function deleteExpiredQuestions(db: Kysely<Database>, now: Date = new Date()): Promise<number> {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - QUESTION_RETENTION_MONTHS);
  const before = cutoff.toISOString();
  const n = (r: { numDeletedRows: bigint }) => Number(r.numDeletedRows);
  const counts = {
    tickets: n(await db.deleteFrom("tickets").where("created_at", "<", before).executeTakeFirst()),
    unanswered_questions: n(await db.deleteFrom("unanswered_questions").where("created_at", "<", before).executeTakeFirst()),
    feedback: n(await db.deleteFrom("feedback").where("created_at", "<", before).executeTakeFirst()),
  };
  // a notice's payload quotes the asker's question: it goes when the question would have
  const expiredNotices = db.selectFrom("broadcasts").select("id").where("kind", "in", Object.values(NOTICE_KINDS)).where("created_at", "<", before);
  await db.deleteFrom("deliveries").where("broadcast_id", "in", expiredNotices).execute();
  const notices = n(await db.deleteFrom("broadcasts").where("kind", "in", Object.values(NOTICE_KINDS)).where("created_at", "<", before).executeTakeFirst());
  const total = counts.tickets + counts.unanswered_questions + counts.feedback + notices;
  if (total > 0) await logAudit(db, "system", "questions_expired", { ...counts, ...(notices > 0 ? { notices } : {}), months: QUESTION_RETENTION_MONTHS });
  return total;
}
