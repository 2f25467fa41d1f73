/**
 * Shared pieces for conversations (@grammyjs/conversations v2): one question
 * step that re-asks with a hint on wrong input, the cancel route, and the pause
 * a question typed mid-form puts a form in (pauseForQuestion).
 *
 * The conversation function is replayed on every update, so anything that is
 * not a Bot API call (database, clock, random) goes through `conversation.external`.
 */
import { InlineKeyboard, type Context, type Keyboard } from "grammy";
import type { Conversation, ConversationData, VersionedState } from "@grammyjs/conversations";
import type { BotContext } from "./context";
import { hideIdentityNumbers } from "../feedback/identity-numbers";

export type Conv = Conversation<BotContext, Context>;
export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** `silent`: the parser already answered (e.g. offered choices), so no hint is sent. */
export type StepResult<T> = { ok: true; value: T } | { ok: false; hint?: string; silent?: boolean };

export interface StepOptions<T> {
  /** HTML prompt. */
  prompt: string;
  keyboard?: InlineKeyboard | Keyboard;
  /**
   * Reads the answer; `{ ok: false }` re-asks with the hint. `typed`: in a step only buttons
   * answer, the callback data of the button whose label (or a word in `typedWords`) the user
   * typed instead of pressing it (see typedButton); read it as that press (dataOf's third argument).
   */
  parse: (ctx: Context, typed?: string) => StepResult<T> | Promise<StepResult<T>>;
  /** Shown when parse fails without its own hint. */
  hint: string;
  /**
   * Only a button answers this step. A typed question (see isNewQuestion) is then not an
   * attempt at the step: the form is paused (pauseForQuestion) and the text handled as if no
   * form were open, so the user gets an answer instead of "press a button" again.
   */
  buttonsOnly?: boolean;
  /**
   * With `buttonsOnly`: more typed words that stand for a button, beside its own label
   * (normalised as typedButton normalises: "ya" → the yes button's callback data).
   */
  typedWords?: Readonly<Record<string, string>>;
  /**
   * A step answered in free text (an occupation) where a text that asks ("berapa iuran bpu
   * sebulan?") is a question, not the answer: the form is paused and the question answered.
   */
  questionsLeave?: boolean;
  /**
   * Reads a typed text as the answer before it may be taken for a question: "sy pembantu rumah
   * tangga" at the worker-kind step names an occupation, and answers it, though it is four words.
   */
  typedAnswer?: (text: string) => T | undefined;
  /** A typed text that answers a later step of the form: see EarlyAnswer. */
  early?: EarlyAnswer;
  /** Updates the form handles itself before the step sees them: see waitForAnswer's `intercept`. */
  intercept?: Intercept;
}

/**
 * An update a form step handles itself before anything else reads it, a command included (the
 * event form asks before a new /acara_baru discards its preview): true when it was handled
 * and the step waits on. It may end the form (conversation.halt).
 */
export type Intercept = (answer: Context) => Promise<boolean>;

/**
 * Reads a typed text (before anything else does) as the answer to a later step of the form, a
 * phone number typed before the contact step: resolves to the reply it gets, sent with the
 * step's buttons while the step stays open and waits for its own answer (the text is neither
 * the answer nor a question that pauses the form); undefined lets the step read it as usual.
 * Deciding from what was typed goes through `conversation.external`, as the saved copy of the
 * text has its numbers hidden.
 */
export type EarlyAnswer = (answer: Context) => Promise<string | undefined>;

/** The reply `early` gives a text message, if any. */
async function earlyReply(early: EarlyAnswer | undefined, answer: Context): Promise<string | undefined> {
  return early && answer.message?.text !== undefined ? early(answer) : undefined;
}

export const CANCEL_DATA = "flow:cancel";

/**
 * How long a form waits for its next answer. A later message leaves the form and is
 * handled as if none were open: nobody is held days later in a form they forgot.
 * Officers get a working day to finish an announcement.
 */
export const FORM_IDLE_LIMIT_MS = { user: 2 * 60 * 60_000, officer: 24 * 60 * 60_000 } as const;

/** How long each registered form waits, by its id (formOptions), for the pause note. */
const idleLimits = new Map<string, number>();

