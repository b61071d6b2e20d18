// The quotes / attribution stage: direct quotations, fragments quoted inside reported speech,
// and indirect speech, each with its speaker, cue and the sources that relayed it.
//   marks        which text is inside quotation marks (across paragraphs, as news copy does)
//   units        sentences joined where a quotation spans them; a quotation is one item
//   attribution  cue patterns: source, hearer and content of each attribution
//   fragments    statements, scare quotes and quoted titles
//   signature    a pull quotation signed inside its marks (“... Name, affiliation”)
//   speakers     a source phrase -> an entity (covering mention, anaphora, or a new entity)
import type { KnowledgeBase } from "../knowledge/index.js";
import type { OutletRegistry } from "../knowledge/outlets.js";
import { datelineLength } from "./dateline.js";
import type { Stage } from "./pipeline.js";
import { type Attribution, findAttributions } from "./quotes/attribution.js";
import { isStatement, isTitle } from "./quotes/fragments.js";
import { findQuotedSegments } from "./quotes/marks.js";
import { readSpeakerPhrase, type SpeakerPhrase } from "./quotes/phrase.js";
import { signatureBelow, signatureOf } from "./quotes/signature.js";
import { type ResolvedSpeaker, SpeakerResolver } from "./quotes/speakers.js";
import { buildUnits, type Item, type Unit } from "./quotes/units.js";
import { sentenceAt } from "./segment.js";
import type { LocalEntity, LocalQuote, Range, Segmentation } from "./types.js";

export const quotesStage: Stage<"quotes", "segmentation" | "entities"> = {
  name: "quotes",
  needs: ["segmentation", "entities"],
  run: ({ article, kb, segmentation, entities }) => extractQuotes(article.text, segmentation, entities, kb),
};

/** Who said it, as resolved for one attribution. */
interface Said {
  speaker: ResolvedSpeaker;
  phrase: SpeakerPhrase | null;
  relays: ResolvedSpeaker[];
}

interface ArticleState {
  text: string;
  seg: Segmentation;
  kb: QuoteKnowledge;
  resolver: SpeakerResolver;
  quotes: LocalQuote[];
  /** The latest attribution and its paragraph, for quotations that continue it. */
  lastAttributed: { by: Attributed; paragraph: number } | null;
}

/** The part of the knowledge base this stage reads. */
export type QuoteKnowledge = Pick<KnowledgeBase, "cues"> & { outlets: Pick<OutletRegistry, "byName"> };

export function extractQuotes(
  text: string,
  seg: Segmentation,
  entities: readonly LocalEntity[],
  kb: QuoteKnowledge,
): LocalQuote[] {
  const resolver = new SpeakerResolver({
    text,
    entities,
    sentences: seg.sentences,
    lex: kb.cues,
    isOutletName: (name) => kb.outlets.byName(name) !== null,
  });
  const state: ArticleState = { text, seg, kb, resolver, quotes: [], lastAttributed: null };
  const units = buildUnits(text, seg, findQuotedSegments(text, seg.paragraphs), kb.cues.anyCue);
  for (let i = 0; i < units.length; i++) quoteUnit(state, units[i], attributionsOf(state, units, i));
  return state.quotes;
}

/**
 * The attributions of unit i. One that ends its paragraph and opens the next one's quotation
 * introduces it: after a colon ("Trump responded in a statement:"), or when its cue has nothing
 * else to report ("The mayor wrote on Twitter." above an embedded post).
 */
function attributionsOf(state: ArticleState, units: readonly Unit[], i: number): Attribution[] {
  const [unit, next] = [units[i], units[i + 1]];
  const leads = next?.paragraph === unit.lastParagraph + 1 && next.items[0]?.kind === "quote";
  const last = unit.items[unit.items.length - 1]?.lower;
  const { text, kb } = state;
  if (leads && last === ":") return findAttributions(text, unit, kb.cues, true);
  const own = findAttributions(text, unit, kb.cues, false);
  const bare = leads && last === "." && !own.length && !unit.items.some((x) => x.kind === "quote");
  return bare ? findAttributions(text, unit, kb.cues, true) : own;
}

