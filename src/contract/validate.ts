import Ajv2020 from "ajv/dist/2020.js";
import schema from "./analysis.schema.json" with { type: "json" };
import type { AnalysisDocument, Span } from "./types.js";

export interface ValidationProblem {
  path: string;
  message: string;
}

let compiled: (((doc: unknown) => boolean) & { errors?: unknown }) | undefined;

function validator() {
  if (!compiled) {
    const ajv = new Ajv2020.default({ allErrors: true, strict: false });
    compiled = ajv.compile(schema);
  }
  return compiled;
}

/** Schema problems, then span problems: every span's text must equal text.slice(start, end). */
export function validateDocument(doc: unknown): ValidationProblem[] {
  const check = validator();
  if (!check(doc)) {
    const errors = (check.errors ?? []) as { instancePath: string; message?: string }[];
    return errors.map((e) => ({ path: e.instancePath || "/", message: e.message ?? "invalid" }));
  }
  return spanProblems(doc as AnalysisDocument);
}

function spanProblems(doc: AnalysisDocument): ValidationProblem[] {
  const texts = new Map(doc.articles.map((a) => [a.id, a.text]));
  const problems: ValidationProblem[] = [];
  for (const [path, s] of allSpans(doc)) {
    const text = texts.get(s.article);
    if (text === undefined) problems.push({ path, message: `unknown article ${s.article}` });
    else if (text.slice(s.start, s.end) !== s.text)
      problems.push({ path, message: "span text does not match" });
  }
  return problems;
}

/** Every span of the document with its JSON path. */
function* allSpans(doc: AnalysisDocument): Generator<[string, Span]> {
  for (const [i, e] of doc.entities.entries())
    for (const [j, m] of e.mentions.entries()) yield [`/entities/${i}/mentions/${j}`, m];
  for (const [i, t] of doc.timexes.entries()) yield [`/timexes/${i}`, t];
  for (const [i, q] of doc.quotes.entries()) yield [`/quotes/${i}`, q];
  for (const [i, e] of doc.events.entries())
    for (const [j, s] of e.evidence.entries()) yield [`/events/${i}/evidence/${j}`, s];
  for (const [i, story] of doc.stories.entries())
    for (const [j, d] of story.discrepancies.entries())
      for (const [k, s] of d.values.entries()) yield [`/stories/${i}/discrepancies/${j}/values/${k}`, s];
}
