import type { Entity } from '../model/entity.js';
import { headingText, keyOf } from './anchors.js';
import { textOf, textsOf } from './fields.js';
import { factsBlock, type Fact, type ValueFact, type WordsFact } from './factList.js';
import { heading, inlineCode, oneLine, paragraph, paragraphs, text, type Block } from './mdast.js';

export type { Fact, ValueFact, WordsFact } from './factList.js';

/**
 * The section of one entity: a heading that is its name (links find it by the anchor the page
 * really gives it), its id in small print for people who edit the YAML, its description, then
 * its facts. Facts with nothing to show are left out.
 */
export function entitySection(entity: Entity, depth: number, facts: readonly (Fact | undefined)[], description = entity.data.description): Block[] {
  const blocks: Block[] = [heading(depth, [text(headingText(entity))], keyOf(entity)), smallPrintId(entity.id)];
  blocks.push(...paragraphs(textOf(description) ?? ''));
  const shown = facts.filter((fact): fact is Fact => fact !== undefined && ('items' in fact ? fact.items.length > 0 : 'words' in fact || fact.value.length > 0));
  if (shown.length > 0) blocks.push(factsBlock(shown));
  return blocks;
}

/**
 * `<sub>`id: …`</sub>`: the id as code (never read as Markdown, HTML or an MDX expression) in
 * tags that GitHub, MkDocs and MDX all read as inline small print.
 */
function smallPrintId(id: string): Block {
  return paragraph({ type: 'html', value: '<sub>' }, inlineCode(`id: ${id}`), { type: 'html', value: '</sub>' });
}

/** A fact whose value is a field's text, as written. */
export function textFact(label: string, value: unknown): Fact {
  return wordsFact(label, textOf(value));
}

/** A fact listing a field's free-text items (customers, behaviours, channels), in the author's order. */
export function itemsFact(label: string, value: unknown): Fact {
  return { label, items: textsOf(value) };
}

/** A fact in plain words; left out when there are none. */
export function wordsFact(label: string, words: string | undefined): WordsFact | ValueFact {
  return words === undefined ? { label, value: [] } : { label, words: oneLine(words) };
}
