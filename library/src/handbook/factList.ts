import type { List, PhrasingContent } from 'mdast';
import { list, listItem, literal, paragraph, strong, textList } from './mdast.js';

/** One line of an entity's facts: a bold label and its value, or a label and a nested list. */
export type Fact = WordsFact | ValueFact | { label: string; items: readonly string[] };

/**
 * A value in plain words, already one line: most facts are, and a string costs less than a list
 * of one text node, made for each of thousands of entries and then read back.
 */
export interface WordsFact {
  label: string;
  words: string;
}

/** A value as phrasing: links, or words beside links. */
export interface ValueFact {
  label: string;
  value: PhrasingContent[];
}

/** A fact's value as phrasing, whichever way it is kept. */
export function factValue(fact: WordsFact | ValueFact): PhrasingContent[] {
  return 'words' in fact ? [literal(fact.words)] : fact.value;
}

/**
 * An entity's facts as one block of a page, kept as facts rather than as list nodes: the page
 * writer writes most of them directly, and builds the list (`factList`) only for the others.
 */
export interface FactsBlock {
  type: 'facts';
  facts: readonly Fact[];
}

declare module 'mdast' {
  interface RootContentMap {
    facts: FactsBlock;
  }
}

/** The block of an entity's facts (none of them empty). */
export function factsBlock(facts: readonly Fact[]): FactsBlock {
  return { type: 'facts', facts };
}

/** The facts as remark writes them: a bullet list of `**Label:** value`, or a label over a nested list. */
export function factList(facts: readonly Fact[]): List {
  return list(
    facts.map((fact) => {
      const label = strong(literal(`${fact.label}:`));
      if ('items' in fact) return listItem(paragraph(label), textList(fact.items));
      return listItem(paragraph(label, literal(' '), ...factValue(fact)));
    }),
  );
}
