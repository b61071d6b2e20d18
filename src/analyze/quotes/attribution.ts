// Attribution patterns inside one unit: which words are the cue, which name the source, which
// are the content. A quotation is one item here, so "“...,” X said." and "X said the talks
// “failed”." are read the same way as plain reported speech.
import type { CueLexicon, CueVerb } from "../../knowledge/cues.js";
import type { Range } from "../types.js";
import { isTitle } from "./fragments.js";
import type { Item, Unit } from "./units.js";

export type Orientation = "preposed" | "postposed" | "parenthetical" | "inverted" | "phrase" | "participle";

export interface Attribution {
  cue: string;
  cueRange: Range;
  orientation: Orientation;
  /** Item index range [from, to) of the source words; a participle (", adding") shares its main clause's. */
  source: ItemSpan;
  addressee: ItemSpan | null;
  content: ItemSpan;
}

export interface ItemSpan {
  from: number;
  to: number;
}

interface Cue {
  at: number;
  end: number;
  cue: string;
  verb: CueVerb | null;
}

/** Words that end a speaker phrase read leftwards from its cue. */
const CLAUSE_WORDS = new Set([
  "that",
  "which",
  "who",
  "whom",
  "whose",
  "when",
  "while",
  "because",
  "after",
  "before",
  "if",
  "since",
  "as",
  "than",
  "whether",
  "where",
  "although",
  "though",
  "but",
  "or",
  "so",
  "until",
  "unless",
  "once",
  "what",
  "how",
  "why",
  "there",
  "whereas",
  "not",
]);
/** A cue form right after these is a noun: "the report", "a claim", "his warning". */
const NOUN_CONTEXT = new Set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "his",
  "her",
  "its",
  "their",
  "our",
  "my",
  "your",
  "of",
  "for",
  "with",
  "from",
  "new",
  "latest",
  "recent",
  "such",
  "no",
  "any",
  "every",
  "each",
  "further",
  "initial",
]);
const BE_FORMS = new Set(["is", "are", "was", "were", "been", "be"]);
const ING_CONTEXT = new Set([
  ",",
  "by",
  "is",
  "are",
  "was",
  "were",
  "been",
  "be",
  "while",
  "when",
  "after",
  "before",
]);
const INFERENCE_SUBJECTS = new Set(["it", "this", "that", "these", "those", "which"]);
const ARTICLES = new Set(["the", "a", "an", "this", "that"]);
const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "it", "we", "i"]);
/** After an inverted cue comes its source, never a clause: not "..., say they do not". */
const CANNOT_FOLLOW_INVERTED = new Set([...SUBJECT_PRONOUNS, "that", "there", "this", "these", "those"]);
const RELATIVE_OPENERS = new Set(["who", "which", "whose", "whom"]);
/** Words opening an adverbial before the subject: "On Monday, ...", "As the votes came in, ...". */
const INTRODUCTORY = new Set([
  "on",
  "in",
  "as",
  "since",
  "after",
  "before",
  "when",
  "while",
  "if",
  "for",
  "at",
  "during",
  "despite",
  "although",
  "though",
  "with",
  "from",
  "by",
  "under",
  "over",
  "until",
  "once",
  "because",
  "around",
  "amid",
  "among",
  "across",
  "throughout",
  "following",
  "ahead",
  "against",
  "without",
]);
const MAX_APPOSITION_ITEMS = 40;
/** A dateline ends at a dash within its first words: "WASHINGTON (AP) —", "SELMA, N.C.—". */
const MAX_DATELINE_ITEMS = 8;
const DATELINE_DASHES = new Set(["—", "–", "--"]);
const ADVERBIAL_PREPOSITIONS = new Set([
  "in",
  "on",
  "at",
  "during",
  "after",
  "before",
  "from",
  "with",
  "of",
  "to",
  "via",
]);
const OBJECT_PRONOUNS = new Set(["him", "her", "them", "us", "me", "you", "reporters", "journalists"]);
const NAME_PUNCT = new Set(["-", ".", "&", "’", "'"]);
const MAX_PHRASE_WORDS = 12;
/** Words after a postposed cue that still fit an adverbial tail: "told Maariv on Wednesday night". */
const MAX_TAIL_WORDS = 8;
const MAX_TAIL_WORDS_MARKED = 4;
const MIN_CONTENT_WORDS = 3;
/**
 * After a quotation closed with a comma (“...,” X said) the cue is postposed whatever follows:
 * "said to loud applause from the crowd that had waited since noon".
 */
