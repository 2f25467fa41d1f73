/** The calculator's buttons: under a result, under the bot's question for a missing figure. */
import { InlineKeyboard } from "grammy";
import { formatRupiah, type RuleBook } from "../../../rules/rule-book";
import { RISK_CLASSES, type RiskClass } from "../../../rules/calculators";
import type { AskRequest, CalculationRequest } from "../../../rules/question";
import type { Language } from "../../context";
import type { Translate } from "../../conversation-kit";
import { resultKeyboard } from "./render";
import { unmetJkpCondition } from "./results";

/** Prefix of the two buttons that say whether the writer is an employee or self-employed (BPU). */
export const WORKER_KIND = "calc:wk:";

/** "Hitung lagi" under a village budget: the data of its button. */
export const VILLAGE_AGAIN = "calc:again:village";

/** The step-by-step form that asks for the missing figure: the village one for counts and months; the risk classes as buttons. */
export function askKeyboard(request: AskRequest, t: Translate, lang: Language): InlineKeyboard {
  const { missing } = request;
  // "gaji 5-6 jt": either end of the range, one press each
  if (request.range && request.pending) {
    return request.range
      .reduce((kb, amount) => kb.text(formatRupiah(amount, lang), `${RANGE_PICK}${amount}`), new InlineKeyboard())
      .row()
      .text(t("calc-ask-button"), "calc:again");
  }
  if (missing === "risk_class") return riskButtons(t, RISK_CLASSES);
  if (missing === "worker_kind") return new InlineKeyboard().text(t("calc-worker-kind-wage"), `${WORKER_KIND}wage`).row().text(t("calc-worker-kind-bpu"), `${WORKER_KIND}bpu`);
  if (missing === "return_rate") return returnButtons(JHT_RETURN_AGAIN).row().text(t("calc-ask-button"), "calc:again");
  return new InlineKeyboard().text(t("calc-ask-button"), missing === "monthly_income" || missing === "several_wages" || missing === "amount_period" || missing === "wage_period" ? "calc:again" : "calc:village");
}

/** Prefix of a button that gives the JHT illustration asked for (or just shown) a yearly return. */
export const JHT_RETURN_AGAIN = "calc:jret:";
/** The returns the form offers: a choice for the user, no rule of ours. */
export const JHT_RETURNS = [3, 5, 7];
export const returnButtons = (prefix: string) => JHT_RETURNS.reduce((kb, r) => kb.text(`${r}%`, `${prefix}${r}`), new InlineKeyboard());

/** Prefix of a button that completes the income asked for with one end of the range written. */
export const RANGE_PICK = "calc:range:";

/** Prefix of a button that computes the last wage result again with another risk class. */
export const RISK_AGAIN = "calc:risk:";

/** One button per risk class, two to a row. */
function riskButtons(t: Translate, classes: readonly RiskClass[], keyboard = new InlineKeyboard()): InlineKeyboard {
  classes.forEach((r, i) => {
    keyboard.text(t(`risk-${r}`), `${RISK_AGAIN}${r}`);
    if (i % 2 === 1) keyboard.row();
  });
  return keyboard.row();
}

/** A result's buttons; a wage result that assumed the lowest risk offers the other classes first. */
export function keyboardFor(book: RuleBook, request: Exclude<CalculationRequest, AskRequest>, t: Translate): InlineKeyboard {
  // a JKP condition not met: the knowledge entry that explains it, first
  const unmet = request.kind === "jkp" && !request.resigned ? unmetJkpCondition(book, request) : undefined;
  if (unmet) return resultKeyboard(t, new InlineKeyboard().text(t("calc-jkp-read-rule"), `kb:${unmet.entryId}`).row());
  if (request.kind === "village") return resultKeyboard(t, undefined, VILLAGE_AGAIN);
  if (request.kind !== "wage" || request.riskClass) return resultKeyboard(t);
  const higher = RISK_CLASSES.filter((r) => r !== "very_low");
  return resultKeyboard(t, riskButtons(t, higher));
}
