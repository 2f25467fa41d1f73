/**
 * The situation a user has described, remembered for the conversation: what kind of worker they are
 * (an ojol driver, a farmer or a trader is an informal BPU worker; a factory hand or an office clerk
 * earns a wage; a TKI works abroad as a PMI) and what happened (a work accident, a participant's
 * death, a layoff, a resignation). "ga bisa narik 2 bulan dapat uang ga" after "sy driver ojol …
 * ketabrak" is about the accident benefits of an informal worker (STMB), never about JKP, which only
 * laid-off wage earners get; "santunan kematian brp" after "suami sy meninggal … pabrik" is the JKM
 * paid to heirs.
 *
 * The ranking uses it through the entries' own facets: which workers an entry applies to and which
 * situation it is about, set in the file (`workers`, `situations`) or read from the entry's topic and
 * label. An entry for other workers steps back; one about another situation steps back; one about
 * the situation described steps forward. Held in memory per user like the recent topics, forgotten
 * with /hapusdata.
 */
import { cleanText } from "./normalize";
import type { KnowledgeSearch, SearchContext } from "./search";
import type { KnowledgeEntry, SituationKind, WorkerKind } from "./schema";

export interface Situation {
  worker?: WorkerKind;
  /** What happened, as last told ("suami sy meninggal" stays until another event is told). */
  events: readonly SituationKind[];
}

/** Informal (BPU) work as people name it: "sy driver ojol", "sy petani", "mamak sy jualan sayur". */
const INFORMAL_WORK =
  /\b(ojol|ojek|ngojek|driver|gojek|grab|maxim|kurir|petani|tani|bertani|pekebun|nelayan|melaut|pedagang|dagang|berdagang|jualan|warung|pkl|tukang|(supir|sopir)( \w+)? lepas|pekerja lepas|serabutan|freelance|freelancer|penjahit|peternak|pengrajin|bpu|pekerja mandiri|pekerja informal|mandiri)\b/;
/** Wage work: a factory, an office, an employee. */
const WAGE_WORK = /\b(pabrik|karyawan|karyawati|pegawai|kantoran|perusahaan|pkwt|pkwtt|buruh pabrik|satpam|staf|staff|hrd|pt)\b/;
/** Words of the village corner: whoever uses them speaks for the village, not as a worker. */
const VILLAGE_SPEAKER = /\b(kades|kepala desa|sekdes|perangkat|aparat|desa|dd|apbdes|add|siltap|bpd|kadus|lurah|kelurahan)\b/;
/** Work abroad. */
const MIGRANT_WORK = /\b(tki|tkw|pmi|pekerja migran|luar negeri|malaysia|arab|saudi|hongkong|hong kong|taiwan|korea|jepang|singapura|brunei)\b/;

const EVENTS: [SituationKind, RegExp][] = [
  ["death", /\b(meninggal|wafat|almarhum|almarhumah|alm|tewas|kematian|ahli waris|janda|duda|mendiang|passed away|died|deceased|widow|widowed)\b/],
  ["accident", /\b(kecelakaan|celaka|ketabrak|tertabrak|tabrakan|jatuh|patah|luka|cedera|terluka|tebas|tertimpa|ketimpa|kejatuhan|kesetrum|keseleo|kecelakan)\b/],
  ["layoff", /\b(phk|di phk|diphk|dipecat|pecat|dirumahkan|di rumahkan|tutup|bangkrut|pailit|pesangon|laid off|layoff)\b/],
  ["resign", /\b(resign|resigned|risen|mengundurkan diri|berhenti kerja|keluar kerja|keluar dari kerja|quit)\b/],
];

/**
 * A work accident denied ("meninggal bukan karena kecelakaan kerja", "die, not from a work accident"):
 * an ordinary death (JKM's), never the JKK one the words "kecelakaan kerja" would otherwise point to.
 * Read on cleaned text (lower case, no punctuation).
 */
export const NEGATED_WORK_ACCIDENT =
  /\b(?:bukan|bkn|tidak|tdk|tak|non|not|no)\s+(?:(?:karena|krn|karna|akibat|dari|oleh|saat|pas|waktu|di|in|from|because|of|due|to|by|a|an|at|caused|during|the|it|was|is)\s+){0,3}(?:kecelakaan kerja|kecelakaan di tempat kerja|kecelakaan saat kerja|work(?:place)? (?:related )?accident|job accident|occupational accident|accident at work|accident on the job)\b/gi;
/**
 * The denied work accident said as what it means, for the readers that look for "kecelakaan kerja": an ordinary
 * death ("biasa") to the calculator, the program that pays it ("jkm") to the search.
 */
