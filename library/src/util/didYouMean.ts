import { distance } from 'fastest-levenshtein';

/** Beyond this many edits a word is no typo of a candidate, however long both are. */
export const MAX_TYPO_EDITS = 8;

/**
 * The work the did-you-mean search may do for one lint of a project, in comparisons: a candidate
 * whose length is in reach counts one, an edit distance one per 32×32 characters of the two words
 * (about a fifth of a microsecond each). Far above what real projects use; a hostile project of
 * thousands of long unknown ids stops getting suggestions when it is spent (after about a second)
 * instead of taking minutes.
 */
export const COMPARISON_BUDGET = 2_000_000;

/** What is left of a `COMPARISON_BUDGET`, shared by the matchers of one lint. */
export interface TypoBudget {
  left: number;
}

/** A fresh budget for one lint of a project. */
export function typoBudget(): TypoBudget {
  return { left: COMPARISON_BUDGET };
}

/** The candidate closest to a mistyped word, when it is close enough to be a likely typo. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  return typoMatcher(candidates)(word);
}

interface Candidate {
  id: string;
  lower: string;
  /** Character counts, computed when first needed. */
  counts?: Int32Array;
}

/**
 * `didYouMean` against one list of candidates, for many words, in near-linear time: candidates are
 * grouped by length and only those whose length is within reach are looked at; a count of their
 * characters rules most of them out before an edit distance is computed; answers are memoised per
 * word; and it stops suggesting once `budget` is spent.
 */
export function typoMatcher(candidates: Iterable<string>, budget: TypoBudget = typoBudget()): (word: string) => string | undefined {
  const byLength = new Map<number, Candidate[]>();
  for (const id of candidates) {
    const lower = id.toLowerCase();
    const bucket = byLength.get(lower.length);
    if (bucket) bucket.push({ id, lower });
    else byLength.set(lower.length, [{ id, lower }]);
  }
  // The same unknown id is often written in many places.
  const answers = new Map<string, string | undefined>();
  return (word) => {
    if (answers.has(word)) return answers.get(word);
    const lower = word.toLowerCase();
    const limit = Math.min(MAX_TYPO_EDITS, Math.max(2, Math.floor(word.length / 3)));
    // Short words are compared at once: their edit distance costs no more than the bound below.
    const counts = lower.length > 32 ? wordCounts(lower) : undefined;
    let best: string | undefined;
    let bestDistance = Infinity;
    // Nearest lengths first: the edit distance is at least the difference in length.
    for (let gap = 0; gap <= Math.min(limit, bestDistance); gap++) {
      for (const length of gap === 0 ? [lower.length] : [lower.length - gap, lower.length + gap]) {
        for (const candidate of byLength.get(length) ?? []) {
          if (budget.left <= 0) return remember(answers, word, undefined);
          budget.left -= 1;
          if (candidate.id === word) continue;
          if (counts && provenFar(counts, (candidate.counts ??= characterCounts(candidate.lower)), length, Math.min(limit, bestDistance))) continue;
          budget.left -= Math.ceil(length / 32) * Math.ceil(lower.length / 32);
          const d = candidate.lower === lower ? 0.5 : distance(lower, candidate.lower);
          if (d < bestDistance || (d === bestDistance && best !== undefined && candidate.id < best)) {
            best = candidate.id;
            bestDistance = d;
          }
        }
      }
    }
    return remember(answers, word, bestDistance <= limit ? best : undefined);
  };
}

function remember(answers: Map<string, string | undefined>, word: string, answer: string | undefined): string | undefined {
  answers.set(word, answer);
  return answer;
}

/** A word's character counts, with the buckets it uses, to compare it with many candidates. */
interface WordCounts {
  counts: Int32Array;
  used: number[];
  length: number;
}

function wordCounts(word: string): WordCounts {
  const counts = characterCounts(word);
  return { counts, used: usedBuckets(counts), length: word.length };
}

/** Counts of characters by their code modulo 64 (ASCII letters, digits and `-` mostly apart). */
function characterCounts(text: string): Int32Array {
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
function provenFar(word: WordCounts, other: Int32Array, otherLength: number, limit: number): boolean {
  const extra = otherLength - word.length;
  let wordExcess = 0;
  for (const bucket of word.used) {
    const difference = word.counts[bucket]! - other[bucket]!;
    if (difference > 0 && (wordExcess += difference) > limit) return true;
  }
  return wordExcess + extra > limit;
}
