/**
 * What a worker abroad (a migrant worker, PMI) types into the enrollment form: the country
 * they work in where the home province is asked, a foreign mobile number where an Indonesian
 * one is, or an Indonesian number inside a sentence ("nomor sy 0812 3456 7890 ya kak").
 */
import { z } from "zod";
import { normalizeIndonesianMobile } from "../../../leads/validate";

/**
 * Countries and cities where Indonesian migrant workers are most often placed. Checked only
 * when no Indonesian area was found, so an Indonesian place of the same name always wins.
 */
const FOREIGN_PLACE = new RegExp(
  String.raw`\b(${[
    "hong ?kong", "hk", "macau", "makau", "taiwan", "taipei", "taichung", "kaohsiung", "tainan",
    "malaysia", "kuala lumpur", "johor", "sabah", "sarawak", "penang", "selangor", "brunei",
    "singapura", "singapore", "korea", "korsel", "korea selatan", "seoul", "busan", "jepang", "japan", "tokyo", "osaka",
    "saudi", "arab saudi", "saudi arabia", "riyadh", "jeddah", "jedah", "mekkah", "makkah", "madinah",
    "uni emirat arab", "uea", "uae", "dubai", "abu dhabi", "qatar", "doha", "kuwait", "oman", "bahrain", "yordania", "jordan",
    "turki", "turkey", "polandia", "poland", "australia", "china", "tiongkok", "thailand", "filipina", "philippines",
  ].join("|")})\b`,
  "i",
);

/** The text names a place abroad (a country or city), not one in Indonesia. */
export function isForeignPlace(text: string): boolean {
  return FOREIGN_PLACE.test(text);
}

/** Words around a place that say where, not what: "kerja di hong kong", "working in taiwan". */
const WHERE_WORDS = /\b(di|ke|dari|negara|kerja|bekerja|sekarang|skrg|sy|saya|aku|lagi|in|at|working|work|now|i|the)\b/gi;

/**
 * The text names a place abroad and nothing else ("hong kong", "kerja di taiwan"): typed
 * where the occupation is asked, it says where the worker is, not what they do.
 * "pekerja rumah tangga di hong kong" names an occupation.
 */
export function namesOnlyForeignPlace(text: string): boolean {
  if (!isForeignPlace(text)) return false;
  const rest = text.replace(new RegExp(FOREIGN_PLACE.source, "gi"), " ").replace(WHERE_WORDS, " ").replace(/[^\p{L}]/gu, "");
  return rest.length === 0;
}

/** A number as typed: digits with spaces, dots, dashes or brackets inside, maybe after "+". */
const TYPED_NUMBER = /\+?\(?\d[\d\s.()-]*\d/g;
/** A number dialled internationally: "+852 …" or "00852 …" ("+62" and "0062" are Indonesian). */
const INTERNATIONAL = /^(\+|00)(?!62)/;

export type PhoneReading = { ok: true; phone: string } | { ok: false; reason: "foreign" | "invalid" };

/**
 * The Indonesian mobile number in a contact-step text, also inside a sentence; otherwise why
 * not: a foreign number (the bot takes Indonesian ones only) or no usable number.
 */
const ContactText = z.string().transform((text, ctx): string => {
  const numbers = text.match(TYPED_NUMBER) ?? [];
  for (const typed of numbers) {
    const r = normalizeIndonesianMobile(typed);
    if (r.ok) return r.value;
  }
  ctx.issues.push({ code: "custom", input: text, message: numbers.some((n) => INTERNATIONAL.test(n.trim())) ? "foreign" : "invalid" });
  return z.NEVER;
});

export function readPhone(text: string): PhoneReading {
  const r = ContactText.safeParse(text);
  return r.success ? { ok: true, phone: r.data } : { ok: false, reason: r.error.issues[0]!.message as "foreign" | "invalid" };
}

/** Words typed around a phone number that say only that it is one: "no hp saya 0812…", "wa: +852…". */
const PHONE_WORDS = new Set([
  "no", "nomor", "nomer", "nmr", "nomorku", "hp", "hpku", "handphone", "ponsel", "wa", "whatsapp", "telp", "tlp", "telepon", "telpon",
  "kontak", "phone", "mobile", "number", "my", "is", "saya", "sy", "aku", "ku", "ini", "ya", "kak", "adalah",
]);

/**
 * The text is a phone number and nothing else (but words that name it: "no hp saya 0812 3456
 * 7890"), Indonesian or dialled internationally: typed before the contact step, it is the answer
 * to that step, not a question. A NIK, a KPJ or an amount is not one.
 */
export function typesOnlyPhone(text: string): boolean {
  const numbers = text.match(TYPED_NUMBER) ?? [];
  if (numbers.length !== 1) return false;
  const typed = numbers[0]!.trim();
  const digits = typed.replace(/\D/g, "").length;
  const phone = normalizeIndonesianMobile(typed).ok || (INTERNATIONAL.test(typed) && digits >= 8 && digits <= 15);
  if (!phone) return false;
  const rest = text.replace(TYPED_NUMBER, " ").toLowerCase().replace(/[^\p{L}\s]/gu, " ").split(/\s+/).filter(Boolean);
  return rest.every((w) => PHONE_WORDS.has(w));
}
