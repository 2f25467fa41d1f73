/** How a knowledge answer, a "Maksud Anda…?" and a decline look in the chat. */
import { InlineKeyboard } from "grammy";
import type { KnowledgeBase } from "../../../knowledge/load";
import { MAX_LABEL_LENGTH, type KnowledgeEntry } from "../../../knowledge/schema";
import type { BotContext, Language } from "../../context";
import { escapeHtml } from "../../html";
import { QUESTION_RETENTION_MONTHS } from "../../../feedback/store";
import { ASK_OFFICER_DATA } from "../tickets";
import { withoutUnaskedOpener } from "../../../knowledge/opener";

/**
 * The entry's button text, in English for English readers when the entry has one.
 * kb:check requires labels; an entry added without one shows its first question, cut to fit.
 */
export function entryLabel(entry: KnowledgeEntry, language: Language = "id"): string {
  const label = (language === "en" && entry.labelEn) || entry.label;
  if (label) return label;
  const q = entry.questions[0]!.trim();
  const text = q.charAt(0).toUpperCase() + q.slice(1);
  return text.length > MAX_LABEL_LENGTH ? `${text.slice(0, MAX_LABEL_LENGTH - 1)}…` : text;
}

/**
 * `offerJoin`: the enrollment interest form is offered under the answer ("📝 Daftar minat");
 * `question`: what the user typed, whose kind of question decides whether a yes/no opener fits.
 */
export function renderAnswer(ctx: BotContext, entry: KnowledgeEntry, kb: KnowledgeBase, language: Language, offerJoin = false, question?: string) {
  const body = withoutUnaskedOpener(language === "en" && entry.answerEn ? entry.answerEn : entry.answer, question);
  const lines = [body, ""];
  if (entry.articleId) lines.push(`<i>${ctx.t("answer-article-note")}</i>`);
  if (entry.uncertain) lines.push(ctx.t("answer-uncertain"));
  lines.push(ctx.t("answer-source", { sources: escapeHtml(entry.sources.join("; ")) }));
  const keyboard = new InlineKeyboard();
  for (const id of entry.related.slice(0, 3)) {
    const related = kb.byId.get(id);
    if (related) keyboard.text(entryLabel(related, language), `kb:${id}`).row();
  }
  if (offerJoin) keyboard.text(ctx.t("menu-join"), "menu:join").row();
  // a vote can lead to "what was missing?": a conversation for a private chat, not a group
  if (ctx.chat?.type === "private") keyboard.text("👍", `fb:1:${entry.id}`).text("👎", `fb:0:${entry.id}`);
  return { text: lines.join("\n").replace(/\n{3,}/g, "\n\n"), keyboard };
}

/** `offerJoin`: the question asks about registering, so the enrollment interest form is offered beside the entries. */
export function renderClarify(ctx: BotContext, entries: KnowledgeEntry[], language: Language, offerJoin = false) {
  const keyboard = new InlineKeyboard();
  for (const e of entries) keyboard.text(entryLabel(e, language), `kb:${e.id}`).row();
  if (offerJoin) keyboard.text(ctx.t("menu-join"), "menu:join").row();
  keyboard.text(ctx.t("clarify-none"), "kb:none");
  return { text: ctx.t("clarify-title"), keyboard };
}

/** The two ways an officer gets back to a user who asked to be contacted: the enrollment interest and a question to officers. */
export function contactMeKeyboard(ctx: BotContext): InlineKeyboard {
  return new InlineKeyboard().text(ctx.t("menu-join"), "menu:join").row().text(ctx.t("menu-officer"), ASK_OFFICER_DATA);
}

export function renderDecline(ctx: BotContext, aboutHealthInsurance: boolean, sayKept = false) {
  const lines = [ctx.t("decline")];
  if (aboutHealthInsurance) lines.push("", ctx.t("decline-health"));
  if (sayKept) lines.push("", ctx.t("decline-recorded", { months: QUESTION_RETENTION_MONTHS }));
  return lines.join("\n");
}