const MAX_TAIL_WORDS_AFTER_QUOTE = 30;
const THAT_WINDOW = 10;
const MIN_HEADLINE_WORDS = 4;
const HEADLINE_CAPITALIZED_SHARE = 0.8;

const isComma = (item: Item | undefined) => item?.kind === "punct" && item.lower === ",";
const isWord = (item: Item | undefined): item is Item => item?.kind === "word";
const startsUpper = (text: string, item: Item) => /^\p{Lu}/u.test(text[item.start]);

export function findAttributions(text: string, unit: Unit, lex: CueLexicon): Attribution[] {
  const headline = isHeadline(text, unit.items);
  const cues = findCues(text, unit.items, lex, headline);
  const cueAt = new Set(cues.map((c) => c.at));
  const ctx: Context = { text, items: unit.items, lex, cueAt, headline };
  const found: Attribution[] = [];
  for (const cue of cues) {
    const a = attribute(ctx, cue, found);
    if (a) found.push(a);
  }
  endCoordinatedContents(text, unit.items, found);
  for (const a of found) a.content = trimContent(unit.items, a.content);
  return found.filter(
    (a) => isSubstantial(unit.items, a.content.from, a.content.to) && !isRepeated(a, found),
  );
}

/**
 * "The U.S. told Iraq it had exhausted all means and urged Baghdad to act": the second cue shares
 * the first one's subject and its words are already inside the first one's content.
 */
function isRepeated(a: Attribution, all: readonly Attribution[]): boolean {
  return all.some(
    (b) =>
      b !== a &&
      b.source.from === a.source.from &&
      b.source.to === a.source.to &&
      b.content.from <= a.content.from &&
      a.content.to <= b.content.to &&
      b.content.to - b.content.from > a.content.to - a.content.from,
  );
}

interface Context {
  text: string;
  items: readonly Item[];
  lex: CueLexicon;
  cueAt: ReadonlySet<number>;
  /** Title Case: "Mayor Tells Voters The Bridge Will Reopen". */
  headline: boolean;
}

/** Most words capitalized, small words aside: a headline, where verbs are capitalized too. */
function isHeadline(text: string, items: readonly Item[]): boolean {
  const words = items.filter((x) => x.kind === "word" && x.lower.length > 3);
  const capitalized = words.filter((w) => startsUpper(text, w)).length;
  return words.length >= MIN_HEADLINE_WORDS && capitalized >= words.length * HEADLINE_CAPITALIZED_SHARE;
}

function findCues(text: string, items: readonly Item[], lex: CueLexicon, headline: boolean): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < items.length; i++) {
    const phrase = lex.phraseStarts.has(items[i].lower) ? phraseAt(lex, items, i) : undefined;
    if (phrase) {
      cues.push({ at: i, end: i + phrase.words.length, cue: phrase.cue, verb: null });
      i += phrase.words.length - 1;
      continue;
    }
    const verb = isWord(items[i]) ? lex.verbs.get(items[i].lower) : undefined;
    if (verb && isVerbUse(text, items, i, headline)) cues.push({ at: i, end: i + 1, cue: verb.cue, verb });
  }
  return cues;
}

function phraseAt(lex: CueLexicon, items: readonly Item[], i: number) {
  return lex.phrases.find((p) => p.words.every((w, k) => items[i + k]?.lower === w));
}

/** A lower-case form, not glued to a hyphen ("so-called") and not after a determiner ("the report"). */
function isVerbUse(text: string, items: readonly Item[], i: number, headline: boolean): boolean {
  const item = items[i];
  if (startsUpper(text, item) && (!headline || i === 0)) return false;
  const glued = (other: Item | undefined) =>
    other?.lower === "-" && (other.end === item.start || other.start === item.end);
  if (glued(items[i - 1]) || glued(items[i + 1])) return false;
  const before = items[i - 1]?.lower ?? "";
  // An -ing form is a cue as a participle (", saying") or a progressive ("was telling"), not a noun ("a warning").
  const after = items[i + 1];
  const opensClause = after?.kind === "quote" || after?.lower === ":" || after?.lower === "that";
  // "saying" is hardly ever a noun: "a statement on Monday saying he had never ...".
  const participle =
    ING_CONTEXT.has(before) || endsWithComma(text, items[i - 1]) || opensClause || item.lower === "saying";
  if (item.lower.endsWith("ing") && !participle) return false;
  return !NOUN_CONTEXT.has(before);
}

