/**
 * `compute`, worked out at most once per key. For values a render asks for more than once, such
 * as a review's due date (date arithmetic) or an entity's back-references (a filter and a sort).
 */
export function remembered<K, V>(compute: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    // One lookup for a value known already; `has` only for one that may be undefined.
    const found = known.get(key);
    if (found !== undefined || known.has(key)) return found as V;
    const value = compute(key);
    known.set(key, value);
    return value;
  };
}