/** createConversation options: the form's id and how long it waits for an answer. */
export function formOptions(id: string, audience: keyof typeof FORM_IDLE_LIMIT_MS = "user") {
  idleLimits.set(id, FORM_IDLE_LIMIT_MS[audience]);
  return { id, maxMillisecondsToWait: FORM_IDLE_LIMIT_MS[audience] };
}

/** Every form's id, as registered through formOptions (each needs a name in /dataku: data-form-<id>). */
export function registeredFormIds(): readonly string[] {
  return [...idleLimits.keys()];
}

/** Hours a form waits for its next answer (2 for users' forms, 24 for officers'). */
export function formIdleHours(id: string): number {
  return Math.round((idleLimits.get(id) ?? FORM_IDLE_LIMIT_MS.user) / 3_600_000);
}

/** Forms a question pauses instead of ending (those with a command to start them: pausableForms). */
const pausable = new Set<string>();

/** Marks these forms (keys: form ids) as paused, not ended, by a question typed into them; returns the map. */
export function pausableForms<M extends Record<string, string>>(commands: M): M {
  for (const id of Object.keys(commands)) pausable.add(id);
  return commands;
}

/**
 * Paused forms that a press of their step's own button (on the step's message, after the answer)
 * takes up, as Continue does; in the others such a press ends the paused form (the button is
 * then stale), as it ended the form before forms paused.
 */
const goesOnWithOwnButtons = new Set<string>();

/** Lets a press of the paused step's own button take the form up (goesOnWithOwnButtons). */
export function continuesOnOwnButtons(id: string): void {
  goesOnWithOwnButtons.add(id);
}

/** Callback data of the Continue button under the pause note: `form:resume:<form id>`. */
export const FORM_RESUME_PREFIX = "form:resume:";

/** The form the pressed button of this update asks to continue, if it is a Continue button. */
export function resumedForm(ctx: Context): string | undefined {
  const data = ctx.callbackQuery?.data;
  return data?.startsWith(FORM_RESUME_PREFIX) ? data.slice(FORM_RESUME_PREFIX.length) : undefined;
}

interface PauseContext {
  session?: { pausedForm?: string } | null;
  conversation: { active(): Record<string, number> };
}

/** Forgets a pause whose form is no longer open (finished, cancelled, expired, replaced). */
export function forgetEndedPause(ctx: PauseContext): void {
  const paused = ctx.session?.pausedForm;
  if (paused !== undefined && !ctx.conversation.active()[paused]) delete ctx.session!.pausedForm;
}

/**
 * A question typed into a form (or an answer button of another message pressed in it): the
 * update is passed on and answered as if no form were open. A form with a command to start it
 * is only paused: it stays where it was, the answers given kept in its saved state (identity
 * numbers hidden, formStateToStore), and every later update passes it by until its Continue
 * button is pressed (waitForAnswer), a command or another form ends it, or it expires as an
 * unanswered form does. Any other form ends here.
 */
async function pauseForQuestion(conversation: Conv, keyboard?: InlineKeyboard | Keyboard): Promise<never> {
  const paused = await conversation.external((outside) => {
    const [id] = Object.keys(outside.conversation.active());
    if (id === undefined || !pausable.has(id) || !outside.session) return false;
    outside.session.pausedForm = id;
    pausedDuring.set(outside, id);
    // the step's own buttons, offered under the pause note of a form they take up (goesOnWithOwnButtons)
    if (keyboard && "inline_keyboard" in keyboard && goesOnWithOwnButtons.has(id)) pausedStepButtons.set(outside, keyboard);
    return true;
  });
  if (paused) await conversation.skip({ next: true });
  return conversation.halt({ next: true });
}

/** The form this update paused (pauseForQuestion), kept even when what it then did ended the form (another form started). */
const pausedDuring = new WeakMap<object, string>();

/** The inline buttons of the step this update paused, for a form they take up (continuesOnOwnButtons). */
const pausedStepButtons = new WeakMap<object, InlineKeyboard>();

/**
 * The pause note's buttons: Continue, then the paused step's own (those of a form they take up, the
 * enrollment's), Batal left out.
 */
export function pauseNoteKeyboard(ctx: object, continueLabel: string, form: string): InlineKeyboard {
  const note = new InlineKeyboard().text(continueLabel, `${FORM_RESUME_PREFIX}${form}`);
  for (const row of pausedStepButtons.get(ctx)?.inline_keyboard ?? []) {
    const own = row.filter((b) => "callback_data" in b && b.callback_data !== CANCEL_DATA);
    if (own.length === 0) continue;
    note.row();
    for (const b of own) note.add(b);
  }
  return note;
}