function attribute(ctx: Context, cue: Cue, earlier: readonly Attribution[]): Attribution | null {
  if (!cue.verb) return attributeToPhrase(ctx, cue);
  if (isParticiple(ctx, cue)) return attributeToMainClause(ctx, cue, cue.verb, earlier);
  return attributeInverted(ctx, cue) ?? attributeToSubject(ctx, cue, cue.verb);
}

const span = (from: number, to: number): ItemSpan => ({ from, to });
const cueRange = (ctx: Context, cue: Cue): Range => ({
  start: ctx.items[cue.at].start,
  end: ctx.items[cue.end - 1].end,
});
/** A quotation, or a few words: "Now, Iraq is wondering ..." has no content before "Iraq". */
function isSubstantial(items: readonly Item[], from: number, to: number): boolean {
  const content = items.slice(from, to);
  return (
    content.some((x) => x.kind === "quote") ||
    content.filter((x) => x.kind === "word").length >= MIN_CONTENT_WORDS
  );
}
const hasContentBefore = (items: readonly Item[], at: number) =>
  items.slice(0, at).some((x) => x.kind !== "punct");

/** "according to X, ..." and "..., according to X." */
function attributeToPhrase(ctx: Context, cue: Cue): Attribution | null {
  const sourceEnd = phraseEndRightward(ctx, cue.end);
  if (sourceEnd === cue.end) return null;
  const content = hasContentBefore(ctx.items, cue.at) ? span(0, cue.at) : span(sourceEnd, ctx.items.length);
  return base(ctx, cue, "phrase", span(cue.end, sourceEnd), content);
}

/** An -ing cue that is not progressive ("was telling") shares the main clause's source. */
function isParticiple(ctx: Context, cue: Cue): boolean {
  return ctx.items[cue.at].lower.endsWith("ing") && !BE_FORMS.has(ctx.items[cue.at - 1]?.lower ?? "");
}

/** “... the region,” speaking: the comma sits inside the closing mark. */
function endsWithComma(text: string, item: Item | undefined): boolean {
  return item?.kind === "quote" && item.segment !== undefined && text[item.segment.inner.end - 1] === ",";
}

/** ", adding that ..." and "by saying ...": the main clause's source said it. */
function attributeToMainClause(ctx: Context, cue: Cue, verb: CueVerb, earlier: readonly Attribution[]) {
  const main = earlier[earlier.length - 1];
  const source = main ? main.source : leadingName(ctx);
  if (source.to === source.from) return null;
  // "X dismissed the letter as a “pretext,” speaking in a statement": the main clause is the content.
  const afterComma = isComma(ctx.items[cue.at - 1]) || endsWithComma(ctx.text, ctx.items[cue.at - 1]);
  if (!main && afterComma && isShortTail(ctx, cue)) {
    return base(
      ctx,
      cue,
      "participle",
      source,
      span(source.to, isComma(ctx.items[cue.at - 1]) ? cue.at - 1 : cue.at),
    );
  }
  const clause = clauseAfter(ctx, cue.end, verb);
  return clause && base(ctx, cue, "participle", source, clause.content, clause.addressee);
}

/**
 * The capitalized words or pronoun opening the main clause: "Hegseth" in "Hegseth ended the call
 * by saying", past a dateline or an opening adverbial ("During the debate, Trump ...").
 */
function leadingName(ctx: Context): ItemSpan {
  const from = mainClauseStart(ctx);
  let to = from;
  while (
    to < ctx.items.length &&
    (startsUpper(ctx.text, ctx.items[to]) || NAME_PUNCT.has(ctx.items[to].lower))
  )
    to++;
  // "The ministry issued ...", "The Iraqi army said ...": after a determiner the noun belongs to the name.
  const opensWithDeterminer = ARTICLES.has(ctx.items[from]?.lower ?? "");
  if (opensWithDeterminer && isWord(ctx.items[to]) && !ctx.cueAt.has(to)) to++;
  // "Around the country, former aides to the mayor traded ...": a description is the subject.
  if (to === from && from > 0) to = phraseEndRightward(ctx, from);
  return span(from, to);
}