function quoteUnit(state: ArticleState, unit: Unit, attributions: readonly Attribution[]): void {
  const said = attributions.map((a) => resolveAttribution(state, unit, a));
  // By item index: a set of the items themselves gave each one an identity hash, most never asked.
  const covered = new Uint8Array(unit.items.length);
  const emitted = attributions.map((a, i) => {
    const via = relayChain(attributions, said, i);
    // "Trump responded in a statement:" only says who speaks in the next paragraph.
    if (a.introduces) return attributedBy(a, said[i], via);
    covered.fill(1, a.content.from, a.content.to);
    return emitAttributed(state, unit, a, said[i], via);
  });
  const continued = emitted[continuedAttribution(unit, attributions)];
  if (continued) state.lastAttributed = { by: continued, paragraph: unit.lastParagraph };
  unit.items.forEach((item, at) => {
    if (
      item.kind === "quote" &&
      !covered[at] &&
      isStatement(state.text, item) &&
      !isTitle(state.text, unit.items, at)
    ) {
      emitContinuation(state, unit, item);
    }
  });
}

function resolveAttribution(state: ArticleState, unit: Unit, a: Attribution): Said {
  const { text, resolver, kb } = state;
  const phrase = readSpeakerPhrase(text, unit.items.slice(a.source.from, a.source.to), kb.cues);
  const sentence = sentenceAt(state.seg.sentences, a.cueRange.start);
  const speaker = phrase ? resolver.resolve(phrase, sentence) : { key: null, introduced: null };
  if (speaker.key) resolver.remember(speaker.key, a.cueRange.start);
  const hearer =
    a.addressee && readSpeakerPhrase(text, unit.items.slice(a.addressee.from, a.addressee.to), kb.cues);
  const relays = hearer ? [resolver.resolveOutlet(hearer, sentence)].filter((r) => r.key !== null) : [];
  return { speaker, phrase, relays };
}

/**
 * The sources that relayed attribution i, innermost first: an outlet it was told to ("sources
 * told Maariv"), then the speaker of the smallest attribution whose content holds its cue
 * ("Abbasi said Hegseth told him ..."), and that one's relays in turn.
 */
function relayChain(
  attributions: readonly Attribution[],
  said: readonly Said[],
  i: number,
  depth = 0,
): string[] {
  const own = said[i].relays.map((r) => r.key).filter((k): k is string => k !== null);
  const outer = enclosing(attributions, i);
  if (outer < 0 || depth > attributions.length) return own;
  const outerSpeaker = said[outer].speaker.key;
  const chain = [
    ...own,
    ...(outerSpeaker ? [outerSpeaker] : []),
    ...relayChain(attributions, said, outer, depth + 1),
  ];
  return [...new Set(chain)].filter((k) => k !== said[i].speaker.key);
}

function enclosing(attributions: readonly Attribution[], i: number): number {
  const inner = attributions[i];
  let best = -1;
  attributions.forEach((a, k) => {
    const holds = k !== i && a.content.from <= inner.source.from && inner.content.to <= a.content.to;
    const size = contentSize(a);
    if (holds && size > contentSize(inner) && (best < 0 || size < contentSize(attributions[best]))) best = k;
  });
  return best;
}

/** How many items an attribution's content spans. */
function contentSize(a: Attribution): number {
  return a.content.to - a.content.from;
}

/**
 * The attribution a later quotation with no cue continues: the innermost one holding a quotation
 * (“...,” said X, according to Y: X), else the last one.
 */
function continuedAttribution(unit: Unit, attributions: readonly Attribution[]): number {
  let best = -1;
  attributions.forEach((a, i) => {
    const quoting = unit.items.slice(a.content.from, a.content.to).some((x) => x.kind === "quote");
    if (quoting && (best < 0 || contentSize(a) < contentSize(attributions[best]))) best = i;
  });
  return best >= 0 ? best : attributions.length - 1;
}

/** The quotes of one attribution; returns the one a continuation copies, or null for a title. */
function emitAttributed(
  state: ArticleState,
  unit: Unit,
  a: Attribution,
  said: Said,
  via: string[],
): LocalQuote | null {
  const items = unit.items.slice(a.content.from, a.content.to);
  const only = items.length === 1 ? items[0] : null;
  if (only?.segment) {
    if (isTitle(state.text, unit.items, a.content.from)) return null;
    return push(state, only.segment.inner, true, a, said, via);
  }
  const quote = push(state, { start: items[0].start, end: items[items.length - 1].end }, false, a, said, via);
  items.forEach((item, k) => {
    if (item.segment && !isTitle(state.text, unit.items, a.content.from + k))
      push(state, item.segment.inner, true, a, said, via);
  });
  return quote;
}

