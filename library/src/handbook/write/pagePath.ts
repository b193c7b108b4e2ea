import { join } from 'node:path';

/**
 * The absolute path of a page inside the output folder. Page paths come from the renderer, never
 * from ids, but the writer checks anyway: nothing is ever written outside the folder, and every
 * page it writes has a path that a later run accepts from the manifest.
 */
export function pagePath(folder: string, page: string): string {
  if (pagePathProblem(page)) throw new Error(`Refusing to write the page "${page}": pages are Markdown files inside the handbook folder.`);
  return join(folder, page);
}

/**
 * Why `path`, read from a manifest (untrusted), is not a page path cxgov could have written;
 * undefined when it is one: forward slashes, no empty, "." or ".." part, not absolute, no
 * backslash or control character, a Markdown file. Such a path can only name a place inside the folder.
 */
export function pagePathProblem(path: unknown): string | undefined {
  if (typeof path !== 'string') return `${JSON.stringify(path) ?? String(path)} is not a path`;
  if (path.length === 0 || path.length > 1024) return 'a path is empty or too long';
  if (/[\\\u0000-\u001f\u007f]/.test(path) || path.startsWith('/') || /^[A-Za-z]:/.test(path)) return `"${printable(path)}" is not a relative path with forward slashes`;
  if (path.split('/').some((part) => part === '' || part === '.' || part === '..')) return `"${printable(path)}" is not a plain path inside the folder`;
  if (!path.endsWith('.md')) return `"${printable(path)}" is not a Markdown page`;
  return undefined;
}

function printable(path: string): string {
  return path.replace(/[\u0000-\u001f\u007f]/g, '?').slice(0, 200);
}

/** The folder of a page path, '' for the handbook folder itself. */
export function folderOf(page: string): string {
  return page.includes('/') ? page.slice(0, page.lastIndexOf('/')) : '';
}