/**
 * Where the main clause starts: after a dateline ("SELMA, N.C. — Trump ...") and after an opening
 * adverbial closed by a comma ("During the debate, ...", "Looking out at the crowd, ...").
 */
function mainClauseStart(ctx: Context): number {
  const { items } = ctx;
  const dash = items.findIndex((x, i) => i < MAX_DATELINE_ITEMS && DATELINE_DASHES.has(x.lower));
  const datelined =
    dash > 0 && items.slice(0, dash).every((x) => x.kind === "punct" || startsUpper(ctx.text, x));
  const from = datelined ? dash + 1 : 0;
  const opener = items[from];
  const adverbial =
    isWord(opener) &&
    (INTRODUCTORY.has(opener.lower) || (opener.lower.endsWith("ing") && startsUpper(ctx.text, opener)));
  if (!adverbial) return from;
  const comma = items.findIndex((x, i) => i > from && isComma(x));
  return comma < 0 ? items.length : comma + 1;
}

/** "“...,” said the minister." */
function attributeInverted(ctx: Context, cue: Cue): Attribution | null {
  const before = ctx.items[cue.at - 1];
  const next = ctx.items[cue.at + 1];
  if (
    !(isComma(before) || before?.kind === "quote") ||
    !isWord(next) ||
    cue.verb?.addressee ||
    cue.verb?.object
  )
    return null;
  if (
    CANNOT_FOLLOW_INVERTED.has(next.lower) ||
    ADVERBIAL_PREPOSITIONS.has(next.lower) ||
    ctx.lex.auxiliaries.has(next.lower)
  ) {
    return null;
  }
  const sourceEnd = phraseEndRightward(ctx, cue.end);
  // The source closes the unit, or an apposition or an adverbial follows: "said Smith, a ...", "said Smith in ...".
  const after = ctx.items[sourceEnd];
  const closes = !after || isComma(after) || after.lower === "." || ADVERBIAL_PREPOSITIONS.has(after.lower);
  if (sourceEnd === cue.end || !closes) return null;
  const rest = ctx.items.slice(sourceEnd).filter((x) => x.kind !== "punct");
  if (rest.length > tailLimit(ctx, before, cue.verb)) return null;
  return base(ctx, cue, "inverted", span(cue.end, sourceEnd), span(0, isComma(before) ? cue.at - 1 : cue.at));
}

/** "X said (that) ..." or, with the content first, "..., X said." */
function attributeToSubject(ctx: Context, cue: Cue, verb: CueVerb): Attribution | null {
  const source = subjectBefore(ctx, cue.at);
  if (source.to === source.from || (verb.evidence && isBarePronoun(ctx, source))) return null;
  const separator = ctx.items[source.from - 1];
  const contentEnd = isComma(separator) ? source.from - 1 : source.from;
  const follows =
    !verb.object &&
    (isComma(separator) || separator?.kind === "quote") &&
    hasContentBefore(ctx.items, contentEnd) &&
    !isIntroductoryAdverbial(ctx.items, contentEnd);
  if (
    follows &&
    isSubstantial(ctx.items, 0, contentEnd) &&
    isShortTail(ctx, cue, tailLimit(ctx, separator, verb))
  ) {
    const addressee = verb.addressee ? addresseeAt(ctx, cue.end) : null;
    return base(ctx, cue, "postposed", source, span(0, contentEnd), addressee);
  }
  if (follows && isComma(ctx.items[cue.end])) return attributeParenthetical(ctx, cue, source, contentEnd);
  const clause = clauseAfter(ctx, cue.end, verb);
  return clause && base(ctx, cue, "preposed", source, clause.content, clause.addressee);
}

/** "Despite the delay, the mayor insisted she ...": what precedes the subject is an adverbial, not content. */
function isIntroductoryAdverbial(items: readonly Item[], end: number): boolean {
  return INTRODUCTORY.has(items[0]?.lower ?? "") && !items.slice(0, end).some((x) => x.kind === "quote");
}

