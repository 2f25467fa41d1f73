/** The figures a village budget form already has: from the question, or from the result "Hitung lagi" was pressed under. */
import type { OfficialExtraProgram } from "../../../rules/calculators";
import type { CalculationRequest } from "../../../rules/question";

/** Figures of a village budget the form need not ask again (one group of officials at most: the form has one). */
export type VillageKnown = { officials?: number; officialIncome?: number; extraPrograms?: OfficialExtraProgram[]; vulnerable?: number; months?: number };

/**
 * A village budget's figures, offered again by "Hitung lagi". The form has one group of officials:
 * several groups (a siltap per title) are not offered as one, and the form says how to change one.
 */
export type VillageBefore = {
  officials?: number;
  officialIncome?: number;
  titles?: string[];
  severalGroups?: boolean;
  extraPrograms: OfficialExtraProgram[];
  vulnerable: number;
  months: number;
  vulnerableWithJht?: boolean;
  honorAsBpu?: boolean;
};

export function villageBefore(r: Extract<CalculationRequest, { kind: "village" }>): VillageBefore {
  const groups = r.officials.filter((g) => g.count > 0);
  const one = groups.length === 1 ? groups[0]! : undefined;
  return {
    ...(groups.length > 1 ? { severalGroups: true } : { officials: one?.count ?? 0 }),
    ...(one ? { officialIncome: one.monthlyIncome } : {}),
    ...(one?.titles ? { titles: one.titles } : {}),
    extraPrograms: r.extraPrograms ?? [],
    vulnerable: r.vulnerable,
    months: r.months,
    ...(r.vulnerableWithJht ? { vulnerableWithJht: true } : {}),
    ...(r.honorAsBpu ? { honorAsBpu: true } : {}),
  };
}

export function knownOfVillage(pending: CalculationRequest): VillageKnown {
  const months = "months" in pending && (pending.months ?? 0) > 0 ? { months: pending.months! } : {};
  if (pending.kind === "group") return pending.people ? { officials: 0, vulnerable: pending.people, ...months } : months;
  if (pending.kind !== "village") return {};
  // "12 perangkat + 8 BPD + 20 RT/RW" waiting for its one siltap: the form's one group is the officials and
  // BPD members together, the honor-paid on the package as the form's vulnerable workers (never the lumped count)
  const waiting = pending.officials.length > 1 && pending.officials.every((g) => g.count > 0 && !g.monthlyIncome);
  if (pending.officials.length > 1 && !waiting) return {};
  const group = waiting ? { count: pending.officials.reduce((n, g) => n + g.count, 0), monthlyIncome: 0 } : pending.officials[0];
  const known: VillageKnown = { ...months };
  if (group?.count) known.officials = group.count;
  else if (!group) known.officials = 0;
  if (group?.monthlyIncome) known.officialIncome = group.monthlyIncome;
  // JHT/JP named in the question are not asked again
  if (pending.extraPrograms?.length) known.extraPrograms = pending.extraPrograms;
  // vulnerable workers are known to be none only when officials were named with their count
  if (pending.vulnerable > 0 || known.officials !== undefined) known.vulnerable = pending.vulnerable;
  return known;
}
