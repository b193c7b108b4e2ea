import { distance } from 'fastest-levenshtein';

/** The candidate closest to a mistyped word, when it is close enough to be a likely typo. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  return typoMatcher(candidates)(word);
}

/**
 * `didYouMean` against one list of candidates, for many words: candidates are lowercased once, and
 * a candidate whose length alone puts it too far away is never compared (the edit distance is at
 * least the difference in length). Thousands of unknown ids against thousands of entities stay fast.
 */
export function typoMatcher(candidates: Iterable<string>): (word: string) => string | undefined {
  const list = [...candidates].map((candidate) => ({ candidate, lower: candidate.toLowerCase() }));
  // The same unknown id is often written in many places.
  const answers = new Map<string, string | undefined>();
  return (word) => {
    if (answers.has(word)) return answers.get(word);
    const limit = Math.max(2, Math.floor(word.length / 3));
    const lower = word.toLowerCase();
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const { candidate, lower: other } of list) {
      if (candidate === word) continue;
      const gap = Math.abs(other.length - lower.length);
      if (gap > limit || gap > bestDistance) continue;
      const d = other === lower ? 0.5 : distance(lower, other);
      if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
        best = candidate;
        bestDistance = d;
      }
    }
    const answer = bestDistance <= limit ? best : undefined;
    answers.set(word, answer);
    return answer;
  };
}