/**
 * "Most families, the mayor noted, have returned home ...": the cue interrupts its content.
 * A span is contiguous, so the content is the longer part.
 */
function attributeParenthetical(ctx: Context, cue: Cue, source: ItemSpan, contentEnd: number): Attribution {
  const before = span(0, contentEnd);
  const after = span(cue.end + 1, ctx.items.length);
  const longer = wordsIn(ctx.items, after) > wordsIn(ctx.items, before) ? after : before;
  return base(ctx, cue, "parenthetical", source, longer);
}

const wordsIn = (items: readonly Item[], s: ItemSpan) =>
  items.slice(s.from, s.to).filter((x) => x.kind === "word").length;

function base(
  ctx: Context,
  cue: Cue,
  orientation: Orientation,
  source: ItemSpan,
  content: ItemSpan,
  addressee: ItemSpan | null = null,
): Attribution {
  return { cue: cue.cue, cueRange: cueRange(ctx, cue), orientation, source, addressee, content };
}

/** A verb with common other senses ("reported about the tensions") gets a shorter tail. */
function tailLimit(ctx: Context, separator: Item | undefined, verb: CueVerb | null): number {
  if (endsWithComma(ctx.text, separator)) return MAX_TAIL_WORDS_AFTER_QUOTE;
  return verb?.clauseMarked ? MAX_TAIL_WORDS_MARKED : MAX_TAIL_WORDS;
}

/**
 * After a postposed cue only an adverbial tail may follow: "told Maariv on Wednesday.", "said on
 * “Fox News Sunday.”" (a quoted title is not a clause).
 */
function isShortTail(ctx: Context, cue: Cue, limit = MAX_TAIL_WORDS): boolean {
  // "officials say they are waiting": a subject pronoun right after the cue starts a clause.
  if (SUBJECT_PRONOUNS.has(ctx.items[cue.end]?.lower ?? "")) return false;
  let words = 0;
  for (let i = cue.end; i < ctx.items.length; i++) {
    const item = ctx.items[i];
    if (opensClause(ctx, i, limit === MAX_TAIL_WORDS_AFTER_QUOTE)) return false;
    if (isComma(item) && ctx.cueAt.has(i + 1)) return true; // "..., the report said, adding that"
    if (item.kind === "word" && ++words > limit) return false;
  }
  return true;
}

/**
 * A reported clause starts here: a quotation that is not a title, a colon, or "that". After a
 * quotation closed with a comma a later "that" is relative ("in an interview that BuzzFeed found").
 */
function opensClause(ctx: Context, i: number, afterQuote: boolean): boolean {
  const item = ctx.items[i];
  if (item.kind === "quote") return !isTitle(ctx.text, ctx.items, i);
  return item.lower === ":" || (item.lower === "that" && !afterQuote);
}

/** The subject ending right before the cue, past auxiliaries ("has also said") and an apposition. */
function subjectBefore(ctx: Context, cueAt: number): ItemSpan {
  let end = cueAt;
  while (end > 0 && isAuxiliaryOrAdverb(ctx, ctx.items[end - 1])) end--;
  end = beforeParenthesis(ctx.items, end);
  const last = ctx.items[end - 1];
  if (isComma(last) || endsWithComma(ctx.text, last)) return subjectBeforeApposition(ctx, end - 1);
  // "Trump returned to the stage and declared, ...": a second verb shares the clause's subject.
  if (last?.lower === "and" || last?.lower === "but") return leadingName(ctx);
  // "Republicans who have said ...": the relative pronoun stands for the phrase before it.
  if (isWord(last) && RELATIVE_OPENERS.has(last.lower))
    return span(phraseStartLeftward(ctx, end - 1), end - 1);
  // "The visit showed he hoped": a pronoun right before the cue is the whole subject.
  if (isWord(last) && SUBJECT_PRONOUNS.has(last.lower)) return span(end - 1, end);
  return span(phraseStartLeftward(ctx, end), end);
}

/**
 * "Dr. X, head of the Center, told" -> "Dr. X"; "Perry, who wore a cape reading, “...,” shouted"
 * -> "Perry"; "his deputy, Anna Berg, insists" -> "Anna Berg": a capitalized
 * apposition is itself the name, and so is one after an opening adverbial ("On Monday, X, ...").
 */
