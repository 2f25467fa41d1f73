/**
 * "Daftar minat": consent first (UU PDP 27/2022), then who they are, what they
 * do, where, which programs, how to reach them; a summary with an edit button
 * per field; Kirim writes the lead in one transaction and gives a reference.
 */
import { InlineKeyboard, type Context } from "grammy";
import type { I18n } from "@grammyjs/i18n";
import type { Regions, Area, AreaLookup } from "../../../regions";
import type { LeadDraft, StoredLead } from "../../../leads/types";
import { ENROLLMENT_CONSENT_VERSION, LEAD_RETENTION_MONTHS } from "../../../leads/types";
import {
  OCCUPATION_FROM_KIND, WORKER_KINDS, basePackageFor, kindFromOccupation, programsFor, programsPromptKey, toggleProgram, validateOccupation,
  validateVillageDetails, villageOccupation, withBasePackage, type Program, type WorkerKind,
} from "../../../leads/validate";
import type { BaseContext, Language } from "../../context";
import {
  areasAsButtons, askConsent, askMultiSelect, askStep, dataOf, isSkipWord, leaveIfQuestion, textOf, typedButton, waitForAnswer, type Conv, type EarlyAnswer,
  type Translate,
} from "../../conversation-kit";
import { escapeHtml } from "../../html";
import { isForeignPlace, namesOnlyForeignPlace, readPhone, typesOnlyPhone } from "./abroad";
import { askAreaConfirmed } from "./area-confirm";
import { saidBefore } from "./said-before";
import {
  areaKeyboard, consentKeyboard, contactKeyboard, existingLeadKeyboard, KIND_WORDS, kindKeyboard, PROGRAM_WORDS, programsKeyboard, SUMMARY_WORDS, summaryKeyboard,
  villageDetailsKeyboard, withCancel,
} from "./keyboards";

export interface LeadService {
  findOpen(chatId: number): Promise<StoredLead | undefined>;
  /** Creates the lead, or updates the open one, with the consent record, in one transaction. */
  submit(chatId: number, draft: LeadDraft, consentVersion: string): Promise<StoredLead>;
}

export interface EnrollmentDeps {
  regions: Regions;
  leads: LeadService;
  i18n: I18n<BaseContext>;
  /** Tells the officers of the lead's province (officer feature); errors there never reach the user. */
  onLeadSubmitted?: (lead: StoredLead) => Promise<void>;
  /**
   * Whether an officer on the bot covers the province. When none does, the confirmation
   * promises no call-back (the lead waits for the bot's administrators) and points to 175.
   */
  officersCover?: (provinceCode: string) => Promise<boolean>;
  /**
   * The kind of worker told in the form, for the answers to questions asked while it is paused
   * (a fisher asking "brp sebulan" is a BPU worker): the situation memory of the answers.
   */
  rememberWorker?: (userId: number, kind: WorkerKind) => void;
}

export const ENROLLMENT_ID = "enrollment";

