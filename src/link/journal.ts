// An undo journal for the corpus index: while a checkpoint is open, every change to the index's
// containers and fields is made through the journal, which notes how to take it back; a rollback
// replays those notes newest first, so the index returns to the checkpoint in time proportional
// to what changed since, not to the corpus. With no checkpoint open the journal only makes the
// change (one null check more), so batch linking costs what it did. A structure made on its own
// (outside a corpus index) gets a journal of its own, which never opens a checkpoint.
//
// One thing a rollback does not restore is where a deleted map or set entry stood in the
// insertion order: it comes back last. Nothing in the index reads that order (every reader sorts
// or looks up by key), so every later add, update and picture is the same; only a snapshot's
// bytes may list such entries in another order.

type Undo = () => void;

/** Anything keyed that can be set and deleted: Map and WeakMap. */
interface Keyed<K, V> {
  has(key: K): boolean;
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
  delete(key: K): boolean;
}

/** A checkpoint of a journal: hand it back to roll back to it, or to keep what came after. */
export interface Checkpoint {
  readonly journal: Journal;
  /** How many undo steps were noted before it. */
  readonly at: number;
}

export class Journal {
  /** Undo steps since the outermost open checkpoint, oldest first; null when none is open. */
  private undo: Undo[] | null = null;
  /** The open checkpoints, outermost first: a checkpoint may be taken inside another. */
  private readonly open: Checkpoint[] = [];

  /** Starts recording, or marks a point inside the checkpoints already open. */
  checkpoint(): Checkpoint {
    this.undo ??= [];
    const mark = { journal: this, at: this.undo.length };
    this.open.push(mark);
    return mark;
  }

  /**
   * Takes back every change since the checkpoint, newest first, and closes it with every
   * checkpoint taken inside it.
   */
  rollback(mark: Checkpoint): void {
    const undo = this.undo!;
    this.close(mark);
    for (let i = undo.length - 1; i >= mark.at; i--) undo[i]();
    undo.length = mark.at;
  }

  /** Keeps every change since the checkpoint and closes it; it must be the innermost one open. */
  commit(mark: Checkpoint): void {
    const innermost = this.open.at(-1) === mark;
    if (!innermost && this.open.includes(mark))
      throw new Error("only the innermost open checkpoint can be kept");
    this.close(mark);
  }

  get recording(): boolean {
    return this.undo !== null;
  }

  /** Notes how to take back a change made outside the journal's helpers. */
  record(undo: Undo): void {
    this.undo?.push(undo);
  }

  set<K, V>(map: Keyed<K, V>, key: K, value: V): void {
    if (this.undo) this.undo.push(restoreEntry(map, key));
    map.set(key, value);
  }

  delete<K, V>(map: Keyed<K, V>, key: K): void {
    if (this.undo && map.has(key)) this.undo.push(restoreEntry(map, key));
    map.delete(key);
  }

  /** Appends a value to the list kept under a key (see addTo). */
  append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
    const list = map.get(key);
    if (list) this.push(list, value);
    else this.set(map, key, [value]);
  }

  add<T>(set: Set<T>, value: T): void {
    if (this.undo && !set.has(value)) this.undo.push(() => set.delete(value));
    set.add(value);
  }

  remove<T>(set: Set<T>, value: T): void {
    if (this.undo && set.has(value)) this.undo.push(() => set.add(value));
    set.delete(value);
  }

  clear<T>(set: Set<T>): void {
    if (this.undo && set.size) {
      const held = [...set];
      this.undo.push(() => {
        for (const value of held) set.add(value);
      });
    }
    set.clear();
  }

  push<T>(list: T[], ...values: T[]): void {
    if (this.undo) {
      const length = list.length;
      this.undo.push(() => {
        list.length = length;
      });
    }
    list.push(...values);
  }

  /** Sets a field (or an array element) of an object. */
  assign<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): void {
    if (this.undo) {
      const before = target[key];
      this.undo.push(() => {
        target[key] = before;
      });
    }
    target[key] = value;
  }

  /** Closes the checkpoint and those inside it; with none left open, recording stops. */
  private close(mark: Checkpoint): void {
    const depth = this.open.indexOf(mark);
    if (depth < 0) throw new Error("no such checkpoint is open");
    this.open.length = depth;
    if (depth === 0) this.undo = null;
  }
}

function restoreEntry<K, V>(map: Keyed<K, V>, key: K): Undo {
  if (!map.has(key)) return () => map.delete(key);
  const before = map.get(key) as V;
  return () => map.set(key, before);
}
