/**
 * The calculator forms' steps: an amount, a head count, months, the officials' extra programs, each
 * offering the figure of the result before where "Hitung lagi" was pressed, and each leaving the form
 * for a cancel word or a question typed into it.
 */
import { InlineKeyboard, type Context } from "grammy";
import type { RuleBook } from "../../../rules/rule-book";
import type { OfficialExtraProgram } from "../../../rules/calculators";
import { readAmountReply } from "../../../rules/question";
import { escapeHtml } from "../../html";
import { numberWordValue, readPeriod } from "../../../rules/period";
import { cleanText } from "../../../knowledge/normalize";
import type { Language } from "../../context";
import { CANCEL_WORDS } from "../../create-bot";
import { askStep, dataOf, leaveIfQuestion, textOf, CANCEL_DATA, type Conv, type Translate } from "../../conversation-kit";
import { percent } from "./render";

type ReadAmount = Extract<ReturnType<typeof readAmountReply>, { ok: true }>;

/**
 * An amount step reads what it is typed the way free text is read ("4,5jt + tunjangan 500rb",
 * "150rb sehari", "dua juta"). `plainHint`: only a plain monthly amount fits (a siltap, the JHT
 * illustration's wage), and this says so.
 */
export function amountStep(conversation: Conv, ctx: Context, t: Translate, prompt: string, plainHint?: string, offer?: Offer<number>) {
  return askStep<ReadAmount>(conversation, ctx, {
    prompt,
    keyboard: offerKeyboard(t, offer),
    parse: async (c) => {
      const kept = await offered(conversation, c, offer);
      if (kept !== undefined) return { ok: true, value: { ok: true, amount: kept } as ReadAmount };
      const text = textOf(c);
      if (!text) return { ok: false };
      const r = readAmountReply(text);
      if (!r.ok && r.reason === "not_a_number") await leaveOnCancelOrQuestion(conversation, c, t, text);
      if (!r.ok && r.reason === "range") return { ok: false, hint: t(plainHint === "calc-siltap-plain" ? "calc-siltap-range" : "calc-amount-range", { typed: escapeHtml(text) }) };
      if (!r.ok) return { ok: false, hint: r.reason === "too_small" ? t("calc-amount-too-small", { typed: escapeHtml(text) }) : t(`amount-${r.reason}`) };
      if (plainHint && (r.perDay || r.allowance)) return { ok: false, hint: t(plainHint) };
      return { ok: true, value: r };
    },
    hint: t("amount-not_a_number"),
  });
}

/**
 * A figure of the result before, offered at its step when "Hitung lagi" computes a village budget
 * again: one press keeps it. `other`: the step also offers another kind of calculation (the menu).
 */
type Offer<T> = { keep?: { label: string; value: T }; other?: boolean };
const KEEP_DATA = "calc:keep";
export const OTHER_DATA = "calc:other";

function offerKeyboard<T>(t: Translate, offer: Offer<T> | undefined): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  if (offer?.keep) keyboard.text(offer.keep.label, KEEP_DATA).row();
  if (offer?.other) keyboard.text(t("calc-same-other"), OTHER_DATA).row();
  return keyboard.text(t("flow-cancel-button"), CANCEL_DATA);
}

/** The offered figure when its button was pressed; "Hitung yang lain" leaves the form for the menu. */
export async function offered<T>(conversation: Conv, c: Context, offer: Offer<T> | undefined): Promise<T | undefined> {
  if (!offer) return undefined;
  const data = c.callbackQuery?.data;
  if (data === KEEP_DATA && offer.keep) return offer.keep.value;
  if (offer.other && data === OTHER_DATA) await conversation.halt({ next: true });
  return undefined;
}

/** The unit a count step's number may come with ("9 orang", "5 thn"). */
export const PEOPLE_UNIT = /\s*(org|orang)\.?$/i;
/** "12 bulan" at a head-count step is a period, not 12 people: asked again. */
const MONTHS_AS_COUNT = /^\d{1,3}\s*(bulan|bln|bl|months?)\.?$/i;
/** "gk ada", "tidak ada", "nol": none, as the prompt's "Tulis 0 jika tidak ada" invites. */
const NONE_COUNT = /^(?:(?:gk|gak|ga|g|nggak|ngga|enggak|tidak|tdk|tak|belum|blm)\s+ada|kosong|nol|none|no one|nobody|tidak ada sama sekali)(?:\s+(?:kak|pak|bu|min))?\.?$/i;
export const YEARS_UNIT = /\s*(tahun|thn|th|taun|years?)\.?$/i;

/** Filler around a cancel word ("sy mau batal aja", "ga jadi deh kak"): taken off, the rest is read with CANCEL_WORDS. */
const CANCEL_FILLER = /\b(sy|saya|aku|gue|gw|mau|pengen|ingin|aja|saja|deh|dong|ya|yah|kak|min|udah|sudah|udh|sdh|lah|ah|dulu|kalau gitu|kl gitu|klo gitu|i want to|i want|please|just)\b/gi;

/**
 * At a step that reads a typed figure: "batal" inside a sentence cancels the form as the word
 * alone does (create-bot), and a question leaves it to be answered (conversation-kit).
 */
export async function leaveOnCancelOrQuestion(conversation: Conv, c: Context, t: Translate, text: string | undefined): Promise<void> {
  const rest = text?.replace(CANCEL_FILLER, " ").replace(/[\s,.!]+/g, " ").trim();
  if (rest && rest !== text?.trim() && CANCEL_WORDS.test(rest)) {
    await c.reply(t("flow-cancelled"), { reply_markup: { remove_keyboard: true } });
    await conversation.halt();
  }
  await leaveIfQuestion(conversation, text);
}