export function createEnrollmentConversation(deps: EnrollmentDeps) {
  return async function enrollment(conversation: Conv, ctx: Context, language: Language = "id") {
    const t: Translate = (key, vars) => deps.i18n.t(language, key, vars);
    const chatId = ctx.chat!.id;

    const existing = await conversation.external(() => deps.leads.findOpen(chatId));
    let draft: Partial<LeadDraft> = {};
    if (existing) {
      const update = await askStep(conversation, ctx, {
        prompt: `${t("lead-existing", { reference: existing.reference })}\n\n${summaryText(existing, t)}`,
        keyboard: existingLeadKeyboard(t),
        parse: (c, typed) => {
          const d = dataOf(c, "enr:existing:", typed);
          return d ? { ok: true, value: d === "update" } : { ok: false };
        },
        hint: t("choose-button-hint"),
        buttonsOnly: true,
      });
      if (!update) {
        await ctx.reply(t("lead-kept", { reference: existing.reference }));
        return;
      }
      const { id: _id, reference: _r, chatId: _c, status: _s, createdAt: _ca, updatedAt: _u, ...rest } = existing;
      draft = rest;
    }

    /**
     * A phone number typed at a step before the contact step (the programs, say) answers the
     * contact step, not this one: it is no question to pause the form for, nor an identity number
     * to warn about. Said to come later, the step stays open. Whether the text was a phone number
     * is all that is kept (the form's saved copy of the text has the number hidden); the contact
     * step asks for it again. Once a contact is given (an edit from the summary), steps read it as before.
     */
    const phoneComesLater = (step: "programs" | "next" | "later"): EarlyAnswer => async (c) => {
      if (draft.contactViaTelegram !== undefined || draft.phone) return undefined;
      const typed = c.message?.text ?? "";
      const phone = await conversation.external(() => typesOnlyPhone(typed));
      return phone ? t("phone-asked-later", { step }) : undefined;
    };

    const agreed = await askConsent(conversation, ctx, {
      prompt: t("consent-text", { months: LEAD_RETENTION_MONTHS }), prefix: "enr:consent:", keyboard: consentKeyboard(t), hint: t("consent-hint"),
      // details typed before agreeing ("sy ani, hp 0812…, tinggal di makassar") are no question to pause for,
      // and nothing is recorded yet: said so, with the choice to make first
      early: async (c) => (await phoneComesLater("later")(c)) ?? (GIVES_DETAILS.test(c.message?.text ?? "") ? t("consent-details-first") : undefined),
    });
    if (!agreed) {
      await ctx.reply(t("consent-declined"));
      return;
    }

    /** The kind of worker; an occupation typed instead of a button ("sy pembantu rumah tangga") gives both. */
    const askKind = () =>
      askStep<{ kind: WorkerKind; occupation?: string }>(conversation, ctx, {
        prompt: t("ask-kind"),
        keyboard: kindKeyboard(t),
        // the kind typed in everyday words ("ojol", "tkw", "kuli bangunan"), beside the buttons' labels
        typedWords: KIND_WORDS,
        parse: (c, typed) => {
          const d = dataOf(c, "enr:kind:", typed);
          return d && (WORKER_KINDS as readonly string[]).includes(d) ? { ok: true, value: { kind: d as WorkerKind } } : { ok: false };
        },
        // a direct answer naming an occupation not among the buttons: its kind, the occupation kept
        typedAnswer: (text) => kindFromOccupation(text),
        hint: t("choose-button-hint"),
        buttonsOnly: true,
        early: phoneComesLater("later"),
      });

    /**
     * Asks the kind; an occupation read from the answer is kept and said back, so the next step is
     * not asked. "kembali" at the occupation step goes back to the kind, rather than being stored.
     */
    const askKindAndOccupation = async (): Promise<Pick<LeadDraft, "workerKind" | "occupation">> => {
      for (;;) {
        const read = await askKind();
        await kindTold(read.kind);
        if (read.occupation === undefined) {
          const occupation = await askOccupation(read.kind);
          if (occupation === null) continue;
          return { workerKind: read.kind, occupation };
        }
        await ctx.reply(t("kind-from-occupation", { kind: t(`kind-${read.kind}`), occupation: escapeHtml(read.occupation) }), { parse_mode: "HTML" });
        return { workerKind: read.kind, occupation: read.occupation };
      }
    };

    /**
     * A kind of worker told (a button, a typed word, the opening message): the answers to questions
     * asked meanwhile know it; a wage earner hears that the employer registers them.
     */
    const kindTold = async (kind: WorkerKind) => {
      const userId = ctx.from?.id;
      if (deps.rememberWorker && userId !== undefined) await conversation.external(() => deps.rememberWorker!(userId, kind));
      if (kind === "wage") await ctx.reply(t("wage-employer-note"), { parse_mode: "HTML" });
    };

    /** The occupation; null: "kembali" typed, to go back a step (a word of navigation, never an occupation). */
    const askOccupation = async (kind: WorkerKind): Promise<string | null> => {
      const implied = OCCUPATION_FROM_KIND[kind];
      if (implied) return implied;
      return askStep<string | null>(conversation, ctx, {
        prompt: t("ask-occupation"),
        keyboard: withCancel(new InlineKeyboard(), t),
        questionsLeave: true,
        parse: async (c) => {
          const text = textOf(c);
          if (!text) return { ok: false };
          if (BACK_WORDS.test(text)) {
            await c.reply(t("form-going-back"), { parse_mode: "HTML" });
            return { ok: true, value: null };
          }
          // "hong kong": where they work, not what they do
          if (namesOnlyForeignPlace(text)) return { ok: false, hint: t("occupation-abroad", { text: escapeHtml(text.slice(0, 60)) }) };
          const r = validateOccupation(text);
          return r.ok ? r : { ok: false, hint: t(`occupation-${r.reason}`) };
        },
        hint: t("occupation-hint"),
        early: phoneComesLater("later"),
      });
    };

    /**
     * A village official's occupation is "Aparat desa"; the village, their title and how many
     * officials are to be registered are asked beside it (skippable), for the officers, once the
     * region and programs are known.
     */
    const askVillageDetails = () =>
      askStep<string>(conversation, ctx, {
        prompt: t("ask-village-details"),
        keyboard: villageDetailsKeyboard(t),
        questionsLeave: true,
        parse: (c) => {
          if (dataOf(c, "enr:village:") === "skip") return { ok: true, value: villageOccupation(undefined) };
          const text = textOf(c);
          if (!text) return { ok: false };
          if (isSkipWord(text)) return { ok: true, value: villageOccupation(undefined) };
          const r = validateVillageDetails(text);
          return r.ok ? { ok: true, value: villageOccupation(r.value) } : { ok: false, hint: t(`village-details-${r.reason}`) };
        },
        hint: t("village-details-hint"),
        early: phoneComesLater("next"),
      });

    /**
     * One level of the region, with the enrollment's own texts and buttons. `within`: the area
     * already chosen, named above the question so a wrong match is seen ("📍 Banten").
     */
    const askAreaLevel = (level: "province" | "regency" | "district", options: Area[], lookup: (q: string) => AreaLookup, skippable: boolean, within?: string) => {
      const prefix = `enr:${level[0]}:`;
      // "pick a button" only where there are buttons to pick (the province is always typed, as its prompt says)
      const question = t(level === "province" || areasAsButtons(options) ? `ask-${level}` : `ask-${level}-typed`);
      return askAreaConfirmed(conversation, ctx, t, {
        prompt: within ? `${t("area-within", { area: escapeHtml(within) })}\n${question}` : question,
        prefix,
        options,
        lookup,
        byCode: (code) => deps.regions.get(code),
        skippable,
        // every level has Batal, and Lewati where skipping is allowed, also without a list
        keyboard: (areas, skip) => areaKeyboard(areas, prefix, t, { skip }),
        texts: {
          hint: t("area-type-name"),
          choose: t("area-choose"),
          // a migrant worker types the country they work in: the form wants their home area
          notFound: (text) => {
            const said = t(isForeignPlace(text) ? "area-abroad" : skippable ? "area-not-found-skip" : "area-not-found", { text: escapeHtml(text) });
            // "salah, sy bukan karyawan" / "kembali": an earlier answer to correct, which the summary's ✏️ buttons do
            return CORRECTION_WORDS.test(text) ? `${said}\n${t("form-correct-later")}` : said;
          },
        },
        early: phoneComesLater("later"),
      });
    };

    /** `named`: the province or regency the opening message named ("di pinrang"): the questions after it are asked. */
    const askRegion = async (named?: Area): Promise<Pick<LeadDraft, "provinceCode" | "regencyCode" | "districtCode" | "regionLabel">> => {
      // a regency or city typed instead of the province answers both questions
      const picked = named ?? (await askAreaLevel("province", [], (q) => deps.regions.lookupProvinceOrRegency(q), false))!;
      const { province, regency: given } = deps.regions.provinceAndRegency(picked);
      const regency =
        given ??
        (await askAreaLevel("regency", deps.regions.regenciesOf(province.code), (q) => deps.regions.lookupRegency(province.code, q), true, province.name));
      let district: Area | undefined;
      if (regency) {
        const districts = deps.regions.districtsOf(regency.code);
        district = await askAreaLevel("district", districts, (q) => ({ areas: deps.regions.findDistrict(regency.code, q), sure: true }), true, deps.regions.label(regency.code));
      }
      const code = district?.code ?? regency?.code ?? province.code;
      return { provinceCode: province.code, regencyCode: regency?.code, districtCode: district?.code, regionLabel: deps.regions.label(code) };
    };

    // only the programs this kind of worker can join are offered, the base package completed (shown in the summary)
    const askPrograms = async (kind: WorkerKind, initial: Program[] = []) => {
      const offered = programsFor(kind);
      const chosen = await askMultiSelect<Program>(conversation, ctx, {
        prompt: t(programsPromptKey(kind)),
        values: offered,
        initial: initial.filter((p) => offered.includes(p)),
        prefix: "enr:prog:",
        keyboard: (selected) => programsKeyboard(selected, t, offered),
        hint: t("programs-hint"),
        empty: t("programs-empty"),
        toggle: (selected, program) => toggleWithBasePackage(selected, program, kind),
        early: phoneComesLater("programs"),
        typedWords: PROGRAM_WORDS,
        ticked: t("programs-ticked"),
      });
      return withEmployerSet(withBasePackage(chosen, kind), kind);
    };

    const askContact = () =>
      askStep<Pick<LeadDraft, "phone" | "contactViaTelegram">>(conversation, ctx, {
        prompt: t("ask-contact"),
        keyboard: contactKeyboard(t),
        parse: async (c) => {
          const contact = c.message?.contact;
          if (contact && contact.user_id !== c.from?.id) return { ok: false, hint: t("contact-not-yours") };
          const text = textOf(c);
          if (!contact && !text) return { ok: false };
          // the button's label, or the same said in words ("lewat telegram aja")
          if (text === t("contact-telegram-only") || (text && meansTelegramOnly(text))) return { ok: true, value: { phone: undefined, contactViaTelegram: true } };
          // read from the message as it arrived: the form's saved copy of it has the number hidden,
          // so the number read is kept as this step's result for the lead
          // (Telegram gives a shared contact's number in international form, mostly without its "+")
          const r = await conversation.external(() => readPhone(contact ? `+${contact.phone_number.replace(/^\+/, "")}` : c.message?.text ?? ""));
          return r.ok ? { ok: true, value: { phone: r.phone, contactViaTelegram: false } } : { ok: false, hint: t(`phone-${r.reason}`) };
        },
        hint: t("phone-invalid"),
        // "iuran bpu brp?" here is a question, not a number
        questionsLeave: true,
      });

    // what the opening message said ("sy nelayan di pinrang mau daftar"), read now that the user agreed: said back, not asked
    const said = existing ? undefined : saidBefore(textOf(ctx), deps.regions);
    if (said) {
      draft.workerKind = said.kind;
      draft.occupation = said.occupation ?? OCCUPATION_FROM_KIND[said.kind];
      const shown = [said.occupation ? t("said-before-occupation", { kind: t(`kind-${said.kind}`), occupation: escapeHtml(said.occupation) }) : t("said-before-kind", { kind: t(`kind-${said.kind}`) })];
      if (said.area) shown.push(t("said-before-region", { region: escapeHtml(deps.regions.label(said.area.code)) }));
      await ctx.reply(t("said-before", { said: shown.join(", ") }), { parse_mode: "HTML" });
      await kindTold(said.kind);
    }
    const kindAsked = !draft.workerKind;
    if (kindAsked) Object.assign(draft, await askKindAndOccupation());
    if (!draft.occupation) {
      const occupation = await askOccupation(draft.workerKind!);
      // "kembali": back to the kind, told in the opening message
      if (occupation === null) Object.assign(draft, await askKindAndOccupation());
      else draft.occupation = occupation;
    }
    const kind = draft.workerKind!;
    if (!draft.provinceCode) Object.assign(draft, await askRegion(said?.area));
    if (!draft.programs?.length) draft.programs = await askPrograms(kind);
    if ((kindAsked || said) && kind === "village_apparatus") draft.occupation = await askVillageDetails();
    if (draft.contactViaTelegram === undefined && !draft.phone) Object.assign(draft, await askContact());

    // only the latest summary's buttons act: an older one (before an edit, or of an earlier form)
    // shows other answers than those its Kirim would send
    let summaryMessageId: number | undefined;
    /** The summary with its buttons; `before`: a line said above it (what to press, after a text it could not read). */
    const showSummary = async (c: Context, before?: string) => {
      const sent = await c.reply(`${before ? `${before}\n\n` : ""}${t("summary-title")}\n\n${summaryText(draft as LeadDraft, t)}`, {
        parse_mode: "HTML",
        reply_markup: summaryKeyboard(t),
      });
      summaryMessageId = sent.message_id;
    };
    await showSummary(ctx);
    for (;;) {
      const c = await waitForAnswer(conversation, showSummary, (data) => data.startsWith("enr:"));
      // a button's label typed ("kirim", "ya kirim", "ok", "ubah wilayah") is that button pressed
      const typed = typedButton(c.message?.text, summaryKeyboard(t), SUMMARY_WORDS);
      // otherwise only its buttons answer the summary: a question typed here pauses the form and is answered
      if (typed === undefined) await leaveIfQuestion(conversation, c.message?.text);
      if (typed === undefined && !c.callbackQuery?.data) {
        // the summary again, its buttons under it: "the buttons above" may be a screen away
        await showSummary(c, t("summary-choose-hint"));
        continue;
      }
      if (c.callbackQuery && c.callbackQuery.message?.message_id !== summaryMessageId) {
        await c.answerCallbackQuery({ text: t("summary-stale") }).catch(() => undefined);
        continue;
      }
      if (c.callbackQuery) await c.answerCallbackQuery().catch(() => undefined);
      const action = typed ?? c.callbackQuery!.data!;
      if (action === "enr:submit") break;
      if (action === "enr:edit:kind") {
        Object.assign(draft, await askKindAndOccupation());
        if (draft.workerKind === "village_apparatus") draft.occupation = await askVillageDetails();
        // a program the new kind cannot join is dropped; none left: ask again
        const offered = programsFor(draft.workerKind);
        draft.programs = draft.programs?.filter((p) => offered.includes(p));
        if (!draft.programs?.length) draft.programs = await askPrograms(draft.workerKind!);
      } else if (action === "enr:edit:occupation") {
        // "kembali" here keeps the occupation as it was
        draft.occupation = draft.workerKind === "village_apparatus" ? await askVillageDetails() : ((await askOccupation("bpu_other")) ?? draft.occupation);
      }
      else if (action === "enr:edit:region") Object.assign(draft, await askRegion());
      else if (action === "enr:edit:programs") draft.programs = await askPrograms(draft.workerKind!, draft.programs);
      else if (action === "enr:edit:contact") Object.assign(draft, await askContact());
      await showSummary(ctx);
    }

    const { lead, covered } = await conversation.external(async () => {
      const stored = await deps.leads.submit(chatId, draft as LeadDraft, ENROLLMENT_CONSENT_VERSION);
      return { lead: stored, covered: deps.officersCover ? await deps.officersCover(stored.provinceCode) : true };
    });
    await ctx.reply(t(covered ? "lead-submitted" : "lead-submitted-no-officer", { reference: lead.reference }), { parse_mode: "HTML", reply_markup: { remove_keyboard: true } });
    if (deps.onLeadSubmitted) {
      await conversation.external(async () => {
        try {
          await deps.onLeadSubmitted!(lead);
        } catch {
          // the lead is stored; a failed notification is retried by officers listing /prospek
        }
      });
    }
  };
}

