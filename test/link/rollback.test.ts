// Checkpoints of the corpus index: a tail of articles added after a checkpoint and rolled back
// leaves the index exactly as an index that never saw the tail, whatever the tail shared with the
// articles before it (entities, event clusters, stories, reprints), however often it is done.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readInputs } from "../../src/acquire/index.js";
import { analyzeArticle } from "../../src/analyze/pipeline.js";
import type { ArticleAnalysis, LocalEntity } from "../../src/analyze/types.js";
import { cleanDocument } from "../../src/clean/index.js";
import { CorpusIndex } from "../../src/link/incremental.js";
import { resumeIndex, saveIndex } from "../../src/link/snapshot.js";
import { HAS_SHARED, noticeIfNoShared, SHARED } from "../helpers/shared.js";
import { exampleAnalyses, exampleKnowledge as kb, later } from "./examples.js";

const BASIL = join(SHARED, "external", "basil", "input", "articles.jsonl");
const HAS_BASIL = HAS_SHARED && existsSync(BASIL);
if (!HAS_BASIL) noticeIfNoShared("checkpoint rollback over BASIL articles");
/** BASIL articles taken (in file order, a run of triplets) beside the example corpus. */
const BASIL_ARTICLES = 60;

/** Articles by publication date (undated last), then id: the order a live store links them in. */
function inPublicationOrder(list: readonly ArticleAnalysis[]): ArticleAnalysis[] {
  const key = (a: ArticleAnalysis) => `${a.article.published?.date ?? "9999"}\u0000${a.article.id}`;
  return [...list].sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
}

async function basilAnalyses(count: number): Promise<ArticleAnalysis[]> {
  const analyses: ArticleAnalysis[] = [];
  for await (const item of readInputs([BASIL])) {
    if (analyses.length === count) break;
    if (item.kind === "document") analyses.push(analyzeArticle(cleanDocument(item.document, kb), kb));
  }
  return analyses;
}

function indexOf(list: readonly ArticleAnalysis[]): CorpusIndex {
  const index = new CorpusIndex(kb);
  for (const a of list) index.add(a);
  return index;
}

/**
 * A digest of a value that does not depend on the insertion order of maps and sets: a rollback
 * puts a deleted entry back at the end, and nothing the index reads depends on that order.
 * Each object is digested once, so shared ones (an event under many blocking keys) cost little.
 */
function digest(value: unknown, known = new Map<object, string>()): string {
  if (typeof value === "function") throw new Error("a function in the state");
  if (typeof value !== "object" || value === null) return `${typeof value}:${String(value)}`;
  const seen = known.get(value);
  if (seen === "") throw new Error("a cycle in the state");
  if (seen) return seen;
  known.set(value, "");
  const of = (v: unknown) => digest(v, known);
  const parts =
    value instanceof Map
      ? [...value].map(([k, v]) => `${of(k)}=${of(v)}`).sort()
      : value instanceof Set
        ? [...value].map(of).sort()
        : Array.isArray(value) || ArrayBuffer.isView(value)
          ? Array.from(value as ArrayLike<unknown>, of)
          : Object.entries(value).map(([k, v]) => `${k}:${of(v)}`);
  const kind = Object.getPrototypeOf(value)?.constructor?.name ?? "null";
  const result = createHash("sha1")
    .update(`${kind}(${parts.join(",")})`)
    .digest("hex");
  known.set(value, result);
  return result;
}

/** What an index shows and holds: its picture and a digest of its state. */
function seen(index: CorpusIndex): { picture: string; state: string } {
  const picture = JSON.stringify(index.picture());
  return { picture, state: digest(index.state()) };
}

/** The tail added tentatively, read as the server reads it, then rolled back. */
function tryTail(index: CorpusIndex, tail: readonly ArticleAnalysis[], read: "picture" | "update"): void {
  const mark = index.checkpoint();
  for (const a of tail) index.add(a);
  if (read === "picture") index.picture();
  else index.update();
  index.rollback(mark);
}

/** A person named by two words, with no country or role yet. */
function isPlainPerson(e: LocalEntity): boolean {
  return e.key.startsWith("new:PERSON:") && e.name.split(" ").length === 2 && !e.country && !e.role;
}

/**
 * A copy of an article whose first plain person is named with a middle initial ("Jonas Q. Heller")
 * and given a country and a role: the corpus entity it joins takes all three.
 */
function withFullerPerson(a: ArticleAnalysis, id: string): ArticleAnalysis {
  const person = a.entities.find(isPlainPerson)!;
  const [first, last] = person.name.split(" ");
  const fuller = { ...person, name: `${first} Q. ${last}`, country: "XQZ", role: "Spokesman" };
  return { ...later(a, 0, id), entities: a.entities.map((e) => (e === person ? fuller : e)) };
}

/**
 * Tails after the first k articles: the articles that follow, copies of earlier ones (same text,
 * events and entities, so they join their reprint groups, clusters and stories), a copy dated a
 * year earlier (a new original for a reprint group already linked), a copy that tells more of a
 * person already known, and one id given to two different articles, so that nothing kept by id
 * survives a rollback.
 */
function tailsAfter(list: readonly ArticleAnalysis[], k: number): Record<string, ArticleAnalysis[]> {
  const [first, last] = [list[0], list[k - 1]];
  const named = list.slice(0, k).find((a) => a.entities.some(isPlainPerson));
  return {
    ...(named && { fullerPerson: [withFullerPerson(named, "fuller-person")] }),
    following: list.slice(k, k + 3),
    copies: [later(first, 0, "copy-of-first"), later(last, 0, "copy-of-last"), ...list.slice(k, k + 1)],
    earlierReprint: [later(last, -1, "earlier-reprint"), later(last, 0, "copy-of-last")],
    reusedIdA: [later(first, 0, "reused")],
    reusedIdB: [later(last, 0, "reused"), later(list[k >> 1], 0, "copy-of-middle")],
  };
}

