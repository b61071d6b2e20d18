// A memo for the pure string functions on the hot path of recognition: news repeats its words and
// names, so most calls find their answer. The memo is emptied whole when it reaches its limit,
// which bounds its memory with no bookkeeping per entry.

export function boundedMemo<T>(compute: (key: string) => T, limit: number): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      if (memo.size >= limit) memo.clear();
      value = compute(key);
      memo.set(key, value);
    }
    return value;
  };
}
