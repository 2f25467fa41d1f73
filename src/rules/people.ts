/**
 * Who a group or village budget is for, read from a cleaned question: village officials by
 * title with their count ("7 kepala dusun", "kades dan sekdes", "5 kadus dan 10 rt") and
 * vulnerable workers or plain head counts ("50 petani", "40 pekerja rentan", "20 orang").
 * A number the reader cannot place is reported, so no budget is computed for the wrong
 * number of people.
 */
import { NUMBER_WORD, numberWordValue, withoutPeriods } from "./period";

/** Offices held by one person in a village: named without a count they mean one. */
const SINGLE_OFFICES = "kepala desa|kades|kepdes|kuwu|sekretaris desa|sekdes|carik|bendahara desa|ketua bpd";
/** Offices with several holders: named without a count the number is not known. */
const SHARED_OFFICES =
  "kepala dusun|kadus|kasun|kepala urusan|kaur|kepala seksi|kasi|ketua rt|ketua rw|rt|rw|anggota bpd|bpd|perangkat desa|perangkat|aparat desa|aparatur desa|aparat|aparatur|pamong desa|pamong|staf desa|operator desa|modin|kepala lingkungan|kaling|guru ngaji|linmas|kader posyandu|kader";
/** Every title, as alternatives for a regular expression. */
export const OFFICE_TITLES = `${SINGLE_OFFICES}|${SHARED_OFFICES}`;
const OFFICE = new RegExp(String.raw`\b(${SINGLE_OFFICES}|${SHARED_OFFICES})\b`, "g");
/** "sy sekdes", "saya kaur keuangan": the one asking introduces themselves; they are not one more person to insure. */
const SELF_INTRODUCTION = new RegExp(String.raw`\b(?:sy|saya|aku|gw|gue|i am|im)\s+(?:adalah\s+|sebagai\s+|seorang\s+|an?\s+)?(?:${OFFICE_TITLES})\b`, "g");
const SINGLE = new RegExp(String.raw`^(?:${SINGLE_OFFICES})$`);
/** Any title at all (OFFICE, for a test): without one, none of the title readings in readPeople can match, as in most questions. */
const ANY_OFFICE = new RegExp(OFFICE.source);
/**
 * "kades baru nih. 15 perangkat …", "kades sy mau daftarin 10 perangkat": a single office opening the
 * message, then words about the writer, names who asks (or whose village), not one more person to insure.
 * Only taken off when other offices follow: "kades baru nih, siltap sy 3 jt" asks for the kades.
 */
const SPEAKER_FIRST = new RegExp(
  String.raw`^(?:(?:pak|bu|bapak|ibu)\s+)?(?:${SINGLE_OFFICES})\s+(?:(?:baru\s+)?(?:nih|ni|disini|di sini|here)|baru|(?:sy|saya|aku|gw|gue)\s+(?:mau|mo|mw|ingin|pengen|pingin|akan|lagi|sedang|baru))\b`,
);
/**
 * "20 rt rw", "ketua rt dan rw", "rt/rw": RT and RW heads named together with no count between
 * them are one group, the count before them everyone's ("5 rt dan 3 rw" keeps its two counts).
 */
const RT_RW = /\b(?:ketua\s+)?rt\s+(?:(?:dan|serta|&|\+)\s+)?(?:ketua\s+)?rw\b/g;
const withRtRwJoined = (cleaned: string) => cleaned.replace(RT_RW, "rt");
/** The writer's own title taken off, when other offices are named after it. */
function withoutSpeaker(cleaned: string): string {
  const intro = SPEAKER_FIRST.exec(cleaned);
  if (!intro) return cleaned;
  const rest = cleaned.slice(intro[0].length);
  return ANY_OFFICE.test(rest) ? rest : cleaned;
}
/**
 * "sy sekdes. perangkat 8 org …": the writer's own title taken off when other offices are named beside it,
 * or workers are counted ("sy kades, 50 petani …"). Named alone ("sy kades, siltap sy 3 jt, iuran sebulan
 * brp", "sy sekdes, siltap 2,5 jt …"), the writer is the one asking about their own contribution.
 */
