// A cheap lower bound of the edit distance, from character counts: most candidates of a
// did-you-mean search are ruled out by it before an edit distance is computed.

/** A word's character counts, with the buckets it uses, to compare it with many candidates. */
export interface WordCounts {
  counts: Int32Array;
  used: number[];
  length: number;
}

/** `characterCounts` of a word, with the buckets it uses. */
export function wordCounts(word: string): WordCounts {
  const counts = characterCounts(word);
  return { counts, used: usedBuckets(counts), length: word.length };
}

/** Counts of characters by their code modulo 64 (ASCII letters, digits and `-` mostly apart). */
export function characterCounts(text: string): Int32Array {
  const counts = new Int32Array(64);
  for (let i = 0; i < text.length; i++) counts[text.charCodeAt(i) & 63]! += 1;
  return counts;
}

/** The buckets of `characterCounts` that hold any character. */
function usedBuckets(counts: Int32Array): number[] {
  const used: number[] = [];
  counts.forEach((count, bucket) => count > 0 && used.push(bucket));
  return used;
}

/**
 * Whether two texts' character counts prove their edit distance above `limit`: every character the
 * word has in excess needs its own deletion or substitution, and so does every one the candidate
 * has in excess (that many more as it is longer). Only the word's used buckets are read, and the
 * loop stops as soon as the proof is found.
 */
export function provenFar(word: WordCounts, other: Int32Array, otherLength: number, limit: number): boolean {
  const extra = otherLength - word.length;
  let wordExcess = 0;
  for (const bucket of word.used) {
    const difference = word.counts[bucket]! - other[bucket]!;
    if (difference > 0 && (wordExcess += difference) > limit) return true;
  }
  return wordExcess + extra > limit;
}
