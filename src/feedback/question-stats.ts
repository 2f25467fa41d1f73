/**
 * How many questions people asked, per day and outcome, for /statistik. Counted in memory
 * and added to the `counters` table in one go every minute (and before they are read),
 * so a question costs no extra write; a crash loses at most a minute of counts. Only
 * numbers are kept: no question text, no asker. Several instances add to the same rows.
 */
import type { Kysely } from "kysely";
import type { Database } from "../store/schema";
import { addToCounter, countersFrom, inTransaction } from "../store/repos/counters";
import { asWib } from "../officers/dates";

export const QUESTION_OUTCOMES = ["answered", "clarified", "declined"] as const;
export type QuestionOutcome = (typeof QUESTION_OUTCOMES)[number];
export type QuestionCounts = Record<QuestionOutcome, number> & { total: number };

const PREFIX = "asked:";

/** The calendar day in WIB, "2026-11-26". */
const dayOf = (at: Date) => asWib(at).toISOString().slice(0, 10);

export class QuestionStats {
  private pending = new Map<string, number>();

  constructor(private readonly db: Kysely<Database>) {}

  record(outcome: QuestionOutcome, at: Date = new Date()): void {
    const name = `${PREFIX}${dayOf(at)}:${outcome}`;
    this.pending.set(name, (this.pending.get(name) ?? 0) + 1);
  }

  /** Adds what was counted since the last flush to the database. */
  async flush(): Promise<void> {
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    try {
      await inTransaction(this.db, async (trx) => {
        for (const [name, n] of batch) await addToCounter(trx, name, n);
      });
    } catch (error) {
      // kept for the next flush rather than lost
      for (const [name, n] of batch) this.pending.set(name, (this.pending.get(name) ?? 0) + n);
      throw error;
    }
  }

  /** Questions from the WIB day of `since` on, all instances together (this one's flushed first). */
  async countsSince(since: Date): Promise<QuestionCounts> {
    await this.flush();
    const counts: QuestionCounts = { answered: 0, clarified: 0, declined: 0, total: 0 };
    const from = `${PREFIX}${dayOf(since)}`;
    for (const { name, value } of await countersFrom(this.db, PREFIX, from)) {
      // the database's collation may order punctuation its own way; code-unit order decides
      if (name < from) continue;
      const outcome = name.slice(name.lastIndexOf(":") + 1) as QuestionOutcome;
      if (!(QUESTION_OUTCOMES as readonly string[]).includes(outcome)) continue;
      counts[outcome] += value;
      counts.total += value;
    }
    return counts;
  }
}

/** The outcome a handled update counts as, from what the answer feature and calculators reported. */
export function questionOutcomeOf(outcome: string | undefined): QuestionOutcome | undefined {
  if (outcome === "answer" || outcome?.startsWith("calculated:")) return "answered";
  if (outcome === "clarify") return "clarified";
  if (outcome === "decline" || outcome === "decline_out_of_scope") return "declined";
  return undefined;
}
