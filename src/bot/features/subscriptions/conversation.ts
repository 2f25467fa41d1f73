/**
 * /langganan: a separate consent (what is stored and why), then province (type to
 * search), optional regency, and topics; stored with the consent in one transaction.
 */
import { InlineKeyboard, type Context } from "grammy";
import type { I18n } from "@grammyjs/i18n";
import type { Kysely } from "kysely";
import type { Area, Regions } from "../../../regions";
import type { Database } from "../../../store/schema";
import { getActiveConsent } from "../../../store/repos/consents";
import { getSubscription, subscribe, SUBSCRIPTION_CONSENT_VERSION, TOPICS, topicsOf, type Topic } from "../../../officers/subscriptions";
import type { BaseContext, Language } from "../../context";
import { askArea, askConsent, askMultiSelect, askStep, CANCEL_DATA, dataOf, textOf, type Conv, type Translate } from "../../conversation-kit";
import { escapeHtml } from "../../html";

export const SUBSCRIBE_ID = "subscribe";

export interface SubscribeDeps {
  db: Kysely<Database>;
  regions: Regions;
  i18n: I18n<BaseContext>;
}

export function areaKeyboard(areas: Area[], prefix: string, t: Translate, skip: boolean): InlineKeyboard {
  const kb = new InlineKeyboard();
  for (const a of areas.slice(0, 8)) kb.text(a.name, `${prefix}${a.code}`).row();
  if (skip) kb.text(t("sub-regency-skip"), `${prefix}skip`);
  return kb.text(t("flow-cancel-button"), CANCEL_DATA);
}

export function topicsKeyboard(selected: ReadonlySet<Topic>, t: Translate): InlineKeyboard {
  const kb = new InlineKeyboard();
  for (const topic of TOPICS) kb.text(`${selected.has(topic) ? "✅" : "▫️"} ${t(`sub-topic-${topic}`)}`, `sub:topic:${topic}`).row();
  return kb.text(t("sub-topics-done"), "sub:topic:done").text(t("flow-cancel-button"), CANCEL_DATA);
}

export function createSubscribeConversation(deps: SubscribeDeps) {
  return async function subscribeConversation(conversation: Conv, ctx: Context, language: Language = "id") {
    const t: Translate = (key, vars) => deps.i18n.t(language, key, vars);
    const chatId = ctx.chat!.id;

    const consented = await conversation.external(async () => {
      const c = await getActiveConsent(deps.db, chatId, "subscription");
      return c?.text_version === SUBSCRIPTION_CONSENT_VERSION;
    });
    if (!consented) {
      const agreed = await askConsent(conversation, ctx, {
        prompt: t("sub-consent-text"),
        prefix: "sub:consent:",
        keyboard: new InlineKeyboard().text(t("sub-consent-agree"), "sub:consent:yes").text(t("sub-consent-decline"), "sub:consent:no"),
        hint: t("sub-consent-hint"),
      });
      if (!agreed) {
        await ctx.reply(t("sub-consent-declined"));
        return;
      }
    }

    const askAreaLevel = (prompt: string, prefix: string, options: Area[], find: (q: string) => Area[], skip: boolean) =>
      askArea(conversation, ctx, {
        prompt,
        prefix,
        options,
        find,
        byCode: (code) => deps.regions.get(code),
        skippable: skip,
        keyboard: (areas, skippable) => areaKeyboard(areas, prefix, t, skippable),
        texts: { hint: t("sub-area-hint"), choose: t("sub-area-choose"), notFound: (text) => t("sub-area-not-found", { text: escapeHtml(text) }) },
      });

    // a regency or city typed instead of the province answers both questions
    const picked = (await askAreaLevel(t("sub-ask-province"), "sub:p:", [], (q) => deps.regions.findProvinceOrRegency(q), false))!;
    const { province, regency: named } = deps.regions.provinceAndRegency(picked);
    const regency =
      named ??
      (await askAreaLevel(
        t("sub-ask-regency", { province: escapeHtml(province.name) }),
        "sub:r:",
        deps.regions.regenciesOf(province.code),
        (q) => deps.regions.findRegency(province.code, q),
        true,
      ));

    const existing = await conversation.external(() => getSubscription(deps.db, chatId));
    const topics = await askMultiSelect<Topic>(conversation, ctx, {
      prompt: t("sub-ask-topics"),
      values: TOPICS,
      initial: existing ? topicsOf(existing) : ["events", "rules"],
      prefix: "sub:topic:",
      keyboard: (selected) => topicsKeyboard(selected, t),
      hint: t("sub-topics-hint"),
      empty: t("sub-topics-empty"),
    });
    await conversation.external(() => subscribe(deps.db, chatId, { provinceCode: province.code, regencyCode: regency?.code ?? null, topics }));
    await ctx.reply(
      t("sub-saved", {
        region: escapeHtml(regency ? `${regency.name}, ${province.name}` : province.name),
        topics: topics.map((x) => t(`sub-topic-${x}`)).join(", "),
      }),
      { parse_mode: "HTML" },
    );
  };
}

