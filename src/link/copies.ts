// Copy detection: reprints of one text (the same wire story carried by two outlets) and passages
// one outlet took from another. Copies are one source, not corroboration.
import type { Article } from "../contract/types.js";
import { bandKeys, candidatePairs, minhash, shingles, signatureSimilarity, words } from "./similarity.js";

/** Articles sharing at least this estimated share of their 5-word runs are reprints. */
const REPRINT_SIMILARITY = 0.5;
/** Passages sharing at least this share of their 3-word runs are one passage retold. */
const PASSAGE_SIMILARITY = 0.5;
const ARTICLE_SHINGLE = 5;
const PASSAGE_SHINGLE = 3;
const SIGNATURE_LENGTH = 64;
/** 16 bands of 4 rows: pairs above about 0.5 similarity share a band with high probability. */
const BAND_ROWS = 4;
const MAX_POSTING = 1000;

/** Article id -> the id of the earliest article of its reprint group (itself when it is no copy). */
export function reprintGroups(articles: readonly Article[]): Map<string, string> {
  const signatures = new Map(
    articles.map((a) => [a.id, minhash(shingles(words(a.text), ARTICLE_SHINGLE), SIGNATURE_LENGTH)]),
  );
  const keys = new Map([...signatures].map(([id, s]) => [id, bandKeys(s, BAND_ROWS)]));
  const root = new Map(articles.map((a) => [a.id, a.id]));
  const order = new Map(articles.map((a) => [a.id, sortKey(a)]));
  const find = (id: string): string => {
    const parent = root.get(id)!;
    return parent === id ? id : find(parent);
  };
  for (const [a, b] of candidatePairs(keys, MAX_POSTING)) {
    if (signatureSimilarity(signatures.get(a)!, signatures.get(b)!) < REPRINT_SIMILARITY) continue;
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) continue;
    if (order.get(ra)! <= order.get(rb)!) root.set(rb, ra);
    else root.set(ra, rb);
  }
  return new Map(articles.map((a) => [a.id, find(a.id)]));
}

/** Earliest first, then by id: the original of a reprint group is the first one published. */
function sortKey(a: Article): string {
  return `${a.published?.date ?? "9999"}\u0000${a.id}`;
}

/** Whether one passage retells the other nearly word for word (a quoted paragraph, a rewrite). */
export function samePassage(a: string, b: string): boolean {
  const x = shingles(words(a), PASSAGE_SHINGLE);
  const y = shingles(words(b), PASSAGE_SHINGLE);
  let shared = 0;
  for (const s of x) if (y.has(s)) shared++;
  const smaller = Math.min(x.size, y.size);
  return smaller > 0 && shared / smaller >= PASSAGE_SIMILARITY;
}
