/** The context every handler sees: grammY's, plus session and translations. */
import type { Context, SessionFlavor } from "grammy";
import type { I18nFlavor } from "@grammyjs/i18n";
import type { ConversationFlavor } from "@grammyjs/conversations";
import type { Logger } from "../logger";
import type { CalculationRequest } from "../rules/question";
import type { Language } from "../language";

export type { Language };

export interface SessionData {
  /** Chosen with /bahasa; otherwise taken from the Telegram client. */
  language?: Language;
  /** The language the user's last clearly written question was in: replies follow it until /bahasa chooses one. */
  writtenIn?: Language;
  /** The question behind the last "Maksud Anda…?": "none of these" records it as unanswered. */
  clarifiedQuestion?: string;
  /** @grammyjs/conversations state (versioned), kept in the same row as the session. */
  conversation?: unknown;
  /**
   * The form a question typed into it paused (conversation-kit's pauseForQuestion): it stays open
   * with the answers given so far, in the form's own saved state, while the bot answers as if no
   * form were open, until the user presses its Continue button. Only the form's id; cleared when it ends.
   */
  pausedForm?: string;
}

interface ExtraFlavor {
  session: SessionData;
  log: Logger;
  /** What the bot did with this update, for the one log line per update. */
  outcome?: string;
  /** The unanswered question recorded while handling this update, so later middleware need not look it up. */
  recordedUnansweredId?: number;
  /** The calculation this update's reply showed, if any (set by the calculator, read by later features). */
  calculated?: CalculationRequest["kind"];
  /** The update was answered as a question (the search, routing words, a calculation). */
  answeredAsQuestion?: boolean;
}

export type BaseContext = Context & SessionFlavor<SessionData> & I18nFlavor & ExtraFlavor;
export type BotContext = ConversationFlavor<BaseContext>;
