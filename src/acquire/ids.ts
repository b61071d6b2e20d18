// Article ids stay unique within a run: a repeated id gets "-2", "-3", ... in input order.

export class IdAllocator {
  readonly #taken = new Set<string>();

  take(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.#taken.has(id); n++) id = `${wanted}-${n}`;
    this.#taken.add(id);
    return id;
  }
}
