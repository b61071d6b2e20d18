// Copy detection: reprints of one text (the same wire story carried by two outlets) and passages
// one outlet took from another. Copies are one source, not corroboration.
import type { Article } from "../contract/types.js";
import { Journal } from "./journal.js";
import { bandKeys, minhash, shingles, signatureSimilarity, words } from "./similarity.js";

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
  const index = new CopyIndex();
  for (const a of articles) index.add(a);
  return new Map(articles.map((a) => [a.id, index.originalOf(a.id)]));
}

/**
 * Reprint groups grown one article at a time: a new article is compared only with the articles
 * that share one of its LSH bands (locality-sensitive hashing of its MinHash signature), so adding
 * one costs the same in a corpus of a hundred articles as in one of ten thousand. The groups do not
 * depend on the order of addition: each is named by its earliest article.
 */
export class CopyIndex {
  private readonly signatures = new Map<string, number[]>();
  private readonly bands = new Map<string, string[]>();
  /** Union-find parent of each article; a root is the earliest article of its group. */
  private readonly parent = new Map<string, string>();
  private readonly order = new Map<string, string>();
  /** Root -> the articles of its group. */
  private readonly members = new Map<string, string[]>();

  constructor(private readonly journal = new Journal()) {}

  /** Files the article; returns the articles whose original changed (a new earliest reprint). */
  add(article: Article): string[] {
    const signature = minhash(shingles(words(article.text), ARTICLE_SHINGLE), SIGNATURE_LENGTH);
    const journal = this.journal;
    journal.set(this.signatures, article.id, signature);
    journal.set(this.parent, article.id, article.id);
    journal.set(this.members, article.id, [article.id]);
    journal.set(this.order, article.id, sortKey(article));
    const changed: string[] = [];
    for (const other of this.candidates(article.id, signature)) {
      if (signatureSimilarity(signature, this.signatures.get(other)!) >= REPRINT_SIMILARITY)
        changed.push(...this.union(article.id, other));
    }
    return changed;
  }

  /** The earliest article of the reprint group of an added article. */
  originalOf(id: string): string {
    let root = id;
    for (let up = this.parent.get(root); up !== undefined && up !== root; up = this.parent.get(root))
      root = up;
    return root;
  }

  /** Articles sharing a band with the signature (a band held by too many is skipped); files it. */
  private candidates(id: string, signature: readonly number[]): Set<string> {
    const found = new Set<string>();
    for (const key of bandKeys(signature, BAND_ROWS)) {
      const holders = this.bands.get(key) ?? [];
      if (holders.length < MAX_POSTING) for (const other of holders) found.add(other);
      this.journal.append(this.bands, key, id);
    }
    return found;
  }

  /** Joins the groups of a and b; returns the members of the group whose root gave way. */
  private union(a: string, b: string): string[] {
    const [ra, rb] = [this.originalOf(a), this.originalOf(b)];
    if (ra === rb) return [];
    const [root, joined] = this.order.get(ra)! <= this.order.get(rb)! ? [ra, rb] : [rb, ra];
    this.journal.set(this.parent, joined, root);
    const moved = this.members.get(joined)!;
    this.journal.push(this.members.get(root)!, ...moved);
    this.journal.delete(this.members, joined);
    return moved;
  }
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
