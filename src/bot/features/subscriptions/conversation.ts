/**
 * /langganan: a separate consent (what is stored and why), then province (type to
 * search) and optional regency; stored with the consent in one transaction.
 */
import { InlineKeyboard, type Context } from "grammy";
import type { I18n } from "@grammyjs/i18n";
import type { Kysely } from "kysely";
import type { Area, AreaLookup, Regions } from "../../../regions";
import type { Database } from "../../../store/schema";
import { getActiveConsent } from "../../../store/repos/consents";
import { getSubscription, subscribe, SUBSCRIPTION_CONSENT_VERSION, TOPICS } from "../../../officers/subscriptions";
import type { BaseContext, Language } from "../../context";
import { askConsent, CANCEL_DATA, type Conv, type Translate } from "../../conversation-kit";
import { escapeHtml } from "../../html";
import { askAreaConfirmed } from "../enrollment/area-confirm";

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

    // a subscription already there is replaced by this one (one region per chat): said before it happens
    const current = await conversation.external(async () => {
      const sub = await getSubscription(deps.db, chatId);
      if (!sub) return null;
      const province = deps.regions.get(sub.province_code)?.name ?? sub.province_code;
      const regency = sub.regency_code ? deps.regions.get(sub.regency_code)?.name : undefined;
      return regency ? `${regency}, ${province}` : province;
    });

    // a typo guess is asked back before it is used (askAreaConfirmed)
    const askAreaLevel = (prompt: string, prefix: string, options: Area[], lookup: (q: string) => AreaLookup, skip: boolean) =>
      askAreaConfirmed(conversation, ctx, t, {
        prompt,
        prefix,
        options,
        lookup,
        byCode: (code) => deps.regions.get(code),
        skippable: skip,
        keyboard: (areas, skippable) => areaKeyboard(areas, prefix, t, skippable),
        texts: { hint: t("sub-area-hint"), choose: t("sub-area-choose"), notFound: (text) => t("sub-area-not-found", { text: escapeHtml(text) }) },
      });

    // a regency or city typed instead of the province answers both questions
    const askProvince = current ? `${t("sub-current-replaced", { region: escapeHtml(current) })}\n\n${t("sub-ask-province")}` : t("sub-ask-province");
    const picked = (await askAreaLevel(askProvince, "sub:p:", [], (q) => deps.regions.lookupProvinceOrRegency(q), false))!;
    const { province, regency: named } = deps.regions.provinceAndRegency(picked);
    const regency =
      named ??
      (await askAreaLevel(
        t("sub-ask-regency", { province: escapeHtml(province.name) }),
        "sub:r:",
        deps.regions.regenciesOf(province.code),
        (q) => deps.regions.lookupRegency(province.code, q),
        true,
      ));

    // events are all a subscription receives, so there is no topic to choose
    await conversation.external(() => subscribe(deps.db, chatId, { provinceCode: province.code, regencyCode: regency?.code ?? null, topics: [...TOPICS] }));
    const saved = t("sub-saved", { region: escapeHtml(regency ? `${regency.name}, ${province.name}` : province.name) });
    await ctx.reply(current ? `${saved}\n${t("sub-replaced", { region: escapeHtml(current) })}` : saved, { parse_mode: "HTML" });
  };
}