function checkpointSuite(name: string, corpus: () => ArticleAnalysis[]) {
  describe(name, () => {
    const splits = () => {
      const n = corpus().length;
      return [1, n >> 2, n >> 1, n - 3];
    };

    it("after a tail is rolled back, shows and holds what the articles before it give", () => {
      const list = corpus();
      for (const k of splits()) {
        const prefix = list.slice(0, k);
        const expected = seen(indexOf(prefix));
        for (const [tail, articles] of Object.entries(tailsAfter(list, k))) {
          const index = indexOf(prefix);
          index.picture();
          tryTail(index, articles, "picture");
          expect(seen(index), `split ${k}, tail ${tail}`).toEqual(expected);
        }
      }
    });

    it("rolls back to a checkpoint taken before the changed stories were brought up to date", () => {
      const list = corpus();
      const k = list.length >> 1;
      const prefix = list.slice(0, k);
      const expected = indexOf(prefix);
      const index = indexOf(prefix);
      tryTail(index, tailsAfter(list, k).copies, "update");
      expect(digest(index.state())).toBe(digest(expected.state()));
      expect(seen(index)).toEqual(seen(expected));
    });

    it("then gives, with a different tail, what the articles before and that tail give", () => {
      const list = corpus();
      for (const k of splits()) {
        const prefix = list.slice(0, k);
        const tails = tailsAfter(list, k);
        const index = indexOf(prefix);
        tryTail(index, tails.reusedIdA, "picture");
        const mark = index.checkpoint();
        for (const a of tails.reusedIdB) index.add(a);
        const expected = JSON.stringify(indexOf([...prefix, ...tails.reusedIdB]).picture());
        const picture = index.picture();
        expect(JSON.stringify(picture), `split ${k}`).toBe(expected);
        index.rollback(mark);
        // a server keeps serving the picture it read: the rollback must not change it
        expect(JSON.stringify(picture), `split ${k}, after the rollback`).toBe(expected);
      }
    });

    it("stays exact over repeated checkpoints and rollbacks", () => {
      const list = corpus();
      const k = list.length >> 1;
      const prefix = list.slice(0, k);
      const index = indexOf(prefix);
      const tails = Object.values(tailsAfter(list, k));
      for (const [cycle, tail] of tails.entries()) tryTail(index, tail, cycle % 2 ? "update" : "picture");
      expect(seen(index)).toEqual(seen(indexOf(prefix)));
    });

    it("adds for good after a rollback, and keeps a committed tail", () => {
      const list = corpus();
      const k = list.length >> 1;
      const prefix = list.slice(0, k);
      const { copies, earlierReprint } = tailsAfter(list, k);
      const index = indexOf(prefix);
      tryTail(index, copies, "picture");
      for (const a of earlierReprint) index.add(a);
      expect(seen(index)).toEqual(seen(indexOf([...prefix, ...earlierReprint])));
      const mark = index.checkpoint();
      for (const a of copies) index.add(a);
      index.commit(mark);
      expect(seen(index)).toEqual(seen(indexOf([...prefix, ...earlierReprint, ...copies])));
    });
  });
}

let examples: ArticleAnalysis[] = [];
let basil: ArticleAnalysis[] = [];

beforeAll(async () => {
  examples = inPublicationOrder(await exampleAnalyses());
  if (HAS_BASIL) basil = inPublicationOrder([...examples, ...(await basilAnalyses(BASIL_ARTICLES))]);
}, 120_000);

checkpointSuite("CorpusIndex checkpoint, example corpus", () => examples);
describe.skipIf(!HAS_BASIL)("with BASIL", () => {
  checkpointSuite("CorpusIndex checkpoint, example corpus and BASIL", () => basil);
});

describe("CorpusIndex checkpoint", () => {
  it("takes checkpoints inside checkpoints, and no snapshot while one is open", () => {
    const index = indexOf(examples.slice(0, 3));
    const expected = JSON.stringify(index.picture());
    const outer = index.checkpoint();
    index.add(examples[3]);
    const middle = JSON.stringify(index.picture());
    const inner = index.checkpoint();
    index.add(examples[4]);
    expect(() => index.state()).toThrow(/checkpoint is open/);
    expect(() => index.commit(outer)).toThrow(/innermost/);
    index.rollback(inner);
    expect(JSON.stringify(index.picture())).toBe(middle);
    const again = index.checkpoint();
    index.add(examples[5]);
    // rolling back the outer checkpoint closes the one inside it too
    index.rollback(outer);
    expect(JSON.stringify(index.picture())).toBe(expected);
    expect(() => index.rollback(again)).toThrow(/no such checkpoint/);
    expect(() => index.commit(outer)).toThrow(/no such checkpoint/);
    expect(() => index.state()).not.toThrow();
  });

  it("rolls back an index resumed from a snapshot", () => {
    const k = examples.length >> 1;
    const prefix = examples.slice(0, k);
    const stored = prefix.map((analysis) => ({ analysis, contentHash: analysis.article.id }));
    const folded = stored.map((s) => ({ id: s.analysis.article.id, contentHash: s.contentHash }));
    const resumed = resumeIndex(saveIndex(indexOf(prefix), folded, kb), stored, kb)!.index;
    tryTail(resumed, tailsAfter(examples, k).copies, "picture");
    expect(seen(resumed)).toEqual(seen(indexOf(prefix)));
  });
});