export function countStep(conversation: Conv, ctx: Context, t: Translate, prompt: string, min: number, max: number, unit = PEOPLE_UNIT, offer?: Offer<number>) {
  return askStep<number>(conversation, ctx, {
    prompt,
    keyboard: offerKeyboard(t, offer),
    parse: async (c) => {
      const kept = await offered(conversation, c, offer);
      if (kept !== undefined) return { ok: true, value: kept };
      const typed = textOf(c)?.trim().toLowerCase();
      if (unit === PEOPLE_UNIT && typed && MONTHS_AS_COUNT.test(typed)) return { ok: false, hint: t("village-count-not-months", { min, max }) };
      if (unit === PEOPLE_UNIT && typed && min === 0 && NONE_COUNT.test(typed)) return { ok: true, value: 0 };
      const text = typed?.replace(unit, "");
      // "sembilan orang": a count in words, as free text reads it
      const word = text ? numberWordValue(text) : undefined;
      if (word !== undefined) return word >= min && word <= max ? { ok: true, value: word } : { ok: false, hint: t("count-hint", { min, max }) };
      if (!text || !/^\d{1,7}$/.test(text)) {
        await leaveOnCancelOrQuestion(conversation, c, t, textOf(c));
        return { ok: false, hint: t("count-hint", { min, max }) };
      }
      const n = Number(text);
      return n >= min && n <= max ? { ok: true, value: n } : { ok: false, hint: t("count-hint", { min, max }) };
    },
    hint: t("count-hint", { min, max }),
  });
}

/** Months as people type them: "12", "6 bulan", "setahun", "enam bulan", "juli sampai desember". */
function parseMonths(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const cleaned = cleanText(text);
  if (/^\d{1,3}$/.test(cleaned)) return Number(cleaned);
  const period = readPeriod(cleaned);
  return period.kind === "months" ? period.months : undefined;
}

export function monthsStep(conversation: Conv, ctx: Context, t: Translate, offer?: Offer<number>) {
  return askStep<number>(conversation, ctx, {
    prompt: t("village-ask-months"),
    keyboard: offerKeyboard(t, offer),
    parse: async (c) => {
      const kept = await offered(conversation, c, offer);
      if (kept !== undefined) return { ok: true, value: kept };
      const months = parseMonths(textOf(c));
      if (months === undefined) await leaveOnCancelOrQuestion(conversation, c, t, textOf(c));
      return months !== undefined && months >= 1 && months <= 120 ? { ok: true, value: months } : { ok: false };
    },
    hint: t("village-months-hint"),
  });
}

/** The officials' programs beside JKK + JKM the form offers, as buttons. */
const EXTRA_CHOICES: Record<string, OfficialExtraProgram[]> = { none: [], jht: ["jht"], jp: ["jp"], both: ["jht", "jp"] };
const choiceOf = (programs: readonly OfficialExtraProgram[]) => Object.keys(EXTRA_CHOICES).find((k) => EXTRA_CHOICES[k]!.join() === [...programs].sort().join()) ?? "none";

/**
 * JHT and/or JP for the officials, on top of JKK + JKM, at the rates the rule book gives (as the
 * free-text calculator adds them when named). `before`: the choice of the result before, marked.
 */
export function extrasStep(conversation: Conv, ctx: Context, t: Translate, book: RuleBook, lang: Language, before?: OfficialExtraProgram[]) {
  // the choice before, first, as the ↩️ button is on every other step "Hitung lagi" goes through
  const marked = before ? choiceOf(before) : undefined;
  const label = (key: string) => t(`village-extra-${key}`);
  const keyboard = marked ? new InlineKeyboard().text(t("calc-same-choice", { label: label(marked) }), `calc:x:${marked}`).row() : new InlineKeyboard();
  // the others in their usual rows, the marked one not twice
  for (const row of [["none"], ["jht", "jp"], ["both"]]) {
    const rest = row.filter((k) => k !== marked);
    for (const k of rest) keyboard.text(label(k), `calc:x:${k}`);
    if (rest.length) keyboard.row();
  }
  keyboard.text(t("flow-cancel-button"), CANCEL_DATA);
  const rate = (key: string) => percent(book.basisPoints(key), lang);
  return askStep<OfficialExtraProgram[]>(conversation, ctx, {
    prompt: t("village-ask-extra", { base: rate("village.official_rate").trim(), jht: rate("pu.jht_total"), jp: rate("pu.jp_total") }),
    keyboard,
    parse: (c) => {
      const d = dataOf(c, "calc:x:");
      if (d && EXTRA_CHOICES[d]) return { ok: true, value: EXTRA_CHOICES[d]! };
      // typed: "jht", "jp", "jht jp", "tidak"
      const text = cleanText(textOf(c) ?? "");
      const typed: OfficialExtraProgram[] = [...(/\bjht\b/.test(text) ? ["jht" as const] : []), ...(/\bjp\b/.test(text) ? ["jp" as const] : [])];
      if (typed.length) return { ok: true, value: typed };
      if (/^(tidak|tdk|ga|gak|nggak|enggak|no|none|tanpa|gausah|ga usah|jkk jkm saja|jkk jkm aja)$/.test(text)) return { ok: true, value: [] };
      return { ok: false };
    },
    hint: t("village-extra-hint"),
    buttonsOnly: true,
  });
}