/** The form a question or a button of another message paused during this update, if any. */
export function formPausedBy(ctx: object): string | undefined {
  return pausedDuring.get(ctx);
}

const NEW_QUESTION_MIN_WORDS = 3;
const ASKS = /\?|(^|\s)(apa|apaan|berapa|brp|bagaimana|gimana|gmn|gmana|kapan|kpn|dimana|mana|siapa|kenapa|knp|mengapa|tanya|nanya|how|what|when|where|who|why|which)(\s|$)/i;

/**
 * In a step only buttons answer, a typed text is a new question when it asks ("brp iurannya",
 * "bayarnya dimana?") or says more than a word or two; "ya", "bpu" or "setuju dong" are
 * attempts at the step and get the hint.
 */
export function isNewQuestion(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length >= NEW_QUESTION_MIN_WORDS || asks(text);
}

/** Words said before a question that are no part of it: "bentar, kl …", "eh", "oh ya", "btw". */
const LEADING_FILLER = /^\s*((se)?bentar|tunggu|eh+|ehm+|hm+|oh+( iya| ya)?|o iya|oiya|oya|btw|anu|maaf|permisi|oke|ok|sori|sorry)\b[\s,.!:;-]*/i;
/** A yes/no question said without "?": "kl sy telat bayar kena denda ga", "apakah bisa dicairkan". */
const OPENS_QUESTION = /^(kl|klo|kalo|kalau|kalu|apakah|apa|bisakah|bolehkah|gimana|gmn|bagaimana|berapa|brp|misal|misalnya)\b/i;
const ENDS_ASKING = /\b(ga|gak|gk|nggak|ngga|enggak|engga|nggk|kah|gimana|gmn|brp)\s*[.!]*\s*$/i;

/** `text` with the fillers said before a question ("bentar,", "eh", "oh ya") taken off. */
export function withoutLeadingFiller(text: string): string {
  let rest = text.trim();
  for (let i = 0; i < 3; i++) {
    const next = rest.replace(LEADING_FILLER, "");
    if (next === rest || next.length === 0) break;
    rest = next;
  }
  return rest;
}

/**
 * The text asks something ("iurannya brp", "dimana?", "bentar, kl sy telat bayar kena denda ga");
 * a place name never does. Fillers before it do not hide a question.
 */
export function asks(text: string): boolean {
  if (ASKS.test(text)) return true;
  const rest = withoutLeadingFiller(text);
  if (ASKS.test(rest)) return true;
  const words = rest.split(/\s+/).filter((w) => w.length > 0);
  return words.length >= 4 && (OPENS_QUESTION.test(rest) || ENDS_ASKING.test(rest));
}