function withoutSelfIntroduction(text: string): string {
  const rest = text.replace(SELF_INTRODUCTION, " ");
  if (rest === text) return text;
  return ANY_OFFICE.test(rest) || ANY_WORKER_COUNT.test(rest) ? rest : text;
}
/** "sy bendahara desa. anggaran … cukup utk brp petani?": the writer's own title taken off, whatever else is named. */
export const withoutWriter = (cleaned: string) => cleaned.replace(SELF_INTRODUCTION, " ");
/** "7 orang kadus", "9 anggota bpd", "10 ketua rt": words allowed between a count and its title. */
const FILLER = "(?:(?:orang|org|orng|para|pak|bapak|ibu)\\s+)?";
/** A count, not the tail of an amount ("2.100.000 kades" has no count of 000). */
const COUNT = String.raw`(?<![\d.,])(\d+|${NUMBER_WORD})`;
const COUNT_BEFORE = new RegExp(String.raw`${COUNT}\s+${FILLER}$`);
/** A count left before a title once the title was taken out (marked §). */
const COUNT_BEFORE_TITLE = new RegExp(String.raw`\b${COUNT}\s+${FILLER}(?=§)`, "g");
/** Words allowed between a title and a count written after it ("perangkat desa kami ada 11 orang"). */
const BETWEEN = "(?:\\s+(?:desa|kami|kita|saya|sy|ada|yang|yg|di|sekitar|kurang lebih))*";
/**
 * "kadus 6 orang", "perangkat desa sebanyak 9 orang", "bpd berjumlah 9": a count after its title,
 * moved before it so it is read like "6 kadus". The count needs "orang" or a counting word, so
 * "5 kadus dan 10 rt" keeps its counts where they are.
 */
/** "4 orang kaur" after a title: the count is the next title's. */
const NOT_BEFORE_TITLE = String.raw`(?!\s+(?:${SINGLE_OFFICES}|${SHARED_OFFICES})\b)`;
const COUNT_AFTER = new RegExp(
  String.raw`\b(${SINGLE_OFFICES}|${SHARED_OFFICES})${BETWEEN}\s+(?:(?:sebanyak|berjumlah|jumlahnya|jumlah|total|ada)\s+${COUNT}(?:\s+(?:orang|org|orng)|(?![.\d]|\s*(?:rb|ribu|rebu|k|jt|juta|jeti)\b))|${COUNT}\s+(?:orang|org|orng))\b${NOT_BEFORE_TITLE}`,
  "g",
);

/**
 * "kades 1, sekdes 1, 5 kadus", "kaur 3, kadus 4 siltap 2 jt": a title followed by its count and a
 * separator (written before cleanText drops the commas), turned round so it reads as "1 kades". Not
 * RT/RW, whose numbers are addresses ("RT 1"), nor an amount ("kades 1,5 jt").
 */
const TITLE_THEN_COUNT = new RegExp(
  String.raw`\b(${SINGLE_OFFICES}|kepala dusun|kadus|kasun|kepala urusan|kaur|kepala seksi|kasi|anggota bpd|bpd|perangkat desa|perangkat|staf desa|linmas|kader posyandu|kader)\s+(\d{1,4})(?![\d.,]\d)(?=\s*(?:[,;&+]|$)|\s+(?:dan|serta|siltap|masing|rata|${SINGLE_OFFICES}|${SHARED_OFFICES})\b)`,
  "gi",
);
export const withTitleFirstCounts = (text: string) => text.replace(TITLE_THEN_COUNT, "$2 $1");

/** "4 kaur/kasi": one group under either title, written before cleanText drops the slash. */
const SLASHED_TITLES = new RegExp(String.raw`\b(${SHARED_OFFICES})\s*/\s*(?:${SHARED_OFFICES})\b`, "gi");
/** "6 kaur kasi", "6 kaur dan kasi": the kaur and kasi counted together, as "6 kaur/kasi" is. */
const KAUR_KASI = /\b(\d+\s+(?:(?:orang|org)\s+)?)(kaur|kasi|kepala urusan|kepala seksi)\s+(?:(?:dan|&|\+)\s+)?(?:kaur|kasi|kepala urusan|kepala seksi)\b/gi;
export const withSlashedTitlesJoined = (text: string) => text.replace(SLASHED_TITLES, "$1").replace(KAUR_KASI, "$1$2");

