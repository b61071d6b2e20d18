// Average-link agglomerative grouping over a sparse similarity graph, grown one item at a time:
// two groups whose members are on average similar enough merge, the most similar pair first.
// Pairs absent from the graph count as similarity 0, so a group never merges on one chance link
// (single-link chaining). A new item can change only the groups it links to: those are taken
// apart and grouped again together with it, so a group formed before its true partners arrived
// can still split, and the work grows with the neighbourhood, not with the corpus.
import { Journal } from "./journal.js";

export interface WeightedPair {
  a: string;
  b: string;
  similarity: number;
}

/** A link from a new item to an item already grouped. */
export interface Link {
  other: string;
  similarity: number;
}

/** Groups of ids (each sorted, groups ordered by their first id); every id is in one group. */
export function averageLinkGroups(
  ids: readonly string[],
  pairs: readonly WeightedPair[],
  threshold: number,
): string[][] {
  const position = new Map(ids.map((id, i) => [id, i]));
  const linksOf = new Map<string, Link[]>(ids.map((id) => [id, []]));
  for (const { a, b, similarity } of pairs) {
    const [earlier, later] = position.get(a)! < position.get(b)! ? [a, b] : [b, a];
    linksOf.get(later)?.push({ other: earlier, similarity });
  }
  const groups = new AverageLinkGroups(threshold);
  for (const id of ids) groups.add(id, linksOf.get(id)!);
  return groups.all();
}

/** What adding an item changed: the groups whose members changed (by name), and the names that are gone. */
export interface GroupChange {
  groups: string[];
  removed: string[];
}

export class AverageLinkGroups {
  /** Group name (its smallest id) -> members. */
  private readonly members = new Map<string, string[]>();
  private readonly groupOf = new Map<string, string>();
  /** Item -> linked item -> similarity. */
  private readonly edges = new Map<string, Map<string, number>>();

  constructor(
    private readonly threshold: number,
    private readonly journal = new Journal(),
  ) {}

  /** Adds an item with its links to items already added, and regroups its neighbourhood. */
  add(id: string, links: readonly Link[]): GroupChange {
    // the new item's own edges are new, so only its entry and the others' need the journal
    const own = new Map(links.map((l) => [l.other, l.similarity]));
    this.journal.set(this.edges, id, own);
    for (const { other, similarity } of links) this.journal.set(this.edges.get(other)!, id, similarity);
    const before = [...new Set(links.map((l) => this.groupOf.get(l.other)!))].sort();
    const kept = new Map(before.map((g) => [g, this.members.get(g)!.join("\u0000")]));
    const items = [id, ...before.flatMap((g) => this.members.get(g)!)].sort();
    for (const g of before) this.journal.delete(this.members, g);
    const regrouped = agglomerate(items, this.edges, this.threshold);
    for (const group of regrouped) this.file(group);
    const names = new Set(regrouped.map((g) => g[0]));
    return {
      groups: regrouped.filter((g) => kept.get(g[0]) !== g.join("\u0000")).map((g) => g[0]),
      removed: before.filter((g) => !names.has(g)),
    };
  }

  group(id: string): string {
    return this.groupOf.get(id)!;
  }

  membersOf(group: string): readonly string[] {
    return this.members.get(group)!;
  }

  /** Every group, each sorted, ordered by first id. */
  all(): string[][] {
    return [...this.members.values()].sort((x, y) => (x[0] < y[0] ? -1 : 1));
  }

  private file(group: string[]): void {
    this.journal.set(this.members, group[0], group);
    for (const id of group) this.journal.set(this.groupOf, id, group[0]);
  }
}

interface Candidate {
  score: number;
  a: string;
  b: string;
  /** Group sizes when the candidate was computed; a merge since then makes it stale. */
  sizeA: number;
  sizeB: number;
}

/**
 * Average-link grouping of a set of items by their edges among themselves: sorted groups, each
 * named by its first id. Merges the pair of groups of highest average similarity first.
 */
function agglomerate(
  items: readonly string[],
  edges: ReadonlyMap<string, ReadonlyMap<string, number>>,
  threshold: number,
): string[][] {
  const inside = new Set(items);
  const members = new Map<string, string[]>(items.map((id) => [id, [id]]));
  const links = new Map<string, Map<string, number>>(
    items.map((id) => [id, new Map([...edges.get(id)!].filter(([other]) => inside.has(other)))]),
  );
  const heap = new MaxHeap<Candidate>(better);
  const propose = (a: string, b: string, sum: number) => {
    const [x, y] = a < b ? [a, b] : [b, a];
    const sizeA = members.get(x)!.length;
    const sizeB = members.get(y)!.length;
    const score = sum / (sizeA * sizeB);
    if (score >= threshold) heap.push({ score, a: x, b: y, sizeA, sizeB });
  };
  for (const [a, neighbours] of links) for (const [b, sum] of neighbours) if (a < b) propose(a, b, sum);
  for (let top = heap.pop(); top; top = heap.pop()) {
    const ma = members.get(top.a);
    const mb = members.get(top.b);
    if (!ma || !mb || ma.length !== top.sizeA || mb.length !== top.sizeB) continue; // stale
    merge(top.a, top.b, members, links);
    for (const [c, sum] of links.get(top.a)!) propose(top.a, c, sum);
  }
  return [...members.values()].map((m) => m.sort());
}

/** Moves group b into group a (a < b, so a group is named by its smallest id). */
function merge(
  a: string,
  b: string,
  members: Map<string, string[]>,
  links: Map<string, Map<string, number>>,
) {
  members.get(a)!.push(...members.get(b)!);
  members.delete(b);
  const linksA = links.get(a)!;
  for (const [c, sum] of links.get(b)!) {
    if (c === a) continue;
    linksA.set(c, (linksA.get(c) ?? 0) + sum);
    const linksC = links.get(c)!;
    linksC.set(a, (linksC.get(a) ?? 0) + sum);
    linksC.delete(b);
  }
  linksA.delete(b);
  links.delete(b);
}

function better(x: Candidate, y: Candidate): boolean {
  if (x.score !== y.score) return x.score > y.score;
  return x.a !== y.a ? x.a < y.a : x.b < y.b;
}

/** A binary heap; `before(x, y)` says x comes out first. */
class MaxHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly before: (x: T, y: T) => boolean) {}

  push(item: T): void {
    const items = this.items;
    items.push(item);
    for (let i = items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!this.before(items[i], items[parent])) break;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length && last !== undefined) {
      items[0] = last;
      this.siftDown(0);
    }
    return top;
  }

  private siftDown(start: number): void {
    const items = this.items;
    for (let i = start; ; ) {
      let best = i;
      for (const child of [2 * i + 1, 2 * i + 2]) {
        if (child < items.length && this.before(items[child], items[best])) best = child;
      }
      if (best === i) return;
      [items[i], items[best]] = [items[best], items[i]];
      i = best;
    }
  }
}