export const withoutNegatedWorkAccident = (text: string, meaning = " biasa ") => text.replace(NEGATED_WORK_ACCIDENT, meaning);

/** A death named, "if i die" too: the case where a denied work accident means JKM. */
const DEATH_NAMED = /\b(meninggal|wafat|tewas|kematian|almarhum|almarhumah|die|dies|died|death|dead|passed away|deceased)\b/i;
/**
 * For the search: a death "bukan karena kecelakaan kerja" is JKM's, so the denied words are read as "jkm"; with no
 * death named ("sakit di rumah, bukan kecelakaan kerja") the text is left as written.
 */
export const searchTextOfNegatedWorkAccident = (text: string) => (DEATH_NAMED.test(text) ? withoutNegatedWorkAccident(text, " jkm ") : text);

/** What a message says of the situation; an empty `events` says nothing of what happened. */
export function situationIn(text: string): Situation {
  const cleaned = ` ${withoutNegatedWorkAccident(cleanText(text))} `;
  const events = EVENTS.filter(([, pattern]) => pattern.test(cleaned)).map(([kind]) => kind);
  let worker: WorkerKind | undefined;
  // a village head or official speaks of the villagers ("boleh ga pake dd utk iuran petani"), not of their own work
  if (VILLAGE_SPEAKER.test(cleaned)) return { events };
  if (MIGRANT_WORK.test(cleaned)) worker = "pmi";
  else {
    const informal = INFORMAL_WORK.test(cleaned);
    const wage = WAGE_WORK.test(cleaned);
    // both in one message ("ojol bisa ikut jkp seperti karyawan?") say nothing sure
    if (informal !== wage) worker = informal ? "bpu" : "pu";
  }
  return worker ? { worker, events } : { events };
}

/** The situation remembered, updated by a new message: a kind of worker or an event told replaces the one before. */
export function updatedSituation(before: Situation | undefined, said: Situation): Situation {
  const worker = said.worker ?? before?.worker;
  const events = said.events.length > 0 ? said.events : before?.events ?? [];
  return worker ? { worker, events } : { events };
}

/** Nothing is known. */
export function isEmptySituation(s: Situation | undefined): boolean {
  return !s || (!s.worker && s.events.length === 0);
}

const BPU_LABEL = /\b(bpu|ojol|informal|mandiri)\b/i;
const PU_LABEL = /\b(perusahaan|pemberi kerja|karyawan|pkwt)\b/i;
const PMI_LABEL = /\b(pmi|migran|tki)\b/i;
const DEATH_LABEL = /\b(ahli waris|meninggal|kematian|wafat|janda)\b/i;
const ACCIDENT_LABEL = /\b(kecelakaan|cacat|stmb|celaka|saat kerja|akibat kerja)\b/i;
const LAYOFF_LABEL = /\b(phk|pailit|bangkrut)\b/i;
const RESIGN_LABEL = /\b(resign|mengundurkan)\b/i;
const WORKING_LABEL = /\bmasih bekerja\b/i;

const entryWorkersCache = new WeakMap<KnowledgeEntry, readonly WorkerKind[]>();
const entrySituationsCache = new WeakMap<KnowledgeEntry, readonly SituationKind[]>();

/** The workers an entry applies to (empty: everyone): set in its file, else read from its topic and label. */
export function workersOf(entry: KnowledgeEntry): readonly WorkerKind[] {
  let kinds = entryWorkersCache.get(entry);
  if (kinds) return kinds;
  const label = entry.label ?? "";
  if (entry.workers) kinds = entry.workers;
  else if (entry.topic === "pmi" || PMI_LABEL.test(label)) kinds = ["pmi"];
  else if (entry.topic === "bpu" || BPU_LABEL.test(label)) kinds = ["bpu"];
  // "Perusahaan lapor kecelakaan kerja": an employer's duty, to its employees
  else if (PU_LABEL.test(label)) kinds = ["pu"];
  // JKP and JP are the wage earners' programs; the employer's duties are about their employees
  else if (entry.topic === "jkp" || entry.topic === "jp" || entry.topic === "employer") kinds = ["pu"];
  else kinds = [];
  entryWorkersCache.set(entry, kinds);
  return kinds;
}

