/**
 * `compute`, worked out at most once per key. For values a render asks for more than once, such
 * as a review's due date (date arithmetic) or an entity's back-references (a filter and a sort).
 */
export function remembered<K, V>(compute: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    if (known.has(key)) return known.get(key)!;
    const value = compute(key);
    known.set(key, value);
    return value;
  };
}
