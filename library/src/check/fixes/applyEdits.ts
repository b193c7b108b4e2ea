import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from '../../model/problem.js';

const BOM = '\uFEFF';

/**
 * A file's text with non-overlapping edits applied. Positions are counted as the engine counts
 * them (lines broken at \n, \r\n and a lone \r; a byte-order mark left out), and the text keeps
 * its own line ends and its mark.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const bom = text.startsWith(BOM) ? BOM : '';
  const document = TextDocument.create('file:///fixed.yaml', 'yaml', 0, text.slice(bom.length));
  return bom + TextDocument.applyEdits(document, edits.map(({ range, newText }) => ({ range, newText })));
}
