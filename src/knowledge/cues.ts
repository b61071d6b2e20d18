// The attribution cue lexicon (knowledge/cues.json): the words by which news copy says who
// said what. Verbs are listed with every inflection, so the quotes stage looks a token up
// instead of guessing a lemma; the noun lists let it tell a description ("analysts", "the
// newspaper") from a name.
import { KnowledgeError, readKnowledgeFile } from "./load.js";

export interface CueVerb {
  /** The label printed as Quote.cue: "said", "told", "warned". */
  cue: string;
  forms: string[];
  /** Takes a hearer before its clause: "told Maariv that ...". */
  addressee: boolean;
  /**
   * Other senses are common ("showed a rise", "called for"), so a subject-first use counts only
   * when its clause is marked by "that", a quotation or a colon.
   */
  clauseMarked: boolean;
  /**
   * What was said is the verb's object, with its subject before it: "accused Trump of lying",
   * "called for a ceasefire". Never postposed; its bare form is left out of the list because it is
   * mostly a noun ("a call", "the blame").
   */
  object: boolean;
  /** A finding ("polls show ..."): "it shows" or "this suggests" is the writer's inference, not a source's. */
  evidence: boolean;
  /** Words that, right after the verb, show another sense: "called off the talks", "called a strike". */
  notFollowedBy: ReadonlySet<string>;
  /** Said of data or documents only ("polls show"): after a name the form is a noun ("the CNN show"). */
  impersonal: boolean;
}

export interface CuePhrase {
  cue: string;
  /** Lower-case words; the source follows them: "according to X". */
  words: string[];
}

export interface CueLexicon {
  /** Lower-case inflected form -> its verb. */
  verbs: ReadonlyMap<string, CueVerb>;
  phrases: readonly CuePhrase[];
  /** The first words of the phrases, to skip the phrase test on most words. */
  phraseStarts: ReadonlySet<string>;
  /** Finds any verb form or phrase in a text, in any case: text without one attributes nothing. */
  anyCue: RegExp;
  /** Words between a subject and its cue: "has also said", "went on to say". */
  auxiliaries: ReadonlySet<string>;
  /** Heads of speaker descriptions: "analysts", "sources", "officials". */
  groupNouns: ReadonlySet<string>;
  /** Heads that refer back to a person: "the minister", "the spokesman". */
  roleNouns: ReadonlySet<string>;
  /** Heads that refer back to a report or an outlet: "the report", "the newspaper". */
  reportNouns: ReadonlySet<string>;
  /** What a source issues and then quotes from: "a statement saying", "the letter continued". */
  documentNouns: ReadonlySet<string>;
  /** Words of a title before a person's name: "Defense Minister", "Dr.". */
  titles: ReadonlySet<string>;
  /** Lower-case abbreviated title -> the role noun it stands for: "gov" -> "governor". */
  titleAbbreviations: ReadonlyMap<string, string>;
  /** Words that mark a name as an outlet's ("Times", "News") or an organization's ("Ministry"). */
  mediaWords: ReadonlySet<string>;
  organizationWords: ReadonlySet<string>;
  /** Lower-case given names that tell which of "he" or "she" can refer to a person. */
  feminineNames: ReadonlySet<string>;
  masculineNames: ReadonlySet<string>;
}

interface CueFile {
  verbs: {
    cue: string;
    forms: string[];
    addressee?: boolean;
    clauseMarked?: boolean;
    object?: boolean;
    evidence?: boolean;
    impersonal?: boolean;
    notFollowedBy?: string[];
  }[];
  phrases: CuePhrase[];
  auxiliaries: string[];
  groupNouns: string[];
  roleNouns: string[];
  reportNouns: string[];
  documentNouns: string[];
  titles: string[];
  titleAbbreviations: Record<string, string>;
  mediaWords: string[];
  organizationWords: string[];
  feminineNames: string[];
  masculineNames: string[];
}

const LIST_FIELDS = [
  "auxiliaries",
  "groupNouns",
  "roleNouns",
  "reportNouns",
  "documentNouns",
  "titles",
  "mediaWords",
  "organizationWords",
  "feminineNames",
  "masculineNames",
] as const;