function subjectBeforeApposition(ctx: Context, close: number): ItemSpan {
  const open = appositionStart(ctx, close);
  if (open < 0) return span(close, close);
  const innerIsPhrase = phraseStartLeftward(ctx, close) === open + 1 && isWord(ctx.items[open + 1]);
  const inner = span(open + 1, close);
  const before = span(phraseStartLeftward(ctx, open), open);
  const opener = ctx.items[before.from]?.lower ?? "";
  if (before.to === before.from || INTRODUCTORY.has(opener))
    return innerIsPhrase ? inner : span(close, close);
  // "Charles Grassley, Republican of Iowa, said" names the speaker before the apposition.
  const beforeIsName = startsUpper(ctx.text, ctx.items[open - 1]);
  if (innerIsPhrase && startsUpper(ctx.text, ctx.items[open + 1]) && !beforeIsName) return inner;
  return before;
}

/** The comma opening the apposition that ends at `close`: one before "who"/"which", else the nearest. */
function appositionStart(ctx: Context, close: number): number {
  let nearest = -1;
  for (let i = close - 1; i >= 0 && i >= close - MAX_APPOSITION_ITEMS; i--) {
    if (!isComma(ctx.items[i])) continue;
    if (RELATIVE_OPENERS.has(ctx.items[i + 1]?.lower ?? "")) return i;
    if (nearest < 0) nearest = i;
  }
  return nearest;
}

/** "Rep. Elijah Cummings (D-Md.) said": the subject ends before a parenthesis that closes at `end`. */
function beforeParenthesis(items: readonly Item[], end: number): number {
  if (items[end - 1]?.lower !== ")") return end;
  for (let i = end - 2; i >= 0 && i >= end - MAX_PHRASE_WORDS; i--) if (items[i].lower === "(") return i;
  return end;
}

/** "it", "this": in "it shows that ..." the writer infers; no source speaks. */
function isBarePronoun(ctx: Context, source: ItemSpan): boolean {
  return source.to - source.from === 1 && INFERENCE_SUBJECTS.has(ctx.items[source.from].lower);
}

/** "has also said", "went on to say", "wrongly claimed": words between a subject and its cue. */
function isAuxiliaryOrAdverb(ctx: Context, item: Item | undefined): boolean {
  if (!isWord(item) || startsUpper(ctx.text, item)) return false;
  if (ctx.lex.auxiliaries.has(item.lower)) return true;
  const noun = ctx.lex.reportNouns.has(item.lower) || ctx.lex.groupNouns.has(item.lower);
  return item.lower.endsWith("ly") && item.lower.length > 4 && !noun && !isNounAfterDeterminer(ctx, item);
}

/** "the family said": a word in -ly after a determiner is the subject's noun, not an adverb. */
function isNounAfterDeterminer(ctx: Context, item: Item): boolean {
  const before = ctx.items[ctx.items.indexOf(item) - 1];
  return before !== undefined && NOUN_CONTEXT.has(before.lower);
}

function isPhraseItem(ctx: Context, i: number): boolean {
  const item = ctx.items[i];
  if (item.kind === "punct") return item.lower === "-" ? isGlued(ctx.items, i) : NAME_PUNCT.has(item.lower);
  if (item.kind !== "word" || ctx.cueAt.has(i) || CLAUSE_WORDS.has(item.lower)) return false;
  // "and" joins names ("Al-Hadath and other outlets"), not clauses ("... and Abbasi said").
  if (item.lower === "and")
    return i > 0 && startsUpper(ctx.text, ctx.items[i - 1]) && ctx.items[i - 1].kind === "word";
  return true;
}

/** "al-Abbasi", "London-based": a hyphen inside a word, not a dash between phrases. */
function isGlued(items: readonly Item[], i: number): boolean {
  return items[i - 1]?.end === items[i].start && items[i + 1]?.start === items[i].end;
}

function phraseStartLeftward(ctx: Context, end: number): number {
  let start = end;
  let words = 0;
  while (start > 0 && isPhraseItem(ctx, start - 1) && words < MAX_PHRASE_WORDS) {
    if (ctx.items[start - 1].kind === "word") words++;
    start--;
  }
  return start;
}

