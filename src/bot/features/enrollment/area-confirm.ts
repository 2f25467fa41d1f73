/**
 * A region step whose typo guesses are confirmed: a single match the lookup is not sure of
 * ("west jav" → Jawa Barat by a fuzzy guess) is asked back ("Maksud Anda Jawa Barat?") before it
 * is used, since a wrong province sends the user's data to the wrong province's officers.
 * Shared by /daftar and /langganan.
 */
import { InlineKeyboard, type Context } from "grammy";
import type { Area, AreaLookup } from "../../../regions";
import { askArea, askStep, dataOf, type AreaStepOptions, type Conv, type Translate } from "../../conversation-kit";
import { escapeHtml } from "../../html";

export type ConfirmedAreaOptions = Omit<AreaStepOptions<Area>, "find"> & { lookup: (typed: string) => AreaLookup };

export async function askAreaConfirmed(conversation: Conv, ctx: Context, t: Translate, o: ConfirmedAreaOptions): Promise<Area | undefined> {
  const confirmPrefix = `${o.prefix}ok:`;
  for (;;) {
    // the code of the last typed name's single unsure match (find runs again, the same, on replay)
    let unsure: string | undefined;
    const find = (typed: string) => {
      const found = o.lookup(typed);
      unsure = !found.sure && found.areas.length === 1 ? found.areas[0]!.code : undefined;
      return found.areas;
    };
    const area = await askArea(conversation, ctx, { ...o, find });
    if (!area || area.code !== unsure) return area;
    const name = escapeHtml(area.name);
    const keyboard = new InlineKeyboard().text(t("area-confirm-yes", { area: area.name }), `${confirmPrefix}yes`).row().text(t("area-confirm-no"), `${confirmPrefix}no`);
    const yes = await askStep<boolean>(conversation, ctx, {
      prompt: t("area-confirm", { area: name }),
      keyboard,
      buttonsOnly: true,
      typedWords: CONFIRM_WORDS(confirmPrefix),
      parse: (c, typed) => {
        const d = dataOf(c, confirmPrefix, typed);
        return d === "yes" || d === "no" ? { ok: true, value: d === "yes" } : { ok: false };
      },
      hint: t("choose-button-hint"),
    });
    if (yes) return area;
    // not that one: the same question again, to type the name another way
  }
}

const CONFIRM_WORDS = (prefix: string): Record<string, string> => ({
  ya: `${prefix}yes`, iya: `${prefix}yes`, betul: `${prefix}yes`, benar: `${prefix}yes`, yes: `${prefix}yes`, y: `${prefix}yes`, ok: `${prefix}yes`,
  bukan: `${prefix}no`, salah: `${prefix}no`, tidak: `${prefix}no`, no: `${prefix}no`, nope: `${prefix}no`,
});
