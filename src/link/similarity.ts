// Text similarity for the corpus stage: content terms, TF-IDF vectors, word shingles with
// MinHash, and blocking (an inverted index over a few keys per item) so that linking compares
// an item only with the items that share a key, never with the whole corpus.

import { counts } from "./collect.js";
import { Journal } from "./journal.js";

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
 * Unseen documents assumed to hold none of the terms: in a small collection (or early in a
 * growing one) every shared word would otherwise look common (in 2 of 3 documents) and weigh
 * almost nothing.
 */
export const PRIOR_DOCUMENTS = 5;

/** TF-IDF vectors (sublinear tf, smoothed idf, unit length) over one collection of documents. */
export function tfidfVectors(documents: ReadonlyMap<string, readonly string[]>): Map<string, SparseVector> {
  const space = new TermSpace();
  const counted = [...documents].map(([id, terms]) => [id, space.add(terms)] as const);
  return new Map(counted.map(([id, counts]) => [id, space.vector(counts)]));
}

/** A document's term counts by term number, term numbers ascending. */
export interface TermCounts {
  ids: Int32Array;
  counts: Float64Array;
}

/**
 * A growing collection: its term numbers and document frequencies. A document's vector is
 * weighed with the frequencies of the moment it is asked for, so it follows the collection.
 */
export class TermSpace {
  private readonly numbers = new Map<string, number>();
  private readonly termOf: string[] = [];
  private readonly frequencies: number[] = [];
  private documents = 0;

  constructor(private readonly journal = new Journal()) {}

  /** Counts one more document; returns its term counts. */
  add(terms: readonly string[]): TermCounts {
    this.countDocument();
    const entries = [...counts(terms)].map(([term, count]) => [this.number(term), count] as const);
    for (const [id] of entries) this.countTerm(id);
    entries.sort((x, y) => x[0] - y[0]);
    return { ids: Int32Array.from(entries, (e) => e[0]), counts: Float64Array.from(entries, (e) => e[1]) };
  }

  /** The counts of a document already added with one more term, once (the term's frequency follows). */
  withTerm(tf: TermCounts, term: string): TermCounts {
    const id = this.number(term);
    const at = tf.ids.findIndex((x) => x >= id);
    if (tf.ids[at] === id) return tf;
    this.countTerm(id);
    const end = at < 0 ? tf.ids.length : at;
    return {
      ids: Int32Array.from([...tf.ids.subarray(0, end), id, ...tf.ids.subarray(end)]),
      counts: Float64Array.from([...tf.counts.subarray(0, end), 1, ...tf.counts.subarray(end)]),
    };
  }

  /** The unit TF-IDF vector of a document's term counts. */
  vector(tf: TermCounts): SparseVector {
    const n = this.documents + PRIOR_DOCUMENTS;
    const weights = Float64Array.from(
      tf.ids,
      (id, i) => (1 + Math.log(tf.counts[i])) * Math.log((1 + n) / (1 + this.frequencies[id])),
    );
    const length = Math.sqrt(weights.reduce((sum, w) => sum + w * w, 0)) || 1;
    return {
      ids: tf.ids,
      weights: weights.map((w) => w / length),
      terms: Array.from(tf.ids, (id) => this.termOf[id]),
    };
  }

  private countDocument(): void {
    const documents = this.documents++;
    this.journal.record(() => {
      this.documents = documents;
    });
  }

  private countTerm(id: number): void {
    this.journal.assign(this.frequencies, id, this.frequencies[id] + 1);
  }

  private number(term: string): number {
    let id = this.numbers.get(term);
    if (id === undefined) {
      id = this.termOf.length;
      this.journal.set(this.numbers, term, id);
      this.journal.push(this.termOf, term);
      this.journal.push(this.frequencies, 0);
    }
    return id;
  }
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

/** How many terms two vectors share. */
export function sharedTerms(a: SparseVector, b: SparseVector): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length; ) {
    if (a.ids[i] === b.ids[j]) {
      shared++;
      i++;
      j++;
    } else if (a.ids[i] < b.ids[j]) i++;
    else j++;
  }
  return shared;
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