/** "I don't know" or "skip", typed where a step may be skipped: never a place name to search for. */
const SKIP_WORDS = /^\s*(lewati|lewat|skip|-|gk tau|ga tau|gak tau|nggak tau|ngga tau|tidak tahu|tdk tahu|tdk tau|gatau|gktau|entah|belum tahu|blm tau|don'?t know|no idea)\s*[.!]*\s*$/i;

/** "lewati", "gk tau" typed where a step may be skipped. */
export function isSkipWord(text: string): boolean {
  return SKIP_WORDS.test(text);
}

/** Pauses (or leaves) the form and passes the update on when its text is a new question by `isQuestion`. */
async function leaveForNewQuestion(conversation: Conv, answer: Context, isQuestion: (text: string) => boolean, keyboard?: InlineKeyboard | Keyboard): Promise<void> {
  await leaveIfQuestion(conversation, answer.message?.text, isQuestion, keyboard);
}

/**
 * Pauses the form (pauseForQuestion; the update then handled as if no form were open) when
 * `text` is a new question; for steps that first try to read a typed answer ("2jt?" is a
 * figure, not a question).
 */
export async function leaveIfQuestion(
  conversation: Conv, text: string | undefined, isQuestion: (text: string) => boolean = isNewQuestion, keyboard?: InlineKeyboard | Keyboard,
): Promise<void> {
  const trimmed = text?.trim();
  if (trimmed && isQuestion(trimmed)) await pauseForQuestion(conversation, keyboard);
}

/**
 * Waits for the user's next update. A command (/start, /daftar, /bantuan…)
 * means the user wants something else: the form is left and the command runs.
 * An edit of an earlier message is passed over. The Continue button of a paused
 * form shows the step again (`reprompt`; without it, a line saying to answer the
 * question above), and so does a press of the step's own button (`ownButton`), which
 * then answers it; while the form is paused every other update passes it by. `intercept` sees
 * every update but the Continue button first, paused or not (a command too).
 */
export async function waitForAnswer(
  conversation: Conv,
  reprompt?: (answer: Context) => Promise<unknown>,
  ownButton: (data: string) => boolean = () => false,
  intercept?: Intercept,
): Promise<Context> {
  for (;;) {
    const answer = await conversation.wait();
    // an earlier message corrected is not the answer to this step
    if (answer.editedMessage) continue;
    const data = answer.callbackQuery?.data ?? "";
    if (data.startsWith(FORM_RESUME_PREFIX)) {
      await takeUpPausedForm(conversation);
      await answer.answerCallbackQuery().catch(() => undefined);
      if (reprompt) await reprompt(answer);
      else await answer.reply(await conversation.external((outside) => outside.t("form-resumed")));
      continue;
    }
    if (intercept && (await intercept(answer))) continue;
    if (answer.message?.entities?.some((e) => e.type === "bot_command" && e.offset === 0)) await conversation.halt({ next: true });
    const paused = await conversation.external((outside) => outside.session?.pausedForm ?? null);
    if (paused !== null && answer.callbackQuery && ownButton(data) && goesOnWithOwnButtons.has(paused)) {
      // the step's own button, pressed on its message after the answer: the form goes on with it
      await takeUpPausedForm(conversation);
    } else if (paused !== null) {
      // a button that may start something else (👎 opens a comment form) ends the paused form, as it
      // would end an open one; anything else is handled as if no form were open
      if (answer.callbackQuery && !PASSES_PAUSED_FORM.test(data)) await conversation.halt({ next: true });
      await conversation.skip({ next: true });
    }
    if (OUTSIDE_BUTTON.test(data)) await pauseForQuestion(conversation);
    // 👎 under an earlier answer starts its comment form: this form ends, as another form ends it (and is said to)
    if (ENDS_FORM_BUTTON.test(data)) {
      await conversation.external((outside) => {
        const [id] = Object.keys(outside.conversation.active());
        if (id !== undefined) pausedDuring.set(outside, id);
      });
      await conversation.halt({ next: true });
    }
    return answer;
  }
}

/**
 * Buttons of other messages that stay valid whatever form is open: "Saya hadir" under an
 * event, an answer offered under "Maksud Anda…?", 👍 under an answer. Pressed during a form, they leave it and
 * do what they say, rather than getting the step's hint and being lost.
 */
const OUTSIDE_BUTTON = /^(ev:att:|kb:|fb:1:)/;

/** Buttons of other messages that start a form of their own (👎's comment): pressed during a form, they end it. */
const ENDS_FORM_BUTTON = /^fb:0:/;

/**
 * Buttons that start no form, pressed while a form is paused: the form stays paused (👍 included).
 * "🔔 Langganan" asks first whether the paused subscription form is taken up or started afresh.
 */
const PASSES_PAUSED_FORM = /^(ev:att:|kb:|fb:1:|sub:change$)/;

/** The form goes on: it is no longer paused. */
async function takeUpPausedForm(conversation: Conv): Promise<void> {
  await conversation.external((outside) => {
    if (outside.session) delete outside.session.pausedForm;
  });
}

/** Asks one question until it gets a valid answer. /batal and the Batal button are handled outside. */
export async function askStep<T>(conversation: Conv, ctx: Context, options: StepOptions<T>): Promise<T> {
  const ask = (c: Context) => c.reply(options.prompt, { parse_mode: "HTML", reply_markup: options.keyboard });
  const own = buttonFamilies(options.keyboard);
  await ask(ctx);
  for (;;) {
    const answer = await waitForAnswer(conversation, ask, (data) => own.some((family) => data.startsWith(family)), options.intercept);
    const early = await earlyReply(options.early, answer);
    if (early !== undefined) {
      await answer.reply(early, { parse_mode: "HTML", reply_markup: options.keyboard });
      continue;
    }
    // a button's label typed out ("setuju", "Karyawan") is that button pressed
    const typed = options.buttonsOnly ? typedButton(answer.message?.text, options.keyboard, options.typedWords) : undefined;
    if (typed !== undefined) {
      const result = await options.parse(answer, typed);
      if (result.ok) return result.value;
    }
    const text = textOf(answer);
    const read = text && options.typedAnswer ? options.typedAnswer(text) : undefined;
    if (read !== undefined) return read;
    if (options.buttonsOnly) await leaveForNewQuestion(conversation, answer, isNewQuestion, options.keyboard);
    else if (options.questionsLeave) await leaveForNewQuestion(conversation, answer, asks, options.keyboard);
    if (answer.callbackQuery) await answer.answerCallbackQuery().catch(() => undefined);
    const result = await options.parse(answer);
    if (result.ok) return result.value;
    if (result.silent) continue;
    await answer.reply(result.hint ?? options.hint, { parse_mode: "HTML", reply_markup: options.keyboard });
  }
}

/** "enr:r:" for a button "enr:r:7301": the callback data up to its last colon, of each inline button but Batal. */
function buttonFamilies(keyboard: InlineKeyboard | Keyboard | undefined): string[] {
  if (!keyboard || !("inline_keyboard" in keyboard)) return [];
  return keyboard.inline_keyboard
    .flat()
    .flatMap((b) => ("callback_data" in b && b.callback_data !== CANCEL_DATA && b.callback_data.includes(":") ? [b.callback_data.slice(0, b.callback_data.lastIndexOf(":") + 1)] : []));
}

/**
 * Text of a message, its identity numbers hidden as the form's saved state holds them
 * (formStateToStore): a step reads the same text when it is answered and when it is replayed
 * on a later update, so it decides the same both times, and a NIK never becomes an answer.
 */
export function textOf(ctx: Context): string | undefined {
  const text = ctx.message?.text?.trim();
  return text === undefined ? undefined : hideIdentityNumbers(text);
}

/**
 * Text of a message as typed, for forms whose text is written to be published (an officer's
 * announcement: its hotline or WhatsApp number must reach subscribers). Such forms are stored
 * unmasked too (formStateToStore's `published`), so answer and replay still read the same text.
 */
export function publishedTextOf(ctx: Context): string | undefined {
  return ctx.message?.text?.trim();
}

/** Strings in Telegram's objects that people type: message texts, captions, a shared contact's number. */
const TYPED_FIELDS = new Set(["text", "caption", "phone_number"]);

/**
 * The conversations plugin keeps every update a form received (and every message the bot sent
 * in it, which may echo the user) to replay them on the next update. This is the state as it
 * may be stored: a copy with the identity numbers in those texts hidden (UU PDP 27/2022; the
 * bot tells users it keeps no NIK). Results of `conversation.external` are the form's own
 * record (the phone number given for a lead) and stay as they are.
 */
export function formStateToStore(data: VersionedState<ConversationData>, published: ReadonlySet<string> = new Set()): VersionedState<ConversationData> {
  const copy = structuredClone(data);
  for (const [form, states] of Object.entries(copy.state)) {
    if (published.has(form)) continue;
    for (const { replay } of states) {
      for (const op of replay.receive) if (replay.send[op.send]?.payload !== "external") op.returnValue = hideTyped(op.returnValue);
    }
  }
  return copy;
}

function hideTyped(value: unknown, key?: string): unknown {
  if (typeof value === "string") return key !== undefined && TYPED_FIELDS.has(key) ? hideIdentityNumbers(value) : value;
  if (Array.isArray(value)) return value.map((v) => hideTyped(v));
  if (value !== null && typeof value === "object") {
    const object = value as Record<string, unknown>;
    for (const k of Object.keys(object)) object[k] = hideTyped(object[k], k);
  }
  return value;
}

/** The pressed button's data after `prefix`; `typed`: the data of a button typed out (askStep's parse). */
export function dataOf(ctx: Context, prefix: string, typed?: string): string | undefined {
  const data = ctx.callbackQuery?.data ?? typed;
  return data?.startsWith(prefix) ? data.slice(prefix.length) : undefined;
}

/** Words around an answer that say nothing: "setuju kak", "ojol aja", "ya dong". */
const FILLER_WORDS = new Set(["kak", "kakak", "ka", "min", "gan", "pak", "bu", "mas", "mbak", "bang", "dong", "deh", "aja", "saja", "sih", "nih", "please", "pls", "sy", "saya"]);

/**
 * A label or a typed text as compared: lower case, emoji, brackets and punctuation gone
 * ("✅ Setuju" → "setuju", "Karyawan (penerima upah)" → "karyawan penerima upah").
 */
export function normaliseTyped(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, " ")
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** What a button's label may be typed as: whole, without its bracketed part, the bracketed part, each side of a "/". */
function labelForms(label: string): string[] {
  const forms = [label, label.replace(/\([^)]*\)/g, " "), ...[...label.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!), ...label.replace(/\([^)]*\)/g, " ").split("/")];
  return forms.map(normaliseTyped).filter((f) => f.length > 0);
}

