/**
 * The rule tables in `knowledge/rules/*.yaml`: every figure the bot states,
 * with its regulation. Answers and calculators read figures from here only.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { RuleFileSchema, type RuleValue } from "../knowledge/schema";

export type RuleKey = `${string}.${string}`;

export interface RuleBook {
  get(key: string): RuleValue & { key: string };
  has(key: string): boolean;
  number(key: string): number;
  /** Integer rupiah. */
  rupiah(key: string): number;
  /** A percent as integer hundredths of a percent: 0.24% → 24, so money math stays integer. */
  basisPoints(key: string): number;
  keys(): string[];
}

export function loadRuleBook(dir = "knowledge/rules"): RuleBook {
  const values = new Map<string, RuleValue & { key: string }>();
  const problems: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".yaml") || f.endsWith(".yml")).sort()) {
    let data: unknown;
    try {
      data = parse(readFileSync(join(dir, file), "utf8"));
    } catch (error) {
      problems.push(`${file}: not valid YAML: ${(error as Error).message.split("\n")[0]}`);
      continue;
    }
    const parsed = RuleFileSchema.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${file}: field "${issue.path.join(".")}": ${issue.message}`);
      continue;
    }
    for (const [name, value] of Object.entries(parsed.data.values)) {
      const key = `${parsed.data.id}.${name}`;
      if (values.has(key)) problems.push(`${file}: value "${key}" is defined twice`);
      values.set(key, { ...value, key });
    }
  }
  if (problems.length) throw new Error(`Rule tables have problems:\n${problems.map((p) => `  - ${p}`).join("\n")}`);

  const get = (key: string) => {
    const v = values.get(key);
    if (!v) throw new Error(`Unknown rule value "${key}" (not in knowledge/rules)`);
    return v;
  };
  const number = (key: string) => {
    const v = get(key).value;
    if (typeof v !== "number") throw new Error(`Rule value "${key}" is not a number`);
    return v;
  };
  return {
    get,
    has: (key) => values.has(key),
    number,
    rupiah: (key) => Math.round(number(key)),
    basisPoints: (key) => {
      if (get(key).unit !== "percent") throw new Error(`Rule value "${key}" is not a percent`);
      return Math.round(number(key) * 100);
    },
    keys: () => [...values.keys()],
  };
}

const GROUPING: Record<"id" | "en", { thousands: string; decimal: string }> = {
  id: { thousands: ".", decimal: "," },
  en: { thousands: ",", decimal: "." },
};

export function formatNumber(n: number, lang: "id" | "en"): string {
  const { thousands, decimal } = GROUPING[lang];
  const [int, frac] = Math.abs(n).toString().split(".");
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return `${n < 0 ? "-" : ""}${grouped}${frac ? decimal + frac : ""}`;
}

export function formatRupiah(n: number, lang: "id" | "en" = "id"): string {
  return `Rp${formatNumber(Math.round(n), lang)}`;
}

const UNIT_WORDS = {
  months: { id: "bulan", en: "months" },
  years: { id: "tahun", en: "years" },
  days: { id: "hari", en: "days" },
  multiple: { id: "kali", en: "times" },
} as const;

export function formatValue(v: RuleValue, lang: "id" | "en" = "id"): string {
  if (typeof v.value === "string") return v.value;
  switch (v.unit) {
    case "rupiah":
      return formatRupiah(v.value, lang);
    case "percent":
      return `${formatNumber(v.value, lang)}%`;
    case "months":
    case "years":
    case "days":
    case "multiple":
      return `${formatNumber(v.value, lang)} ${UNIT_WORDS[v.unit][lang]}`;
    default:
      return formatNumber(v.value, lang);
  }
}
