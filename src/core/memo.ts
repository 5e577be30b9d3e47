// Per-word results computed once. A long editing session meets an unbounded stream of words, so each table is dropped
// whole when it passes its limit: cheaper than tracking recency, and the words in use come straight back.

/** `compute`, remembered per key; the table is emptied when it holds more than `limit` entries. */
export function boundedMemo<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const table = new Map<string, V>();
  return (key) => {
    let value = table.get(key);
    if (value === undefined) {
      value = compute(key);
      if (table.size > limit) table.clear();
      table.set(key, value);
    }
    return value;
  };
}