/**
 * The callback data of the inline button a typed text names: its label case-insensitively,
 * without emoji and brackets ("karyawan" for "Karyawan (penerima upah)", "pmi" for "Pekerja
 * migran (PMI)", "ojek" for "Ojol / ojek"), or one of `words`; filler words ("kak", "dong")
 * aside, and a text whose every word names the same button ("iya setuju"). Anything else,
 * or words naming different buttons, is undefined: the step goes on as before.
 */
export function typedButton(text: string | undefined, keyboard: InlineKeyboard | Keyboard | undefined, words: Readonly<Record<string, string>> = {}): string | undefined {
  if (!text || !keyboard || !("inline_keyboard" in keyboard)) return undefined;
  const known = new Map<string, string>();
  const add = (form: string, data: string) => {
    // a form two buttons share names neither
    known.set(form, known.has(form) && known.get(form) !== data ? "" : data);
  };
  for (const button of keyboard.inline_keyboard.flat()) {
    if (!("callback_data" in button) || button.callback_data === CANCEL_DATA) continue;
    for (const form of labelForms(button.text)) add(form, button.callback_data);
  }
  for (const [word, data] of Object.entries(words)) add(normaliseTyped(word), data);
  const typed = normaliseTyped(text);
  const meant = typed.split(" ").filter((w) => !FILLER_WORDS.has(w));
  const whole = known.get(typed) || known.get(meant.join(" "));
  if (whole) return whole;
  const each = new Set(meant.map((w) => known.get(w)));
  const [only] = each;
  return meant.length > 0 && meant.length <= 3 && each.size === 1 && only ? only : undefined;
}

