import GithubSlugger from 'github-slugger';
import type { HandbookPage } from 'cxgov';
import type { PageLinks } from './pageLinks.js';

const HEADING = /^#{1,6} (.*)$/;
/**
 * A link, in one of the forms remark writes: `[label](url)` or `[label](<url>)` (the label
 * possibly with escapes, not after a backslash), `<https://…>`, or an email address `<a@b.c>`.
 */
const LINK = /(?<!\\)\[(?:[^\]\\]|\\.)*\]\((?:<([^>]*)>|([^)\s]*))\)|<(https?:[^>\s]*)>|<([^>\s@]+@[^>\s]+)>/g;

/**
 * The headings' anchors and the links of the handbook's pages, read line by line instead of with a
 * Markdown parser: parsing megabytes of Markdown takes minutes on a slow machine. It is enough
 * for what the handbook writes (ATX headings, links on one line, fenced code); a test checks that
 * it reads the samples' pages as the parser does.
 */
export function quickRead(pages: readonly HandbookPage[]): PageLinks {
  const anchors = new Map<string, Set<string>>();
  const links: PageLinks['links'] = [];
  for (const { path, markdown } of pages) {
    const slugger = new GithubSlugger();
    const found = new Set<string>();
    let fenced = false;
    for (const line of markdown.split('\n')) {
      if (line.startsWith('```')) fenced = !fenced;
      if (fenced) continue;
      const heading = HEADING.exec(line);
      if (heading) found.add(slugger.slug(unescape(heading[1]!)));
      for (const [, enclosed, raw, address, email] of line.matchAll(LINK)) links.push({ from: path, url: enclosed ?? raw ?? address ?? `mailto:${email}` });
    }
    anchors.set(path, found);
  }
  return { anchors, links };
}

/** Heading text as a reader sees it: backslash escapes and numeric character references undone. */
function unescape(value: string): string {
  return value
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&#x([\da-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)));
}