function phraseEndRightward(ctx: Context, from: number): number {
  let end = from;
  let words = 0;
  while (
    end < ctx.items.length &&
    isPhraseItem(ctx, end) &&
    words < MAX_PHRASE_WORDS &&
    !endsNameRightward(ctx, end)
  ) {
    if (ctx.items[end].kind === "word") words++;
    end++;
  }
  while (end > from && ctx.items[end - 1].kind === "punct") end--;
  return end;
}

/** "said Trump in an interview on NBC": a preposition after a name, before a lower-case word. */
function endsNameRightward(ctx: Context, i: number): boolean {
  const [before, item, after] = [ctx.items[i - 1], ctx.items[i], ctx.items[i + 1]];
  if (!before || !isWord(item) || !ADVERBIAL_PREPOSITIONS.has(item.lower)) return false;
  return startsUpper(ctx.text, before) && isWord(after) && !startsUpper(ctx.text, after);
}

/** The hearer after "told": a pronoun, a capitalized name, or a short description up to "that". */
function addresseeAt(ctx: Context, from: number): ItemSpan | null {
  const first = ctx.items[from];
  // In a headline every word is capitalized, so the hearer cannot be told from what was said.
  if (!isWord(first) || first.lower === "that" || ctx.headline) return null;
  if (OBJECT_PRONOUNS.has(first.lower)) return span(from, from + 1);
  let end = from;
  if (startsUpper(ctx.text, first)) {
    while (
      end < ctx.items.length &&
      (startsUpper(ctx.text, ctx.items[end]) || NAME_PUNCT.has(ctx.items[end].lower))
    )
      end++;
    return span(from, end);
  }
  while (
    end < ctx.items.length &&
    end - from < 5 &&
    isWord(ctx.items[end]) &&
    ctx.items[end].lower !== "that"
  )
    end++;
  return span(from, end);
}

/** The reported clause after a preposed cue: past the hearer, from after "that" when it is near. */
function clauseAfter(ctx: Context, from: number, verb: CueVerb) {
  const addressee = verb.addressee ? addresseeAt(ctx, from) : null;
  let start = addressee ? addressee.to : from;
  const that = findThat(ctx.items, start);
  // "he added, “...”" and "Democrats, he noted, are ...": a comma after the cue marks the clause too.
  const marked =
    that >= 0 || ctx.items[start]?.kind === "quote" || [":", ","].includes(ctx.items[start]?.lower ?? "");
  if (verb.clauseMarked && !marked) return null;
  if (that >= 0) start = that;
  if (!isSubstantial(ctx.items, start, ctx.items.length)) return null;
  return { addressee, content: span(start, ctx.items.length) };
}

function findThat(items: readonly Item[], from: number): number {
  for (let i = from; i < items.length && i < from + THAT_WINDOW; i++) {
    if (items[i].kind === "quote" || isComma(items[i])) return -1;
    if (items[i].lower === "that") return i;
  }
  return -1;
}

/**
 * A clause reported before a coordinated one ends where that one starts: in "X said A, and Y
 * said B", A stops at the comma. A reported clause that contains a whole attribution ("X said
 * Y told him ...") keeps it: that one is nested, relayed by X.
 */
function endCoordinatedContents(text: string, items: readonly Item[], found: Attribution[]): void {
  for (const a of found) {
    for (const b of found) {
      const boundary = b.orientation === "participle" ? indexOfCue(items, b) : b.source.from;
      if (boundary <= a.content.from || boundary >= a.content.to) continue;
      const joiner = items[boundary - 1];
      if (isComma(joiner) || joiner?.lower === "and" || joiner?.lower === "but" || joiner?.lower === ";") {
        a.content = span(a.content.from, boundary - 1);
      } else if (endsWithComma(text, joiner)) {
        // "... by saying “...,” Abbasi went on to say": the quotation ends the first content.
        a.content = span(a.content.from, boundary);
      }
    }
  }
}

function indexOfCue(items: readonly Item[], a: Attribution): number {
  return items.findIndex((x) => x.start === a.cueRange.start);
}

/** Drops punctuation around the content; a leading "that" stays, as part of the reported clause. */
function trimContent(items: readonly Item[], content: ItemSpan): ItemSpan {
  let { from, to } = content;
  while (from < to && items[from].kind === "punct") from++;
  while (to > from && items[to - 1].kind === "punct") to--;
  return span(from, to);
}
