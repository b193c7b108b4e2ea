/**
 * Up to this many ids a list is sent whole, and the editor filters it as the user types. A longer
 * one (a project's thousand owners) is filtered here by what is typed and cut to this many, the
 * most relevant first, and marked incomplete, so that the editor asks again as the user types, as
 * rust-analyzer and tsserver do with long lists: describing, sending and sorting a thousand items
 * per keystroke costs more than the few the user looks at are worth.
 */
export const WHOLE_LIST_UP_TO = 200;

/** What is left of a list for what is typed; `isIncomplete` when anything was left out. */
export interface Cut<T> {
  kept: T[];
  isIncomplete: boolean;
}

/**
 * The candidates whose label, or a word of it, starts with `typed`, best match first, then the most relevant (`relevance`,
 * higher first), then in the order given; at most WHOLE_LIST_UP_TO. A short list is kept whole
 * and as it is: the editor filters it better than a prefix would.
 */
export function cutForTyping<T>(candidates: readonly T[], typed: string, labelOf: (candidate: T) => string, relevance: (candidate: T, index: number) => number): Cut<T> {
  if (candidates.length <= WHOLE_LIST_UP_TO) return { kept: [...candidates], isIncomplete: false };
  const wanted = typed.toLowerCase();
  const ranked: { candidate: T; match: number; relevance: number; index: number }[] = [];
  candidates.forEach((candidate, index) => {
    const match = matchOf(labelOf(candidate).toLowerCase(), wanted);
    if (match !== undefined) ranked.push({ candidate, match, relevance: relevance(candidate, index), index });
  });
  ranked.sort((a, b) => a.match - b.match || b.relevance - a.relevance || a.index - b.index);
  return { kept: ranked.slice(0, WHOLE_LIST_UP_TO).map((entry) => entry.candidate), isIncomplete: true };
}

/**
 * How well a label matches what is typed (both lower case): 0 when it starts with it, 1 when one
 * of its words does (`lead` in `support-lead`, `cx` in `kpis/cx-score`); undefined otherwise.
 */
function matchOf(label: string, typed: string): number | undefined {
  if (label.startsWith(typed)) return 0;
  return label.split(WORD_BREAK).some((word) => word.startsWith(typed)) ? 1 : undefined;
}

const WORD_BREAK = /[-_./]/;
