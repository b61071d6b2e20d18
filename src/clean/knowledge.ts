// What the clean stage reads from the knowledge base, compiled once when the base is loaded.
import { createDateReader, type DateReader } from "./dates.js";
import { type LanguageKnowledge, languageKnowledge } from "./languages.js";
import { type CleanRules, cleanRules } from "./rules.js";

export interface CleaningKnowledge {
  rules: CleanRules;
  languages: LanguageKnowledge;
  dates: DateReader;
}

export function loadCleaningKnowledge(dir: string): CleaningKnowledge {
  const languages = languageKnowledge(dir);
  return { rules: cleanRules(dir), languages, dates: createDateReader(languages.months) };
}