/**
 * A press in the program choice, the base package kept whole: JKK and JKM are ticked and
 * unticked together (a named program on top ticks them too), as the prompt says and the lead
 * records; unticking the base leaves nothing that could be joined alone.
 */
function toggleWithBasePackage(selected: Set<Program>, program: Program, kind: WorkerKind): void {
  if (basePackageFor(kind).includes(program) && selected.has(program)) {
    selected.clear();
    return;
  }
  // a wage earner's JP or JKP comes only on top of JKK, JKM and JHT: unticking one of those unticks them
  if (kind === "wage" && EMPLOYER_SET.includes(program) && selected.has(program)) {
    for (const p of ON_TOP_OF_EMPLOYER_SET) selected.delete(p);
  }
  toggleProgram(selected, program);
  for (const p of withEmployerSet(withBasePackage([...selected], kind), kind)) selected.add(p);
}

/**
 * What every employer registers a wage earner in: JKK, JKM and JHT (micro and small firms at
 * least these; medium and large ones JP too), and JKP follows only with the set (PP 37/2021
 * Pasal 4 as amended by PP 6/2025). JP and JKP are not programs a wage earner takes alone.
 */
const EMPLOYER_SET: readonly Program[] = ["jkk", "jkm", "jht"];
const ON_TOP_OF_EMPLOYER_SET: readonly Program[] = ["jp", "jkp"];

