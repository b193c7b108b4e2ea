/**
 * `compute`, worked out at most once per key. For values asked for more than once, such as a
 * review's due date (date arithmetic) or an entity's back-references (a filter and a sort).
 * With a `limit`, the remembered values are forgotten all at once when there are that many: a
 * long-lived server sees ever new keys, and a bound keeps the memory of them small.
 */
export function remembered<K, V>(compute: (key: K) => V, limit = Infinity): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    // One lookup for a value known already; `has` only for one that may be undefined.
    const found = known.get(key);
    if (found !== undefined || known.has(key)) return found as V;
    const value = compute(key);
    if (known.size >= limit) known.clear();
    known.set(key, value);
    return value;
  };
}