/** The situations an entry is about (empty: none in particular): set in its file, else read from its topic and label. */
export function situationsOf(entry: KnowledgeEntry): readonly SituationKind[] {
  let kinds = entrySituationsCache.get(entry);
  if (kinds) return kinds;
  if (entry.situations) kinds = entry.situations;
  else {
    const label = entry.label ?? "";
    const found = new Set<SituationKind>();
    // JKM is the death benefit
    if (DEATH_LABEL.test(label) || entry.topic === "jkm") found.add("death");
    if (ACCIDENT_LABEL.test(label) || entry.topic === "jkk") found.add("accident");
    if (LAYOFF_LABEL.test(label) || entry.topic === "jkp") found.add("layoff");
    if (RESIGN_LABEL.test(label)) found.add("resign");
    if (WORKING_LABEL.test(label)) found.add("working");
    // the employer's duties (registering, paying, reporting) are about people still at work
    if (found.size === 0 && entry.topic === "employer") found.add("working");
    kinds = [...found];
  }
  entrySituationsCache.set(entry, kinds);
  return kinds;
}

/** What a situation rules out: an entry about only these is about someone else's case. */
const EXCLUDES: Record<SituationKind, readonly SituationKind[]> = {
  death: ["working", "resign", "layoff", "accident"],
  accident: ["death", "layoff", "resign", "working"],
  layoff: ["resign", "working", "death"],
  resign: ["layoff", "working", "death"],
  working: ["death", "layoff", "resign"],
};

/** An entry for other workers than the one described steps back this far. */
const OTHER_WORKERS_PENALTY = 0.25;
/** An entry about another situation than the one described steps back this far. */
const OTHER_SITUATION_PENALTY = 0.2;
/** An entry written for the kind of worker described steps forward this far. */
const SAME_WORKERS_BONUS = 0.05;
/** An entry about the situation described and something more that did not happen steps back this far. */
const PARTLY_OTHER_SITUATION_PENALTY = 0.08;
/** An entry about just the situation described (no other) steps forward this far. */
const SAME_SITUATION_BONUS = 0.08;

/** How much an entry's score is multiplied by, given the situation described. */
export function situationFactor(entry: KnowledgeEntry, situation: Situation, programsAsked: readonly string[] = []): number {
  return situationFactorOf(entry.topic, workersOf(entry), situationsOf(entry), situation, programsAsked);
}

/** situationFactor from an entry's topic and facets (workersOf, situationsOf), for a search that read them once for every entry. */
export function situationFactorOf(
  topic: KnowledgeEntry["topic"],
  workers: readonly WorkerKind[],
  about: readonly SituationKind[],
  situation: Situation,
  programsAsked: readonly string[] = [],
): number {
  let factor = 1;
  // "sy ojol bisa ikut jkp ga" asks about JKP itself: its entries say who may join
  const asked = programsAsked.includes(topic);
  if (situation.worker && workers.length > 0 && !workers.includes(situation.worker) && !asked) factor *= 1 - OTHER_WORKERS_PENALTY;
  // written for the worker described: "Biaya berobat BPU kecelakaan kerja" for the ojol driver before the list of JKK benefits
  // (a question naming a program is about that program: "iuran jkk pabrik kimia" is not the employer's whole bill)
  else if (situation.worker && workers.includes(situation.worker) && (programsAsked.length === 0 || asked)) factor *= 1 + SAME_WORKERS_BONUS;
  if (situation.events.length > 0 && about.length > 0) {
    // counted, not filtered into arrays: this runs for every entry a situated search scores
    let shared = 0;
    // a layoff or a resignation named beside another ("JP saat resign atau PHK") is one of two cases the entry covers;
    // a death or an accident is what the entry is about ("Santunan kematian JKK": a death in a work accident)
    let notHappened = 0;
    for (const k of about) {
      if (situation.events.includes(k)) shared++;
      else if (k === "death" || k === "accident") notHappened++;
    }
    // another situation steps back only where the two exclude each other: someone who resigned may still ask
    // about an old accident claim, but a widow's questions are not about a living participant's JHT
    if (shared === 0) {
      if (about.every((k) => situation.events.some((e) => EXCLUDES[e].includes(k)))) factor *= 1 - OTHER_SITUATION_PENALTY;
    }
    // about something more that did not happen: "Santunan kematian JKK" for someone injured, or after a death from illness
    else if (notHappened > 0) factor *= 1 - PARTLY_OTHER_SITUATION_PENALTY;
    // about all that happened: "Santunan JKM untuk ahli waris" after a death from illness
    else if (shared === situation.events.length) factor *= 1 + SAME_SITUATION_BONUS;
  }
  return factor;
}