/** Words between the buttons named in one text that name none: "jkk dan jkm", "jkk + jht". */
const JOINING_WORDS = new Set(["dan", "sama", "serta", "plus", "and", "dgn", "dengan", "juga", "jg", "yg", "yang"]);

/**
 * The callback data of every inline button a typed text names, for a step where several are
 * pressed ("jkk jkm", "jkk dan jht"): the whole text as one button (typedButton), or each word a
 * button's label or one of `words`, joining and filler words aside. Undefined when any word
 * names no button: the text is then no choice among them.
 */
export function typedButtons(text: string | undefined, keyboard: InlineKeyboard | Keyboard | undefined, words: Readonly<Record<string, string>> = {}): string[] | undefined {
  const whole = typedButton(text, keyboard, words);
  if (whole !== undefined) return [whole];
  if (!text) return undefined;
  const meant = normaliseTyped(text).split(" ").filter((w) => w.length > 0 && !FILLER_WORDS.has(w) && !JOINING_WORDS.has(w));
  if (meant.length < 2 || meant.length > 6) return undefined;
  const named = meant.map((w) => typedButton(w, keyboard, words));
  return named.every((d) => d !== undefined) ? [...new Set(named as string[])] : undefined;
}

/** Starts a form, leaving any other form the user had open (forms are never nested). */
export async function enterFresh(ctx: { session?: { pausedForm?: string } | null; conversation: { exitAll(): Promise<void>; enter(id: string, ...args: unknown[]): Promise<void> } }, id: string, ...args: unknown[]): Promise<void> {
  await ctx.conversation.exitAll();
  // a form paused for a question is replaced, not resumed, by the one started now
  if (ctx.session) delete ctx.session.pausedForm;
  await ctx.conversation.enter(id, ...args);
}

