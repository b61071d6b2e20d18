// What every fuzz test asks of a result: a contract-valid document whose every span lies inside
// its article's text, and problem messages of one line each.
import { expect } from "vitest";
import type { InputProblem } from "../../src/acquire/types.js";
import type { AnalysisDocument, Span } from "../../src/contract/types.js";
import { validateDocument } from "../../src/contract/validate.js";

function* spansOf(doc: AnalysisDocument): Generator<Span> {
  for (const e of doc.entities) yield* e.mentions;
  yield* doc.timexes;
  yield* doc.quotes;
  for (const e of doc.events) yield* e.evidence;
  for (const s of doc.stories) for (const d of s.discrepancies) yield* d.values;
}

/** Spans out of range (validateDocument compares text, and an empty slice of nothing matches ""). */
function outOfRange(doc: AnalysisDocument): Span[] {
  const lengths = new Map(doc.articles.map((a) => [a.id, a.text.length]));
  return [...spansOf(doc)].filter((s) => {
    const length = lengths.get(s.article) ?? -1;
    return !(Number.isInteger(s.start) && s.start >= 0 && s.start <= s.end && s.end <= length);
  });
}

export function expectSoundResult(doc: AnalysisDocument, problems: readonly InputProblem[]): void {
  expect(validateDocument(doc)).toEqual([]);
  expect(outOfRange(doc)).toEqual([]);
  for (const p of problems) expect(p.message).not.toMatch(/[\r\n]/);
}