/** A wage earner's choice with JP or JKP: the employer's set (EMPLOYER_SET) ticked beside them. */
function withEmployerSet(chosen: readonly Program[], kind: WorkerKind): Program[] {
  if (kind !== "wage" || !chosen.some((p) => ON_TOP_OF_EMPLOYER_SET.includes(p))) return [...chosen];
  return programsFor(kind).filter((p) => EMPLOYER_SET.includes(p) || chosen.includes(p));
}

/**
 * The occupation as the user reads it: one the kind implies is stored in Indonesian for the
 * officers ("Pengemudi ojek online") and shown in the user's language; a typed one as typed.
 */
function occupationShown(lead: Partial<LeadDraft>, t: Translate): string | undefined {
  const kind = lead.workerKind;
  const implied = kind && OCCUPATION_FROM_KIND[kind];
  if (!implied || lead.occupation === undefined) return lead.occupation;
  if (lead.occupation === implied) return t(`occupation-of-${kind}`);
  // a village official's "Aparat desa (Desa Sukamaju, kades, 12 orang)": the details as typed
  return lead.occupation.startsWith(`${implied} (`) ? `${t(`occupation-of-${kind}`)}${lead.occupation.slice(implied.length)}` : lead.occupation;
}

/** Words that mean "go back a step", typed where a free answer is asked: navigation, not data. */
export const BACK_WORDS = /^\s*(kembali|balik|back|go back|mundur|sebelumnya|langkah sebelumnya|previous|undo)\s*[.!]*\s*$/i;