/**
 * A quotation with no cue of its own continues the speaker of the quotation before it in the same
 * paragraph, or in the previous one when it opens its paragraph (“A,” X said. “B.”).
 */
function emitContinuation(state: ArticleState, unit: Unit, item: Item): void {
  if (!item.segment) return;
  const signature =
    signatureOf(state.text, item.segment.inner) ?? signatureBelow(state.text, item.segment.inner);
  if (signature) {
    emitSigned(state, item.segment.inner, signature);
    return;
  }
  const last = state.lastAttributed;
  const opensParagraph = unit.items[0] === item;
  const continues =
    last && (last.paragraph === unit.paragraph || (opensParagraph && last.paragraph === unit.paragraph - 1));
  const base = continues ? last.by : null;
  const quote = newQuote(state, item.segment.inner, true, base);
  // An introducing cue emitted no quote of its own: its new speaker travels with this one.
  if (base?.introduced) quote.introduced = base.introduced;
  state.quotes.push(quote);
  if (base) state.lastAttributed = { by: quote, paragraph: unit.lastParagraph };
}

/** A pull quotation signed inside its marks is its signer's, whoever spoke before it. */
function emitSigned(state: ArticleState, range: Range, signer: SpeakerPhrase): LocalQuote {
  const speaker = state.resolver.resolve(signer, sentenceAt(state.seg.sentences, signer.start));
  const by: Attributed = {
    speaker: speaker.key,
    speakerText: signer.text,
    speakerRange: { start: signer.start, end: signer.end },
    cue: null,
    cueRange: null,
    via: [],
    introduced: speaker.introduced ? [speaker.introduced] : undefined,
  };
  // The quotation's words end where the signature starts.
  let end = signer.start;
  while (end > range.start && /\s/.test(state.text[end - 1])) end--;
  const quote = newQuote(state, { start: range.start, end }, true, by);
  if (by.introduced) quote.introduced = by.introduced;
  state.quotes.push(quote);
  return quote;
}

function push(
  state: ArticleState,
  range: Range,
  direct: boolean,
  a: Attribution,
  said: Said,
  via: string[],
): LocalQuote {
  const signature = direct ? signatureOf(state.text, range) : null;
  if (signature) return emitSigned(state, range, signature);
  const by = attributedBy(a, said, via);
  // "KYIV, June 1 (Reuters) - A strike killed seven, the governor said": the report starts after the dateline.
  const skipped = direct ? 0 : datelineLength(state.text, range.start);
  const quote = newQuote(state, { start: range.start + skipped, end: range.end }, direct, by);
  if (by.introduced) quote.introduced = by.introduced;
  state.quotes.push(quote);
  return quote;
}

/** Who said what a quote of attribution `a` holds, and the entities first named by it. */
function attributedBy(a: Attribution, said: Said, via: string[]): Attributed {
  const introduced = [said.speaker, ...said.relays].flatMap((r) => (r.introduced ? [r.introduced] : []));
  return {
    speaker: said.speaker.key,
    speakerText: said.phrase?.text ?? null,
    speakerRange: said.phrase ? { start: said.phrase.start, end: said.phrase.end } : null,
    cue: a.cue,
    cueRange: a.cueRange,
    via,
    introduced: introduced.length ? introduced : undefined,
  };
}

type Attributed = Pick<
  LocalQuote,
  "speaker" | "speakerText" | "speakerRange" | "cue" | "cueRange" | "via" | "introduced"
>;

/**
 * A quote over `range`, said as `by` says, or by no one known. Every field is written out: V8
 * builds an object literal with spreads on a slow path, which cost more than the rest of the stage.
 */
function newQuote(state: ArticleState, range: Range, direct: boolean, by: Attributed | null): LocalQuote {
  return {
    start: range.start,
    end: range.end,
    text: state.text.slice(range.start, range.end),
    direct,
    speaker: by?.speaker ?? null,
    speakerText: by?.speakerText ?? null,
    speakerRange: by?.speakerRange ?? null,
    cue: by?.cue ?? null,
    cueRange: by?.cueRange ?? null,
    via: by?.via ?? [],
    sentence: sentenceAt(state.seg.sentences, range.start),
  };
}
