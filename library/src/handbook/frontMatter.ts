import type { Yaml } from 'mdast';
import { stringify } from 'yaml';
import type { HandbookOptions } from './options.js';
import { oneLine } from './mdast.js';

/**
 * The front matter a site generator reads: MkDocs wants a `title`, Docusaurus a `title` and a
 * `sidebar_position` (no `slug`, so pages keep their file names). Written with the `yaml` package
 * and always double-quoted, so a title with `:`, `#` or quotes cannot break it.
 */
export function frontMatter(style: HandbookOptions['frontMatter'], title: string, position: number): Yaml | undefined {
  if (style === 'none') return undefined;
  const data = style === 'mkdocs' ? { title: oneLine(title) } : { title: oneLine(title), sidebar_position: position };
  return { type: 'yaml', value: stringify(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 }).trimEnd() };
}
