import type { Link, PhrasingContent } from 'mdast';
import type { TargetKey } from '../mdast.js';
import { hasAddress, isPlainCode, isPlainText, isPlainUrl, opensMdxCode } from './text.js';

/** What holds the phrasing. Bold is only written plainly right in a paragraph, between spaces or line ends. */
export type PhrasingPlace = 'paragraph' | 'heading' | 'cell';

/** An internal link's destination, to fill in once every page's anchors are known: where it goes in the pieces, and the link's target. */
export interface Hole {
  at: number;
  target: TargetKey;
}

/**
 * Writes to `out` the Markdown remark writes for phrasing content (text, bold, links, inline
 * code, the handbook's own inline HTML), in pieces, and says whether it could: false when any node is not plain, so that remark
 * writes the block instead (the caller then drops what was written). Internal links get an empty
 * piece for their destination, recorded in `holes`.
 */
export function plainPhrasing(children: readonly PhrasingContent[], place: PhrasingPlace, out: string[], holes: Hole[]): boolean {
  // An empty table cell (`| |`); an empty paragraph or heading is left to remark.
  if (place === 'cell' && children.every((child) => child.type === 'text' && child.value === '')) return true;
  return children.length > 0 && !opensMdxCode(children) && plainRun(children, place, out, holes, 0);
}

/**
 * `plainPhrasing` for phrasing that follows a bold label and a space in a paragraph
 * (`**Owner:** …`): it opens no line, and the space before it can start no address.
 */
export function plainPhrasingAfterLabel(children: readonly PhrasingContent[], out: string[], holes: Hole[]): boolean {
  return children.length > 0 && plainRun(children, 'paragraph', out, holes, -1);
}

/** The nodes of phrasing; `first` is the index of the node that opens the line (-1: none does). */
function plainRun(children: readonly PhrasingContent[], place: PhrasingPlace, out: string[], holes: Hole[], first: number): boolean {
  // The end of the texts since the last node that is not a text: remark sees neighbouring texts as one string.
  let tail = '';
  for (let index = 0; index < children.length; index++) {
    const node = children[index]!;
    if (node.type !== 'text') {
      tail = '';
      if (!plainNode(children, index, place, out, holes)) return false;
      continue;
    }
    if (!isPlainText(node.value, index === first, index === children.length - 1) || addressAcross(tail, node.value)) return false;
    out.push(node.value);
    tail = node.value.length >= 2 ? node.value : tail + node.value;
  }
  return true;
}

/**
 * Whether an address spans the seam between two neighbouring texts. It is three characters long,
 * so two of each side will do, and it can only end a text with one of `Wwps.:`.
 */
function addressAcross(before: string, after: string): boolean {
  return /[Wwps.:]$/.test(before) && hasAddress(before.slice(-2) + after.slice(0, 2));
}

function plainNode(siblings: readonly PhrasingContent[], index: number, place: PhrasingPlace, out: string[], holes: Hole[]): boolean {
  const node = siblings[index]!;
  switch (node.type) {
    case 'strong': {
      const value = place === 'paragraph' && betweenSpaces(siblings, index) ? onlyText(node.children) : undefined;
      return value !== undefined && out.push('**', value, '**') > 0;
    }
    case 'link':
      return place !== 'heading' && plainLink(node, out, holes);
    case 'inlineCode':
      return isPlainCode(node.value) && out.push('`', node.value, '`') > 0;
    case 'html':
      // The handbook's own fixed tags (an id's small print); remark writes them as they are.
      return out.push(node.value) > 0;
    default:
      return false;
  }
}

/**
 * Bold opens and closes only next to a space or a line end, whatever its first and last
 * characters are; anywhere else remark may pick other markers or encode a neighbour.
 */
function betweenSpaces(siblings: readonly PhrasingContent[], index: number): boolean {
  const before = siblings[index - 1];
  const after = siblings[index + 1];
  return (before === undefined || (before.type === 'text' && before.value.endsWith(' '))) && (after === undefined || (after.type === 'text' && after.value.startsWith(' ')));
}

/** The value of a node's only child, a plain text, with nothing around it (a bold name, a link's label). */
function onlyText(children: readonly PhrasingContent[]): string | undefined {
  const child = children[0];
  return child?.type === 'text' && children.length === 1 && isPlainText(child.value, true, true) ? child.value : undefined;
}

/**
 * `[label](url)`. An internal link's URL is a page's file name and a heading's slug (letters,
 * digits, `-` and `_`), always plain and never an address, so it is left as a hole. Not plain: a
 * link remark would write as an autolink (`<url>`) or would have to escape.
 */
function plainLink(link: Link, out: string[], holes: Hole[]): boolean {
  const label = onlyText(link.children);
  if (label === undefined || link.title) return false;
  const target = link.data?.target;
  if (target !== undefined) {
    out.push('[', label, '](');
    holes.push({ at: out.length, target });
    out.push('', ')');
    return true;
  }
  if (!isPlainUrl(link.url) || label === link.url || `mailto:${label}` === link.url) return false;
  out.push('[', label, '](', link.url, ')');
  return true;
}
