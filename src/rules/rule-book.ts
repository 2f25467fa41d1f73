/**
 * The rule tables in `knowledge/rules/*.yaml`: every figure the bot states,
 * with its regulation. Answers and calculators read figures from here only,
 * so a changed rate is a one-line YAML edit, never a code change.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseYaml } from "../yaml";
import { RuleFileSchema, type RuleValue } from "../knowledge/schema";

export type Lang = "id" | "en";
/** `table.value`, e.g. `pu.jkk_very_low`. */
export type RuleKey = `${string}.${string}`;
export type RuleEntry = RuleValue & { key: string; file: string };

export interface RuleBook {
  /** Throws a clear error for unknown keys. */
  get(key: string): RuleEntry;
  has(key: string): boolean;
  /** The numeric value; throws when the value is text. */
  number(key: string): number;
  /** Integer rupiah; throws unless the unit is `rupiah`. */
  rupiah(key: string): number;
  /**
   * A percent as integer hundredths of a percent: 0.24% → 24, 5.7% → 570,
   * 60% → 6000, so money math stays integer. Throws unless the unit is
   * `percent` and the value has at most two decimals.
   */
  basisPoints(key: string): number;
  keys(): string[];
}

export class RuleBookError extends Error {
  override name = "RuleBookError";
  constructor(
    message: string,
    readonly problems: readonly string[] = [],
  ) {
    super(message);
  }
}

function issuePath(path: readonly PropertyKey[]): string {
  return path.length ? path.map(String).join(".") : "(root)";
}

export function loadRuleBook(dir = "knowledge/rules"): RuleBook {
  const values = new Map<string, RuleEntry>();
  const problems: string[] = [];
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".yaml") || f.endsWith(".yml")).sort();
  } catch (error) {
    throw new RuleBookError(`Rule tables: cannot read folder "${dir}": ${(error as Error).message}`);
  }
  if (files.length === 0) throw new RuleBookError(`Rule tables: no .yaml files in "${dir}"`);

  for (const file of files) {
    let data: unknown;
    try {
      data = parseYaml(readFileSync(join(dir, file), "utf8"));
    } catch (error) {
      problems.push(`${file}: not valid YAML: ${(error as Error).message.split("\n")[0]}`);
      continue;
    }
    const parsed = RuleFileSchema.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${file}: field "${issuePath(issue.path)}": ${issue.message}`);
      continue;
    }
    for (const [name, value] of Object.entries(parsed.data.values)) {
      const key = `${parsed.data.id}.${name}`;
      const previous = values.get(key);
      if (previous) problems.push(`${file}: field "values.${name}": "${key}" is already defined in ${previous.file}`);
      if (typeof value.value === "number" && !Number.isFinite(value.value)) {
        problems.push(`${file}: field "values.${name}.value": not a finite number`);
      }
      if (value.unit === "rupiah" && (typeof value.value !== "number" || !Number.isInteger(value.value))) {
        problems.push(`${file}: field "values.${name}.value": rupiah must be a whole number`);
      }
      values.set(key, { ...value, key, file });
    }
  }
  if (problems.length) {
    throw new RuleBookError(`Rule tables have problems:\n${problems.map((p) => `  - ${p}`).join("\n")}`, problems);
  }

  const get = (key: string): RuleEntry => {
    const v = values.get(key);
    if (v) return v;
    const table = key.split(".")[0] ?? "";
    const near = [...values.keys()].filter((k) => k.startsWith(`${table}.`)).slice(0, 8);
    throw new RuleBookError(
      `Unknown rule value "${key}" (not in ${dir})` + (near.length ? `; table "${table}" has e.g. ${near.join(", ")}` : ""),
    );
  };
  const number = (key: string): number => {
    const v = get(key);
    if (typeof v.value !== "number") throw new RuleBookError(`Rule value "${key}" is text, not a number`);
    return v.value;
  };
  return {
    get,
    has: (key) => values.has(key),
    number,
    rupiah: (key) => {
      const v = get(key);
      if (v.unit !== "rupiah") throw new RuleBookError(`Rule value "${key}" is in ${v.unit}, not rupiah`);
      return number(key);
    },
    basisPoints: (key) => {
      const v = get(key);
      if (v.unit !== "percent") throw new RuleBookError(`Rule value "${key}" is in ${v.unit}, not percent`);
      const n = number(key);
      const bp = Math.round(n * 100);
      if (Math.abs(bp - n * 100) > 1e-6) {
        throw new RuleBookError(`Rule value "${key}" (${n}%) has more than two decimals; calculators need hundredths of a percent`);
      }
      return bp;
    },
    keys: () => [...values.keys()],
  };
}

const GROUPING: Record<Lang, { thousands: string; decimal: string }> = {
  id: { thousands: ".", decimal: "," },
  en: { thousands: ",", decimal: "." },
};

/** 10042300 → "10.042.300" (id) / "10,042,300" (en); 0.24 → "0,24" / "0.24". */
export function formatNumber(n: number, lang: Lang = "id"): string {
  const { thousands, decimal } = GROUPING[lang];
  const abs = Math.abs(n);
  // BigInt / toFixed avoid exponent notation; the fraction keeps at most 6 digits without trailing zeros.
  const text = Number.isInteger(abs) ? BigInt(abs).toString() : abs.toFixed(6).replace(/\.?0+$/, "");
  const [int = "0", frac] = text.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  const sign = n < 0 && /[1-9]/.test(text) ? "-" : "";
  return `${sign}${grouped}${frac ? decimal + frac : ""}`;
}

/** "Rp10.042.300" (id) / "Rp10,042,300" (en). Rounds to whole rupiah. */
export function formatRupiah(n: number, lang: Lang = "id"): string {
  const r = Math.round(n);
  return `${r < 0 ? "-" : ""}Rp${formatNumber(Math.abs(r), lang)}`;
}

const UNIT_WORDS = {
  months: { id: "bulan", en: "months", one: "month" },
  years: { id: "tahun", en: "years", one: "year" },
  days: { id: "hari", en: "days", one: "day" },
  multiple: { id: "kali", en: "times", one: "time" },
} as const;

export function formatValue(v: RuleValue, lang: Lang = "id"): string {
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
      return `${formatNumber(v.value, lang)} ${lang === "en" && v.value === 1 ? UNIT_WORDS[v.unit].one : UNIT_WORDS[v.unit][lang]}`;
    case "count":
    case "text":
      return formatNumber(v.value, lang);
  }
}
