// Text similarity for the corpus stage: content terms, TF-IDF vectors, word shingles with
// MinHash, and blocking (an inverted index over a few keys per item) so that linking compares
// an item only with the items that share a key, never with the whole corpus.

import { counts } from "./collect.js";

/** Lower-cased content words with diacritics folded and possessives dropped. */
export function contentTerms(text: string, stopwords: ReadonlySet<string>): string[] {
  const terms: string[] = [];
  for (const word of words(text))
    if (word.length > 1 && !stopwords.has(word) && !/^\d/.test(word)) terms.push(word);
  return terms;
}

/**
 * A light suffix stripper, enough for "warned" / "warning" / "warnings" or "attacks" / "attacked"
 * to meet; not a full stemmer (short words are kept whole).
 */
export function stem(word: string): string {
  if (word.endsWith("ies") && word.length > 5) return `${word.slice(0, -3)}y`;
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  }
  return word;
}

const SUFFIXES = ["ings", "ing", "edly", "ed", "ly", "s"];

/** Every word of the text, folded the same way as contentTerms. */
export function words(text: string): string[] {
  return [...fold(text).matchAll(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu)].map((m) =>
    m[0].replace(/'s$/, ""),
  );
}

/** Lower case, diacritics dropped, curly apostrophes straightened. */
export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[‘’ʼ`´]/g, "'")
    .toLowerCase();
}

/** A unit-length TF-IDF vector: term numbers ascending, with their weights and terms. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
  terms: readonly string[];
}

/**
 * Unseen documents assumed to hold none of the terms: in a small collection every shared word
 * would otherwise look common (in 2 of 3 documents) and weigh almost nothing.
 */
const PRIOR_DOCUMENTS = 5;

/** TF-IDF vectors (sublinear tf, smoothed idf, unit length) over one collection of documents. */
export function tfidfVectors(documents: ReadonlyMap<string, readonly string[]>): Map<string, SparseVector> {
  const df = documentFrequencies(documents.values());
  const number = new Map([...df.keys()].map((term, i) => [term, i]));
  const n = documents.size + PRIOR_DOCUMENTS;
  const vectors = new Map<string, SparseVector>();
  for (const [id, terms] of documents) {
    const entries = [...counts(terms)]
      .map(([term, count]) => ({
        term,
        id: number.get(term)!,
        weight: (1 + Math.log(count)) * Math.log((1 + n) / (1 + df.get(term)!)),
      }))
      .sort((x, y) => x.id - y.id);
    const length = Math.sqrt(entries.reduce((sum, e) => sum + e.weight * e.weight, 0)) || 1;
    vectors.set(id, {
      ids: Int32Array.from(entries, (e) => e.id),
      weights: Float64Array.from(entries, (e) => e.weight / length),
      terms: entries.map((e) => e.term),
    });
  }
  return vectors;
}

export function documentFrequencies(documents: Iterable<readonly string[]>): Map<string, number> {
  const df = new Map<string, number>();
  for (const terms of documents) for (const term of new Set(terms)) df.set(term, (df.get(term) ?? 0) + 1);
  return df;
}

/** Dot product of two unit vectors by a merge of their sorted term numbers. */
export function cosine(a: SparseVector, b: SparseVector): number {
  let dot = 0;
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length; ) {
    if (a.ids[i] === b.ids[j]) dot += a.weights[i++] * b.weights[j++];
    else if (a.ids[i] < b.ids[j]) i++;
    else j++;
  }
  return dot;
}

/** The k heaviest terms of a vector. */
export function vectorTopTerms(vector: SparseVector, k: number): string[] {
  return topTerms(
    vector.terms.map((term, i) => [term, vector.weights[i]] as const),
    k,
  );
}

/** The k heaviest terms, ties broken by the term, so the choice is deterministic. */
export function topTerms(weights: Iterable<readonly [string, number]>, k: number): string[] {
  return [...weights]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, k)
    .map(([term]) => term);
}

/**
 * Pairs of items that share at least one blocking key. A key held by more than `maxPosting`
 * items (a common word, a big country) tells nothing and would make the pairs quadratic: it is
 * skipped. Pairs come out once, ordered, each as [smaller id, larger id].
 */
export function candidatePairs(
  keysOf: ReadonlyMap<string, readonly string[]>,
  maxPosting: number,
): [string, string][] {
  const postings = new Map<string, string[]>();
  for (const [id, keys] of keysOf) {
    for (const key of new Set(keys)) {
      const list = postings.get(key) ?? [];
      list.push(id);
      postings.set(key, list);
    }
  }
  const pairs = new Map<string, [string, string]>();
  for (const list of postings.values()) {
    if (list.length > maxPosting) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const pair: [string, string] = list[i] < list[j] ? [list[i], list[j]] : [list[j], list[i]];
        pairs.set(`${pair[0]}\u0000${pair[1]}`, pair);
      }
    }
  }
  return [...pairs.entries()]
    .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
    .map(([, pair]) => pair);
}

/** 32-bit FNV-1a hash of a string, mixed with a seed. */
function hash32(text: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Hashes of the overlapping runs of `size` words (all of them when the text is shorter). */
export function shingles(tokens: readonly string[], size: number): Set<number> {
  const result = new Set<number>();
  if (tokens.length && tokens.length < size) result.add(hash32(tokens.join(" ")));
  for (let i = 0; i + size <= tokens.length; i++) result.add(hash32(tokens.slice(i, i + size).join(" ")));
  return result;
}

/** MinHash signature: for each of `length` seeded hash functions, the smallest shingle image. */
export function minhash(shingleSet: ReadonlySet<number>, length: number): number[] {
  const seeds = minhashSeeds(length);
  const signature = new Array<number>(length).fill(0xffffffff);
  for (const s of shingleSet) {
    for (let i = 0; i < length; i++) {
      const image = mix32(s ^ seeds[i]);
      if (image < signature[i]) signature[i] = image;
    }
  }
  return signature;
}

const seedCache: number[] = [];

function minhashSeeds(length: number): readonly number[] {
  for (let i = seedCache.length; i < length; i++) seedCache.push(hash32(`minhash seed ${i}`));
  return seedCache;
}

/** MurmurHash3's finalizer: a fast, well-mixed 32-bit permutation. */
function mix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Estimated Jaccard similarity of the shingle sets behind two signatures of the same length. */
export function signatureSimilarity(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return a.length ? same / a.length : 0;
}

/** LSH band keys of a signature: two items that share a band are candidate near-duplicates. */
export function bandKeys(signature: readonly number[], rows: number): string[] {
  const keys: string[] = [];
  for (let i = 0; i + rows <= signature.length; i += rows)
    keys.push(`b${i}:${signature.slice(i, i + rows).join(",")}`);
  return keys;
}
