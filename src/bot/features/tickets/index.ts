/**
 * "Tanya petugas": a user's question becomes a ticket (TK-2026-000012), forwarded to the
 * officers of their province (or the officer group). An officer answers by replying to the
 * forwarded message; the bot relays the answer in the office's name, never the officer's.
 * Open tickets are re-raised by reraiseStaleTickets (called from a timer).
 */
import { Composer, InlineKeyboard, type Context } from "grammy";
import { createConversation } from "@grammyjs/conversations";
import type { I18n } from "@grammyjs/i18n";
import type { Kysely } from "kysely";
import type { BaseContext, BotContext, Language } from "../../context";
import type { Feature } from "../../create-bot";
import type { Regions, TimeZoneName } from "../../../regions";
import type { Database } from "../../../store/schema";
import { escapeHtml } from "../../html";
import { inPrivateChat } from "../../private-chat";
import { askStep, CANCEL_DATA, dataOf, formOptions, isSkipWord, type Conv, type Intercept, type Translate } from "../../conversation-kit";
import { createI18n } from "../../i18n";
import { logAudit } from "../../../store/repos/audit";
import { getUser, knownProvince, setBlocked } from "../../../store/repos/users";
import { officersForProvince, responsibleFor } from "../../../store/repos/officers";
import { coversProvince, localDateTime, officerRole } from "../../../officers/roles";
import { isOfficeHours } from "../../../leads/follow-up";
import { requireOfficer } from "../../officer-guard";
import { officerLanguages } from "../officers/leads";
import { giveQuestionProvince, latestDeclinedOf, QUESTION_RETENTION_MONTHS } from "../../../feedback/store";
import { maskIdentityNumbers } from "../../../feedback/identity-numbers";
import {
  claimAnswer, claimReraise, createTicket, finishAnswer, FORWARD_REFERENCE, MAX_TICKET_QUESTION, provinceReaders, releaseAnswer, setForward, staleTickets,
  ticketByForward, ticketByReference, ticketRecipients,
} from "./store";

export { formatTicketReference, createTicket, provinceReaders, staleTickets } from "./store";

export const TICKET_CONVERSATION = "ticket";
export const ASK_OFFICER_DATA = "tk:ask";
/** Officers the bot knows no language of (and the officer group) read forwards in Indonesian. */
const OFFICER_LANGUAGE: Language = "id";
/** How recent a declined question must be to be offered as the ticket's question. */
const LAST_DECLINED_WITHIN_MS = 24 * 3_600_000;

export interface TicketsDeps {
  db: Kysely<Database>;
  regions: Regions;
}

/** Minimal Bot API surface for sending (bot.api fits). */
export interface TicketApi {
  sendMessage(chatId: number, text: string, other?: { parse_mode?: "HTML"; link_preview_options?: { is_disabled?: boolean } }): Promise<{ message_id: number }>;
}

export function provinceName(regions: Pick<Regions, "get"> | undefined, code: string | null): string {
  if (!code) return "";
  return regions?.get(code)?.name ?? code;
}

/** The ticket as officers get it; `toOwners`: sent to the owners because no officer covers its province, which it says. */
function forwardText(
  i18n: I18n<BaseContext>,
  language: Language,
  ticket: { reference: string; province_code: string | null; question: string },
  regions: Pick<Regions, "get"> | undefined,
  toOwners: boolean,
): string {
  const province = escapeHtml(provinceName(regions, ticket.province_code) || i18n.t(language, "tk-region-all"));
  const text = i18n.t(language, "tk-forward", { reference: ticket.reference, province, question: escapeHtml(ticket.question), toOwners: toOwners ? "yes" : "no" });
  return toOwners ? `${text}\n\n${i18n.t(language, "tk-forward-no-officer", { province })}` : text;
}

/** Telegram's answer when the chat blocked the bot (or deleted their account). */
function isBlocked(error: unknown): boolean {
  return (error as { error_code?: number })?.error_code === 403;
}