/**
 * "kades, sekdes dan bendahara": a treasurer listed with village titles is the village's. Alone
 * ("gaji bendahara 5 jt") it may be any employer's, whose wage the worker calculator reads.
 */
const LISTED_TREASURER = new RegExp(
  String.raw`(?<=\b(?:${SINGLE_OFFICES}|${SHARED_OFFICES})\s+(?:(?:dan|serta|&|\+)\s+)?)bendahara\b(?!\s+desa)|\bbendahara\b(?!\s+desa)(?=\s+(?:(?:dan|serta|&|\+)\s+)?(?:${SINGLE_OFFICES}|${SHARED_OFFICES})\b)`,
  "g",
);

/** Titles joined in a list ("kades dan perangkat desa", "kades sekdes bendahara"), none with its own count. */
const TITLE_LIST = String.raw`(?:${SINGLE_OFFICES}|${SHARED_OFFICES})(?:\s+(?:(?:dan|serta|&|\+)\s+)?(?:${SINGLE_OFFICES}|${SHARED_OFFICES}))+`;
/**
 * "kades dan perangkat desa total 9 org": one count after several titles is everyone's, as the reply to
 * "berapa orang aparat desa?" is (question.ts). A count right before the list belongs to its first title.
 */
const LIST_COUNT_AFTER = new RegExp(
  String.raw`(?<!\d\s)\b${TITLE_LIST}${BETWEEN}\s+(?:(?:sebanyak|berjumlah|jumlahnya|jumlah|total|totalnya|semuanya|seluruhnya|semua|ada)\s+${COUNT}(?:\s+(?:orang|org|orng))?|${COUNT}\s+(?:orang|org|orng))\b(?![.\d]|\s*(?:rb|ribu|rebu|k|jt|juta|jeti)\b)${NOT_BEFORE_TITLE}`,
  "g",
);
/** "9 org termasuk kades", "sembilan org termasuk kades": titles already in the count before them are no more people. */
const INCLUDED = new RegExp(String.raw`(?<=\b(?:\d+|${NUMBER_WORD})\s+(?:\S+\s+){0,3})(?:sudah\s+|udah\s+)?(?:termasuk|trmsk|tmsk|including|incl)\s+(?:${TITLE_LIST}|${SINGLE_OFFICES}|${SHARED_OFFICES})\b`, "g");
/** A plain head count with nobody else to belong to: "siltap perangkat 1.750.000 ada 8 org". */
const PLAIN_HEADS = /^(orang|org|orng|jiwa|people|persons?)$/;
/** People a plain head count may be instead of the officials. */
const OTHER_PEOPLE = /\b(rentan|miskin|petani|nelayan|buruh|peternak|pekebun|penggarap|pedagang|pemulung|informal|warga|masyarakat|pekerja|farmers?|fishers?|fishermen|workers?)\b/;

/** Workers a village or group may pay the cheapest package for. */
const WORKERS =
  "pekerja rentan|pekerja informal|pekerja|buruh tani|buruh|petani|nelayan|peternak|pekebun|penggarap|pedagang|pemulung|warga miskin|warga|masyarakat|peserta|orang|org|orng|jiwa|kk|people|persons?|workers?|farmers?|fishers?|fishermen";
export const WORKER_WORDS = WORKERS;
const WORKER_COUNT = new RegExp(String.raw`\b${COUNT}\s+(${WORKERS})\b`, "g");
const ANY_WORKER_COUNT = new RegExp(WORKER_COUNT.source);
/** Words that make a plain head count one of vulnerable workers rather than of officials. */
export const VULNERABLE_WORDS = /\b(rentan|miskin|petani|nelayan|buruh|peternak|pekebun|penggarap|pedagang|pemulung|informal|farmers?|fishers?|fishermen)\b/;

export interface PeopleReading {
  /** Officials named with their count, e.g. "5 kadus" and "10 rt" → [5, 10]; null where no count was written for a shared office. */
  officials: (number | null)[];
  /** Head counts not tied to an office: "50 petani", "20 orang". */
  workers: { count: number; word: string }[];
  /** A count was written but could not be tied to anyone ("7 staf"). */
  strayNumbers: boolean;
}

