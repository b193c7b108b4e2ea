/** The anchors of a handbook's headings and its links, however the pages were read. */
export interface PageLinks {
  /** Anchors by page path. */
  anchors: Map<string, Set<string>>;
  /** Every link's destination, with the page it is on. */
  links: { from: string; url: string }[];
}

/** The internal links (not web or email addresses) that do not land on a page and heading that exist. */
export function brokenIn({ anchors, links }: PageLinks): string[] {
  return links
    .filter(({ url }) => !/^(https?:|mailto:)/.test(url))
    .filter(({ from, url }) => {
      const [path, fragment] = url.split('#') as [string, string | undefined];
      const target = anchors.get(path === '' ? from : path);
      return !target || (fragment !== undefined && fragment !== '' && !target.has(decodeURIComponent(fragment)));
    })
    .map(({ from, url }) => `${from}: ${url}`);
}
