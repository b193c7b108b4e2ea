import { slug } from 'github-slugger';
import type { Heading, Link, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { TargetKey } from './mdast.js';

/** A page before its links are resolved. */
export interface PageTree {
  path: string;
  root: Root;
}

interface Anchor {
  path: string;
  slug: string;
  /** A page's own heading: links to it go to the page rather than to the heading. */
  top: boolean;
}

/**
 * Fills in the URL of every internal link from the slugs its target's heading really gets, the
 * way GitHub numbers headings that slug alike (`-1`, `-2`), so that a link always lands on a
 * heading that exists, whatever an id looks like. A link to a page that is the link's own page
 * becomes an in-page anchor.
 */
export function resolveLinks(pages: readonly PageTree[]): void {
  const anchors = new Map<TargetKey, Anchor>();
  for (const page of pages) {
    const slugs = new UniqueSlugs();
    for (const node of walk(page.root)) {
      if (node.type !== 'heading') continue;
      const anchor = slugs.next(toString(node));
      const target = (node as Heading).data?.target;
      if (target && !anchors.has(target)) anchors.set(target, { path: page.path, slug: anchor, top: node.depth === 1 });
    }
  }
  for (const page of pages) {
    for (const node of walk(page.root)) {
      const target = node.type === 'link' ? (node as Link).data?.target : undefined;
      if (target) (node as Link).url = urlOf(anchors.get(target), page.path);
    }
  }
}

function urlOf(anchor: Anchor | undefined, from: string): string {
  // Every target the pages link to has a heading; a missing one would be a bug, so the link at least opens the front page.
  if (!anchor) return from === 'index.md' ? '#' : 'index.md';
  const fragment = anchor.slug === '' || (anchor.top && anchor.path !== from) ? '' : `#${anchor.slug}`;
  if (anchor.path === from) return fragment || '#';
  return `${anchor.path}${fragment}`;
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

function* walk(node: Nodes): Generator<Nodes> {
  yield node;
  if ('children' in node) for (const child of node.children) yield* walk(child);
}