const valueOf = (raw: string) => (/^\d+$/.test(raw) ? Number(raw) : numberWordValue(raw)!);

/** Amounts of money as cleanText leaves them ("2.5 jt", "rp 1.750.000", "2500000"): no head counts. */
const AMOUNTS = /(?:\brp\s*)?\d[\d.]*\s*(?:rb|ribu|rebu|k|jt|juta|jeti|m|miliar|milyar|million|thousand)\b|\brp\s*\d[\d.]*|\b\d+(?:\.\d+)+\b|\b\d{4,}\b/g;

/** `cleaned` is cleanText output; periods and amounts are set aside before counts are read. */
export function readPeople(cleaned: string): PeopleReading {
  const officials: (number | null)[] = [];
  const withoutPeriod = withoutPeriods(cleaned);
  const text = !ANY_OFFICE.test(withoutPeriod) ? withoutPeriod : withoutSelfIntroduction(withoutSpeaker(withRtRwJoined(withoutPeriod)).replace(LISTED_TREASURER, "bendahara desa"))
    .replace(INCLUDED, " ")
    .replace(LIST_COUNT_AFTER, (_m, counted?: string, plain?: string) => `${counted ?? plain} perangkat desa`)
    .replace(COUNT_AFTER, (_m, title: string, counted?: string, plain?: string) => `${counted ?? plain} ${title}`);
  const named: string[] = [];
  let rest = text.replace(OFFICE, (title: string, _g: string, offset: number) => {
    const before = COUNT_BEFORE.exec(text.slice(Math.max(0, offset - 40), offset));
    officials.push(before ? valueOf(before[1]!) : SINGLE.test(title) ? 1 : null);
    named.push(canonicalTitle(title));
    return " § ";
  });
  // "boleh ga dd bayar bpjs bpd? brp iuran 9 anggota bpd …": a title named without its count where the same title
  // is counted elsewhere is those people again, not more of an unknown number
  const counted = new Set(named.filter((_x, i) => officials[i] !== null));
  for (let i = officials.length - 1; i >= 0; i--) {
    if (officials[i] === null && counted.has(named[i]!)) officials.splice(i, 1);
  }
  // a count that stood before a title has been used
  rest = rest.replace(COUNT_BEFORE_TITLE, " ");
  const workers: PeopleReading["workers"] = [];
  rest = rest.replace(WORKER_COUNT, (_m, n: string, word: string) => {
    workers.push({ count: valueOf(n), word });
    return " ";
  });
  const strayNumbers = /\b\d+\b/.test(rest.replace(AMOUNTS, " "));
  // officials named without their count and one plain head count: it is theirs, not more people's
  if (officials.includes(null) && workers.length === 1 && PLAIN_HEADS.test(workers[0]!.word) && !OTHER_PEOPLE.test(text)) {
    return { officials: [workers[0]!.count], workers: [], strayNumbers };
  }
  return { officials, workers, strayNumbers };
}

/** One name per office, so "kepala desa" in a question and "kades" in a follow-up are the same title. */
const CANONICAL_TITLES: [RegExp, string][] = [
  [/^(kepala desa|kades|kepdes|kuwu)$/, "kades"],
  [/^(sekretaris desa|sekdes|carik)$/, "sekdes"],
  [/^(kepala dusun|kadus|kasun)$/, "kadus"],
  [/^(kepala urusan|kaur)$/, "kaur"],
  [/^(kepala seksi|kasi)$/, "kasi"],
  [/^(ketua rt|rt)$/, "rt"],
  [/^(ketua rw|rw)$/, "rw"],
  // the BPD's chair is one of its members, on the BPD scheme
  [/^(anggota bpd|bpd|ketua bpd)$/, "bpd"],
  [/^(kepala lingkungan|kaling)$/, "kaling"],
  [/^(kader posyandu|kader)$/, "kader"],
  [/^(perangkat desa|perangkat|aparat desa|aparatur desa|aparat|aparatur|pamong desa|pamong|staf desa)$/, "perangkat"],
];
const canonicalTitle = (title: string) => CANONICAL_TITLES.find(([re]) => re.test(title))?.[1] ?? title;

