// Language identification (ISO 639-1) from knowledge/languages.json: the dominant writing
// system, then, where several languages share it, the most frequent words of each.
import { readKnowledgeFile } from "../knowledge/load.js";

interface LanguageData {
  scripts: ({ script: string; language: string } | { script: string; languages: string[] })[];
  stopwords: Record<string, string[]>;
  months: Record<string, string[][]>;
}

interface ScriptRule {
  script: string;
  letters: RegExp;
  candidates: readonly string[];
}

export interface LanguageKnowledge {
  scripts: readonly ScriptRule[];
  stopwords: ReadonlyMap<string, ReadonlySet<string>>;
  /** Month name or abbreviation (lower case) -> month number 1..12, over every language listed. */
  months: ReadonlyMap<string, number>;
}

/** BCP 47 "undetermined": the text gives no evidence of its language. */
export const UNDETERMINED = "und";
const SAMPLE = 4000;
// Words with their apostrophes ("Haiti's" is one word, not "haiti" and "s").
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

/** Reads and compiles knowledge/languages.json; loaded once with the knowledge base. */
export function languageKnowledge(dir: string): LanguageKnowledge {
  return compile(readKnowledgeFile<LanguageData>(dir, "languages.json"));
}

function compile(data: LanguageData): LanguageKnowledge {
  const months = new Map<string, number>();
  for (const list of Object.values(data.months)) {
    for (const [i, names] of list.entries()) for (const n of names) months.set(n.toLowerCase(), i + 1);
  }
  return {
    scripts: data.scripts.map((s) => ({
      script: s.script,
      letters: new RegExp(`\\p{Script=${s.script}}`, "gu"),
      candidates: "language" in s ? [s.language] : s.languages,
    })),
    stopwords: new Map(Object.entries(data.stopwords).map(([lang, words]) => [lang, new Set(words)])),
    months,
  };
}

export function detectLanguage(text: string, k: LanguageKnowledge): string {
  const sample = text.slice(0, SAMPLE);
  const script = dominantScript(sample, k);
  if (!script) return UNDETERMINED;
  if (script.candidates.length === 1) return script.candidates[0];
  return byStopwords(sample, script.candidates, k) ?? UNDETERMINED;
}

/** The script with the most letters; kana anywhere makes Han text Japanese. */
function dominantScript(sample: string, k: LanguageKnowledge): ScriptRule | null {
  let best: ScriptRule | null = null;
  let bestCount = 0;
  for (const s of k.scripts) {
    const count = sample.match(s.letters)?.length ?? 0;
    if (count > bestCount) {
      best = s;
      bestCount = count;
    }
  }
  if (best?.script === "Han") {
    const kana = k.scripts.find(
      (s) => (s.script === "Hiragana" || s.script === "Katakana") && sample.match(s.letters) !== null,
    );
    if (kana) return kana;
  }
  return best;
}

function isAcronym(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

function byStopwords(sample: string, candidates: readonly string[], k: LanguageKnowledge): string | null {
  // Acronyms ("UN", "US") say nothing of the language around them.
  const words = (sample.match(WORD) ?? []).filter((w) => !isAcronym(w)).map((w) => w.toLowerCase());
  let best: string | null = null;
  let bestScore = 0;
  for (const lang of candidates) {
    const stop = k.stopwords.get(lang);
    if (!stop) continue;
    let score = 0;
    for (const w of words) if (stop.has(w)) score++;
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}
