/** Tickets ("Tanya petugas"): numbering, forwards to officers, answers, stale ones. No grammY here. */
import type { Kysely } from "kysely";
import type { Database, Ticket } from "../../../store/schema";
import { inTransaction, nextCounter } from "../../../store/repos/counters";
import { officersForProvince, responsibleFor } from "../../../store/repos/officers";
import { referenceYear } from "../../../store/repos/leads";
import { maskIdentityNumbers } from "../../../feedback/identity-numbers";

export const MAX_TICKET_QUESTION = 1000;

/** TK-2026-000012. */
export function formatTicketReference(year: number, n: number): string {
  return `TK-${year}-${String(n).padStart(6, "0")}`;
}

/** The reference inside a forwarded ticket message (plain text of the bot's own message). */
export const FORWARD_REFERENCE = /📨 (?:Tiket|Ticket) (TK-\d{4}-\d{6,})/;

export async function createTicket(
  db: Kysely<Database>,
  input: { chatId: number; provinceCode: string | null; question: string },
  now: Date = new Date(),
): Promise<Ticket> {
  const year = referenceYear(now);
  return inTransaction(db, async (trx) => {
    const n = await nextCounter(trx, `ticket:${year}`);
    return trx
      .insertInto("tickets")
      .values({
        reference: formatTicketReference(year, n),
        chat_id: input.chatId,
        province_code: input.provinceCode,
        // an officer answers in this chat and asks for what they need through official channels
        question: maskIdentityNumbers(input.question.trim()).slice(0, MAX_TICKET_QUESTION),
        status: "open",
        officer_chat_id: null,
        officer_message_id: null,
        answer: null,
        created_at: now.toISOString(),
        answered_at: null,
        reraised_at: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  });
}

/** Remembers the (latest) forward; others are found by the reference in the replied message. */
export async function setForward(db: Kysely<Database>, ticketId: number, chatId: number, messageId: number): Promise<void> {
  await db.updateTable("tickets").set({ officer_chat_id: chatId, officer_message_id: messageId }).where("id", "=", ticketId).execute();
}

export async function ticketByForward(db: Kysely<Database>, chatId: number, messageId: number): Promise<Ticket | undefined> {
  return db.selectFrom("tickets").selectAll().where("officer_chat_id", "=", chatId).where("officer_message_id", "=", messageId).executeTakeFirst();
}

export async function ticketByReference(db: Kysely<Database>, reference: string): Promise<Ticket | undefined> {
  return db.selectFrom("tickets").selectAll().where("reference", "=", reference.trim().toUpperCase()).executeTakeFirst();
}

/** How long an answer claimed for sending holds the ticket; a crash in between frees it after this. */
export const ANSWER_LEASE_MS = 5 * 60_000;

/**
 * Claims an open ticket for an officer's answer before it is sent to the asker: the ticket stays
 * `open` (answering_at set) until finishAnswer records the delivery, so a crash between the
 * claim and the send leaves it open: raised again and answerable once the claim is older than
 * ANSWER_LEASE_MS. "answered": someone answered it already; "busy": another answer is being
 * sent right now.
 */
export async function claimAnswer(db: Kysely<Database>, ticketId: number, now: Date = new Date()): Promise<"claimed" | "answered" | "busy"> {
  const leaseCutoff = new Date(now.getTime() - ANSWER_LEASE_MS).toISOString();
  const result = await db
    .updateTable("tickets")
    .set({ answering_at: now.toISOString() })
    .where("id", "=", ticketId)
    .where("status", "=", "open")
    .where((eb) => eb.or([eb("answering_at", "is", null), eb("answering_at", "<=", leaseCutoff)]))
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) > 0) return "claimed";
  const row = await db.selectFrom("tickets").select("status").where("id", "=", ticketId).executeTakeFirst();
  return row?.status === "open" ? "busy" : "answered";
}

