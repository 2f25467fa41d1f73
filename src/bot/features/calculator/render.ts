/** Calculator results as compact <pre> tables with each line's regulation. */
import { InlineKeyboard } from "grammy";
import { formatRupiah } from "../../../rules/rule-book";
import { BPU_ASSUMPTIONS } from "../../../rules/calculators";
import type { BpuResult, CoverageResult, JakonResult, LateFeeResult, PmiResult, JhtEstimateResult, JhtPartialResult, JhtTaxResult, JkkDeathResult, JkkDisabilityResult, JkmDeathResult, JkpBenefitResult, JpBenefitResult, StmbResult, VillageResult, WageEarnerResult, ContributionLine } from "../../../rules/calculators";
import type { Translate } from "../../conversation-kit";
import type { Language } from "../../context";

const WIDTH = 30;

function row(label: string, amount: string): string {
  const space = Math.max(1, WIDTH - label.length - amount.length);
  return `${label}${" ".repeat(space)}${amount}`;
}

function pre(lines: string[]): string {
  // the table is built from our own labels and numbers; escape anyway, it costs nothing
  return `<pre>${lines.join("\n").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}</pre>`;
}

export const percent = (bp: number | null, lang: Language) => (bp === null ? "" : ` ${(bp / 100).toLocaleString(lang === "en" ? "en-US" : "id-ID")}%`);

