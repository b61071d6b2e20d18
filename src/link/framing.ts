// Framing: how each article of a story names each actor ("resistance factions", "Iranian-backed
// militias", "terrorist groups"), and how each article holds its claims: hedges ("reportedly",
// "allegedly") and loaded words.
import type { Article, Entity, Span, Story } from "../contract/types.js";
import { addTo, counts } from "./collect.js";
import type { LinkLexicons } from "./lexicons.js";
import type { ResolvedMention } from "./resolve.js";
import { fold } from "./similarity.js";

export type Framing = Story["framing"];

export interface TermCount {
  term: string;
  count: number;
}

export interface ArticleVoice {
  article: string;
  outlet: string | null;
  hedges: TermCount[];
  loaded: TermCount[];
}

/** Types of the parties an article can frame; places are not actors. */
const ACTOR_TYPES: ReadonlySet<Entity["type"]> = new Set([
  "PERSON",
  "ORGANIZATION",
  "ARMED_GROUP",
  "COUNTRY",
  "IGO",
  "MEDIA",
]);

/** For each actor mentioned in the story, the terms each article uses for it, with counts. */
export function storyFraming(
  articleIds: readonly string[],
  mentions: ReadonlyMap<string, readonly ResolvedMention[]>,
): Framing {
  const byReferent = new Map<string, Span[]>();
  for (const article of articleIds) {
    for (const { entity, span } of mentions.get(article) ?? []) {
      if (ACTOR_TYPES.has(entity.type)) addTo(byReferent, entity.id, span);
    }
  }
  return [...byReferent]
    .sort(([x], [y]) => (x < y ? -1 : 1))
    .map(([referent, spans]) => ({ referent, terms: termCounts(spans) }));
}

function termCounts(mentions: readonly Span[]): Framing[number]["terms"] {
  const perTerm = counts(mentions.map((m) => `${m.article}\u0000${m.text.replace(/\s+/g, " ").trim()}`));
  return [...perTerm]
    .map(([key, count]) => {
      const [article, term] = key.split("\u0000");
      return { article, term, count };
    })
    .sort((x, y) =>
      x.article < y.article
        ? -1
        : x.article > y.article
          ? 1
          : y.count - x.count || (x.term < y.term ? -1 : 1),
    );
}

/** Hedges and loaded words of one article, with counts, most frequent first. */
export function articleVoice(article: Article, lexicons: LinkLexicons): ArticleVoice {
  const text = fold(article.text);
  return {
    article: article.id,
    outlet: article.outlet,
    hedges: occurrences(text, phraseMatcher(lexicons.hedges)),
    loaded: occurrences(text, phraseMatcher(lexicons.loaded)),
  };
}

interface PhraseMatcher {
  pattern: RegExp;
  /** Folded phrase with its white space collapsed -> the phrase as the lexicon writes it. */
  phraseOf: ReadonlyMap<string, string>;
}

const matchers = new WeakMap<readonly string[], PhraseMatcher>();

/** One pattern for a whole list, longest phrases first so "is said to" wins over "said". */
function phraseMatcher(phrases: readonly string[]): PhraseMatcher {
  let matcher = matchers.get(phrases);
  if (!matcher) {
    const folded = [...phrases].map((p) => fold(p)).sort((a, b) => b.length - a.length);
    const alternatives = folded.map((p) => escapeRegExp(p).replace(/\s+/g, "\\s+")).join("|");
    matcher = {
      pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, "gu"),
      phraseOf: new Map(phrases.map((p) => [collapse(fold(p)), p])),
    };
    matchers.set(phrases, matcher);
  }
  return matcher;
}

/** Whole-word occurrences of each phrase in already folded text. */
function occurrences(text: string, matcher: PhraseMatcher): TermCount[] {
  const found = counts(
    [...text.matchAll(matcher.pattern)].map((m) => matcher.phraseOf.get(collapse(m[0])) ?? m[0]),
  );
  return [...found]
    .map(([term, count]) => ({ term, count }))
    .sort((x, y) => y.count - x.count || (x.term < y.term ? -1 : 1));
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
