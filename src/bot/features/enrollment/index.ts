/** "Daftar minat" (I want to join): menu entry, /daftar, routing words, and the conversation. */
import { Composer } from "grammy";
import { createConversation } from "@grammyjs/conversations";
import type { BotContext, Language } from "../../context";
import type { Feature } from "../../create-bot";
import { continuesOnOwnButtons, enterFresh, formOptions } from "../../conversation-kit";
import { inPrivateChat } from "../../private-chat";
import { createEnrollmentConversation, ENROLLMENT_ID, type EnrollmentDeps } from "./conversation";

export function enrollmentFeature(deps: Omit<EnrollmentDeps, "i18n">): Feature {
  return ({ actions, i18n }) => {
    const composer = new Composer<BotContext>();
    composer.use(createConversation(createEnrollmentConversation({ ...deps, i18n }), formOptions(ENROLLMENT_ID)));
    // paused for a question, the form goes on when a button of its step is pressed after the answer
    continuesOnOwnButtons(ENROLLMENT_ID);
    const enter = async (ctx: BotContext) => {
      if (!(await inPrivateChat(ctx, "join"))) return;
      ctx.outcome = "enrollment";
      await enterFresh(ctx, ENROLLMENT_ID, (await ctx.i18n.getLocale()) as Language);
    };
    actions.register("join", enter);
    composer.command(["daftar", "join"], enter);
    return composer;
  };
}
