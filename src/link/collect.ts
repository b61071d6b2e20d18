// Small collection helpers shared by the link modules.

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
