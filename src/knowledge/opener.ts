/**
 * Many answers open with the yes or no their first question asks for ("Bisa. Saldo JHT dibayar
 * penuh …"). Asked "berapa lama masa tunggu jht kalo phk", that opener answers a question nobody
 * asked; it is left out when the question asks how, when, how much or what, and asks no yes or no.
 */
import { cleanText } from "./normalize";

/** A bare yes or no opening an answer, with the space after it. */
const OPENER = /^(?:Ya|Bisa|Boleh|Tidak|Yes|No)\.\s+/;
/** Words that ask for a yes or no (Indonesian, regional, English). */
const ASKS_YES_NO = /\b(bisa|bs|boleh|apakah|apa bisa|kah|ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk|ndak|nda|engga|bener|benar|betul|ya|kan|iso|saged|ora|ra|can|could|is|are|does|do|did|should|will|may|am|must)\b/;
/** Words that ask for something other than yes or no. */
const ASKS_OTHER = /\b(berapa|brp|brapa|kapan|kpn|bagaimana|gimana|gmn|gmna|bgmn|caranya|dimana|dmn|di mana|kemana|kmn|siapa|mengapa|kenapa|knp|apa aja|apa saja|apa syarat\w*|syarat\w*|how|what|when|where|who|why|which|piye|pripun|kumaha|piro|pira|sabaraha)\b/;

/** An English question opening with its question word. */
const ENGLISH_WH_FIRST = /^(how|what|when|where|who|why|which)\b/;

/** The answer without its yes/no opener when the question asks for something else; else as written. */
export function withoutUnaskedOpener(answer: string, question: string | undefined): string {
  if (!question || !OPENER.test(answer)) return answer;
  const asked = cleanText(question);
  // English asks with its verb first ("is it …", "can i …"), so a question word first is never yes/no ("how long is …")
  const whFirst = ENGLISH_WH_FIRST.test(asked);
  if (!whFirst && (!ASKS_OTHER.test(asked) || ASKS_YES_NO.test(asked))) return answer;
  const rest = answer.replace(OPENER, "");
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
