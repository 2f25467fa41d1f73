/**
 * The search may not silently get worse: these are the levels measured when
 * the search issue was closed (`npm run eval` prints the full table).
 */
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load";
import { evaluate, loadEvalSet, ourSystem } from "./evaluate";
import { evaluateProgramSwap } from "./program-swap";

export const RECORDED = { top1: 0.9, wrongAnswerRate: 0.03, oosDeclineRate: 0.9 };

describe("search quality gate on tests/eval/questions.jsonl", () => {
  const metrics = evaluate("gate", ourSystem(loadKnowledge()), loadEvalSet());

  it(`top-1 accuracy stays at or above ${RECORDED.top1 * 100}%`, () => {
    expect(metrics.top1).toBeGreaterThanOrEqual(RECORDED.top1);
  });

  it(`confident wrong answers stay at or below ${RECORDED.wrongAnswerRate * 100}%`, () => {
    expect(metrics.wrongAnswerRate).toBeLessThanOrEqual(RECORDED.wrongAnswerRate);
  });

  it(`out-of-scope questions are declined at least ${RECORDED.oosDeclineRate * 100}% of the time`, () => {
    expect(metrics.oosDeclineRate).toBeGreaterThanOrEqual(RECORDED.oosDeclineRate);
  });
});

describe("a question about one program is not answered with another's entry", () => {
  it("paraphrases with their program name swapped for another are never answered confidently with the first program's entry", () => {
    const swap = evaluateProgramSwap(loadKnowledge());
    expect(swap.asked).toBeGreaterThan(1000);
    expect(swap.confidentOtherProgram).toBe(0);
  });
});