/** Offices held by one person ("kades"), as canonical titles. */
export const isSingleOffice = (title: string) => title === "kades" || title === "sekdes" || SINGLE.test(title);
/** "perangkat desa", "aparat": a name for all officials, which may include any single office. */
export const isGenericOffice = (title: string) => title === "perangkat";

/** The offices named in a cleaned text, canonical, in order, once each ("kades, sekdes dan 4 kaur" → kades, sekdes, kaur). */
export function officeTitlesIn(cleaned: string): string[] {
  const titles = [...withoutSelfIntroduction(withoutSpeaker(withRtRwJoined(cleaned)).replace(LISTED_TREASURER, "bendahara desa")).matchAll(OFFICE)].map((m) => canonicalTitle(m[1]!));
  return [...new Set(titles)];
}

/** "berdua", "bertiga": how many go together, as one word. */
const TOGETHER: Record<string, number> = { berdua: 2, bertiga: 3, berempat: 4, berlima: 5, berenam: 6, bertujuh: 7 };
const TOGETHER_WORD = new RegExp(String.raw`\b(${Object.keys(TOGETHER).join("|")})\b`);
const SELF_WORD = String.raw`(?:sy|saya|aku|gw|gue|ane)`;
const KIN_WORD = String.raw`(?:istri|suami|pasangan|bini|anak|adik|kakak|ibu|bapak|ayah|ortu|orang tua|mertua|wife|husband|kids?|children|sons?|daughters?)`;
const KIN_JOIN = String.raw`(?:\s+(?:dan|sm|sama|dgn|dengan|serta|and|plus|&|\+)\s+|\s+)`;
const KIN_MEMBER = String.raw`(?:(\d{1,2}|${NUMBER_WORD})\s+(?:(?:orang|org)\s+)?)?${KIN_WORD}(?:\s+(?:sy|saya|ku))?`;
/** "saya dan istri", "saya istri dan anak" (cleanText drops the comma), "saya dan 2 anak": the writer and the family named. */
const SELF_AND_KIN = new RegExp(String.raw`\b${SELF_WORD}((?:${KIN_JOIN}${KIN_MEMBER})+)\b`);
const ONE_MEMBER = new RegExp(String.raw`(?:${KIN_JOIN})${KIN_MEMBER}`, "g");
/** "istri dan saya", "suami sy sama saya": a couple named the other way round. */
const KIN_AND_SELF = new RegExp(String.raw`\b(?:istri|suami|pasangan)\s+(?:(?:sy|saya|aku)\s+)?(?:sm|sama|dan|and)\s+${SELF_WORD}\b`);
/** "keluarga 4 orang", "4 orang keluarga", "sekeluarga isi 5 org": the family's size written. */
const FAMILY_SIZE = new RegExp(String.raw`\b(?:se)?keluarga\s+(?:(?:isi|ada|sebanyak|berjumlah|kami|saya|sy)\s+)*(\d{1,2}|${NUMBER_WORD})\s+(?:orang|org|jiwa)\b|\b(\d{1,2}|${NUMBER_WORD})\s+(?:orang|org|jiwa)\s+(?:(?:dalam|di|se)\s+)?(?:se)?keluarga\b`);

/**
 * How many people of one household a question is about ("iuran bpu berdua", "saya, istri dan anak",
 * "saya dan 2 anak", "keluarga 4 orang"), the writer counted in; undefined when no household is named.
 * Read on cleanText output, so "bertiga setahun" keeps both its count and its period (audit18 #1).
 */
export function householdSize(cleaned: string): number | undefined {
  const size = FAMILY_SIZE.exec(cleaned);
  if (size) return valueOf((size[1] ?? size[2])!);
  const together = TOGETHER_WORD.exec(cleaned);
  if (together) return TOGETHER[together[1]!];
  const named = SELF_AND_KIN.exec(cleaned);
  if (named) {
    let count = 1;
    for (const m of named[1]!.matchAll(ONE_MEMBER)) count += m[1] ? valueOf(m[1]) : 1;
    return count;
  }
  return KIN_AND_SELF.test(cleaned) ? 2 : undefined;
}