/** A text that gives personal details: a long number (phone, NIK) or "nama/hp/alamat/tinggal di …". */
const GIVES_DETAILS = /\d[\d\s.-]{6,}\d|\b(nama saya|nama sy|no hp|nomor hp|hp|wa|alamat|tinggal di|domisili)\b/i;

/** Words of someone correcting an earlier answer ("salah, sy bukan karyawan"). */
const CORRECTION_WORDS = /\b(salah|bukan|ganti|ubah|keliru|kembali|balik|back|wrong|change)\b/i;

/** "lewat telegram aja", "via tele", "chat aja": contact through Telegram, as its button says. */
const TELEGRAM_ONLY = /^(?!.*\d)(.*\b(telegram|telegaram|telgram|tele|tg)\b.*|\s*(lewat|via|di|by)?\s*(chat|dm|pesan)( (aja|saja|ya|kak))*\s*)$/i;

function meansTelegramOnly(text: string): boolean {
  return TELEGRAM_ONLY.test(text.trim().replace(/[.!]+$/, ""));
}

export function summaryText(lead: Partial<LeadDraft>, t: Translate): string {
  const programs = (lead.programs ?? []).map((p) => t(`program-${p}`)).join(", ");
  const contact = lead.contactViaTelegram ? t("contact-telegram-only") : lead.phone ? lead.phone : "-";
  return [
    `• ${t("field-kind")}: ${lead.workerKind ? t(`kind-${lead.workerKind}`) : "-"}`,
    `• ${t("field-occupation")}: ${escapeHtml(occupationShown(lead, t) ?? "-")}`,
    `• ${t("field-region")}: ${escapeHtml(lead.regionLabel ?? "-")}`,
    `• ${t("field-programs")}: ${programs || "-"}`,
    `• ${t("field-contact")}: ${contact}`,
  ].join("\n");
}
