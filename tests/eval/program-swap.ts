/**
 * A robustness check without labels: every paraphrase of a JKK, JKM, JHT, JP or JKP entry
 * that names its program is asked again with another program's name in its place
 * ("jht teh naon" → "jkk teh naon"). The words around the name still fit the first entry;
 * the question is now about another program, so answering it confidently with the first
 * program's entry would be a confident wrong answer.
 */
import type { KnowledgeBase } from "../../src/knowledge/load";
import { createSearch } from "../../src/knowledge/search";
import { PROGRAM_TOPICS } from "../../src/knowledge/schema";

const PROGRAMS = [...PROGRAM_TOPICS];

export interface ProgramSwapFigures {
  asked: number;
  /** The top entry belongs to the program now named. */
  namedProgramFirst: number;
  /** Answered confidently with an entry of another program. */
  confidentOtherProgram: number;
}

export function evaluateProgramSwap(kb: KnowledgeBase): ProgramSwapFigures {
  const search = createSearch(kb);
  const figures = { asked: 0, namedProgramFirst: 0, confidentOtherProgram: 0 };
  for (const entry of kb.entries) {
    if (!PROGRAMS.includes(entry.topic)) continue;
    const own = new RegExp(`\\b${entry.topic}\\b`, "gi");
    for (const question of entry.questions) {
      if (!question.match(own)) continue;
      for (const other of PROGRAMS) {
        if (other === entry.topic) continue;
        const text = question.replace(own, other);
        // a question that still names two programs is a comparison, not a swap
        if (search.normalizer.tokens(text).filter((t) => PROGRAMS.includes(t)).length !== 1) continue;
        const result = search.search(text);
        const top = result.candidates[0]?.entry;
        figures.asked++;
        if (top?.topic === other) figures.namedProgramFirst++;
        if (result.outcome === "answer" && top && PROGRAMS.includes(top.topic) && top.topic !== other) figures.confidentOtherProgram++;
      }
    }
  }
  return figures;
}