/** The claimed answer reached the asker: the ticket is answered, the answer kept masked. */
export async function finishAnswer(
  db: Kysely<Database>,
  ticketId: number,
  answer: string,
  officer: { chatId: number; messageId: number },
  now: Date = new Date(),
): Promise<void> {
  await db
    .updateTable("tickets")
    // Stored masked, as the question is: the asker was sent the officer's words as written (a number
    // in them may be meant for the asker), but the copy kept for /dataku and the records is free text
    // with no consent for identity numbers (UU PDP 27/2022: data minimisation), so a NIK, KPJ, phone
    // or account number in it is kept only as its last four digits.
    .set({ status: "answered", answer: maskIdentityNumbers(answer).slice(0, 4000), answered_at: now.toISOString(), answering_at: null, officer_chat_id: officer.chatId, officer_message_id: officer.messageId })
    .where("id", "=", ticketId)
    .execute();
}

/** The claimed answer could not be delivered: the ticket is free to be answered again at once. */
export async function releaseAnswer(db: Kysely<Database>, ticketId: number): Promise<void> {
  await db.updateTable("tickets").set({ answering_at: null }).where("id", "=", ticketId).where("status", "=", "open").execute();
}

/**
 * Claims a stale ticket for one re-raise: true for exactly one caller (instance) per re-raise
 * period, so officers get one "Belum dijawab" however many instances run the timer.
 */
export async function claimReraise(db: Kysely<Database>, ticketId: number, now: Date, afterMs: number): Promise<boolean> {
  const cutoff = new Date(now.getTime() - afterMs).toISOString();
  const result = await db
    .updateTable("tickets")
    .set({ reraised_at: now.toISOString() })
    .where("id", "=", ticketId)
    .where("status", "=", "open")
    .where((eb) => eb.or([eb("reraised_at", "is", null), eb("reraised_at", "<=", cutoff)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Who reads a province's questions besides the owners: its own officers, only all-province
 * officers (none is registered for it), or nobody but the owners. The asker is told which, so
 * nobody is promised the province's officers when there are none.
 */
export async function provinceReaders(db: Kysely<Database>, provinceCode: string): Promise<"province" | "all" | "owners"> {
  const officers = await officersForProvince(db, provinceCode);
  if (officers.some((o) => o.provinceCode === provinceCode)) return "province";
  return officers.length > 0 ? "all" : "owners";
}

/** Where a ticket goes: the officer group when configured, else the province's officers, else the owners (`toOwners`). */
export async function ticketRecipients(
  db: Kysely<Database>,
  provinceCode: string | null,
  options: { officerGroupId?: number; ownerIds?: readonly number[] } = {},
): Promise<{ recipients: number[]; toOwners: boolean }> {
  if (options.officerGroupId !== undefined) return { recipients: [options.officerGroupId], toOwners: false };
  return responsibleFor(db, provinceCode, options.ownerIds);
}

/**
 * Open tickets created (or last re-raised) at least `afterMs` ago. One whose asker blocked the bot
 * waits: an answer could not reach them; once they write to the bot again (which clears
 * users.blocked) it is raised again.
 */
export async function staleTickets(db: Kysely<Database>, now: Date, afterMs: number): Promise<Ticket[]> {
  const cutoff = new Date(now.getTime() - afterMs).toISOString();
  return db
    .selectFrom("tickets")
    .selectAll()
    .where("status", "=", "open")
    .where("created_at", "<=", cutoff)
    .where((eb) => eb.not(eb.exists(eb.selectFrom("users").select("users.chat_id").whereRef("users.chat_id", "=", "tickets.chat_id").where("users.blocked", "=", 1))))
    .where((eb) => eb.or([eb("reraised_at", "is", null), eb("reraised_at", "<=", cutoff)]))
    // an answer being sent right now is not raised again; one claimed before a crash is, after the lease
    .where((eb) => eb.or([eb("answering_at", "is", null), eb("answering_at", "<=", new Date(now.getTime() - ANSWER_LEASE_MS).toISOString())]))
    .orderBy("id")
    .limit(100)
    .execute();
}
