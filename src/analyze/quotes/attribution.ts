// Attribution patterns inside one unit: which words are the cue, which name the source, which
// are the content. A quotation is one item here, so "“...,” X said." and "X said the talks
// “failed”." are read the same way as plain reported speech.
import type { CueLexicon, CueVerb } from "../../knowledge/cues.js";
import type { Range } from "../types.js";
import { isStatement, isTitle } from "./fragments.js";
import { FINITE_VERBS } from "./phrase.js";
import type { Item, Unit } from "./units.js";

export type Orientation =
  | "preposed"
  | "postposed"
  | "parenthetical"
  | "inverted"
  | "phrase"
  | "participle"
  | "label";

export interface Attribution {
  /** The cue's label; null for a speaker's label before a colon ("Name, Outlet: “...”"). */
  cue: string | null;
  cueRange: Range;
  orientation: Orientation;
  /** Item index range [from, to) of the source words; a participle (", adding") shares its main clause's. */
  source: ItemSpan;
  addressee: ItemSpan | null;
  content: ItemSpan;
  /** The cue ends the unit with a colon, and the quotation of the next paragraph is what it introduces. */
  introduces: boolean;
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
  "in",
  "on",
  "at",
  "amid",
  "despite",
  "over",
  "about",
  "against",
  "without",
]);
/**
 * "urged him not to announce it", "declined to say", "is expected to announce": an infinitive
 * after these reports nothing said (unlike "went on to say", "was quick to retort").
 */
const UNSAID_INFINITIVE = new Set([
  "not",
  "declined",
  "declines",
  "refused",
  "refuses",
  "want",
  "wants",
  "wanted",
  "plans",
  "planned",
  "expected",
  "likely",
  "unlikely",
  "going",
  "about",
  "able",
  "unable",
  "hesitant",
  "reluctant",
]);
/**
 * "a firm that helps students find schools", "helps explain why": a bare infinitive after help
 * (and its object) is what the help brings about, not a report of anyone's words. ("made him
 * admit", "let them say" do report words, of the object.)
 */