export function loadCues(dir: string): CueLexicon {
  return buildCueLexicon(readKnowledgeFile<CueFile>(dir, "cues.json"), dir);
}

/** Builds the lexicon from the file's shape; `origin` names the data in errors. */
export function buildCueLexicon(raw: CueFile, origin: string): CueLexicon {
  checkShape(raw, origin);
  const lower = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));
  const phrases = raw.phrases.map((p) => ({ cue: p.cue, words: p.words.map((w) => w.toLowerCase()) }));
  const verbs = indexVerbForms(raw.verbs);
  return {
    verbs,
    phrases,
    phraseStarts: new Set(phrases.map((p) => p.words[0])),
    anyCue: anyCuePattern([...verbs.keys()], phrases),
    auxiliaries: withCurlyApostrophes(lower(raw.auxiliaries)),
    groupNouns: lower(raw.groupNouns),
    roleNouns: lower(raw.roleNouns),
    reportNouns: lower(raw.reportNouns),
    documentNouns: lower(raw.documentNouns),
    titles: lower(raw.titles),
    titleAbbreviations: new Map(Object.entries(raw.titleAbbreviations).map(([k, v]) => [k.toLowerCase(), v])),
    mediaWords: lower(raw.mediaWords),
    organizationWords: lower(raw.organizationWords),
    feminineNames: lower(raw.feminineNames),
    masculineNames: lower(raw.masculineNames),
  };
}

/** "haven't" is typed "haven’t" as often: the file lists the straight form only. */
function withCurlyApostrophes(words: Set<string>): Set<string> {
  for (const w of [...words]) if (w.includes("'")) words.add(w.replaceAll("'", "’"));
  return words;
}

function indexVerbForms(verbs: CueFile["verbs"]): Map<string, CueVerb> {
  const byForm = new Map<string, CueVerb>();
  for (const v of verbs) {
    const verb: CueVerb = {
      cue: v.cue,
      forms: v.forms,
      addressee: v.addressee ?? false,
      clauseMarked: v.clauseMarked ?? false,
      object: v.object ?? false,
      evidence: v.evidence ?? false,
      impersonal: v.impersonal ?? false,
      notFollowedBy: new Set(v.notFollowedBy ?? []),
    };
    // The first verb listing a form keeps it, so the file's order settles a shared form.
    for (const f of v.forms) if (!byForm.has(f.toLowerCase())) byForm.set(f.toLowerCase(), verb);
  }
  return byForm;
}

/** One case-blind pattern of words: every verb form, and every phrase with any spacing. */
function anyCuePattern(forms: readonly string[], phrases: readonly CuePhrase[]): RegExp {
  const escaped = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const alternatives = [...phrases.map((p) => p.words.map(escaped).join("\\s+")), ...forms.map(escaped)];
  // ASCII word boundaries: cheaper than Unicode ones, and they miss no cue (at worst they find one in "saidé").
  return new RegExp(`\\b(?:${alternatives.join("|")})\\b`, "i");
}

function checkShape(raw: CueFile, origin: string): void {
  const file = `${origin}/cues.json`;
  if (!Array.isArray(raw.verbs) || !Array.isArray(raw.phrases))
    throw new KnowledgeError(file, "needs verbs and phrases");
  for (const v of raw.verbs) {
    if (typeof v.cue !== "string" || !Array.isArray(v.forms) || !v.forms.length) {
      throw new KnowledgeError(file, `verb ${JSON.stringify(v)} needs a cue and its forms`);
    }
  }
  for (const field of LIST_FIELDS) {
    if (!Array.isArray(raw[field])) throw new KnowledgeError(file, `${field} must be a list of words`);
  }
  const abbreviations = raw.titleAbbreviations;
  if (typeof abbreviations !== "object" || abbreviations === null || Array.isArray(abbreviations))
    throw new KnowledgeError(file, "titleAbbreviations must map abbreviations to role nouns");
}
