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
    const label = plainLabel(fact.label);
    if (label === undefined) return false;
    out.push(index === 0 ? '- ' : '\n- ', label);
    if ('items' in fact) {
      if (!plainItems(fact.items, out, holes)) return false;
      continue;
    }
    out.push(' ');
    // Words are one text after the label: no line opens there, and a space before can start no address.
    if ('words' in fact) {
      if (!isPlainText(fact.words, false, true)) return false;
      out.push(fact.words);
    } else if (!plainPhrasingAfterLabel(fact.value, out, holes)) return false;
  }
  return true;
}

/** Labels are the handbook's own few words: each is checked and written once. */
const LABELS = new Map<string, string | undefined>();

/** `**Label:**`, or undefined when the label is not plain. */
function plainLabel(label: string): string | undefined {
  if (LABELS.has(label)) return LABELS.get(label);
  const colon = `${label}:`;
  const written = isPlainText(colon, true, true) ? `**${colon}**` : undefined;
  LABELS.set(label, written);
  return written;
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
