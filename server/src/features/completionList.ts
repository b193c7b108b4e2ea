import type { CompletionItem, CompletionList, Range } from 'vscode-languageserver';
import type { Completions } from '../service/completion.js';

/** From this many items on, shared fields are sent once: a thousand owners' ranges and paths add up. */
const COMPACT_FROM = 50;

/**
 * The items as a list whose shared edit range and data are given once (`itemDefaults`, LSP 3.17)
 * when the client understands them; the items as they are otherwise. Each item then carries only
 * its own text, and its label when that is what it inserts. A list cut for what is typed says
 * it is incomplete, so that the editor asks again as the user types.
 */
export function withItemDefaults({ items, isIncomplete }: Completions, supported: ReadonlySet<string>): CompletionItem[] | CompletionList {
  const plain = isIncomplete ? { isIncomplete, items } : items;
  if (items.length < COMPACT_FROM || !supported.has('editRange')) return plain;
  const range = sharedRange(items);
  if (!range) return plain;
  const data = supported.has('data') ? sharedData(items) : undefined;
  const compact = items.map(({ textEdit, data: own, ...rest }) => {
    const item: CompletionItem = { ...rest };
    if (textEdit && textEdit.newText !== item.label) item.textEditText = textEdit.newText;
    if (own !== undefined && data === undefined) item.data = own;
    if (item.filterText === item.label) delete item.filterText;
    return item;
  });
  return { isIncomplete, itemDefaults: { editRange: range, ...(data !== undefined && { data }) }, items: compact };
}

/** The one range every item's edit replaces, if there is one. */
function sharedRange(items: readonly CompletionItem[]): Range | undefined {
  const first = items[0]?.textEdit;
  if (!first || !('range' in first)) return undefined;
  const same = (range: Range) =>
    range.start.line === first.range.start.line && range.start.character === first.range.start.character && range.end.line === first.range.end.line && range.end.character === first.range.end.character;
  return items.every((item) => item.textEdit && 'range' in item.textEdit && same(item.textEdit.range)) ? first.range : undefined;
}

/** The data every item carries alike, if any. */
function sharedData(items: readonly CompletionItem[]): unknown {
  const json = JSON.stringify(items[0]?.data);
  return json !== undefined && items.every((item) => JSON.stringify(item.data) === json) ? items[0]!.data : undefined;
}
