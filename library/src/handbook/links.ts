import { slug } from 'github-slugger';
import type { Heading, Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { HandbookLocation } from './anchors.js';
import type { TargetKey } from './mdast.js';
import { isPlainUrl } from './plain/text.js';

/**
 * A heading's anchor, with the URLs of links to it made once: a large handbook has hundreds of
 * thousands of links to twenty thousand headings.
 */
interface Anchor {
  path: string;
  slug: string;
  /** The URL of a link on the heading's own page. */
  here: string;
  /** The URL of a link on any other page: a page's own heading is the page, without a fragment. */
  there: string;
}

/**
 * The anchors of every page's headings, collected as the pages are written, so that each internal
 * link gets its URL from the slug its target's heading really gets, the way GitHub numbers
 * headings that slug alike (`-1`, `-2`): a link always lands on a heading that exists, whatever an
 * id looks like. A link to a page that is the link's own page becomes an in-page anchor.
 */
export class Anchors {
  private readonly anchors = new Map<TargetKey, Anchor>();

  /** Records one page's headings, to be called with each of them in the order the page shows them. */
  page(path: string): (heading: Heading) => void {
    const slugs = new UniqueSlugs();
    return (heading) => {
      const anchor = slugs.next(headingWords(heading));
      const target = heading.data?.target;
      if (target && !this.anchors.has(target)) this.anchors.set(target, anchorOf(path, anchor, heading.depth === 1));
    };
  }

  /** The page and anchor of a target's heading, once its page is written; none for a heading without a slug. */
  location(target: TargetKey): HandbookLocation | undefined {
    const anchor = this.anchors.get(target);
    return anchor && anchor.slug !== '' ? { path: anchor.path, anchor: anchor.slug } : undefined;
  }

  /** The URL of a link to `target` on the page `from`, once every page's headings are recorded. */
  url(target: TargetKey, from: string): string {
    const anchor = this.anchors.get(target);
    // Every target the pages link to has a heading; a missing one would be a bug, so the link at least opens the front page.
    if (!anchor) return from === 'index.md' ? '#' : 'index.md';
    return anchor.path === from ? anchor.here : anchor.there;
  }
}

/** `top`: the page's own heading. The plain writer leaves links' URLs as they are: a slug never needs escaping. */
function anchorOf(path: string, slug: string, top: boolean): Anchor {
  const fragment = slug === '' ? '' : `#${slug}`;
  const anchor = { path, slug, here: fragment || '#', there: top ? path : `${path}${fragment}` };
  if (!isPlainUrl(anchor.here) || !isPlainUrl(anchor.there)) throw new Error(`The anchor of a heading would need escaping: ${anchor.there}`);
  return anchor;
}

/** A heading's text; most are one text node (an entity's name), read without walking the tree. */
function headingWords(heading: Heading): string {
  const [only] = heading.children;
  return heading.children.length === 1 && only!.type === 'text' ? only.value : toString(heading);
}

/** Heading slugs as GitHub makes them: the second `foo` is `foo-1`. A Map, so no slug is special. */
class UniqueSlugs {
  private readonly seen = new Map<string, number>();
  next(value: string): string {
    const base = slug(value);
    let result = base;
    while (this.seen.has(result)) {
      const count = this.seen.get(base)! + 1;
      this.seen.set(base, count);
      result = `${base}-${count}`;
    }
    this.seen.set(result, 0);
    return result;
  }
}

/**
 * Calls `visit` on every node, in document order. A loop with a stack rather than recursion (a
 * recursive generator costs a step per level for every node).
 */
export function forEachNode(root: Nodes, visit: (node: Nodes) => void): void {
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    visit(node);
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!);
  }
}