/** The search, ranking with what the user has said of their situation. */
export function situatedSearch(search: KnowledgeSearch, situation: Situation | undefined): KnowledgeSearch {
  if (isEmptySituation(situation)) return search;
  const context: SearchContext = { situation };
  return { ...search, search: (text: string, more?: SearchContext) => search.search(text, more ?? context) };
}

/** Someone the message tells of: the user ("sy", "aku", "I") or someone close ("dia", "suami", "my wife"). */
const TELLS_OF_SOMEONE =
  /\b(sy|saya|aku|aq|gw|gue|gua|kami|dia|beliau|suami|istri|bapak|ayah|ibu|mamak|emak|anak|adik|kakak|alm|almarhum|almarhumah|i|im|my|me|he|she|we|his|her|husband|wife)\b/;
/** A wish or a plea is a request, not a statement: "sy mau klaim jht", "tolong bantu", "I need …". */
const WANTS = /\b(mau|mo|ingin|pengen|pgn|pingin|perlu|butuh|minta|tolong|mohon|bantu|bantuin|want|wanna|need|help|please|pls|plz)\b/;
/** Where a message is cut to test each piece for a question. */
const PIECES = /[.,;!\n]+/;

/**
 * A message that only tells (of the user or of someone close) and asks nothing:
 * "sy udh berhenti kerja 2 thn lalu", "dia kerja di pabrik 12 tahun, ikut bpjs tk", "sy kerja udah 3
 * tahun, iuran lancar". It gives context to the questions around it; searched as a question it found
 * arbitrary entries or was declined. A question mark, a word that asks (in any piece of it) or a wish
 * ("sy mau klaim jht") makes it a question.
 */
export function isStatement(text: string, asks: (piece: string) => boolean): boolean {
  if (/[?？]/.test(text)) return false;
  const cleaned = cleanText(text);
  if (!cleaned || WANTS.test(cleaned)) return false;
  if (text.split(PIECES).some((piece) => piece.trim() && asks(piece))) return false;
  // "iuran bpu", "klaim jht resign" name a situation but tell of nobody: a question without its question word
  return TELLS_OF_SOMEONE.test(cleaned);
}

/** The village named ("desa", "kades", "siltap", "apbdes"…): its entries are about what the question asks. */
export function mentionsVillage(text: string): boolean {
  return VILLAGE_SPEAKER.test(` ${cleanText(text)} `);
}

/** The two kinds most workers are: wage earners and informal workers. */
const MAIN_WORKERS: readonly WorkerKind[] = ["pu", "bpu"];
/** A counterpart scoring below this share of the best option is no real reading of the question. */
const COUNTERPART_SHARE = 0.85;
/** The programs, as labels name them. */
const PROGRAM_LABEL = /\b(jkk|jkm|jht|jp|jkp)\b/i;

/**
 * "Maksud Anda…?" for a question that does not say whose it is ("bpjs tk iuran brp"), whose options are
 * written for particular kinds of worker (the BPU fee, the migrant workers' fee) but not for wage earners
 * (or not for informal workers): the missing kind's own entry is offered too, second, in place of the
 * last option. A question that names a program or a kind of worker, or a user whose kind is known, is
 * left as ranked; so is a choice that already holds both kinds.
 */
export function withWorkerCounterparts(
  search: KnowledgeSearch,
  text: string,
  options: readonly KnowledgeEntry[],
  situation: Situation | undefined,
  max = 3,
): KnowledgeEntry[] {
  if (situation?.worker || situationIn(text).worker || options.length < 2) return [...options];
  const { normalizer } = search;
  if (normalizer.surface(text).some((w) => PROGRAM_LABEL.test(w))) return [...options];
  const kinds = new Set(options.flatMap((o) => workersOf(o)));
  if (kinds.size === 0) return [...options];
  const missing = MAIN_WORKERS.filter((k) => !kinds.has(k));
  if (missing.length === 0 || missing.length === MAIN_WORKERS.length) return [...options];
  const plain = search.search(text);
  const best = plain.candidates[0]?.score ?? 0;
  let result = [...options];
  for (const kind of missing) {
    const found = search.search(text, { situation: { worker: kind, events: situation?.events ?? [] } });
    const theirs = found.candidates.filter((c) => workersOf(c.entry).includes(kind) && !result.includes(c.entry));
    // a question naming no program is best met by an entry about none in particular ("Rincian iuran PU per program")
    const pick = theirs.find((c) => !PROGRAM_LABEL.test(c.entry.label ?? "")) ?? theirs[0];
    if (!pick || pick.score < best * COUNTERPART_SHARE) continue;
    result = [result[0]!, pick.entry, ...result.slice(1)].slice(0, max);
  }
  return result;
}