export function ticketsFeature(deps: TicketsDeps): Feature {
  return (env) => {
    const { db, regions } = deps;
    const { config, i18n } = env;
    const composer = new Composer<BotContext>();

    // Officers answer by replying to a forwarded ticket (private chat or the officer group).
    composer.on("message", async (ctx, next) => {
      const replied = ctx.message.reply_to_message;
      if (!replied || replied.from?.id !== ctx.me.id) return next();
      const reference = FORWARD_REFERENCE.exec((replied.text ?? "").replace(/<[^>]+>/g, ""))?.[1];
      const ticket = (await ticketByForward(db, ctx.chat.id, replied.message_id)) ?? (reference ? await ticketByReference(db, reference) : undefined);
      if (!ticket && !reference) return next();
      const role = await officerRole(db, config.OWNER_IDS, ctx.from.id);
      const inOfficerGroup = config.OFFICER_GROUP_ID !== undefined && ctx.chat.id === config.OFFICER_GROUP_ID;
      if (!ticket) {
        // the forward names a ticket that is gone (its asker used /hapusdata): the reply is an
        // answer to nobody, not a question for the bot, so it is neither relayed nor searched
        ctx.outcome = "ticket_gone";
        if (role) await logAudit(db, ctx.from.id, "ticket_reply_gone", { reference });
        await ctx.reply(role ? ctx.t("tk-gone", { reference: reference! }) : ctx.t("tk-not-officer"), { reply_parameters: { message_id: ctx.message.message_id } });
        return;
      }
      // the one officer guard (in the officers' group too); a refusal is audited there
      if (!role) {
        await requireOfficer(ctx, { db, ownerIds: config.OWNER_IDS }, "ticket_reply", { privateOnly: false, deniedKey: "tk-not-officer" });
        return;
      }
      if (!inOfficerGroup && !coversProvince(role, ticket.province_code)) {
        ctx.outcome = "ticket_reply_denied";
        await logAudit(db, ctx.from.id, "officer_denied", { action: "ticket_reply" });
        // an officer whose province changed since the forward is told why, not that they are no officer
        const text = ctx.t("tk-out-of-scope", { province: escapeHtml(provinceName(regions, ticket.province_code) || ctx.t("tk-region-all")) });
        await ctx.reply(text, { parse_mode: "HTML", reply_parameters: { message_id: ctx.message.message_id } });
        return;
      }
      const answer = ctx.message.text?.trim();
      if (!answer) {
        await ctx.reply(ctx.t("tk-reply-text-only"));
        return;
      }
      // claimed, not yet answered: the ticket is marked answered only once the asker has the answer,
      // so a crash in between leaves it open (raised again, answerable after the claim's lease)
      const claim = await claimAnswer(db, ticket.id);
      if (claim !== "claimed") {
        ctx.outcome = "ticket_already_answered";
        await ctx.reply(claim === "busy" ? ctx.t("tk-answer-in-progress", { reference: ticket.reference }) : ctx.t("tk-already-answered", { reference: ticket.reference }));
        return;
      }
      const asker = await getUser(db, ticket.chat_id);
      const language: Language = asker?.language?.startsWith("en") ? "en" : "id";
      const province = provinceName(regions, ticket.province_code);
      // an owner answering because no officer covers the province does not answer in a province office's name
      const byOwners = !inOfficerGroup && role.kind === "owner" && (await responsibleFor(db, ticket.province_code)).toOwners;
      // the asker reads what the officer wrote: a number in it (the branch's phone, the asker's own KPJ
      // to check) is there for them; only the stored copy is masked (see finishAnswer)
      const text = i18n.t(language, byOwners ? "tk-answer-owners" : "tk-answer", { province: escapeHtml(province), reference: ticket.reference, answer: escapeHtml(answer) });
      try {
        await ctx.api.sendMessage(ticket.chat_id, text.replace(/ {2,}/g, " "), { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
      } catch (error) {
        // not delivered: the claim is released, so the answer is neither lost nor refused on a retry
        await releaseAnswer(db, ticket.id);
        if (!isBlocked(error)) throw error;
        // the asker blocked the bot: the officer is told so plainly; the ticket waits (not raised
        // again) until the asker writes to the bot, which unblocks them, and can be answered then
        await setBlocked(db, ticket.chat_id, true);
        await logAudit(db, ctx.from.id, "ticket_answer_blocked", { reference: ticket.reference });
        ctx.outcome = "ticket_asker_blocked";
        await ctx.reply(ctx.t("tk-answer-blocked", { reference: ticket.reference }), { parse_mode: "HTML", reply_parameters: { message_id: ctx.message.message_id } });
        return;
      }
      await finishAnswer(db, ticket.id, answer, { chatId: ctx.chat.id, messageId: replied.message_id });
      await logAudit(db, ctx.from.id, "ticket_answered", { reference: ticket.reference });
      ctx.outcome = "ticket_answered";
      await ctx.reply(ctx.t("tk-answer-sent", { reference: ticket.reference }));
    });

    composer.use(createConversation(ticketConversation(deps, i18n, { officerGroupId: config.OFFICER_GROUP_ID, ownerIds: config.OWNER_IDS }), formOptions(TICKET_CONVERSATION)));

    const enter = async (ctx: BotContext, question: string | undefined) => {
      if (!(await inPrivateChat(ctx))) return;
      ctx.outcome = "ticket_start";
      const language = ((await ctx.i18n.getLocale()) === "en" ? "en" : "id") as Language;
      await ctx.conversation.enter(TICKET_CONVERSATION, language, question ?? null);
    };
    composer.command(["tanyapetugas", "askofficer"], async (ctx) => {
      const args = typeof ctx.match === "string" ? ctx.match.trim() : "";
      // too long to forward whole: said, as in the form's own step, rather than cut without a word
      if (args.length > MAX_TICKET_QUESTION) {
        ctx.outcome = "too_long";
        await ctx.reply(ctx.t("tk-question-too-long", { length: args.length, max: MAX_TICKET_QUESTION }));
        return;
      }
      // a NIK in it is masked before it waits in the form's state, as it is in the ticket
      await enter(ctx, args ? maskIdentityNumbers(args) : undefined);
    });
    composer.callbackQuery(ASK_OFFICER_DATA, async (ctx) => {
      await ctx.answerCallbackQuery();
      await enter(ctx, undefined);
    });

    return composer;
  };
}

function ticketConversation(deps: TicketsDeps, i18n: I18n<BaseContext>, routing: { officerGroupId?: number; ownerIds: readonly number[] }) {
  const { db, regions } = deps;
  return async function ticket(conversation: Conv, ctx: Context, language: Language, given: string | null) {
    const t: Translate = (key, vars) => i18n.t(language, key, vars);
    const chatId = ctx.chat!.id;
    const lastDeclined = await conversation.external(async () => (await latestDeclinedOf(db, chatId, LAST_DECLINED_WITHIN_MS))?.text ?? null);

    // who reads the question, why, and for how long: said once, before anything is sent (UU PDP art. 20–22)
    let noticeShown = false;
    const withNotice = (text: string) => {
      if (noticeShown) return text;
      noticeShown = true;
      return `${text}\n\n${t("tk-privacy-notice", { via: routing.officerGroupId !== undefined ? "group" : "province", months: QUESTION_RETENTION_MONTHS })}`;
    };
    // the buttons carry a token of the question they offer: "Ya" under an older offer (another
    // question, from a form since replaced) must not send the question offered now
    const confirmQuestion = (text: string) => askStep(conversation, ctx, {
      prompt: withNotice(t("tk-use-last", { question: escapeHtml(text) })),
      keyboard: new InlineKeyboard().text(t("tk-use-last-yes"), `tku:yes:${questionToken(text)}`).text(t("tk-use-last-no"), `tku:no:${questionToken(text)}`),
      parse: (c, typed) => {
        const m = /^(yes|no)(?::([0-9a-z]+))?$/.exec(dataOf(c, "tku:", typed) ?? "");
        if (!m) return { ok: false };
        // (buttons sent before the token existed carry none, and are taken as before)
        if (m[2] !== undefined && m[2] !== questionToken(text)) return { ok: false, hint: t("tk-offer-stale") };
        return { ok: true, value: m[1] === "yes" };
      },
      hint: t("choose-button-hint"),
      buttonsOnly: true,
    });

    // "🙏🙏🙏" or a bare province name after the command is no question for officers: asked for below
    let question = given && questionProblem(given, regions) === undefined ? given : null;
    // the province the user gave for their latest question to officers (this purpose)
    let provinceCode = (await conversation.external(async () => (await lastTicketProvince(db, chatId)) ?? null));
    // the one given for a subscription or lead was for another purpose: offered below, never used unasked
    const offered = provinceCode ? null : await conversation.external(async () => (await knownProvince(db, chatId)) ?? null);
    // a question typed after the command to an asker whose province is known would go at once: it is confirmed first
    if (question && provinceCode && !(await confirmQuestion(question))) question = null;
    // else the question the bot could not answer today, if any: offered so the user need not type it again
    else if (!question && lastDeclined && (await confirmQuestion(lastDeclined))) question = lastDeclined;
    while (!question) {
      const typed = await askStep<{ question: string } | { province: string }>(conversation, ctx, {
        prompt: withNotice(t("tk-ask-question")),
        parse: (c) => {
          const text = c.message?.text?.trim();
          if (!text || text.startsWith("/") || text.length > MAX_TICKET_QUESTION) return { ok: false };
          const problem = questionProblem(text, regions);
          // a province typed here answers the question the user expected next: it is kept, and the question asked again
          if (problem?.kind === "province" && !provinceCode) return { ok: true, value: { province: problem.code } };
          if (problem) return { ok: false, hint: t(PROBLEM_HINT[problem.kind]) };
          return { ok: true, value: { question: text } };
        },
        hint: t("tk-question-hint", { max: MAX_TICKET_QUESTION }),
      });
      if ("province" in typed) {
        provinceCode = typed.province;
        await ctx.reply(t("tk-province-noted", { province: escapeHtml(provinceName(regions, provinceCode)) }), { parse_mode: "HTML" });
      } else question = typed.question;
    }

    // a province or city the question names ("sy ojol di kota bandung …") is where the asker is: not asked again
    // (confirmed first, with who reads it: the user may live elsewhere than the place they ask about)
    if (!provinceCode) {
      const inQuestion = provinceNamedIn(question, regions);
      const named = inQuestion ?? offered ?? undefined;
      if (named) {
        const taken = await askStep<string | null>(conversation, ctx, {
          prompt: withNotice(t(inQuestion ? "tk-province-from-question" : "tk-province-known", { province: escapeHtml(provinceName(regions, named)) })),
          keyboard: new InlineKeyboard().text(t("tk-province-from-question-yes"), `tkn:yes:${named}`).text(t("tk-province-from-question-other"), `tkn:no:${named}`).row()
            .text(t("flow-cancel-button"), CANCEL_DATA),
          typedWords: { ya: `tkn:yes:${named}`, iya: `tkn:yes:${named}`, kirim: `tkn:yes:${named}`, yes: `tkn:yes:${named}`, ok: `tkn:yes:${named}`, oke: `tkn:yes:${named}`, bukan: `tkn:no:${named}`, no: `tkn:no:${named}` },
          parse: (c, typed) => {
            const d = dataOf(c, "tkn:", typed);
            // a button of an earlier offer (another province) is not this one
            return d === `yes:${named}` ? { ok: true, value: named } : d === `no:${named}` ? { ok: true, value: null } : { ok: false };
          },
          // a province or city typed instead ("makassar") answers: it is where the question goes
          typedAnswer: (text) => (text.split(/\s+/).length <= 3 ? provinceNamedIn(text, regions) : undefined),
          hint: t("choose-button-hint"),
          buttonsOnly: true,
        });
        provinceCode = taken;
      }
    }
    provinceCode ??= await askProvince(conversation, ctx, {
      regions,
      t,
      prompt: withNotice(t("tk-ask-province")),
      keyboard: new InlineKeyboard().text(t("flow-cancel-button"), CANCEL_DATA),
      // "makasih" is no province to search for: the question is not sent yet, as the reply says
      thanksHint: t("tk-province-thanks"),
    });

    const created = await conversation.external(async () => {
      const tk = await createTicket(db, { chatId, provinceCode, question: question! });
      // the declined question sent on: the province chosen for it here goes with its stored copy too
      if (question === lastDeclined) await giveQuestionProvince(db, chatId, question, provinceCode, LAST_DECLINED_WITHIN_MS);
      const routed = await ticketRecipients(db, provinceCode, routing);
      // each officer reads the forward in their own language
      const languages = Object.fromEntries(await officerLanguages(db, routed.recipients));
      // only all-province officers have it when none is registered for the province: said so, as the notify offer says
      const readers = provinceCode && routing.officerGroupId === undefined && !routed.toOwners ? await provinceReaders(db, provinceCode) : null;
      return { ticket: tk, ...routed, languages, readers };
    });
    const forwards: { chatId: number; messageId: number }[] = [];
    for (const to of created.recipients) {
      try {
        const text = forwardText(i18n, created.languages[to] ?? OFFICER_LANGUAGE, created.ticket, regions, created.toOwners);
        const sent = await ctx.api.sendMessage(to, text, { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
        forwards.push({ chatId: to, messageId: sent.message_id });
      } catch {
        // an officer who blocked the bot: the others still get it
      }
    }
    const first = forwards[0];
    if (first) await conversation.external(() => setForward(db, created.ticket.id, first.chatId, first.messageId));
    const province = escapeHtml(provinceName(regions, provinceCode));
    const reference = created.ticket.reference;
    // only the owners have it when no officer covers the province: the asker is told so, not that an officer has it
    const key = forwards.length === 0 ? "tk-no-officer" : created.toOwners ? "tk-created-owners" : created.readers === "all" ? "tk-created-all" : "tk-created";
    await ctx.reply(t(key, { province, reference }), { parse_mode: "HTML" });
  };
}

export interface ProvinceStepOptions {
  regions: Pick<Regions, "get" | "provinceAndRegency" | "findProvinceOrRegency"> & Partial<Pick<Regions, "lookupProvinceOrRegency">>;
  t: Translate;
  /** HTML prompt, saying what the province is for. */
  prompt: string;
  /** The step's buttons: Batal, or Lewati (with `skipData`). */
  keyboard: InlineKeyboard;
  /** The reply to a thank-you typed where the province is asked. */
  thanksHint: string;
  /** Callback data of a "Lewati" button: pressed, or "lewati" typed, the step answers null. */
  skipData?: string;
  /** Updates the caller handles before the step reads them (askStep's `intercept`). */
  intercept?: Intercept;
}

/**
 * Asks for the user's province, typed as a province, regency or city ("sulsel", "makassar"; a
 * name in several provinces offers them as buttons); the province's code. A question typed
 * here leaves the step and is answered. Used by /tanyapetugas and the "beri tahu saya" offer.
 */
export function askProvince(conversation: Conv, ctx: Context, o: ProvinceStepOptions & { skipData: string }): Promise<string | null>;
export function askProvince(conversation: Conv, ctx: Context, o: ProvinceStepOptions & { skipData?: undefined }): Promise<string>;
export function askProvince(conversation: Conv, ctx: Context, o: ProvinceStepOptions): Promise<string | null> {
  const { regions, t } = o;
  return askStep<string | null>(conversation, ctx, {
    prompt: o.prompt,
    keyboard: o.keyboard,
    intercept: o.intercept,
    // a question typed here ("kl iuran jp sy kurang 15 thn gmn?") pauses the form and is answered
    questionsLeave: true,
    parse: async (c) => {
      if (o.skipData !== undefined && c.callbackQuery?.data === o.skipData) return { ok: true, value: null };
      const picked = dataOf(c, "tkp:");
      if (picked && regions.get(picked)) return { ok: true, value: regions.provinceAndRegency(regions.get(picked)!).province.code };
      const text = c.message?.text?.trim();
      if (!text) return { ok: false };
      if (o.skipData !== undefined && isSkipWord(text)) return { ok: true, value: null };
      if (THANKS.test(text)) return { ok: false, hint: o.thanksHint };
      // a regency or city names its province ("makassar"); two of one province ("semarang") still do.
      // Said in a sentence ("saya di makassar kak", "dari kab bone"), the place is read out of it:
      // by its exact name first, then, typos allowed, what is left once the words around it are gone
      const bare = withoutPlaceFiller(text);
      // "saya", "di" alone name no place (though a typo search would find one)
      if (!bare) return { ok: false, hint: t("tk-province-unknown") };
      // a typo guess ("gorontalooo") is offered as a button, not taken: the question goes to that province's officers
      const lookup = (q: string) => regions.lookupProvinceOrRegency?.(q) ?? { areas: regions.findProvinceOrRegency(q), sure: true };
      let { areas: found, sure } = lookup(text);
      if (found.length === 0) {
        const named = provinceNamedIn(text, regions);
        if (named) return { ok: true, value: named };
        ({ areas: found, sure } = lookup(bare));
      }
      const provinces = [...new Set(found.map((a) => regions.provinceAndRegency(a).province.code))];
      if (provinces.length === 1 && sure) return { ok: true, value: provinces[0]! };
      if (found.length === 0) return { ok: false, hint: t("tk-province-unknown") };
      const kb = new InlineKeyboard();
      for (const a of found.slice(0, 6)) kb.text(a.name, `tkp:${a.code}`).row();
      await c.reply(t("tk-province-choose"), { reply_markup: kb });
      return { ok: false, silent: true };
    },
    hint: t("tk-province-unknown"),
  });
}

/** Words said around a place where the province is asked: "saya tinggal di …", "dari …", "… kak". */
const PLACE_LEAD = /^((saya|sy|sya|aku|ak|kami|kita)(\s+|$))?((tinggal|domisili|asal|berasal|orang|kerja|bekerja|skrg|sekarang)(\s+|$))?((di|dari|dr|dri)(\s+|$))?/;
const PLACE_TAIL = /(\s+(kak|kakak|ka|kk|min|gan|pak|bu|mas|mbak|mba|bang|dong|deh|aja|saja|sih|nih|ya|yah|ini))+$/;

/** The place in a typed answer with the words around it taken off ("di jawa tmur kak" → "jawa tmur"). */
function withoutPlaceFiller(text: string): string {
  const plain = text.toLowerCase().replace(/[^\p{L}\p{N}.\s]/gu, " ").replace(/\s+/g, " ").trim();
  return plain.replace(PLACE_TAIL, "").replace(PLACE_LEAD, "").trim();
}

/** A thank-you or an "ok", typed where the province is asked. */
const THANKS = /^\s*(makasih|mksh|makasi|trims|trm ksh|terima ?kasih|thanks|thank you|thx|tq|ok|oke|okay|sip|siap|mantap|baik)\b[\s\p{L}!.]*$/iu;

/** Words that are never a region's name, though one may read like them. */
const NOT_PLACE_WORDS = new Set(["sy", "saya", "kl", "kalau", "di", "ke", "dari", "yg", "dan", "atau", "jp", "jht", "jkk", "jkm", "jkp", "bpu", "pabrik", "kerja", "ojol"]);

/**
 * The one province a question names, by a province's, regency's or city's exact name ("di kota
 * bandung", "pabrik jakarta", "sulsel"); none when it names none or places in several provinces.
 */
export function provinceNamedIn(text: string, regions: Pick<Regions, "findProvinceOrRegency" | "provinceAndRegency">): string | undefined {
  const words = text.toLowerCase().match(/[\p{L}\p{N}.]+/gu)?.map((w) => w.replace(/\.$/, "")) ?? [];
  const provinces = new Set<string>();
  for (let size = 3; size >= 1; size--) {
    for (let i = 0; i + size <= words.length; i++) {
      const part = words.slice(i, i + size);
      if (part.some((w) => NOT_PLACE_WORDS.has(w)) || (size === 1 && part[0]!.length < 4 && !/^(dki|diy|ntb|ntt)$/.test(part[0]!))) continue;
      const phrase = part.join(" ");
      const found = regions.findProvinceOrRegency(phrase);
      const codes = new Set(found.map((a) => regions.provinceAndRegency(a).province.code));
      if (found.length > 0 && codes.size === 1 && regionNamedExactly(phrase, found)) provinces.add([...codes][0]!);
    }
  }
  return provinces.size === 1 ? [...provinces][0] : undefined;
}

/** A short token of a question's text, for the buttons that offer it (djb2, base 36). */
function questionToken(text: string): string {
  let hash = 5381;
  for (const ch of text) hash = ((hash * 33) ^ ch.codePointAt(0)!) >>> 0;
  return hash.toString(36);
}

/** The province of the chat's latest question to officers, for a user who gave it only there. */
async function lastTicketProvince(db: Kysely<Database>, chatId: number): Promise<string | undefined> {
  const row = await db.selectFrom("tickets").select("province_code").where("chat_id", "=", chatId).where("province_code", "is not", null).orderBy("id", "desc").limit(1).executeTakeFirst();
  return row?.province_code ?? undefined;
}

/**
 * Why a text is not yet a question officers can answer: no words at all ("🙏🙏🙏"), a province's
 * or city's name alone ("sulsel", typed where the province was expected), or a single word.
 */
export function questionProblem(
  text: string,
  regions: Pick<Regions, "findProvinceOrRegency" | "provinceAndRegency">,
): { kind: "no-words" } | { kind: "numbers-only" } | { kind: "province"; code: string } | { kind: "one-word" } | undefined {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  // numbers alone (a phone, a NIK) are no question, and not emoji either: said as what they are
  if (!words.some((w) => /\p{L}/u.test(w))) return { kind: words.length > 0 ? "numbers-only" : "no-words" };
  if (words.length <= 3 && !/\?/.test(text)) {
    const found = regions.findProvinceOrRegency(text);
    const provinces = new Set(found.map((a) => regions.provinceAndRegency(a).province.code));
    if (provinces.size === 1 && found.length > 0 && regionNamedExactly(text, found)) return { kind: "province", code: [...provinces][0]! };
  }
  if (words.length < 2) return { kind: "one-word" };
  return undefined;
}

/** What a text that is no question yet is told, by what is wrong with it. */
const PROBLEM_HINT = { "no-words": "tk-question-words", "numbers-only": "tk-question-numbers", province: "tk-question-too-short", "one-word": "tk-question-too-short" } as const;

/** Whether the text is the region's name or short name itself, not a word the search merely resembles. */
function regionNamedExactly(text: string, found: readonly { name: string }[]): boolean {
  const bare = (s: string) => s.toLowerCase().replace(/^(provinsi|prov\.?|kabupaten|kab\.?|kota)\s+/, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  const typed = bare(text);
  if (found.some((a) => bare(a.name) === typed)) return true;
  // a short name ("sulsel", "jatim", "dki"): the initials of the province's words, in order, not a typo of some word
  const only = found.length === 1 ? found[0]! : undefined;
  return only !== undefined && !typed.includes(" ") && typed.length <= 8 && initialsInOrder(typed, bare(only.name).split(" "));
}

function initialsInOrder(typed: string, words: readonly string[]): boolean {
  if (words.length === 0 || typed[0] !== words[0]![0]) return false;
  let at = 0;
  for (const word of words) {
    at = typed.indexOf(word[0]!, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

let officerI18n: I18n<BaseContext> | undefined;

/**
 * Sends every open ticket older than `afterMs` (and not re-raised in the last `afterMs`)
 * to its officers again, marked "Belum dijawab". Returns how many tickets were re-raised.
 */
export async function reraiseStaleTickets(
  db: Kysely<Database>,
  api: TicketApi,
  now: Date,
  afterMs: number,
  options: { officerGroupId?: number; ownerIds?: readonly number[]; regions?: Pick<Regions, "get" | "zoneOf">; i18n?: I18n<BaseContext> } = {},
): Promise<number> {
  const i18n = options.i18n ?? (officerI18n ??= createI18n(OFFICER_LANGUAGE));
  let count = 0;
  for (const ticket of await staleTickets(db, now, afterMs)) {
    // the province's own officers read their clock and are reminded in their working hours (a later
    // tick does it); all-province officers, owners and a central group read WIB, the national reference
    const own = options.officerGroupId === undefined && ticket.province_code !== null
      && (await officersForProvince(db, ticket.province_code)).some((o) => o.provinceCode === ticket.province_code);
    const zone: TimeZoneName = own && options.regions ? options.regions.zoneOf(ticket.province_code!) : "WIB";
    if (!isOfficeHours(now, zone)) continue;
    // claimed before sending: with several instances running this timer, one of them re-raises it
    if (!(await claimReraise(db, ticket.id, now, afterMs))) continue;
    const { recipients, toOwners } = await ticketRecipients(db, ticket.province_code, options);
    const asked = localDateTime(ticket.created_at, zone);
    const since = `${asked.date} ${asked.time} ${zone}`;
    const languages = await officerLanguages(db, recipients);
    let last: { chatId: number; messageId: number } | undefined;
    for (const to of recipients) {
      const language = languages.get(to) ?? OFFICER_LANGUAGE;
      const text = `${i18n.t(language, "tk-reraise", { since })}\n\n${forwardText(i18n, language, ticket, options.regions, toOwners)}`;
      try {
        const sent = await api.sendMessage(to, text, { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
        last = { chatId: to, messageId: sent.message_id };
      } catch {
        // keep going for the other officers
      }
    }
    if (last) await setForward(db, ticket.id, last.chatId, last.messageId);
    await logAudit(db, "system", "ticket_reraised", { reference: ticket.reference, recipients: recipients.length });
    count++;
  }
  return count;
}
