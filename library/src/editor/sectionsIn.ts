import { isMap, isPair } from 'yaml';
import { keyText } from '../source/locate.js';
import type { SourceFile } from '../source/sourceFile.js';
import { isSection, type Section } from '../model/sections.js';

/** The sections written at the top of each document of a file, in the order written, even when the YAML has errors. */
export function sectionsIn(file: SourceFile): { doc: number; section: Section }[] {
  const found: { doc: number; section: Section }[] = [];
  file.documents.forEach((document, doc) => {
    if (!isMap(document.contents)) return;
    for (const pair of document.contents.items) {
      const key = isPair(pair) ? keyText(pair.key) : undefined;
      if (isSection(key)) found.push({ doc, section: key });
    }
  });
  return found;
}
