/** Rule tables, money parsing and calculators: pure domain code, no bot imports. */
export * from "./rule-book";
export * from "./money";
export * from "./calculators";
