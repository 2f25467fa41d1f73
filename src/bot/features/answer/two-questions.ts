/**
 * Two (or three) questions in one message: "brp iuran bpu trs cara daftarnya gmn", "saldo jht 20
 * juta bisa klaim di jmo? pajaknya brp", "gaji 5 jt potongan brp, trus jkp nya brp kl di phk".
 * Answered as a whole, one half was dropped. The message is cut into clauses (knowledge/clauses);
 * the cut is kept only when each clause kept is a question the bot answers on its own (a
 * calculation, or an entry found confidently) and each is about something else. A clause that only
 * sets the scene ("jht sy 40 jt", "halo kak") is no question; one that names a thing the next clause
 * is about ("jht dan jp untuk aparat desa") is not cut off at all. A later clause is searched as a
 * follow-up to the one before ("cara daftarnya gmn" after the BPU contribution is BPU registration).
 *
 * Pure planning: what to send is decided here, the answer feature sends it.
 */
import type { KnowledgeBase } from "../../../knowledge/load";
import type { KnowledgeSearch, SearchResult } from "../../../knowledge/search";
import { searchFollowUp, type FollowUpOptions } from "../../../knowledge/follow-up";
import { askingWords, clausesOf } from "../../../knowledge/clauses";
import { asksSomething } from "../../../knowledge/sentences";
import type { KnowledgeEntry } from "../../../knowledge/schema";
import { detectCalculation, detectCalculationIn, isVillageBudgetCalculation, type CalculationRequest } from "../../../rules/question";
import { asksAboutRegulation } from "../../../knowledge/intents";

type CalculationKind = CalculationRequest["kind"];

/** One part of the reply, in the order sent. */
export type QuestionPart =
  /** A calculation: `text` is what the calculator is given (the clause, or the whole message when the numbers sit in another clause). */
  | { kind: "calculation"; clause: string; text: string; calculation: CalculationKind }
  /** A knowledge entry answered. */
  | { kind: "entry"; clause: string; entryId: string }
  /** A clause only fairly matched: offered under its own label ("Pertanyaan kedua Anda: …") with its best entries; `position` counts the questions from 0. */
  | { kind: "offer"; clause: string; position: number; entryIds: string[] };

export type QuestionPlan =
  | { kind: "parts"; parts: QuestionPart[] }
  /** No clause is answered confidently but each is fairly matched, about something else: "Maksud Anda…?" with the best of each first. */
  | { kind: "clarify"; entryIds: string[] };

export interface PlanContext {
  search: KnowledgeSearch;
  knowledge: KnowledgeBase;
  /** The entry a calculation's result is about (CALCULATION_TOPICS). */
  calculationTopics: Readonly<Partial<Record<CalculationKind, string>>>;
  /** The entry the user was told last, which the first clause may lean on, as the whole message would. */
  previous?: KnowledgeEntry;
  followUpOptions?: FollowUpOptions;
  now?: Date;
  /** What the message's readings are kept under while it is answered (the update): the calculator reads the whole message again. */
  scope?: object;
}

/** A clause matched below the answer threshold but at least this sure is offered under its own label; below it, it is no question. */
export const FAIR_CONFIDENCE = 0.6;

/**
 * Entries a calculation's result answers besides its topic (CALCULATION_TOPICS): a clause answered by
 * one of them is the calculation asked again ("my income is 2 million, how much bpu contribution").
 */
const ANSWERED_BY_CALCULATION: Readonly<Partial<Record<CalculationKind, readonly string[]>>> = {
  bpu: ["bpu-iuran", "bpu-hitung-iuran"],
  group: ["bpu-iuran", "bpu-hitung-iuran"],
  wage: ["employer-rincian-iuran", "employer-potongan-gaji", "jht-iuran", "jp-iuran", "jkk-iuran", "jkm-iuran"],
  village: ["desa-iuran-aparat-siltap", "desa-iuran-pekerja-rentan"],
  villages: ["desa-iuran-aparat-siltap", "desa-iuran-pekerja-rentan"],
  jkk_death: ["jkk-meninggal", "bpu-meninggal-kecelakaan"],
};

/** The entries a fairly matched clause offers. */
const OFFERED = 2;

type Target =
  | { kind: "calculation"; calculation: CalculationKind; text: string }
  | { kind: "entry"; entryId: string }
  | { kind: "fair"; entryIds: string[] };

interface Clause {
  text: string;
  position: number;
  target?: Target;
  question: boolean;
}

/**
 * What to send for `text` read as several questions, or undefined when it does not cut cleanly
 * (then the message is answered as a whole, as it always was).
 */
