import type { Fact } from '../factList.js';
import { text } from '../mdast.js';
import { plainPhrasing, plainPhrasingAfterLabel, type Hole } from './phrasing.js';
import { isPlainText } from './text.js';

/**
 * Writes to `out` the Markdown remark writes for `factList(facts)`, without building its list
 * nodes, and says whether it could (see `plainBlock`): a tight bullet list, each item
 * `- **Label:** value`, or `- **Label:**` over a nested list of its items indented by two spaces.
 * The rules are those of a list of such paragraphs: bold between spaces holding a plain text, and
 * a value that opens no line.
 */
export function plainFacts(facts: readonly Fact[], out: string[], holes: Hole[]): boolean {
  if (facts.length === 0) return false;
  for (let index = 0; index < facts.length; index++) {
    const fact = facts[index]!;
    const label = `${fact.label}:`;
    if (!isPlainText(label, true, true)) return false;
    out.push(index === 0 ? '- **' : '\n- **', label, '**');
    if ('items' in fact) {
      if (!plainItems(fact.items, out, holes)) return false;
      continue;
    }
    out.push(' ');
    if (!plainPhrasingAfterLabel(fact.value, out, holes)) return false;
  }
  return true;
}

/** The nested list of a fact's items, as `textList` makes it. */
function plainItems(items: readonly string[], out: string[], holes: Hole[]): boolean {
  if (items.length === 0) return false;
  for (const item of items) {
    out.push('\n  - ');
    if (!plainPhrasing([text(item)], 'paragraph', out, holes)) return false;
  }
  return true;
}
