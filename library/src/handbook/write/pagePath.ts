import { isAbsolute, join, normalize, sep } from 'node:path';

/**
 * The absolute path of a page inside the output folder. Page paths come from the renderer, never
 * from ids, but the writer checks anyway: nothing is ever written outside the folder.
 */
export function pagePath(folder: string, page: string): string {
  const normalized = normalize(page);
  if (page === '' || isAbsolute(page) || normalized === '..' || normalized.startsWith(`..${sep}`) || !/\.md$/.test(page)) {
    throw new Error(`Refusing to write the page "${page}": pages are Markdown files inside the handbook folder.`);
  }
  return join(folder, normalized);
}
