// Small collection helpers shared by the link modules.
import { Journal } from "./journal.js";

/** How many times each item occurs. */
export function counts<T>(items: Iterable<T>): Map<T, number> {
  const result = new Map<T, number>();
  for (const item of items) result.set(item, (result.get(item) ?? 0) + 1);
  return result;
}

/** Appends a value to the list kept under a key. */
export function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Compares strings by code unit, for sorts that must not depend on the locale. */
export function byString(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * An inverted index from blocking keys to the items filed under them, in filing order. A key
 * bound to a period answers all its items unless it holds too many to tell anything (a common
 * word, a big country in a busy month); a timeless key (the undated items, or every item for an
 * undated one) answers only the latest few, the arrival order standing in for the missing date,
 * so that its answer does not grow with the corpus.
 */
export class Postings<T> {
  private readonly lists = new Map<string, T[]>();

  constructor(
    private readonly maxPosting: number,
    private readonly window: number,
    private readonly journal = new Journal(),
  ) {}

  /** The items under a key bound to a period; none when the key is too common. */
  holders(key: string): readonly T[] {
    const list = this.lists.get(key) ?? [];
    return list.length <= this.maxPosting ? list : [];
  }

  /** The latest items under a timeless key. */
  latest(key: string): readonly T[] {
    return (this.lists.get(key) ?? []).slice(-this.window);
  }

  file(key: string, item: T): void {
    this.journal.append(this.lists, key, item);
  }
}

/**
 * Gives an object read back from a snapshot (node:v8 keeps fields, not classes) its class again,
 * and the journal of the index it now belongs to (the saved one is a lifeless copy). Only for
 * classes whose every other field is data: no functions, no knowledge to re-read.
 */
export function revive<T extends object>(saved: object, kind: { prototype: T }, journal: Journal): T {
  return Object.assign(Object.setPrototypeOf(saved, kind.prototype), { journal }) as T;
}

/**
 * Items with unique ids, kept in order of their ids (by code unit) as they are placed and taken
 * out one at a time, each change noted in the journal: reading them in order costs no sort.
 */
export class OrderedById<T extends { id: string }> {
  private readonly items: T[] = [];

  constructor(private readonly journal: Journal) {}

  /** The items in order of their ids; read it before the next change. */
  get list(): readonly T[] {
    return this.items;
  }

  place(item: T): void {
    const at = this.positionOf(item.id);
    this.items.splice(at, 0, item);
    this.journal.record(() => this.items.splice(at, 1));
  }

  takeOut(item: T): void {
    const at = this.positionOf(item.id);
    if (this.items[at] !== item) throw new Error(`${item.id} is not placed`);
    this.items.splice(at, 1);
    this.journal.record(() => this.items.splice(at, 0, item));
  }

  /** Where an item with this id is, or would go. */
  private positionOf(id: string): number {
    let [low, high] = [0, this.items.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.items[middle].id < id) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