export interface MultiSelectOptions<T extends string> {
  prompt: string;
  /** Every value, in display order. */
  values: readonly T[];
  initial?: readonly T[];
  /** Callback data is `${prefix}<value>` and `${prefix}done`. */
  prefix: string;
  keyboard: (selected: ReadonlySet<T>) => InlineKeyboard;
  hint: string;
  /** Shown when Done is pressed with nothing chosen. */
  empty: string;
  /** Changes the selection on a press; default toggles the value. */
  toggle?: (selected: Set<T>, value: T) => void;
  /** A typed text that answers a later step of the form: see EarlyAnswer. */
  early?: EarlyAnswer;
  /**
   * More typed words that stand for a button ("selesai", "udah" → Done), beside the buttons' own
   * labels: a text naming buttons ("jkk jkm", "belum tahu") ticks them as presses would, and the
   * buttons are shown again with `ticked`; naming Done too finishes.
   */
  typedWords?: Readonly<Record<string, string>>;
  /** Said with the buttons again after a typed choice ticked some (default: `hint`). */
  ticked?: string;
}

/** Toggle buttons that edit their own keyboard in place, then Done. Returns the choice in display order. */
export async function askMultiSelect<T extends string>(conversation: Conv, ctx: Context, options: MultiSelectOptions<T>): Promise<T[]> {
  const selected = new Set<T>(options.initial ?? []);
  const toggle = options.toggle ?? ((set: Set<T>, value: T) => (set.has(value) ? set.delete(value) : set.add(value)));
  const ask = (c: Context) => c.reply(options.prompt, { parse_mode: "HTML", reply_markup: options.keyboard(selected) });
  await ask(ctx);
  for (;;) {
    const c = await waitForAnswer(conversation, ask, (data) => data.startsWith(options.prefix));
    const early = await earlyReply(options.early, c);
    if (early !== undefined) {
      await c.reply(early, { parse_mode: "HTML", reply_markup: options.keyboard(selected) });
      continue;
    }
    // the buttons' labels typed ("jkk jkm", "belum tahu", "selesai"): pressed, the buttons then shown again
    const typed = typedButtons(c.message?.text, options.keyboard(selected), options.typedWords)
      ?.map((data) => dataOf(c, options.prefix, data))
      .filter((v): v is string => v !== undefined);
    if (typed?.length) {
      for (const v of typed) if (v !== "done" && (options.values as readonly string[]).includes(v) && !selected.has(v as T)) toggle(selected, v as T);
      if (!typed.includes("done")) {
        await c.reply(options.ticked ?? options.hint, { parse_mode: "HTML", reply_markup: options.keyboard(selected) });
        continue;
      }
    }
    if (!typed?.length) await leaveForNewQuestion(conversation, c, isNewQuestion, options.keyboard(selected));
    const d = typed?.includes("done") ? "done" : dataOf(c, options.prefix);
    if (c.callbackQuery && d !== "done") await c.answerCallbackQuery().catch(() => undefined);
    if (d === "done") {
      if (selected.size === 0) {
        // said with the buttons, not only in a notice that vanishes
        if (c.callbackQuery) await c.answerCallbackQuery().catch(() => undefined);
        await c.reply(options.empty, { parse_mode: "HTML", reply_markup: options.keyboard(selected) });
        continue;
      }
      if (c.callbackQuery) await c.answerCallbackQuery().catch(() => undefined);
      return options.values.filter((v) => selected.has(v));
    }
    if (d === undefined) {
      await c.reply(options.hint, { parse_mode: "HTML", reply_markup: options.keyboard(selected) });
      continue;
    }
    if (!(options.values as readonly string[]).includes(d)) continue;
    toggle(selected, d as T);
    await c.editMessageReplyMarkup({ reply_markup: options.keyboard(selected) }).catch(() => undefined);
  }
}

/**
 * A yes/no consent question (UU PDP 27/2022): nothing is asked or stored
 * before the user presses yes. Callback data is `${prefix}yes` / `${prefix}no`.
 */
export async function askConsent(conversation: Conv, ctx: Context, options: { prompt: string; prefix: string; keyboard: InlineKeyboard; hint: string; early?: EarlyAnswer }): Promise<boolean> {
  const yes = `${options.prefix}yes`;
  const no = `${options.prefix}no`;
  return askStep<boolean>(conversation, ctx, {
    prompt: options.prompt,
    keyboard: options.keyboard,
    // a yes or no typed, in either language, beside the buttons' own labels
    typedWords: Object.fromEntries([...CONSENT_YES.map((w) => [w, yes]), ...CONSENT_NO.map((w) => [w, no])]),
    parse: (c, typed) => {
      const d = dataOf(c, options.prefix, typed);
      return d === "yes" || d === "no" ? { ok: true, value: d === "yes" } : { ok: false };
    },
    hint: options.hint,
    buttonsOnly: true,
    early: options.early,
  });
}