export function planQuestions(text: string, context: PlanContext): QuestionPlan | undefined {
  const pieces = clausesOf(text);
  if (pieces.length < 2) return undefined;
  // A plan needs two questions. A clause that asks nothing is one only when it is the entry the whole message
  // is answered with, and two such clauses would be that one question twice: with no clause asking, or one
  // and the whole not answered, the message stays whole, and its clauses need no search
  const asking = pieces.map((piece) => asksSomething(askingWords(piece)));
  const askingCount = asking.filter(Boolean).length;
  if (askingCount === 0) return undefined;
  const { search, knowledge, calculationTopics } = context;
  const now = context.now ?? new Date();
  const { scope } = context;
  const detect = (t: string) => (scope ? detectCalculationIn(scope, t, now) : detectCalculation(t, now));
  const wholeCalculation = detect(text);
  // the calculator asks back for what is missing: that question is the reply, as today
  if (wholeCalculation?.kind === "ask") return undefined;
  const whole: SearchResult = searchFollowUp(search, text, context.previous, context.followUpOptions).result;
  const wholeTop = whole.outcome === "answer" ? whole.candidates[0]?.entry.id : undefined;
  if (askingCount === 1 && wholeTop === undefined) return undefined;

  const clauses: Clause[] = [];
  let previous = context.previous;
  let askingQuestions = 0;
  let otherQuestions = 0;
  let afterCalculation: CalculationKind | undefined;
  for (const [position, piece] of pieces.entries()) {
    // once the clauses left cannot make two questions (at most one of them a clause that asks nothing, above),
    // the message stays whole: they need no search ("halo kak, iuran bpu brp" after its greeting found no answer)
    const askingLeft = asking.slice(position).filter(Boolean).length;
    if (askingQuestions + askingLeft + Math.min(1, otherQuestions + (pieces.length - position - askingLeft)) < 2) return undefined;
    const own = detect(piece);
    let target: Target | undefined;
    // "saldo jht 20 juta bisa klaim di jmo? pajaknya brp": the whole computes the tax, so the JMO half is the JMO entry's
    const jmoHalf = own?.kind === "jht_tax" && own.jmoAsked && wholeCalculation?.kind === "jht_tax" && !wholeCalculation.jmoAsked;
    if (own && own.kind !== "ask" && !jmoHalf) {
      target = { kind: "calculation", calculation: own.kind, text: own.kind === wholeCalculation?.kind ? text : piece };
    } else {
      // after a clause computing a budget for a village or a group of workers, "dasar hukumnya apa" asks the basis for paying it
      const afterBudget = afterCalculation !== undefined && (isVillageBudgetCalculation(afterCalculation) || afterCalculation === "group");
      const options = position === 0 ? context.followUpOptions : afterBudget ? { afterCalculation: true, afterVillageCalculation: true } : undefined;
      const found = searchFollowUp(search, piece, previous, options).result;
      // a half about health insurance or a topic not ours: declined as a whole, as today
      if (found.aboutHealthInsurance || found.outOfScope) return undefined;
      const ids = found.candidates.map((c) => c.entry.id).filter((id) => knowledge.byId.has(id));
      if (found.outcome === "answer" && ids[0]) target = { kind: "entry", entryId: ids[0] };
      else if (found.outcome === "clarify" && found.confidence >= FAIR_CONFIDENCE && ids[0]) target = { kind: "fair", entryIds: ids.slice(0, OFFERED) };
    }
    // a clause that asks nothing only sets the scene ("jht sy 40 jt", "halo kak"), unless the whole
    // message is answered by it ("kartu hilang, trus …": the lost card is what the bot already answers)
    const question = !!target && (asking[position]! || (target.kind === "entry" && target.entryId === wholeTop));
    clauses.push({ text: piece, position, target, question });
    if (question && asking[position]) askingQuestions++;
    else if (question) otherQuestions++;
    const leanOn = !target ? undefined : target.kind === "calculation" ? calculationTopics[target.calculation] : target.kind === "entry" ? target.entryId : target.entryIds[0];
    if (question && leanOn) previous = knowledge.byId.get(leanOn) ?? previous;
    if (question) afterCalculation = target?.kind === "calculation" ? (target.calculation === wholeCalculation?.kind ? wholeCalculation.kind : target.calculation) : undefined;
  }

  // the whole message's calculation belongs to a clause: the one that computes it alone, else the
  // one asking about its subject ("pajaknya brp" after "saldo jht 20 juta …"); none, and it is not cut
  if (wholeCalculation) {
    const kind = wholeCalculation.kind;
    const answers = answeredBy(kind, calculationTopics);
    const about = (c: Clause, found: "entry" | "fair") => {
      const t = c.target;
      if (t?.kind !== found) return false;
      return answers.includes(t.kind === "entry" ? t.entryId : t.kind === "fair" ? t.entryIds[0]! : "");
    };
    // a clause that asks it: one computing it alone, else one asking about its subject (an answer before a fair
    // match); a clause that only gives the figure ("she earns 1.5 million") leaves the message whole, as today
    // one clause computing something else alone is the owner too: the other clause's words changed the whole's kind
    // ("boleh ga dana desa bayar bpjs? brp iuran 50 petani setahun" is a village budget, its clause a group's)
    const computing = clauses.filter((c) => c.question && c.target?.kind === "calculation");
    const owner =
      clauses.find((c) => c.question && c.target?.kind === "calculation" && c.target.calculation === kind) ??
      clauses.find((c) => c.question && about(c, "entry")) ??
      clauses.find((c) => c.question && about(c, "fair")) ??
      (computing.length === 1 ? computing[0] : undefined);
    if (!owner) return undefined;
    owner.target = { kind: "calculation", calculation: kind, text };
  } else if (clauses.some((c) => c.question && c.target?.kind === "calculation")) {
    // a clause computes what the whole message does not: the whole is left to the calculator as today
    return undefined;
  }

  const questions = clauses.filter((c) => c.question);
  // beside a village budget computed, a village question only fairly matched ("boleh ga dana desa bayar bpjs?")
  // is about that budget's money: its best entry is answered, not only offered (explore13 village #4)
  const villageBudget = questions.some((c) => c.target?.kind === "calculation" && isVillageBudgetCalculation(c.target.calculation));
  for (const c of questions) {
    const best = c.target?.kind === "fair" ? knowledge.byId.get(c.target.entryIds[0]!) : undefined;
    if (villageBudget && best?.topic === "village") c.target = { kind: "entry", entryId: best.id };
  }
  if (questions.length < 2) return undefined;
  // each about something else: two clauses one entry (or one calculation) answers are one question
  const keys = questions.map((c) => keyOf(c.target!, calculationTopics));
  if (new Set(keys.flat()).size !== keys.flat().length) return undefined;
  // an entry that answers the whole message confidently and none of its clauses answers both at once
  // ("Klaim JKP dan JHT sekaligus"): the message stays whole
  if (wholeTop && !keys.flat().includes(wholeTop)) return undefined;

  const fair = questions.filter((c) => c.target!.kind === "fair");
  if (fair.length === questions.length) {
    // none answered: the choice offered holds the best for each half, then what the whole found
    if (questions.length !== 2 || whole.outcome === "answer") return undefined;
    const firsts = fair.map((c) => (c.target as { entryIds: string[] }).entryIds[0]!);
    const rest = whole.candidates.map((c) => c.entry.id).filter((id) => !firsts.includes(id));
    return { kind: "clarify", entryIds: [...firsts, ...rest].slice(0, 3) };
  }
  if (fair.length > 1) return undefined;

  // calculations first, then the knowledge answers, then what is only offered: the follow-up memory ends on the last answer
  const parts: QuestionPart[] = [];
  for (const c of questions) {
    const t = c.target!;
    if (t.kind === "calculation") parts.push({ kind: "calculation", clause: c.text, text: t.text, calculation: t.calculation });
  }
  for (const c of questions) {
    const t = c.target!;
    if (t.kind === "entry") parts.push({ kind: "entry", clause: c.text, entryId: t.entryId });
  }
  for (const c of questions) {
    const t = c.target!;
    if (t.kind === "fair") parts.push({ kind: "offer", clause: c.text, position: questions.indexOf(c), entryIds: t.entryIds });
  }
  return { kind: "parts", parts };
}

