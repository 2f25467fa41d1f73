/** "Daftar minat" (I want to join): menu entry, /daftar, routing words, and the conversation. */
import { Composer } from "grammy";
import { createConversation } from "@grammyjs/conversations";
import type { BotContext, Language } from "../../context";
import type { Feature } from "../../create-bot";
import { continuesOnOwnButtons, enterFresh, formOptions } from "../../conversation-kit";
import { inPrivateChat } from "../../private-chat";
import { renderAnswer } from "../answer/render";
import { situationIn } from "../../../knowledge/situation";
import type { WorkerKind } from "../../../leads/validate";
import type { WorkerKind as SituationWorker } from "../../../knowledge/schema";
import { createEnrollmentConversation, ENROLLMENT_ID, type EnrollmentDeps } from "./conversation";

/** "mau ikut yg murah aja", "mau daftar brp sebulan": a wish to join that asks the price. */
const ASKS_PRICE = /\b(murah\w*|termurah|brp|berapa|brapa|iuran\w*|biaya\w*|bayar\w*|harga\w*|tarif\w*|cost\w*|cheap\w*|price\w*|fee)\b/i;

/** The fee answer for the worker the message describes: an employee's, a migrant worker's, else the BPU fee. */
const PRICE_ENTRY: Readonly<Record<SituationWorker, string>> = { pu: "employer-rincian-iuran", pmi: "pmi-iuran", bpu: "bpu-iuran" };

/** The kind of worker in the form, as the answers' situation memory knows workers (a village official: none). */
function situationWorker(kind: WorkerKind): SituationWorker | undefined {
  if (kind === "wage") return "pu";
  if (kind === "migrant") return "pmi";
  return kind === "village_apparatus" ? undefined : "bpu";
}

export function enrollmentFeature(deps: Omit<EnrollmentDeps, "i18n">): Feature {
  return ({ actions, i18n, deps: bot }) => {
    const composer = new Composer<BotContext>();
    const situations = bot.recentTopics?.situations;
    const rememberWorker = (userId: number, kind: WorkerKind) => {
      const worker = situationWorker(kind);
      if (worker && situations) situations.remember(userId, { worker, events: situations.recall(userId)?.events ?? [] });
    };
    composer.use(createConversation(createEnrollmentConversation({ rememberWorker, ...deps, i18n }), formOptions(ENROLLMENT_ID)));
    // paused for a question, the form goes on when a button of its step is pressed after the answer
    continuesOnOwnButtons(ENROLLMENT_ID);
    const enter = async (ctx: BotContext) => {
      if (!(await inPrivateChat(ctx, "join"))) return;
      const language = (await ctx.i18n.getLocale()) as Language;
      // "sy pedagang pasar mau ikut yg murah aja": the price first, with the button that opens the form
      const text = ctx.message?.text ?? "";
      const priceEntry = !text.startsWith("/") && ASKS_PRICE.test(text) ? bot.knowledge.byId.get(PRICE_ENTRY[situationIn(text).worker ?? "bpu"]) : undefined;
      if (priceEntry) {
        ctx.outcome = "answer";
        const { text: answer, keyboard } = renderAnswer(ctx, priceEntry, bot.knowledge, language, true);
        await ctx.reply(answer, { parse_mode: "HTML", reply_markup: keyboard, link_preview_options: { is_disabled: true } });
        if (ctx.from) bot.recentTopics?.remember(ctx.from.id, { entryId: priceEntry.id });
        return;
      }
      ctx.outcome = "enrollment";
      await enterFresh(ctx, ENROLLMENT_ID, language);
    };
    actions.register("join", enter);
    composer.command(["daftar", "join"], enter);
    return composer;
  };
}
