/** The people of the unanswered-questions suites (an owner, officers of two provinces and of all, citizens) and reading what the bot sent. */
import type { SimUser } from "../../src/bot/update-factory";
import type { ApiCall } from "../../src/bot/local-transport";
import { htmlToPlain } from "../../src/bot/html";

export const OWNER: SimUser = { id: 1, first_name: "Owner", language_code: "id" };
export const SULSEL_OFFICER: SimUser = { id: 200, first_name: "Andi", language_code: "id" };
export const JATIM_OFFICER: SimUser = { id: 300, first_name: "Eko", language_code: "id" };
export const ALL_OFFICER: SimUser = { id: 400, first_name: "Rina", language_code: "id" };
export const citizen = (id: number, language_code = "id"): SimUser => ({ id, first_name: "Warga", language_code });

/** The messages sent among the calls. */
export const sends = (calls: ApiCall[]) => calls.filter((c) => c.method === "sendMessage");
/** A call's text as the user reads it. */
export const plain = (c: ApiCall | undefined) => htmlToPlain(String(c?.payload.text ?? ""));
