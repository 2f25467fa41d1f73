/** Tickets ("Tanya petugas"): numbering, forwards to officers, answers, stale ones. No grammY here. */
import type { Kysely } from "kysely";
import type { Database, Ticket } from "../../../store/schema";
import { inTransaction, nextCounter } from "../../../store/repos/counters";
import { responsibleFor } from "../../../store/repos/officers";
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

/** Marks an open ticket answered; false when it was not open any more (answered by someone else). */
export async function markAnswered(
  db: Kysely<Database>,
  ticketId: number,
  answer: string,
  officer: { chatId: number; messageId: number },
  now: Date = new Date(),
): Promise<boolean> {
  const result = await db
    .updateTable("tickets")
    // Stored masked, as the question is: the asker was sent the officer's words as written (a number
    // in them may be meant for the asker), but the copy kept for /dataku and the records is free text
    // with no consent for identity numbers (UU PDP 27/2022: data minimisation), so a NIK, KPJ, phone
    // or account number in it is kept only as its last four digits.
    .set({ status: "answered", answer: maskIdentityNumbers(answer).slice(0, 4000), answered_at: now.toISOString(), officer_chat_id: officer.chatId, officer_message_id: officer.messageId })
    .where("id", "=", ticketId)
    .where("status", "=", "open")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** An answer that could not be delivered (the asker blocked the bot): the ticket is open again, with no answer kept. */
export async function reopenTicket(db: Kysely<Database>, ticketId: number): Promise<void> {
  await db.updateTable("tickets").set({ status: "open", answer: null, answered_at: null }).where("id", "=", ticketId).execute();
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
    .orderBy("id")
    .limit(100)
    .execute();
}