function sources(regulations: string[], t: Translate): string {
  const unique = [...new Set(regulations.flatMap((r) => r.split(";").map((x) => x.trim())))];
  // "PP 44/2015" beside "PP 44/2015 Pasal 16(1)", "PP 6/2025 Pasal 11" beside "… Pasal 11(5)": the more precise one says both
  const precise = unique.filter((r) => !unique.some((other) => other !== r && other.startsWith(r) && /^[\s(]/.test(other.slice(r.length))));
  return t("answer-source", { sources: precise.join("; ") });
}

/** "Hitung lagi" (`again`: its data, a village budget's own) and "Daftar minat", under any buttons of the result's own. */
export function resultKeyboard(t: Translate, above = new InlineKeyboard(), again = "calc:again"): InlineKeyboard {
  return above.text(t("calc-again"), again).text(t("menu-join"), "menu:join");
}

export function renderBpu(r: BpuResult, withJhtAlso: BpuResult | undefined, t: Translate, lang: Language): string {
  const rp = (n: number) => formatRupiah(n, lang);
  const lines = r.lines.map((l) => row(`${l.program.toUpperCase()}${percent(l.rateBasisPoints, lang)}`, rp(l.amount)));
  lines.push("-".repeat(WIDTH), row(t("calc-per-month"), rp(r.monthly)));
  for (const p of r.periods.filter((p) => p.months > 1)) lines.push(row(t("calc-months", { n: p.months }), rp(p.total)));
  const out = [t("calc-bpu-title"), t("calc-declared-income", { amount: rp(r.declaredIncome) }), pre(lines)];
  if (withJhtAlso) out.push(t("calc-bpu-with-jht", { amount: rp(withJhtAlso.monthly) }));
  if (r.clamped === "min") out.push(t("calc-clamped-min", { amount: rp(r.incomeMin.value) }));
  if (r.clamped === "max") out.push(t("calc-clamped-max", { amount: rp(r.incomeMax.value) }));
  out.push(t("calc-bpu-brackets"));
  // the JHT figure rests on one source: said whenever a JHT amount is printed, in the table or the optional line
  if ([r, withJhtAlso].some((x) => x?.assumptions.includes(BPU_ASSUMPTIONS.jhtSingleSource))) out.push(t("calc-bpu-jht-single-source"));
  out.push(sources([...r.lines, ...(withJhtAlso?.lines ?? [])].map((l) => l.regulation), t));
  return out.join("\n");
}

/** Several employees or months: the table stays one person's month, and the totals for all of them follow it. */
export type WageScale = {
  employees: number;
  months: number;
  employerFirst: boolean;
  /** One employee's totals over the months, each run of months on its own JP cap; `floor`: some JP on the latest cap held, the least it can be. */
  /** `unknownNamed`: the notes name the months whose JP is left out (some months of the period have it). */
  period?: { totals: WageEarnerResult["totals"]; floor: boolean; partial: boolean; unknownNamed?: boolean; runs?: string };
};

/** JP on the latest confirmed cap, when the cap used is not confirmed and the wage is above the confirmed one. */
export type ConfirmedJp = { year: number; cap: number; employer: number; worker: number };

/**
 * `capAsked`: the period the question named ("februari 2025", "2024"), for the JP cap's note; without
 * it the cap's own March-to-February span is named.
 */
export function renderWage(r: WageEarnerResult, t: Translate, lang: Language, scale: WageScale = { employees: 1, months: 1, employerFirst: false }, confirmedJp?: ConfirmedJp, capAsked?: string): string {
  const rp = (n: number) => formatRupiah(n, lang);
  const paid = r.lines.filter((l) => !l.info);
  const label = (l: ContributionLine) => `${l.program.toUpperCase()}${percent(l.rateBasisPoints, lang)} ${t(`calc-payer-${l.payer}`)}`;
  const lines = paid.map((l) => row(label(l), rp(l.amount)));
  // JP on the latest cap held past it: the total is the least it can be, said in its label
  lines.push("-".repeat(WIDTH), row(t("calc-total-employer"), rp(r.totals.employer)), row(t("calc-total-worker"), rp(r.totals.worker)), row(t(r.jpFloor ? "calc-total-floor" : "calc-total"), rp(r.totals.total)));
  const out = [t("calc-wage-title"), t("calc-wage-line", { amount: rp(r.wage), risk: t(`risk-${r.riskClass}`) }), pre(lines)];
  // "what does the company pay?": the employer's line said in words, before the rest
  if (scale.employerFirst) out.unshift(t("calc-wage-employer-pays", { employer: rp(r.totals.employer), worker: rp(r.totals.worker) }));
  const times = scale.employees * scale.months;
  if (times > 1) {
    // over several months each run is priced on its own JP cap (scale.period), not the table's month times the months
    const totals = scale.period?.totals ?? { ...r.totals, employer: r.totals.employer * scale.months, worker: r.totals.worker * scale.months, total: r.totals.total * scale.months };
    const all = (n: number) => rp(n * scale.employees);
    const floor = scale.period ? scale.period.floor : r.jpFloor;
    out.push(
      t("calc-wage-scaled", { people: scale.employees, months: scale.months }),
      pre([row(t("calc-total-employer"), all(totals.employer)), row(t("calc-total-worker"), all(totals.worker)), row(t(floor ? "calc-total-floor" : scale.period?.partial ? "calc-total-partial" : "calc-total"), all(totals.total))]),
    );
    // the runs the total is summed from, right under it
    if (scale.period?.runs) out.push(scale.period.runs);
  }
  // JP not settled (a foreign worker): not in the table, its cap said with it in the request's note
  // JP left out of the table's month is said by the note naming all such months, when there is one
  if (!r.jpUnsettled && !(r.jpUnknown && scale.period?.unknownNamed)) out.push(...jpCapLines(r, t, lang, capAsked, confirmedJp));
  if (r.inJkp) out.push(r.jkpRatesFrom ? t("calc-jkp-info-before", { date: dayName(r.jkpRatesFrom, lang) }) : t("calc-jkp-info"));
  // the cap's own article beside the rate's (the rate is cited to PP 45/2015, the cap to its Pasal 29)
  out.push(sources([...r.lines.map((l) => l.regulation), r.jpCap.regulation], t));
  return out.join("\n");
}

/**
 * What the JP lines rest on: the cap of the period and its confidence; a cap the tables do not hold for
 * the period is said to be unknown (with 175), and JP is stated only where that cap cannot change it.
 */
function jpCapLines(r: WageEarnerResult, t: Translate, lang: Language, asked: string | undefined, confirmedJp: ConfirmedJp | undefined): string[] {
  const rp = (n: number) => formatRupiah(n, lang);
  const cap = r.jpCap;
  // a year is a name, not a quantity: as a number Fluent would print "2.026"
  const vars = { asked: asked ?? jpCapSpan(cap.wantedYear, t), wanted: String(cap.wantedYear), year: String(cap.year), cap: rp(cap.value) };
  // before the earliest cap held: caps were lower then, so JP is left out, not guessed
  if (r.jpUnknown) return [t("calc-jp-cap-unknown", vars)];
  const estimate = r.assumptions.includes("jp_cap_unconfirmed") ? [t("calc-jp-cap-unconfirmed", vars)] : [];
  // after the latest cap held: JP on it is the least it can be (caps only rise), the floor note saying whether that cap is confirmed; below it, JP on the wage whatever the cap
  if (!cap.exact) return r.jpFloor ? [t("calc-jp-cap-floor", { ...vars, span: vars.asked, wanted: String(cap.year + 1), later: "none", weak: cap.confidence === "solid" ? "no" : "yes" })] : [t("calc-jp-cap-missing-later", vars), ...estimate];
  // below a cap not yet confirmed: the cap is marked, though JP on the wage does not depend on it (audit18 #4)
  const weakBelow = !r.jpCapApplied && cap.confidence !== "solid" ? ` ${t("calc-jp-cap-weak-mark")}` : "";
  const out = [r.jpCapApplied ? t("calc-jp-cap-applied", vars) : `${t("calc-jp-cap", vars)}${weakBelow}`, ...estimate];
  if (confirmedJp) out.push(t("calc-jp-cap-confirmed", { year: String(confirmedJp.year), cap: rp(confirmedJp.cap), employer: rp(confirmedJp.employer), worker: rp(confirmedJp.worker), total: rp(confirmedJp.employer + confirmedJp.worker) }));
  return out;
}

/** "Maret 2027–Februari 2028": the months one year's JP wage cap runs. */
export const jpCapSpan = (year: number, t: Translate) => t("calc-jp-cap-span", { year: String(year), next: String(year + 1) });

const dateLocale = (lang: Language) => (lang === "en" ? "en-GB" : "id-ID");

/** "7 Februari 2025" for a rule's effective date (YYYY-MM-DD). */
const dayName = (iso: string, lang: Language) => new Date(`${iso}T00:00:00+07:00`).toLocaleDateString(dateLocale(lang), { day: "numeric", month: "long", year: "numeric", timeZone: "Asia/Jakarta" });

/** "Maret 2026": a month of a period. */
export const monthName = (m: { year: number; month: number }, lang: Language) => new Date(Date.UTC(m.year, m.month - 1, 15)).toLocaleDateString(dateLocale(lang), { month: "long", year: "numeric", timeZone: "UTC" });

/** `notes`: caveats of the request, shown before the sources. */
/** `runs`: the months under each JP cap the total is summed from, shown right under the table. */
/** `share`: the village's own share for the period, the figure a village head budgets: first, under the title. */
export function renderVillage(r: VillageResult, t: Translate, lang: Language, notes: string[] = [], splitShown = false, honorTitles?: string[], runs?: string, share?: string): string {
  const rp = (n: number) => formatRupiah(n, lang);
  const lines: string[] = [];
  const groups = r.lines.filter((l) => l.count > 0);
  // honor-paid people are named for what they are (their offices when known), alone or beside others
  for (const l of groups) lines.push(...villageGroupRows(l, t, lang, honorTitles));
  // one group's monthly line is already the total; repeat it only when it sums several, and a month is no period to total
  const totals: string[] = [];
  if (groups.length > 1) totals.push(row(t("calc-per-month"), rp(r.monthlyTotal)));
  // JP of some months on the latest cap held (a floor) or left out (before the earliest): the total's label says so
  const floor = !!r.parts?.some((p) => p.jpFloor);
  const partial = !!r.parts?.some((p) => p.jpUnknown);
  if (r.months > 1) totals.push(row(t(floor ? "calc-months-floor" : partial ? "calc-months-partial" : "calc-months", { n: r.months }), rp(r.total)));
  if (totals.length) lines.push("-".repeat(WIDTH), ...totals);
  const extras = groups.flatMap((l) => (l.kind === "officials" ? l.extras : []));
  const out = [t("calc-village-title"), ...(share ? [share] : []), pre(lines), ...(runs ? [runs] : [])];
  // the split asked for is said in the notes, with its caveat
  // BPD members' base is their tunjangan, not a siltap: the note says so when they are the only ones with JHT/JP
  const extrasOnBpdOnly = groups.every((l) => l.kind !== "officials" || !l.extras.length || (!!l.titles?.length && l.titles.every((x) => x === "bpd")));
  if (extras.length && !splitShown) out.push(t(extrasOnBpdOnly ? "calc-village-extra-note-bpd" : "calc-village-extra-note", { programs: [...new Set(extras.map((e) => e.program.toUpperCase()))].join(" + ") }));
  // with the split shown, the total holds what is deducted from the siltap too: the village's share is said first (or below, with no period)
  // a floor or a total without some JP is never put in the APBDes as it stands
  // with the split shown, one warning says both: the total is a floor, and the village budgets its share
  // the share on the first line already says what the total holds: the warnings keep only what it does not
  const floorKey = share ? "calc-village-apbdes-floor-share" : splitShown ? "calc-village-apbdes-floor-split" : "calc-village-apbdes-floor";
  if (floor) out.push(t(floorKey, { total: rp(r.total) }));
  else if (partial) out.push(t("calc-village-apbdes-partial"));
  // one month with no total row (one official, no period): the figure is a month's, the period asked for the APBDes total
  const apbdes = share ? "calc-village-apbdes-share" : splitShown ? "calc-village-apbdes-split" : r.months === 1 && !totals.length ? "calc-village-apbdes-month" : "calc-village-apbdes";
  if ((splitShown && !floor) || (!floor && !partial)) out.push(t(apbdes));
  // musdes chooses vulnerable workers, not RT/RW, Linmas, kader or staff paid an honor
  if (groups.some((l) => l.kind === "vulnerable" && !l.honorPaid)) out.push(t("calc-village-vulnerable-note"));
  const regulations = r.lines.flatMap((l) => (l.kind === "officials" ? [l.regulation, ...l.extraRegulations] : [l.regulation]));
  out.push(...notes, sources(regulations, t));
  return out.join("\n");
}

/** One group: its name, what each program costs a person when JHT/JP are added, per person and per month. */
function villageGroupRows(l: VillageResult["lines"][number], t: Translate, lang: Language, honorTitles?: string[]): string[] {
  const rp = (n: number) => formatRupiah(n, lang);
  if (l.kind === "vulnerable") {
    const programs = l.withJht ? "JKK+JKM+JHT" : "JKK+JKM";
    const title = honorTitles?.length ? honorTitles.map((x) => t(`village-title-${x.replace(/\s+/g, "-")}`)).join("/") : undefined;
    const name = !l.honorPaid
      ? t("calc-village-vulnerable", { n: l.count, programs })
      : title ? t("calc-village-honor-titled", { title, n: l.count, programs }) : t("calc-village-honor", { n: l.count, programs });
    // priced on the income written (explore13): shown as the siltap is, so a misread amount is seen
    const rows = [name, ...(l.income ? [row(`  ${t("calc-village-vulnerable-income-row")}`, rp(l.income))] : []), row(`  ${t("calc-per-person")}`, rp(l.perPerson))];
    if (l.count > 1) rows.push(row(`  ${t("calc-per-month")}`, rp(l.monthly)));
    return rows;
  }
  const programs = ["JKK+JKM", ...l.extras.map((e) => e.program.toUpperCase())].join("+");
  // BPD members are named as such, on their tunjangan: not "officials", never vulnerable workers
  const bpd = !!l.titles?.length && l.titles.every((x) => x === "bpd");
  // named by their titles ("Kepala desa", "Kaur/Kasi"); "perangkat desa" or no title: officials
  const titled = !bpd && l.titles?.length && !l.titles.includes("perangkat") ? l.titles.map((x) => t(`village-title-${x.replace(/\s+/g, "-")}`)).join("/") : undefined;
  const named = t(bpd ? "calc-village-bpd" : "calc-village-officials", { n: l.count, programs });
  const rows = [titled ? t("calc-village-titled", { officials: named, title: titled }) : named];
  // the siltap as read, so a misread amount shows before it is copied into the APBDes
  rows.push(row(`  ${t(bpd ? "calc-village-bpd-income" : "calc-village-siltap")}`, rp(l.monthlyIncome)));
  if (l.extras.length) {
    rows.push(row(`  JKK+JKM${percent(l.rateBasisPoints, lang)}`, rp(l.jkkPerPerson + l.jkmPerPerson)));
    for (const e of l.extras) rows.push(row(`  ${e.program.toUpperCase()}${percent(e.rateBasisPoints, lang)}`, rp(e.perPerson)));
  }
  rows.push(row(`  ${t("calc-per-person")}`, rp(l.perPerson)));
  if (l.count > 1) rows.push(row(`  ${t("calc-per-month")}`, rp(l.monthly)));
  return rows;
}

/** `honorWho`: RT/RW, Linmas or kader counted ("Linmas"), on the BPU package, named so instead of vulnerable workers. */
export function renderCoverage(r: CoverageResult, t: Translate, lang: Language, notes: string[] = [], honorWho?: string): string {
  const rp = (n: number) => formatRupiah(n, lang);
  const lines = [row(t("calc-coverage-budget"), rp(r.budget))];
  // officials paid from the same budget first: what they take and what is left to share
  // JP of some months on the latest cap held: what the officials cost is the least it can be, said on each row;
  // JP of some months left out (before the earliest cap held): said the same way, as the village totals do
  const floor = r.jpFloor ? ` ${t("calc-floor-mark")}` : r.jpUnknown ? ` ${t("calc-partial-mark")}` : "";
  if (r.paidFirst) lines.push(row(`${t("calc-coverage-paid-first", { n: r.paidFirst.people })}${floor}`, `-${rp(r.paidFirst.total)}`), row(t("calc-coverage-available"), rp(r.available)));
  // months under caps that price one person differently have no one monthly figure: the months' sum only
  if (r.monthlyPerPerson !== null) lines.push(row(t("calc-per-person"), rp(r.monthlyPerPerson)));
  lines.push(
    row(`${t("calc-coverage-per-person", { n: r.months })}${r.who === "officials" ? floor : ""}`, rp(r.perPerson)),
    "-".repeat(WIDTH),
    row(t("calc-coverage-people"), r.people.toLocaleString(lang === "en" ? "en-US" : "id-ID")),
    row(t("calc-coverage-leftover"), rp(r.leftover)),
  );
  const officials = r.who === "officials";
  const verdict = r.people === 0
    ? t("calc-coverage-none", { months: r.months, needed: rp(r.perPerson) })
    : officials
      ? r.extras.length
        ? t("calc-coverage-verdict-officials-extra", { people: r.people, months: r.months, siltap: rp(r.officialIncome ?? 0), extras: r.extras.map((e) => `${e.program.toUpperCase()}${percent(e.rateBasisPoints, lang)}`).join(" + ") })
        : t("calc-coverage-verdict-officials", { people: r.people, months: r.months, siltap: rp(r.officialIncome ?? 0) })
      : honorWho
        ? t("calc-coverage-verdict-honor", { people: r.people, who: honorWho, months: r.months, package: rp(r.monthlyPerPerson ?? 0) })
        : t("calc-coverage-verdict", { people: r.people, months: r.months });
  const title = honorWho && !officials ? t("calc-coverage-title-honor", { who: honorWho }) : t(officials ? "calc-coverage-title-officials" : "calc-coverage-title");
  // priced on an income written: the cheapest package's assumption does not hold
  return [title, pre(lines), verdict, ...(officials || r.vulnerableIncome !== null ? [] : [t("calc-group-assumption")]), ...notes, sources([r.regulation], t)].join("\n");
}

/** `onIncome`: priced on an income written (explore13), so neither "cheapest package" heading nor its assumption. */
export function renderGroup(people: number, months: number, perPerson: number, regulation: string, withJht: boolean, t: Translate, lang: Language, notes: string[] = [], onIncome = false): string {
  const rp = (n: number) => formatRupiah(n, lang);
  // "iuran bpu 1 tahun": one worker's package for the months, no group rows
  if (people === 1) {
    const one = [row(t("calc-one-package-month"), rp(perPerson)), "-".repeat(WIDTH), row(t("calc-months", { n: months }), rp(perPerson * months))];
    return [t(withJht ? "calc-one-package-title-jht" : "calc-one-package-title"), pre(one), t("calc-one-package-assumption"), ...notes, sources([regulation], t)].join("\n");
  }
  const lines = [row(t("calc-per-person"), rp(perPerson)), row(t("calc-people", { n: people }), rp(perPerson * people)), "-".repeat(WIDTH), row(t("calc-months", { n: months }), rp(perPerson * people * months))];
  if (onIncome) return [t("calc-group-title-income"), pre(lines), ...notes, sources([regulation], t)].join("\n");
  return [t(withJht ? "calc-group-title-jht" : "calc-group-title"), pre(lines), t("calc-group-assumption"), ...notes, sources([regulation], t)].join("\n");
}

/** The JKP conditions and the rules they come from, all from the rule book. */
export interface JkpConditions {
  minMonths: number;
  windowMonths: number;
  claimMonths: number;
  regulations: string[];
  /** The contribution test is quoted from PP 37/2021 and not confirmed after PP 6/2025. */
  unconfirmed?: boolean;
  /** Of those months, the ones paid in a row right before the layoff. */
  consecutiveMonths?: number;
}

/** `notes`: what else the case brings (the JHT balance, a closed employer), before the sources. */
export function renderJkp(r: JkpBenefitResult, conditions: JkpConditions, t: Translate, lang: Language, notes: string[] = []): string {
  const rp = (n: number) => formatRupiah(n, lang);
  const lines = [row(t("calc-jkp-wage"), rp(r.wage)), row(t("calc-base"), rp(r.base)), row(t("calc-jkp-monthly", { percent: String(r.percentBasisPoints / 100) }), rp(r.monthly)), row(t("calc-months", { n: r.months }), rp(r.total))];
  const out = [t("calc-jkp-title"), pre(lines)];
  if (r.capApplied) out.push(t("calc-jkp-cap", { cap: rp(r.base) }));
  out.push(t("calc-jkp-conditions", { min: conditions.minMonths, window: conditions.windowMonths, claim: conditions.claimMonths, consecutive: conditions.consecutiveMonths ?? 0 }));
  if (conditions.unconfirmed) out.push(t("calc-jkp-conditions-unconfirmed", { min: conditions.minMonths, window: conditions.windowMonths }));
  out.push(...notes, sources([r.regulation, ...conditions.regulations], t));
  return out.join("\n");
}

/** Fewer months paid than JKP needs: the condition from the rule book, no figure. */
export function renderJkpTooShort(monthsPaid: number, conditions: JkpConditions, t: Translate): string {
  const caveat = conditions.unconfirmed ? [t("calc-jkp-conditions-unconfirmed", { min: conditions.minMonths, window: conditions.windowMonths })] : [];
  return [t("calc-jkp-too-short", { paid: monthsPaid, min: conditions.minMonths, window: conditions.windowMonths }), ...caveat, sources(conditions.regulations.slice(0, 2), t)].join("\n");
}

/** Resigning does not qualify for JKP: no figure, the rule, and what remains (JHT). */
export function renderJkpResigned(conditions: JkpConditions, jhtWaitMonths: number, t: Translate): string {
  return [t("calc-jkp-resigned", { min: conditions.minMonths, window: conditions.windowMonths, wait: jhtWaitMonths }), sources(conditions.regulations, t)].join("\n");
}

/** A JKP condition the question shows is not met (informal worker, contract ended, deadline passed): why, no figure. */
export function renderJkpNotEligible(key: string, vars: Record<string, string | number>, regulations: string[], t: Translate): string {
  return [t(key, vars), sources(regulations, t)].join("\n");
}

export function renderJkkDeath(r: JkkDeathResult, t: Translate, lang: Language): string {
  const rp = (n: number) => formatRupiah(n, lang);
  // below the JKM death payment: 48 × wage is shown, then the floor that is paid instead
  const floor = r.floorApplied ? [row(t("calc-jkk-death-floor-row"), rp(r.lumpSum))] : [];
  const lines = [row(`${r.multiple} × ${t("calc-wage")}`, rp(r.computedLumpSum)), ...floor, row(t("calc-funeral"), rp(r.funeral)), row(t("calc-periodic"), rp(r.periodic)), "-".repeat(WIDTH), row(t("calc-total"), rp(r.total))];
  const out = [t("calc-jkk-death-title"), pre(lines)];
  if (r.floorApplied) out.push(t("calc-jkk-death-floor", { multiple: r.multiple, computed: rp(r.computedLumpSum), floor: rp(r.jkmLumpSum), regulation: r.floorRegulations[0]! }));
  out.push(t("calc-jkk-death-note"), sources([r.regulation, ...(r.floorApplied ? r.floorRegulations : [])], t));
  return out.join("\n");
}

/** Permanent total disability from work: the multiple of the wage, said to rest on one source when it does. */
export function renderJkkDisability(r: JkkDisabilityResult, t: Translate, lang: Language): string {
  const rp = (n: number) => formatRupiah(n, lang);
  const lines = [row(t("calc-jkp-wage"), rp(r.wage)), "-".repeat(WIDTH), row(`${r.multiple} × ${t("calc-wage")}`, rp(r.lumpSum))];
  const out = [t("calc-jkk-disability-title"), pre(lines), t("calc-jkk-disability-note", { multiple: r.multiple })];
  if (r.confidence !== "solid") out.push(t("calc-jkk-disability-single"));
  out.push(sources([r.regulation], t));
  return out.join("\n");
}

/** The JKM death payment, the same for every wage, and the scholarship's condition. */
export function renderJkmDeath(r: JkmDeathResult, wage: number, t: Translate, lang: Language): string {
  const rp = (n: number) => formatRupiah(n, lang);
  const lines = [row(t("calc-jkm-lump-sum"), rp(r.lumpSum)), row(t("calc-periodic"), rp(r.periodic)), row(t("calc-funeral"), rp(r.funeral)), "-".repeat(WIDTH), row(t("calc-total"), rp(r.total))];
  return [
    t("calc-jkm-death-title"),
    pre(lines),
    t("calc-jkm-death-note", { wage: rp(wage), total: rp(r.total), years: r.scholarshipMinYears }),
    sources([r.regulation, r.scholarshipRegulation], t),
  ].join("\n");
}

/** STMB: a month's pay at each rate, and for the months written what they come to. */
export function renderStmb(r: StmbResult, t: Translate, lang: Language): string {
  const rp = (n: number) => formatRupiah(n, lang);
  const pct = (bp: number) => String(bp / 100);
  const lines = [
    row(t("calc-jkp-wage"), rp(r.wage)),
    row(t("calc-stmb-first-monthly", { n: r.fullMonths, percent: pct(r.firstBasisPoints) }), rp(r.firstMonthly)),
    row(t("calc-stmb-after-monthly", { percent: pct(r.afterBasisPoints) }), rp(r.afterMonthly)),
  ];
  if (r.firstPart && r.total !== null) {
    lines.push("-".repeat(WIDTH), row(t("calc-stmb-part", { n: r.firstPart.months, percent: pct(r.firstBasisPoints) }), rp(r.firstPart.total)));
    if (r.afterPart) lines.push(row(t("calc-stmb-part", { n: r.afterPart.months, percent: pct(r.afterBasisPoints) }), rp(r.afterPart.total)));
    lines.push(row(t("calc-stmb-total", { n: r.months ?? 0 }), rp(r.total)));
  }
  const out = [t("calc-stmb-title"), pre(lines), t("calc-stmb-note", { n: r.fullMonths, first: pct(r.firstBasisPoints), after: pct(r.afterBasisPoints) }), sources([r.regulation], t)];
  return out.join("\n");
}

/** The JP pension: under the minimum years the lump-sum rule (no figure); else the formula's monthly amount with its caveats. */
export function renderJpBenefit(r: JpBenefitResult, extra: { minBenefitYear: string; pensionAge: number; ageYear: string; ageRegulation: string }, t: Translate, lang: Language): string {
  const rp = (n: number) => formatRupiah(n, lang);
  if (r.lumpSumOnly || r.monthly === null) {
    return [t("calc-jp-lump-sum", { years: r.years, min: r.minYears }), sources(r.regulations, t)].join("\n");
  }
  const pct = String((r.percentPerYearBasisPoints * r.years) / 100);
  const lines = [
    row(t("calc-jp-average-wage"), rp(r.base)),
    row(t("calc-jp-factor", { percent: String(r.percentPerYearBasisPoints / 100), years: r.years }), `${pct}%`),
    "-".repeat(WIDTH),
    // below the minimum pension the formula's figure is not what is paid: the minimum is the bottom line
    ...(r.belowMin ? [row(t("calc-jp-formula-result"), rp(r.monthly)), row(t("calc-jp-paid-min"), rp(r.minBenefit.value))] : [row(t("calc-jp-monthly"), rp(r.monthly))]),
  ];
  const out = [t("calc-jp-benefit-title"), pre(lines), t("calc-jp-formula", { percent: String(r.percentPerYearBasisPoints / 100) })];
  if (r.capApplied) out.push(t("calc-jp-benefit-cap", { cap: rp(r.cap.value), year: String(r.cap.year) }));
  // the pension rests on that cap: a cap not yet confirmed is warned about as the contribution table does (audit18 #4)
  if (r.capApplied && r.cap.confidence !== "solid") out.push(t("calc-jp-cap-unconfirmed", { year: String(r.cap.year) }));
  if (r.belowMin) out.push(t("calc-jp-benefit-below-min", { min: rp(r.minBenefit.value), year: extra.minBenefitYear }));
  if (r.belowMin && r.minBenefit.confidence !== "solid") out.push(t("calc-jp-min-single", { min: rp(r.minBenefit.value), year: extra.minBenefitYear }));
  out.push(t("calc-jp-benefit-caveat", { min: rp(r.minBenefit.value), year: extra.minBenefitYear, age: extra.pensionAge, ageYear: extra.ageYear }));
  out.push(sources([...r.regulations, r.minBenefit.regulation, extra.ageRegulation], t));
  return out.join("\n");
}

/** The final tax on a JHT balance paid at once, part by part. */
export function renderJhtTax(r: JhtTaxResult, extra: { partialPercents: string; npwp: string; npwpRegulation: string; npwpSingle?: boolean }, t: Translate, lang: Language): string {
  const rp = (n: number) => formatRupiah(n, lang);
  const pct = (bp: number) => String(bp / 100);
  const lines = [row(t("calc-jht-tax-balance"), rp(r.balance)), row(t("calc-jht-tax-low", { threshold: rp(r.lowPart), percent: pct(r.lowBasisPoints) }), rp(r.lowTax))];
  if (r.highPart > 0) lines.push(row(t("calc-jht-tax-high", { amount: rp(r.highPart), percent: pct(r.highBasisPoints) }), rp(r.highTax)));
  lines.push("-".repeat(WIDTH), row(t("calc-jht-tax-total"), rp(r.tax)), row(t("calc-jht-tax-net"), rp(r.net)));
  const out = [t("calc-jht-tax-title"), pre(lines)];
  out.push(t(r.tax === 0 ? "calc-jht-tax-none" : "calc-jht-tax-how", { threshold: rp(r.threshold), low: pct(r.lowBasisPoints), high: pct(r.highBasisPoints), tax: rp(r.tax) }));
  out.push(t("calc-jht-tax-partial", { percents: extra.partialPercents }));
  if (r.balance > r.threshold) out.push(t("calc-jht-tax-npwp", { npwp: extra.npwp }) + (extra.npwpSingle ? ` ${t("calc-single-source-mark")}` : ""));
  out.push(sources([r.regulation, ...(r.balance > r.threshold ? [extra.npwpRegulation] : [])], t));
  return out.join("\n");
}

/** The partial JHT withdrawal: its percent of the balance, the conditions, the other purpose's amount. */
export function renderJhtPartial(r: JhtPartialResult, other: JhtPartialResult, t: Translate, lang: Language): string {
  const rp = (n: number) => formatRupiah(n, lang);
  const pct = (bp: number) => String(bp / 100);
  const lines = [row(t("calc-jht-tax-balance"), rp(r.balance)), row(t(`calc-jht-partial-${r.purpose}`, { percent: pct(r.basisPoints) }), rp(r.amount))];
  return [
    t("calc-jht-partial-title"),
    pre(lines),
    t("calc-jht-partial-conditions", { years: r.minYears.value }),
    t(`calc-jht-partial-other-${other.purpose}`, { percent: pct(other.basisPoints), amount: rp(other.amount) }),
    t("calc-jht-partial-tax"),
    t("calc-jht-partial-tax-estimate", {
      layers: r.tax.lines.map((l) => `${String(l.basisPoints / 100).replace(".", lang === "en" ? "." : ",")}% × ${rp(l.part)}`).join(" + "),
      tax: rp(r.tax.total),
      surcharge: String(r.tax.surchargeBasisPoints / 100),
      withoutNpwp: rp(r.tax.withoutNpwp),
      net: rp(r.amount - r.tax.total),
    }),
    sources([r.regulation, r.minYears.regulation, r.tax.regulation], t),
  ].join("\n");
}

/** A migrant worker's JKK + JKM: the contract asked (or every length priced), an extension, the optional JHT's range. */
export function renderPmi(r: PmiResult, t: Translate, lang: Language, unpriced?: number): string {
  const rp = (n: number) => formatRupiah(n, lang);
  const out = [t("calc-pmi-title")];
  if (r.contract) {
    // an extension is added into what the worker pays, its own row above the total
    const extension = r.extension ? [row(t("calc-pmi-extension-row", { n: r.extension.months }), rp(r.extension.total))] : [];
    out.push(pre([row(t("calc-pmi-pre"), rp(r.pre.value)), row(t("calc-pmi-contract", { n: r.contract.months }), rp(r.contract.value)), ...extension, "-".repeat(WIDTH), row(t("calc-total"), rp(r.total ?? 0))]));
  } else if (!r.extension || unpriced) {
    // no length the table prices: all of them, and the months written said not to be one
    if (unpriced) out.push(t("calc-pmi-unpriced", { n: unpriced, extra: rp(r.extraMonth.value) }));
    out.push(pre([row(t("calc-pmi-pre"), rp(r.pre.value)), ...r.options.map((o) => row(t("calc-pmi-contract", { n: o.months }), rp(o.value)))]));
  }
  if (r.extension) out.push(t("calc-pmi-extension", { n: r.extension.months, per: rp(r.extraMonth.value), total: rp(r.extension.total) }));
  out.push(t("calc-pmi-jht", { min: rp(r.jhtMin.value), max: rp(r.jhtMax.value) }));
  out.push(sources([r.pre.regulation, r.extraMonth.regulation, r.jhtMin.regulation], t));
  return out.join("\n");
}

/**
 * A construction project's JKK + JKM on its contract value: one row per tier (a tier from one source starred),
 * the total; the part above the last tier the tables know said unknown, never priced.
 */
export function renderJakon(r: JakonResult, extra: { wageRate: string; registerDays: number; registerRegulation: string }, t: Translate, lang: Language): string {
  const rp = (n: number) => formatRupiah(n, lang);
  const lines = [row(t("calc-jakon-value"), rp(r.contractValue))];
  for (const l of r.lines) lines.push(row(`${percent(l.basisPoints, lang).trim()}${l.confidence === "solid" ? "" : "*"} × ${rp(l.part)}`, rp(l.amount)));
  lines.push("-".repeat(WIDTH), row(t(r.unknownPart ? "calc-jakon-known-total" : "calc-jakon-total", { upTo: rp(r.knownUpTo) }), rp(r.knownTotal)));
  const out = [t("calc-jakon-title"), pre(lines), t("calc-jakon-how", { wageRate: extra.wageRate })];
  for (const l of r.lines.filter((x) => x.confidence !== "solid")) out.push(t("calc-jakon-single", { rate: percent(l.basisPoints, lang).trim(), from: rp(l.from), to: rp(l.to) }));
  if (r.unknownPart) out.push(t("calc-jakon-unknown", { upTo: rp(r.knownUpTo), part: rp(r.unknownPart), known: rp(r.knownTotal) }));
  out.push(t("calc-jakon-register", { days: extra.registerDays, regulation: extra.registerRegulation }));
  out.push(sources([r.regulation, extra.registerRegulation], t));
  return out.join("\n");
}

export function renderJht(r: JhtEstimateResult, regulation: string, t: Translate, lang: Language): string {
  const rp = (n: number) => formatRupiah(n, lang);
  const lines = [
    row(t("calc-jht-monthly"), rp(r.monthlyContribution)),
    row(t("calc-jht-contributions", { years: r.years }), rp(r.totalContributions)),
    row(t("calc-jht-returns", { rate: (r.annualReturnBasisPoints / 100).toLocaleString(lang === "en" ? "en-US" : "id-ID") }), rp(r.totalReturns)),
    "-".repeat(WIDTH),
    row(t("calc-jht-balance"), rp(r.illustrativeBalance)),
  ];
  // the yearly return is applied a twelfth a month, compounded: said, so "5%/thn" is not read as 5% a year exactly
  const compounding = r.annualReturnBasisPoints > 0 ? [t("calc-jht-compounding", { rate: (r.annualReturnBasisPoints / 100).toLocaleString(lang === "en" ? "en-US" : "id-ID") })] : [];
  return [t("calc-jht-title"), pre(lines), ...compounding, t("calc-jht-illustration"), sources([regulation], t)].join("\n");
}

/** An employer's late fine: the rate a month on the contribution, for the months written; `from`: where the contribution came from. */
export function renderLateFee(r: LateFeeResult, t: Translate, lang: Language, from?: string): string {
  const rp = (n: number) => formatRupiah(n, lang);
  const rate = (r.feeBasisPoints / 100).toLocaleString(lang === "en" ? "en-US" : "id-ID");
  const lines = [row(t("calc-late-fee-contribution"), rp(r.contribution)), row(t("calc-late-fee-per-month", { rate }), rp(r.perMonth))];
  if (r.months !== null && r.total !== null) lines.push("-".repeat(WIDTH), row(t("calc-late-fee-months", { n: r.months }), rp(r.total)));
  const out = [t("calc-late-fee-title"), ...(from ? [from] : []), pre(lines), t("calc-late-fee-note", { rate })];
  if (r.months === null) out.push(t("calc-late-fee-no-months", { perMonth: rp(r.perMonth) }));
  out.push(sources([r.regulation], t));
  return out.join("\n");
}