/** What a clause is about: a calculation stands for its kind and the entry its result is about. */
function keyOf(target: Target, topics: Readonly<Partial<Record<CalculationKind, string>>>): string[] {
  if (target.kind === "calculation") return [`calc:${target.calculation}`, ...answeredBy(target.calculation, topics)];
  return target.kind === "entry" ? [target.entryId] : [target.entryIds[0]!];
}

/** The entries a calculation of `kind` answers: its topic and those listed in ANSWERED_BY_CALCULATION. */
function answeredBy(kind: CalculationKind, topics: Readonly<Partial<Record<CalculationKind, string>>>): string[] {
  const topic = topics[kind];
  return [...new Set([...(topic ? [topic] : []), ...(ANSWERED_BY_CALCULATION[kind] ?? [])])];
}

/**
 * A message about a regulation ("dasar hukumnya apa") is answered whole, its numbers not computed; but when
 * it is cut into a clause computing figures that names no regulation and another asking the legal basis
 * ("brp iuran 50 petani setahun, dasar hukumnya apa"), each part is answered (explore13 village #4).
 */
export function computesBesideRegulation(plan: QuestionPlan | undefined): plan is Extract<QuestionPlan, { kind: "parts" }> {
  return plan?.kind === "parts" && plan.parts.some((p) => p.kind === "calculation" && !asksAboutRegulation(p.clause)) && plan.parts.some((p) => p.kind !== "calculation");
}
