// A saved corpus index, so that linking a store's articles need not start over each time: the
// index's state (entities, clusters, copies, stories) after a run of articles, serialized with
// node:v8 (which keeps maps, typed arrays and shared references). Articles' analyses are left out
// and named by id: the store holds them. A snapshot is only a shortcut: it is used only when it
// was written by this Sitrep over this knowledge and the articles it names are still, unchanged,
// the first ones of the store, so resuming from it gives what linking from scratch gives.
import { createHash, type Hash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import type { ArticleAnalysis } from "../analyze/types.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { GENERATOR } from "../version.js";
import { byString } from "./collect.js";
import type { Redate } from "./dating.js";
import { CorpusIndex, type CorpusIndexState } from "./incremental.js";

/** Bumped when the layout of a saved state changes. */
const FORMAT = 3;

/** An article as the store holds it: a snapshot must name the same content, not only the same id. */
export interface FoldedArticle {
  id: string;
  contentHash: string;
}

interface SavedIndex {
  format: number;
  fingerprint: string;
  folded: FoldedArticle[];
  state: CorpusIndexState;
}

/** The index, after exactly the `folded` articles in that order, as bytes to store. */
export function saveIndex(index: CorpusIndex, folded: readonly FoldedArticle[], kb: KnowledgeBase): Buffer {
  const saved: SavedIndex = {
    format: FORMAT,
    fingerprint: fingerprint(kb),
    folded: [...folded],
    state: index.state(),
  };
  return serialize(saved);
}

export interface ResumedIndex {
  index: CorpusIndex;
  /** How many of the given articles (the first ones) the index already holds. */
  folded: number;
}

/**
 * The saved index, when it was written over this knowledge by this Sitrep and the articles it
 * holds are the first of `articles`, unchanged; null otherwise (the caller starts afresh).
 */
export function resumeIndex(
  bytes: Uint8Array,
  articles: readonly { contentHash: string; analysis: ArticleAnalysis }[],
  kb: KnowledgeBase,
  redate?: Redate,
): ResumedIndex | null {
  const saved = readSaved(bytes);
  if (!saved || saved.format !== FORMAT || saved.fingerprint !== fingerprint(kb)) return null;
  const { folded } = saved;
  if (folded.length > articles.length) return null;
  const stillFirst = folded.every(
    (f, i) => f.id === articles[i].analysis.article.id && f.contentHash === articles[i].contentHash,
  );
  if (!stillFirst) return null;
  const { storyDates } = saved.state;
  // an index that dated articles by their stories goes on only with that dating
  if (storyDates.size && !redate) return null;
  const byId = new Map(articles.slice(0, folded.length).map((a) => [a.analysis.article.id, a.analysis]));
  for (const [id, published] of storyDates) byId.set(id, redate!(byId.get(id)!, published));
  const index = CorpusIndex.restore(kb, saved.state, (id) => byId.get(id)!, redate);
  return { index, folded: folded.length };
}

function readSaved(bytes: Uint8Array): SavedIndex | null {
  try {
    const saved = deserialize(bytes) as Partial<SavedIndex> | null;
    return saved && typeof saved === "object" && Array.isArray(saved.folded) ? (saved as SavedIndex) : null;
  } catch {
    // An unreadable snapshot (a torn write, another version's layout) is only a lost shortcut.
    return null;
  }
}

const fingerprints = new WeakMap<KnowledgeBase, string>();

/**
 * What a saved index depends on besides the articles: Sitrep's version, the link stage's own code
 * (so a changed build never resumes an older index) and the knowledge files.
 */
function fingerprint(kb: KnowledgeBase): string {
  let known = fingerprints.get(kb);
  if (!known) {
    const hash = createHash("sha256").update(GENERATOR.version);
    hashFiles(hash, dirname(fileURLToPath(import.meta.url)));
    for (const dir of kb.dir.split(delimiter)) hashFiles(hash, dir);
    known = hash.digest("hex");
    fingerprints.set(kb, known);
  }
  return known;
}

/** Adds the names and contents of a directory's files (not its subdirectories) to the hash. */
function hashFiles(hash: Hash, dir: string): void {
  const files = readdirSync(dir, { withFileTypes: true }).filter((f) => f.isFile());
  for (const { name } of files.sort((x, y) => byString(x.name, y.name)))
    hash.update(name).update(readFileSync(join(dir, name)));
}