const HELP_FORMS = new Set(["help", "helps", "helped", "helping"]);
/** Words from "help" to the infinitive: "helps students", "helped the two sides". */
const MAX_HELPED_OBJECT_ITEMS = 3;
const BE_FORMS = new Set(["is", "are", "was", "were", "been", "be"]);
/** Verbs only a clause holds: "the hotel had closed" is no speaker. */
const FINITE_AUXILIARIES = new Set([...BE_FORMS, ...FINITE_VERBS]);
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
/** Words opening a sentence before its subject: "But they ...", "Still, the ministry ...". */
const SENTENCE_CONNECTIVES = new Set([
  "but",
  "and",
  "yet",
  "so",
  "still",
  "also",
  "meanwhile",
  "instead",
  ",",
]);
/** Words joining two reported clauses: "X said A, while Y said B". */
const COORDINATORS = new Set(["and", "but", ";", "while", "whereas"]);
const INFERENCE_SUBJECTS = new Set(["it", "this", "that", "these", "those", "which"]);
const ARTICLES = new Set(["the", "a", "an", "this", "that"]);
const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "it", "we", "i"]);
/** "said Trump as he dined": a subordinate clause may follow an inverted cue's source. */
const TAIL_CLAUSE_OPENERS = new Set(["as", "while", "when", "before", "after", "because", "since"]);
/** After an inverted cue comes its source, never a clause: not "..., say they do not". */
const CANNOT_FOLLOW_INVERTED = new Set([...SUBJECT_PRONOUNS, "that", "there", "this", "these", "those"]);
const RELATIVE_OPENERS = new Set(["who", "which", "whose", "whom"]);
/** Words opening an adverbial before the subject: "On Monday, ...", "As the votes came in, ...". */
const INTRODUCTORY = new Set([
  "of",
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
/** Adverbs that may precede an opening adverbial: "Even as ...", "Just after ...". */
const FOCUS_ADVERBS = new Set(["even", "just", "only", "shortly", "soon", "long", "right"]);
const MAX_APPOSITION_ITEMS = 40;
/** "R-Utah", "D-N.Y.": a US party and state after a lawmaker's name. */
const PARTY_TAG = /^[RDI]-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?$/;
/** A speaker's label before a colon: "Windsor Mann, editor of The Quotable Hitchens:". */
const MAX_LABEL_ITEMS = 14;
/** A headline's speaker label: "Ortiz:", "Harbor pilot Jo Kemp:". */
const MAX_HEADLINE_LABEL_WORDS = 5;
/** Words between a document and its participle: "a statement on Monday night saying". */
const MAX_DOCUMENT_TAIL = 5;
/** Lower-case nouns after a subject's capitals: "The Iraqi army", "Trump’s campaign staff". */
const MAX_NOUN_WORDS = 3;
/** Prepositions that attach a phrase to a noun, ending the noun phrase before them. */
const ATTACHING_PREPOSITIONS = new Set(["for", "by", "about", "against", "into", "over", "under", "as"]);
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
/** Marks that join two words only when written against both: "London-based", "Reuters/Ipsos". */
const GLUED_PUNCT = new Set(["-", "/"]);
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
// Unicode-property patterns live in constants: a literal inside a function may be compiled anew on
// every call (esbuild, as tsx runs the sources, turns it into `new RegExp`).
const UPPER_LETTER = /^\p{Lu}/u;
const LETTER = /\p{L}/u;
/** A word of more than three letters, as a headline's share of capitals counts them. */
const LONG_WORD = /\p{L}{4,}/gu;
/** ASCII by its code, as most words are; the Unicode test only for other letters. */
function startsUpper(text: string, item: Item): boolean {
  const c = text.charCodeAt(item.start);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_LETTER.test(text[item.start]);
}

/**
 * The attributions of a unit. `leadsQuotation`: the unit ends with a colon and the next paragraph
 * opens with a quotation ("Trump responded in a statement:"), which its last cue introduces.
 */
export function findAttributions(
  text: string,
  unit: Unit,
  lex: CueLexicon,
  leadsQuotation = false,
): Attribution[] {
  const headline = isHeadline(text, unit.items);
  const cues = findCues(text, unit.items, lex, headline);
  const cueAt = new Set(cues.map((c) => c.at));
  const found: Attribution[] = [];
  const ctx: Context = { text, items: unit.items, lex, cueAt, headline, earlier: found, leadsQuotation };
  const label = attributeToLabel(ctx, cues) ?? attributeToHeadlineLabel(ctx, cues, unit.paragraph === 0);
  if (label) found.push(label);
  for (const cue of cues) {
    const a = attribute(ctx, cue);
    if (a) found.push(a);
  }
  endCoordinatedContents(text, unit.items, found);
  for (const a of found) {
    a.introduces = leadsQuotation && a.content.to === unit.items.length;
    a.content = trimContent(unit.items, a.content);
  }
  return found.filter(
    (a) => (a.introduces || isSubstantial(unit.items, a.content.from, a.content.to)) && !isRepeated(a, found),
  );
}

/**
 * "Gerald Seib, The Wall Street Journal: “...”": a roundup labels each quotation with its speaker's
 * name (and affiliation) before a colon. The name is the speaker.
 */
function attributeToLabel(ctx: Context, cues: readonly Cue[]): Attribution | null {
  const { items } = ctx;
  const colon = items.findIndex((x, i) => i <= MAX_LABEL_ITEMS && x.lower === ":");
  if (colon < 1 || items[colon + 1]?.kind !== "quote" || cues.some((c) => c.at < colon)) return null;
  const nameEnd = capitalsEnd(ctx, 0);
  const label = items.slice(0, nameEnd).filter(isWord);
  if (!label.length || isHeadingWord(ctx.text, label)) return null;
  if (nameEnd !== colon && !isComma(items[nameEnd])) return null;
  return labelled(items, colon, nameEnd);
}

/** The words after the colon, said by the label's first `sourceEnd` items. */
function labelled(items: readonly Item[], colon: number, sourceEnd: number): Attribution {
  return {
    cue: null,
    cueRange: { start: items[colon].start, end: items[colon].end },
    orientation: "label",
    source: span(0, sourceEnd),
    addressee: null,
    content: span(colon + 1, items.length),
    introduces: false,
  };
}

/**
 * "Mayor Lena Ortiz: Bridge ‘will reopen by spring’": a headline names its speaker before a colon
 * and quotes a few of the words in the statement after it. The label is a short name, perhaps
 * after a description, and no cue in the line gives the words to anyone else.
 */
function attributeToHeadlineLabel(
  ctx: Context,
  cues: readonly Cue[],
  opensArticle: boolean,
): Attribution | null {
  const { items, text } = ctx;
  if (!(opensArticle || ctx.headline) || cues.length) return null;
  const colon = items.findIndex((x) => x.lower === ":");
  const label = items.slice(0, colon);
  const words = label.filter(isWord);
  if (
    words.length < 1 ||
    words.length > MAX_HEADLINE_LABEL_WORDS ||
    label.some((x) => x.kind !== "word" && !NAME_PUNCT.has(x.lower)) ||
    !startsUpper(text, label[0]) ||
    !startsUpper(text, words[words.length - 1]) ||
    isHeadingWord(text, words) ||
    !items.slice(colon + 1).some((x) => x.kind === "quote") ||
    !namedAgain(text, words[words.length - 1])
  )
    return null;
  return labelled(items, colon, colon);
}

/** The label's last word is a name the story uses again, unlike a section's ("Analysis:", "Photos:"). */
function namedAgain(text: string, word: Item): boolean {
  const name = text.slice(word.start, word.end);
  let at = text.indexOf(name, word.end);
  for (; at >= 0; at = text.indexOf(name, at + 1)) {
    if (!LETTER.test(text[at - 1] ?? "") && !LETTER.test(text[at + name.length] ?? "")) return true;
  }
  return false;
}

/** "UPDATE:", "NOTE:": a one-word capitalized heading labels no speaker. */
function isHeadingWord(text: string, words: readonly Item[]): boolean {
  return words.length === 1 && words[0].lower.toUpperCase() === text.slice(words[0].start, words[0].end);
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
  /** The attributions found so far in the unit, in cue order. */
  earlier: readonly Attribution[];
  /** The unit's final colon introduces the next paragraph's quotation. */
  leadsQuotation: boolean;
}

/**
 * Most words capitalized, small words aside, those quoted too: a headline, where verbs are
 * capitalized too ("Ortiz Hails “Fair Ports” And “A Busier Harbor”").
 */
function isHeadline(text: string, items: readonly Item[]): boolean {
  const words = items.filter((x) => x.kind === "word" && x.lower.length > 3);
  const capitalized = words.filter((w) => startsUpper(text, w)).length;
  if (!words.length || capitalized < words.length * HEADLINE_CAPITALIZED_SHARE) return false;
  if (words.length >= MIN_HEADLINE_WORDS) return true;
  // Too few words of its own to tell: the quoted ones decide.
  const quoted = items.flatMap((x) =>
    x.kind === "quote" ? (text.slice(x.start, x.end).match(LONG_WORD) ?? []) : [],
  );
  const all = words.length + quoted.length;
  const allCapitalized = capitalized + quoted.filter((w) => UPPER_LETTER.test(w)).length;
  return all >= MIN_HEADLINE_WORDS && allCapitalized >= all * HEADLINE_CAPITALIZED_SHARE;
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
    if (verb && isVerbUse(text, items, i, headline) && !otherSense(verb, items, i))
      cues.push({ at: i, end: i + 1, cue: verb.cue, verb });
  }
  return cues;
}

/** Words that put a verb's object before it: "what he called a mistake", "being called a compromise". */
const FRONTED_OBJECT = new Set(["what", "whom", "which", "that", "being", ...BE_FORMS]);
const FRONTED_OBJECT_REACH = 3;

/**
 * "called a strike", "called off the talks": the word after the verb shows an act, not speech,
 * unless the verb's object stands before it ("what he called a mistake").
 */
function otherSense(verb: CueVerb, items: readonly Item[], i: number): boolean {
  if (!verb.notFollowedBy.has(items[i + 1]?.lower ?? "")) return false;
  const before = items.slice(Math.max(0, i - FRONTED_OBJECT_REACH), i);
  return !before.some((item) => FRONTED_OBJECT.has(item.lower));
}

function phraseAt(lex: CueLexicon, items: readonly Item[], i: number) {
  return lex.phrases.find((p) => p.words.every((w, k) => items[i + k]?.lower === w));
}

/** A lower-case form, not glued to a hyphen ("so-called") and not after a determiner ("the report"). */
function isVerbUse(text: string, items: readonly Item[], i: number, headline: boolean): boolean {
  const item = items[i];
  if (startsUpper(text, item) && (!headline || i === 0)) return false;
  if (isGluedHyphen(items[i - 1], item) || isGluedHyphen(items[i + 1], item)) return false;
  const before = items[i - 1]?.lower ?? "";
  // An -ing form is a cue as a participle (", saying") or a progressive ("was telling"), not a noun ("a warning").
  const after = items[i + 1];
  const opensClause = after?.kind === "quote" || after?.lower === ":" || after?.lower === "that";
  // "saying" is hardly ever a noun: "a statement on Monday saying he had never ...".
  const participle =
    ING_CONTEXT.has(before) || endsWithComma(text, items[i - 1]) || opensClause || item.lower === "saying";
  if (item.lower.endsWith("ing") && !participle) return false;
  return (
    !NOUN_CONTEXT.has(before) &&
    !isModifiedAdjective(items, i) &&
    !(before === "to" && UNSAID_INFINITIVE.has(items[i - 2]?.lower ?? "")) &&
    !isHelpedInfinitive(items, i)
  );
}

/** "the newly disclosed records", "with widely reported losses": an adverb and a participle before a noun. */
function isModifiedAdjective(items: readonly Item[], i: number): boolean {
  const adverb = items[i - 1];
  return (
    items[i].lower.endsWith("ed") &&
    isWord(adverb) &&
    adverb.lower.endsWith("ly") &&
    NOUN_CONTEXT.has(items[i - 2]?.lower ?? "")
  );
}

/** "helps students find", "helps explain": "help", and maybe its object, right before. */
function isHelpedInfinitive(items: readonly Item[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 1 - MAX_HELPED_OBJECT_ITEMS); k--) {
    if (items[k].kind !== "word") return false;
    if (HELP_FORMS.has(items[k].lower)) return true;
  }
  return false;
}