const CONSENT_YES = ["setuju", "ya", "iya", "iyaa", "iye", "yaa", "y", "ok", "oke", "okay", "okey", "boleh", "agree", "i agree", "yes", "yep", "sure"];
const CONSENT_NO = ["tidak", "tdk", "gak", "ga", "nggak", "ngga", "enggak", "no", "nope", "tidak setuju", "gak setuju", "ga setuju", "disagree", "i disagree"];

/**
 * A pressed button that belongs to no form's step like this one: its data's family ("calc:",
 * "kb:") is not the form's own (`prefix`'s first part, "enr:" of "enr:d:"), nor a form's plumbing.
 */
export function isForeignButton(data: string | undefined, prefix: string): boolean {
  if (!data) return false;
  const family = prefix.slice(0, prefix.indexOf(":") + 1);
  return !(family && data.startsWith(family)) && data !== CANCEL_DATA && !data.startsWith(FORM_RESUME_PREFIX);
}

/** Short lists (this many areas or fewer) are offered as buttons; longer ones are typed and searched. */
const AREA_BUTTONS_MAX = 8;

/** Whether askArea offers these areas as buttons: a prompt says "pick a button" only then. */
export function areasAsButtons(options: readonly unknown[]): boolean {
  return options.length > 0 && options.length <= AREA_BUTTONS_MAX;
}

export interface AreaStepOptions<A extends { code: string; name: string }> {
  prompt: string;
  /** Callback data is `${prefix}<code>`, `${prefix}skip` and `${prefix}other`. */
  prefix: string;
  /** Offered as buttons when short (areasAsButtons); otherwise typed and searched. */
  options: A[];
  find: (typed: string) => A[];
  byCode: (code: string) => A | undefined;
  skippable: boolean;
  /** Buttons for these areas; undefined when there is nothing to press. */
  keyboard: (areas: A[], skippable: boolean) => InlineKeyboard | undefined;
  texts: { hint: string; choose: string; notFound: (typed: string) => string };
  /** A typed text that answers a later step of the form: see EarlyAnswer. */
  early?: EarlyAnswer;
}

/**
 * One level of a region (province, regency, district): buttons for short lists,
 * type-to-search with typo tolerance for long ones, a choice when the typed name
 * fits several, and "Lainnya"/"Lewati" that never lead to a dead end.
 */
export function askArea<A extends { code: string; name: string }>(conversation: Conv, ctx: Context, o: AreaStepOptions<A>): Promise<A | undefined> {
  const keyboard = o.keyboard(areasAsButtons(o.options) ? o.options : [], o.skippable);
  return askStep<A | undefined>(conversation, ctx, {
    prompt: o.prompt,
    keyboard,
    parse: async (c) => {
      const d = dataOf(c, o.prefix);
      // a button of another message (not of this form: "🔁 Hitung lagi" under an earlier result)
      // pauses the form and does what it says, as a question typed here does
      if (c.callbackQuery && d === undefined && isForeignButton(c.callbackQuery.data, o.prefix)) await pauseForQuestion(conversation, keyboard);
      if (d === "skip" && o.skippable) return { ok: true, value: undefined };
      if (d === "other") return { ok: false, hint: o.texts.hint };
      if (d) {
        const area = o.byCode(d);
        return area ? { ok: true, value: area } : { ok: false };
      }
      const text = textOf(c);
      if (!text) return { ok: false };
      // a question typed here pauses the form and is answered; "gk tau" is no place name
      if (asks(text)) await pauseForQuestion(conversation, keyboard);
      if (SKIP_WORDS.test(text)) return o.skippable ? { ok: true, value: undefined } : { ok: false, hint: o.texts.hint };
      const found = o.find(text);
      if (found.length === 1) return { ok: true, value: found[0]! };
      if (found.length === 0) return { ok: false, hint: o.texts.notFound(text.slice(0, 60)) };
      await c.reply(o.texts.choose, { reply_markup: o.keyboard(found, o.skippable) });
      return { ok: false, silent: true };
    },
    hint: o.texts.hint,
    early: o.early,
  });
}
