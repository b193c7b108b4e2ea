import { distance } from 'fastest-levenshtein';
import { characterCounts, provenFar, wordCounts } from './characterCounts.js';
import { PIECE_LENGTH, PieceIndex } from './pieceIndex.js';

/** Beyond this many edits a word is no typo of a candidate, however long both are. */
export const MAX_TYPO_EDITS = 8;

/**
 * The work the did-you-mean search may do for one lint of a project, in comparisons: a candidate
 * looked at counts one, an edit distance one more per 32×32 characters of the two words (about a
 * fifth of a microsecond each). Far above what real projects use; a project built to defeat the
 * search stops getting suggestions when it is spent (within about a second) instead of taking
 * minutes. Unknown ids are still reported, without a suggestion.
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

/** Words at least this long are looked up by their pieces (`PieceIndex`) rather than by length. */
const INDEXED_WORD = (MAX_TYPO_EDITS + 1) * PIECE_LENGTH;

interface Candidate {
  id: string;
  lower: string;
  /** Character counts, computed when first needed. */
  counts?: Int32Array;
  /** The number of the last word that looked at it, so that a word looks at it once. */
  seenBy?: number;
}

/**
 * `didYouMean` against one list of candidates, for many words, in near-linear time. Only candidates
 * whose length is within reach are looked at: by length for most words; for long words (72
 * characters and more), by their pieces, since a candidate within 8 edits of a word holds at least
 * one of 9 pieces of it unchanged. A count of characters rules most candidates out before an edit
 * distance is computed; answers are memoised per word; and no more suggestions come once `budget`
 * is spent.
 */
export function typoMatcher(candidates: Iterable<string>, budget: TypoBudget = typoBudget()): (word: string) => string | undefined {
  const all = [...candidates].map((id): Candidate => ({ id, lower: id.toLowerCase() }));
  const byLength = new Map<number, Candidate[]>();
  for (const candidate of all) {
    const bucket = byLength.get(candidate.lower.length);
    if (bucket) bucket.push(candidate);
    else byLength.set(candidate.lower.length, [candidate]);
  }
  let byPieces: PieceIndex<Candidate> | undefined;
  let words = 0;
  // The same unknown id is often written in many places.
  const answers = new Map<string, string | undefined>();
  return (word) => {
    if (answers.has(word)) return answers.get(word);
    const lower = word.toLowerCase();
    const limit = Math.min(MAX_TYPO_EDITS, Math.max(2, Math.floor(word.length / 3)));
    // Short words are compared at once: their edit distance costs no more than the bound.
    const counts = lower.length > 32 ? wordCounts(lower) : undefined;
    const wordNumber = ++words;
    let best: string | undefined;
    let bestDistance = Infinity;
    /** Compares one candidate; false once the budget is spent. */
    const consider = (candidate: Candidate): boolean => {
      if (budget.left <= 0) return false;
      budget.left -= 1;
      if (candidate.seenBy === wordNumber || candidate.id === word) return true;
      candidate.seenBy = wordNumber;
      const length = candidate.lower.length;
      const reach = Math.min(limit, bestDistance);
      if (Math.abs(length - lower.length) > reach) return true;
      if (counts && provenFar(counts, (candidate.counts ??= characterCounts(candidate.lower)), length, reach)) return true;
      budget.left -= Math.ceil(length / 32) * Math.ceil(lower.length / 32);
      const d = candidate.lower === lower ? 0.5 : distance(lower, candidate.lower);
      if (d < bestDistance || (d === bestDistance && best !== undefined && candidate.id < best)) {
        best = candidate.id;
        bestDistance = d;
      }
      return true;
    };
    let finished: boolean;
    if (lower.length >= INDEXED_WORD) {
      byPieces ??= new PieceIndex(all.filter((c) => c.lower.length >= INDEXED_WORD - MAX_TYPO_EDITS).map((c) => ({ text: c.lower, value: c })));
      finished = eachByPieces(lower, byPieces, consider);
    } else {
      finished = eachByLength(lower.length, () => Math.min(limit, bestDistance), byLength, consider);
    }
    return remember(answers, word, finished && bestDistance <= limit ? best : undefined);
  };
}

/** Calls `visit` on every candidate whose length is within `reach()` of `length`, nearest first; false when `visit` stops. */
function eachByLength(length: number, reach: () => number, byLength: Map<number, Candidate[]>, visit: (candidate: Candidate) => boolean): boolean {
  for (let gap = 0; gap <= reach(); gap++) {
    for (const other of gap === 0 ? [length] : [length - gap, length + gap]) {
      for (const candidate of byLength.get(other) ?? []) if (!visit(candidate)) return false;
    }
  }
  return true;
}

/** Calls `visit` on every indexed candidate holding one of `MAX_TYPO_EDITS + 1` pieces of `word`; false when `visit` stops. */
function eachByPieces(word: string, index: PieceIndex<Candidate>, visit: (candidate: Candidate) => boolean): boolean {
  const pieceLength = Math.floor(word.length / (MAX_TYPO_EDITS + 1));
  for (let piece = 0; piece <= MAX_TYPO_EDITS; piece++) {
    for (const candidate of index.lookup(word, piece * pieceLength)) if (!visit(candidate)) return false;
  }
  return true;
}

function remember(answers: Map<string, string | undefined>, word: string, answer: string | undefined): string | undefined {
  answers.set(word, answer);
  return answer;
}
