// Average-link agglomerative grouping over a sparse similarity graph: the two groups whose
// members are on average the most similar merge first, until no pair of groups reaches the
// threshold. Pairs absent from the graph count as similarity 0, so a group never merges on one
// chance link (single-link chaining), and the work grows with the edges, not with n².

export interface WeightedPair {
  a: string;
  b: string;
  similarity: number;
}

interface Candidate {
  score: number;
  a: string;
  b: string;
  /** Group sizes when the candidate was computed; a merge since then makes it stale. */
  sizeA: number;
  sizeB: number;
}

/** Groups of ids (each sorted, groups ordered by their first id); every id is in one group. */
export function averageLinkGroups(
  ids: readonly string[],
  pairs: readonly WeightedPair[],
  threshold: number,
): string[][] {
  const members = new Map<string, string[]>(ids.map((id) => [id, [id]]));
  const links = new Map<string, Map<string, number>>(ids.map((id) => [id, new Map()]));
  for (const { a, b, similarity } of pairs) {
    links.get(a)?.set(b, similarity);
    links.get(b)?.set(a, similarity);
  }
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
  return [...members.values()].map((m) => m.sort()).sort((x, y) => (x[0] < y[0] ? -1 : 1));
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