/** A hyphen written right against the item: "so-called". */
function isGluedHyphen(other: Item | undefined, item: Item): boolean {
  return other?.lower === "-" && (other.end === item.start || other.start === item.end);
}

function attribute(ctx: Context, cue: Cue): Attribution | null {
  if (!cue.verb) return attributeToPhrase(ctx, cue);
  if (isParticiple(ctx, cue)) return attributeToMainClause(ctx, cue, cue.verb);
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
function attributeToMainClause(ctx: Context, cue: Cue, verb: CueVerb) {
  const own = participleSubject(ctx, cue);
  const main = own ? null : mainAttribution(ctx);
  const source = own ?? main?.source ?? speakingSubject(ctx, cue);
  if (source.to === source.from) return null;
  // "X dismissed the letter as a “pretext,” speaking in a statement": the main clause is the content.
  // An object verb has its own ("..., blaming her for the losses").
  const afterComma = isComma(ctx.items[cue.at - 1]) || endsWithComma(ctx.text, ctx.items[cue.at - 1]);
  if (!own && !main && !verb.object && afterComma && isShortTail(ctx, cue)) {
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
 * The main clause's subject ("the aide, Karen Doyle, ..." is Karen Doyle), unless it is an
 * expletive "it": in "It came after Olsen scolded Hale, accusing ..." the clause inside names who spoke.
 */
function speakingSubject(ctx: Context, cue: Cue): ItemSpan {
  const subject = leadingSubject(ctx);
  if (!isBarePronoun(ctx, subject)) return nameInApposition(ctx, subject) ?? subject;
  const inner = coordinatedSubject(ctx, cue.at - 1);
  return inner.from > subject.from ? inner : subject;
}

/**
 * A participle right after a noun has it for subject: "with analysts saying", "polls showing". After
 * a document ("issued a statement on Monday saying") its issuer spoke: the subject of the verb before.
 */
function participleSubject(ctx: Context, cue: Cue): ItemSpan | null {
  const issued = verbIssuingDocument(ctx, cue.at);
  if (issued >= 0) {
    const issuer = subjectBefore(ctx, issued);
    return issuer.to > issuer.from ? issuer : null;
  }
  const before = ctx.items[cue.at - 1];
  if (!isWord(before)) return null;
  const start = nounPhraseStart(ctx, cue.at);
  // "with spokesman Glen Caplin saying": after "with" any noun phrase is the participle's subject.
  const afterWith = start < cue.at && ctx.items[start - 1]?.lower === "with";
  const { groupNouns, reportNouns } = ctx.lex;
  return afterWith || groupNouns.has(before.lower) || reportNouns.has(before.lower)
    ? span(start, cue.at)
    : null;
}

/** Index of "issued" in "issued a statement (on Monday) saying", or -1. */
function verbIssuingDocument(ctx: Context, cueAt: number): number {
  const { items, lex } = ctx;
  for (let k = cueAt - 1; k >= 2 && k >= cueAt - MAX_DOCUMENT_TAIL; k--) {
    if (!isWord(items[k])) return -1;
    if (!lex.documentNouns.has(items[k].lower)) continue;
    const verb = items[k - 2];
    const issues = NOUN_CONTEXT.has(items[k - 1].lower) && isWord(verb) && !startsUpper(ctx.text, verb);
    return issues && !ADVERBIAL_PREPOSITIONS.has(verb.lower) && !ctx.cueAt.has(k - 2) ? k - 2 : -1;
  }
  return -1;
}

/**
 * The words of a noun phrase ending at `end` ("fund-raising records" with its glued hyphen), back
 * to a preposition, a clause word or a comma.
 */
function nounPhraseStart(ctx: Context, end: number): number {
  let start = end;
  while (start > 0 && end - start < MAX_PHRASE_WORDS) {
    const item = ctx.items[start - 1];
    if (item.lower === "-" && isGlued(ctx.items, start - 1)) {
      start--;
      continue;
    }
    if (!isWord(item) || ctx.cueAt.has(start - 1) || CLAUSE_WORDS.has(item.lower)) break;
    if (ADVERBIAL_PREPOSITIONS.has(item.lower) || ATTACHING_PREPOSITIONS.has(item.lower)) break;
    start--;
  }
  return start;
}

/**
 * The attribution of the main clause: the latest one found whose source is not inside another's
 * reported clause ("Lynch urged Comey not to X, saying ...": Lynch, not Comey).
 */
function mainAttribution(ctx: Context): Attribution | null {
  const { earlier } = ctx;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const a = earlier[i];
    if (!earlier.some((o) => o !== a && reportsSourceOf(ctx, o, a))) return earlier[i];
  }
  return null;
}

/** `outer`'s reported clause holds `inner`'s source, not merely coordinated with it ("X said A, and Y said B"). */
function reportsSourceOf(ctx: Context, outer: Attribution, inner: Attribution): boolean {
  const { from } = inner.source;
  return (
    outer.content.from <= from && inner.source.to <= outer.content.to && !isCoordinating(ctx.items[from - 1])
  );
}

/**
 * The subject opening the main clause, past a dateline or an opening adverbial ("During the
 * debate, Trump ..."): "Hegseth" in "Hegseth ended the call by saying", "The Iraqi army",
 * "Trump’s campaign", "Iraqi officials".
 */
function leadingSubject(ctx: Context): ItemSpan {
  let from = mainClauseStart(ctx);
  while (SENTENCE_CONNECTIVES.has(ctx.items[from]?.lower ?? "")) from++;
  if (opensSubject(ctx, from)) return subjectAt(ctx, from);
  // "Around the country, former aides to the mayor traded ...": a description is the subject.
  let to = phraseEndRightward(ctx, from);
  while (to > from && isAuxiliaryOrAdverb(ctx, ctx.items[to - 1])) to--;
  return span(from, to);
}

/**
 * The subject that starts at `from`: a pronoun, or a name or determiner with the nouns it
 * governs ("Trump’s campaign manager Kellyanne Conway", "the ministry").
 */
function subjectAt(ctx: Context, from: number): ItemSpan {
  if (SUBJECT_PRONOUNS.has(ctx.items[from].lower)) return span(from, from + 1);
  const to = capitalsEnd(ctx, ARTICLES.has(ctx.items[from].lower) ? from + 1 : from);
  return span(from, continuesIntoNoun(ctx, from, to) ? capitalsEnd(ctx, nounsEnd(ctx, to)) : to);
}

/**
 * The subject of the clause a coordinated verb continues: "the morning when Ms. Vale left the
 * palace and promised" -> "Ms. Vale". The nearest clause opening leftwards whose subject is
 * followed by its verb; else the sentence's subject.
 */
function coordinatedSubject(ctx: Context, coordinatorAt: number): ItemSpan {
  const { items } = ctx;
  for (let b = coordinatorAt - 1; b >= 0; b--) {
    const opens = b === 0 || isComma(items[b - 1]) || CLAUSE_WORDS.has(items[b - 1].lower);
    if (!opens || !opensSubject(ctx, b)) continue;
    const subject = subjectAt(ctx, b);
    if (subject.to < coordinatorAt && isVerbLike(ctx, subject.to)) return subject;
  }
  return leadingSubject(ctx);
}

function isSpeakerHead(ctx: Context, word: string): boolean {
  const { groupNouns, roleNouns, reportNouns } = ctx.lex;
  return groupNouns.has(word) || roleNouns.has(word) || reportNouns.has(word);
}

/** A lower-case word that can be a verb after its subject: not a clause word or a preposition. */
function isVerbLike(ctx: Context, i: number): boolean {
  const item = ctx.items[i];
  if (!isWord(item) || startsUpper(ctx.text, item)) return false;
  const w = item.lower;
  return (
    !CLAUSE_WORDS.has(w) &&
    !ADVERBIAL_PREPOSITIONS.has(w) &&
    !ATTACHING_PREPOSITIONS.has(w) &&
    !COORDINATORS.has(w)
  );
}

function capitalsEnd(ctx: Context, from: number): number {
  let to = from;
  while (
    to < ctx.items.length &&
    (startsUpper(ctx.text, ctx.items[to]) || NAME_PUNCT.has(ctx.items[to].lower))
  )
    to++;
  return to;
}

/** "The ministry", "Trump’s campaign", "Iraqi officials": capitals that modify the nouns after them. */
function continuesIntoNoun(ctx: Context, from: number, to: number): boolean {
  const last = ctx.items[to - 1];
  const next = ctx.items[to];
  if (!isWord(next) || to === from) return false;
  const { groupNouns, roleNouns, reportNouns } = ctx.lex;
  return (
    ARTICLES.has(ctx.items[from].lower) ||
    /[’']s$/u.test(last.lower) ||
    groupNouns.has(next.lower) ||
    roleNouns.has(next.lower) ||
    reportNouns.has(next.lower)
  );
}

/**
 * Where the lower-case nouns after `from` end: at a cue, an auxiliary, a clause word, a
 * preposition, or a word shaped like a verb or an adverb ("issued", "dramatically").
 */
function nounsEnd(ctx: Context, from: number): number {
  let to = from;
  while (to < ctx.items.length && to - from < MAX_NOUN_WORDS) {
    const item = ctx.items[to];
    const w = item.lower;
    if (!isWord(item) || startsUpper(ctx.text, item) || ctx.cueAt.has(to)) break;
    if (ctx.lex.auxiliaries.has(w) || CLAUSE_WORDS.has(w) || ADVERBIAL_PREPOSITIONS.has(w)) break;
    // "the registered Democrat", "the embattled mayor": right after the article an -ed word is an adjective.
    const adjective = to === from && ARTICLES.has(ctx.items[from - 1]?.lower ?? "");
    if (ATTACHING_PREPOSITIONS.has(w) || (/(?:ed|ly)$/.test(w) && !adjective)) break;
    to++;
    // "The newspaper took note": a speaker's head noun ends the phrase, unless a title goes on to
    // a name ("the campaign manager Kellyanne Conway").
    const titleGoesOn = startsUpper(ctx.text, ctx.items[to + 1] ?? item);
    if (isSpeakerHead(ctx, w) && !titleGoesOn) break;
  }
  return to;
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
  // "Even as regulators ...", "Just after the vote, ...": an adverb before the adverbial's opener.
  const opener =
    FOCUS_ADVERBS.has(items[from]?.lower ?? "") && INTRODUCTORY.has(items[from + 1]?.lower ?? "")
      ? items[from + 1]
      : items[from];
  const adverbial =
    isWord(opener) &&
    (INTRODUCTORY.has(opener.lower) || (startsUpper(ctx.text, opener) && isParticipleOpener(ctx, from)));
  if (!adverbial) return from;
  const commas = items.flatMap((x, i) => (i > from && isComma(x) ? [i] : []));
  const unmarked = INTRODUCTORY.has(opener.lower)
    ? subjectAfterUnmarkedAdverbial(ctx, from, commas[0] ?? items.length)
    : -1;
  if (unmarked >= 0) return unmarked;
  if (!commas.length) return items.length;
  // "At a rally in Selma, N.C., on Monday, Trump ...": the clause starts at the first comma before a subject and its verb.
  const beforeSubject = commas.find(
    (i) => opensSubject(ctx, i + 1) && isVerbLike(ctx, subjectAt(ctx, i + 1).to),
  );
  return (beforeSubject ?? commas[0]) + 1;
}

/**
 * "In Monday's speech the senator also took ...": a prepositional adverbial with no comma ends
 * where a determiner after its noun opens a speaker's description followed by its verb. Returns
 * -1 when none does before `end`.
 */
function subjectAfterUnmarkedAdverbial(ctx: Context, from: number, end: number): number {
  for (let i = from + 2; i < end; i++) {
    if (!ARTICLES.has(ctx.items[i].lower) || !isVerbLike(ctx, i - 1)) continue;
    const after = subjectAt(ctx, i).to;
    const head = ctx.items[after - 1].lower;
    const verbFollows = after < end && isVerbLike(ctx, after) && !ARTICLES.has(ctx.items[after].lower);
    if (verbFollows && isSpeakerHead(ctx, head)) return i;
  }
  return -1;
}

/** "Looking out at the crowd, ...", "Asked about the delay, ...": a participle opens an adverbial. */
function isParticipleOpener(ctx: Context, i: number): boolean {
  const w = ctx.items[i].lower;
  const next = ctx.items[i + 1];
  // Not an adjective before a name: "Leading Democratic strategists said".
  if (w.endsWith("ing")) return next !== undefined && !startsUpper(ctx.text, next);
  const prep = next?.lower ?? "";
  return w.endsWith("ed") && (ADVERBIAL_PREPOSITIONS.has(prep) || ATTACHING_PREPOSITIONS.has(prep));
}

/** A subject can start here: a name that is not an abbreviation ("N.C.,"), a determiner or a pronoun. */
function opensSubject(ctx: Context, i: number): boolean {
  const item = ctx.items[i];
  if (!isWord(item)) return false;
  if (!startsUpper(ctx.text, item)) return ARTICLES.has(item.lower) || SUBJECT_PRONOUNS.has(item.lower);
  const abbreviation = ctx.items[i + 1]?.lower === "." && isComma(ctx.items[i + 2]);
  return !abbreviation;
}

/** "“...,” said the minister." */
function attributeInverted(ctx: Context, cue: Cue): Attribution | null {
  const before = ctx.items[cue.at - 1];
  const next = ctx.items[cue.at + 1];
  if (
    !(isComma(before) || before?.kind === "quote") ||
    !isWord(next) ||
    cue.verb?.addressee ||
    cue.verb?.object ||
    closesRelativeClause(ctx, cue.at - 1)
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
  const closes =
    !after ||
    isComma(after) ||
    after.lower === "." ||
    ADVERBIAL_PREPOSITIONS.has(after.lower) ||
    TAIL_CLAUSE_OPENERS.has(after.lower);
  if (sourceEnd === cue.end || !closes || holdsFiniteVerb(ctx, cue.end, sourceEnd)) return null;
  const rest = ctx.items.slice(sourceEnd).filter((x) => x.kind !== "punct");
  if (rest.length > tailLimit(ctx, before, cue.verb) && !isAppositionAfterQuote(ctx, before, sourceEnd))
    return null;
  const source = nameInApposition(ctx, span(cue.end, sourceEnd)) ?? span(cue.end, sourceEnd);
  return base(ctx, cue, "inverted", source, span(0, isComma(before) ? cue.at - 1 : cue.at));
}

/**
 * "“...,” said Lin Wei, head of an agency sending pupils overseas, ...": after a quotation closed
 * with a comma, the speaker's apposition runs as long as it needs, up to the next quotation.
 */
function isAppositionAfterQuote(ctx: Context, before: Item | undefined, sourceEnd: number): boolean {
  if (!endsWithComma(ctx.text, before) || !isComma(ctx.items[sourceEnd])) return false;
  return !ctx.items.slice(sourceEnd).some((x) => x.kind === "quote");
}

/** "Karen Doyle, who ran the charity, wrote ...": the comma closes a relative clause about the subject. */
function closesRelativeClause(ctx: Context, comma: number): boolean {
  if (!isComma(ctx.items[comma])) return false;
  const open = appositionStart(ctx, comma);
  return open > 0 && RELATIVE_OPENERS.has(ctx.items[open + 1]?.lower ?? "");
}

/** "A spokeswoman, Jane Roe, said the hotel had closed": a speaker's phrase holds no finite verb; a clause does. */
function holdsFiniteVerb(ctx: Context, from: number, to: number): boolean {
  return ctx.items.slice(from, to).some((x) => isWord(x) && FINITE_AUXILIARIES.has(x.lower));
}

/**
 * "said the mayor’s press secretary, Lena Marsh, adding ...": a name in apposition to a
 * description is the speaker the description introduces.
 */
function nameInApposition(ctx: Context, description: ItemSpan): ItemSpan | null {
  const comma = description.to;
  const [head, name] = [ctx.items[comma - 1], ctx.items[comma + 1]];
  const isDescription = comma > description.from && isWord(head) && !startsUpper(ctx.text, head);
  if (!isDescription || !isComma(ctx.items[comma]) || !isWord(name) || !startsUpper(ctx.text, name))
    return null;
  const nameEnd = capitalsEnd(ctx, comma + 1);
  const after = ctx.items[nameEnd];
  const closes = !after || isComma(after) || after.lower === ".";
  return closes && ctx.items.slice(comma + 1, nameEnd).some(isWord) ? span(comma + 1, nameEnd) : null;
}

/** "X said (that) ..." or, with the content first, "..., X said." */
function attributeToSubject(ctx: Context, cue: Cue, verb: CueVerb): Attribution | null {
  const source = subjectBefore(ctx, cue.at);
  if (source.to === source.from || (verb.evidence && isBarePronoun(ctx, source))) return null;
  // "appeared on the CNN show": a verb of data ("polls show") after an adverbial is a noun.
  if (verb.impersonal && ADVERBIAL_PREPOSITIONS.has(ctx.items[source.from].lower)) return null;
  // "Responding to audience questions, Clinton ...": a participle opens an adverbial, not a subject.
  if (startsUpper(ctx.text, ctx.items[source.from]) && isParticipleOpener(ctx, source.from)) return null;
  if (followsCoordinator(ctx, cue.at)) return attributePreposed(ctx, cue, verb, source);
  const subjectFrom = describedFrom(ctx, source, cue.at);
  const separator = ctx.items[subjectFrom - 1];
  const contentEnd = isComma(separator) ? subjectFrom - 1 : subjectFrom;
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
    return base(ctx, cue, "postposed", source, postposedContent(ctx, separator, contentEnd), addressee);
  }
  if (follows && isComma(ctx.items[cue.end])) return attributeParenthetical(ctx, cue, source, contentEnd);
  return attributePreposed(ctx, cue, verb, source);
}

/**
 * Where the subject phrase starts: before the description a name is in apposition to ("A
 * spokeswoman for the hotel, Jane Roe, said"), so the description is not read as content.
 */
function describedFrom(ctx: Context, source: ItemSpan, cueAt: number): number {
  const apposition = isComma(ctx.items[source.from - 1]) && subjectEnd(ctx, cueAt) - 1 === source.to;
  return apposition ? phraseStartLeftward(ctx, source.from - 1) : source.from;
}

function attributePreposed(ctx: Context, cue: Cue, verb: CueVerb, source: ItemSpan): Attribution | null {
  const clause = clauseAfter(ctx, cue.end, verb);
  return clause && base(ctx, cue, "preposed", source, clause.content, clause.addressee);
}

/**
 * What a postposed cue reports: everything before its subject, or only the quotation before it when
 * that sits inside another cue's clause ("X blamed Russia, whose “thefts ...,” Johnson said":
 * Johnson said the quoted words, not X's blame). A quotation that is another cue's whole clause
 * was relayed ("Y ended by saying “...,” X recalled").
 */
function postposedContent(ctx: Context, separator: Item | undefined, contentEnd: number): ItemSpan {
  const quoteAt = contentEnd - 1;
  const embedded =
    endsWithComma(ctx.text, separator) &&
    ctx.earlier.some((a) => a.content.from < quoteAt && quoteAt < a.content.to) &&
    !ctx.earlier.some((a) => a.content.from === quoteAt);
  return embedded ? span(quoteAt, contentEnd) : span(0, contentEnd);
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
  const longer = lengthOf(ctx.items, after) > lengthOf(ctx.items, before) ? after : before;
  return base(ctx, cue, "parenthetical", source, longer);
}

/** Characters spanned: a quotation is one item but many words. */
const lengthOf = (items: readonly Item[], s: ItemSpan) =>
  s.to > s.from ? items[s.to - 1].end - items[s.from].start : 0;

function base(
  ctx: Context,
  cue: Cue,
  orientation: Orientation,
  source: ItemSpan,
  content: ItemSpan,
  addressee: ItemSpan | null = null,
): Attribution {
  return {
    cue: cue.cue,
    cueRange: cueRange(ctx, cue),
    orientation,
    source,
    addressee,
    content,
    introduces: false,
  };
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
    // "Varga said, though officials deny it is “reopening” the file": a quoted word inside the tail.
    if (words > 0 && item.kind === "quote" && !isStatement(ctx.text, item)) continue;
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
  const end = subjectEnd(ctx, cueAt);
  const last = ctx.items[end - 1];
  if (isComma(last) || endsWithComma(ctx.text, last)) return subjectBeforeApposition(ctx, end - 1);
  // "Trump returned to the stage and declared, ...": a second verb shares the clause's subject,
  // and "Trump, who said “...”, and questioned ..." the first cue's.
  if (followsCoordinator(ctx, cueAt)) return mainAttribution(ctx)?.source ?? coordinatedSubject(ctx, end - 1);
  // "Republicans who have said ...", "Trump, who said ...": the relative pronoun stands for the phrase before it.
  if (isWord(last) && RELATIVE_OPENERS.has(last.lower)) {
    const phraseEnd = isComma(ctx.items[end - 2]) ? end - 2 : end - 1;
    return span(phraseStartLeftward(ctx, phraseEnd), phraseEnd);
  }
  // "The visit showed he hoped": a pronoun right before the cue is the whole subject.
  if (isWord(last) && SUBJECT_PRONOUNS.has(last.lower)) return span(end - 1, end);
  return span(phraseStartLeftward(ctx, end), end);
}

/** Where the subject before a cue ends: before auxiliaries ("has also said") and a parenthesis. */
function subjectEnd(ctx: Context, cueAt: number): number {
  let end = cueAt;
  while (end > 0 && isAuxiliaryOrAdverb(ctx, ctx.items[end - 1])) end--;
  return beforeParenthesis(ctx.items, end);
}

/** "... and declared", "... did not apologize, but said": a second verb of the clause. */
function followsCoordinator(ctx: Context, cueAt: number): boolean {
  const last = ctx.items[subjectEnd(ctx, cueAt) - 1]?.lower;
  return last === "and" || last === "but";
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
  const before = withoutPartyTag(ctx, span(phraseStartLeftward(ctx, open), open));
  const opener = ctx.items[before.from]?.lower ?? "";
  // "..., a visa initiative, called the EB-5 program": a phrase not shaped like a subject is none.
  const innerIsSubject =
    innerIsPhrase && (opensSubject(ctx, open + 1) || ctx.lex.groupNouns.has(ctx.items[open + 1].lower));
  if (before.to === before.from || INTRODUCTORY.has(opener))
    return innerIsSubject ? inner : span(close, close);
  // "Charles Grassley, Republican of Iowa, said" names the speaker before the apposition; "A
  // spokeswoman for Marsh Hotels, Jane Roe, said" describes the one named in it.
  const beforeIsName =
    startsUpper(ctx.text, ctx.items[open - 1]) && !ARTICLES.has(ctx.items[before.from].lower);
  if (innerIsPhrase && startsUpper(ctx.text, ctx.items[open + 1]) && !beforeIsName) return inner;
  return before;
}

/** "Sen. Jane Roe, R-Utah, who ...": the party and state tag is an apposition of the name before it. */
function withoutPartyTag(ctx: Context, phrase: ItemSpan): ItemSpan {
  const text = ctx.text.slice(ctx.items[phrase.from]?.start ?? 0, ctx.items[phrase.to - 1]?.end ?? 0);
  if (phrase.to <= phrase.from || !PARTY_TAG.test(text) || !isComma(ctx.items[phrase.from - 1]))
    return phrase;
  return span(phraseStartLeftward(ctx, phrase.from - 1), phrase.from - 1);
}

/**
 * The comma opening the apposition that ends at `close`: one before "who"/"which", else the
 * nearest. A relative pronoun right after the sentence's subject opens it without a comma ("The
 * panel which gathers the forecasts of farmers, millers and traders, said"): then its index.
 */
function appositionStart(ctx: Context, close: number): number {
  let nearest = -1;
  for (let i = close - 1; i >= 0 && i >= close - MAX_APPOSITION_ITEMS; i--) {
    if (isUncommaedRelative(ctx, i)) return i;
    if (!isComma(ctx.items[i])) continue;
    if (RELATIVE_OPENERS.has(ctx.items[i + 1]?.lower ?? "")) return i;
    if (nearest < 0) nearest = i;
  }
  return nearest;
}

function isUncommaedRelative(ctx: Context, i: number): boolean {
  return (
    RELATIVE_OPENERS.has(ctx.items[i].lower) &&
    isWord(ctx.items[i - 1]) &&
    phraseStartLeftward(ctx, i) === mainClauseStart(ctx)
  );
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
  if (item.kind === "punct")
    return GLUED_PUNCT.has(item.lower) ? isGlued(ctx.items, i) : NAME_PUNCT.has(item.lower);
  if (item.kind !== "word" || ctx.cueAt.has(i) || CLAUSE_WORDS.has(item.lower)) return false;
  // "and" joins names ("Al-Hadath and other outlets") and speakers' nouns ("polls and panels"),
  // not clauses ("... and Abbasi said").
  if (item.lower === "and") {
    const prev = ctx.items[i - 1];
    return isWord(prev) && (startsUpper(ctx.text, prev) || isSpeakerHead(ctx, prev.lower));
  }
  return true;
}

/** "al-Abbasi", "London-based", "the NBC/WSJ poll": a hyphen or slash inside a word, not between phrases. */
function isGlued(items: readonly Item[], i: number): boolean {
  return items[i - 1]?.end === items[i].start && items[i + 1]?.start === items[i].end;
}

function phraseStartLeftward(ctx: Context, end: number): number {
  let start = end;
  let words = 0;
  while (start > 0 && isPhraseItem(ctx, start - 1) && words < MAX_PHRASE_WORDS) {
    if (isVerbAfterName(ctx, start - 1)) break;
    if (ctx.items[start - 1].kind === "word") words++;
    start--;
  }
  return start;
}

/** "Conway appeared on CNN": a name and a past tense open a clause, so a phrase read leftwards ends before the verb. */
function isVerbAfterName(ctx: Context, i: number): boolean {
  const [name, verb] = [ctx.items[i - 1], ctx.items[i]];
  return (
    isWord(name) && startsUpper(ctx.text, name) && !startsUpper(ctx.text, verb) && /ed$/.test(verb.lower)
  );
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
  if (namesDocument(ctx, start)) return null;
  const that = findThat(ctx.items, start);
  // "he added, “...”" and "Democrats, he noted, are ...": a comma after the cue marks the clause too.
  const marked =
    that >= 0 ||
    ctx.leadsQuotation ||
    ctx.items[start]?.kind === "quote" ||
    [":", ","].includes(ctx.items[start]?.lower ?? "");
  if (verb.clauseMarked && !marked) return null;
  if (that >= 0) start = that;
  if (!ctx.leadsQuotation && !isSubstantial(ctx.items, start, ctx.items.length)) return null;
  return { addressee, content: span(start, ctx.items.length) };
}

/** "wrote an open letter to the council": what follows is the document issued, not what it said. */
function namesDocument(ctx: Context, at: number): boolean {
  const { items, lex } = ctx;
  if (!["a", "an"].includes(items[at]?.lower ?? "")) return false;
  return items.slice(at + 1, at + 3).some((x) => isWord(x) && lex.documentNouns.has(x.lower));
}

/** A "that" opening the clause within a few words ("said on Monday that"), not one inside it ("said he hoped that"). */
function findThat(items: readonly Item[], from: number): number {
  if (SUBJECT_PRONOUNS.has(items[from]?.lower ?? "")) return -1;
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
      if (isCoordinating(joiner)) {
        a.content = span(a.content.from, boundary - 1);
      } else if (endsWithComma(text, joiner)) {
        // "... by saying “...,” Abbasi went on to say": the quotation ends the first content.
        a.content = span(a.content.from, boundary);
      }
    }
  }
}

/** Joins a clause to one before it: a comma, "and", "but", ";", or "while" of a contrast. */
function isCoordinating(item: Item | undefined): boolean {
  return isComma(item) || COORDINATORS.has(item?.lower ?? "");
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
