import { createRequire } from "node:module";
import Ajv2020 from "ajv/dist/2020.js";
import type { AnalysisDocument } from "./types.js";

const require = createRequire(import.meta.url);
const schema = require("./analysis.schema.json") as object;

export interface ValidationProblem {
  path: string;
  message: string;
}

let compiled: ((doc: unknown) => boolean) & { errors?: unknown } | undefined;

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
  const check = (path: string, s: { article: string; start: number; end: number; text: string }) => {
    const text = texts.get(s.article);
    if (text === undefined) problems.push({ path, message: `unknown article ${s.article}` });
    else if (text.slice(s.start, s.end) !== s.text) problems.push({ path, message: "span text does not match" });
  };
  doc.entities.forEach((e, i) => {
    e.mentions.forEach((m, j) => check(`/entities/${i}/mentions/${j}`, m));
  });
  doc.timexes.forEach((t, i) => check(`/timexes/${i}`, t));
  doc.quotes.forEach((q, i) => check(`/quotes/${i}`, q));
  doc.events.forEach((e, i) => {
    e.evidence.forEach((s, j) => check(`/events/${i}/evidence/${j}`, s));
  });
  for (const story of doc.stories)
    story.discrepancies.forEach((d, i) => {
      d.values.forEach((s, j) => check(`/stories/${story.id}/discrepancies/${i}/values/${j}`, s));
    });
  return problems;
}
