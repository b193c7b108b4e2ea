// Lines of a text by offsets, for placing syntax problems and what they broke.

/** The offset where the line holding `offset` starts. */
export function startOfLine(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset where the line holding `offset` ends, before its line break (`\n` or `\r\n`). */
export function endOfLine(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  const end = newline === -1 ? text.length : newline;
  return text[end - 1] === '\r' ? end - 1 : end;
}

/** The first character of the line that is not indentation, when `offset` is in the indentation; `offset` otherwise. */
export function contentStart(text: string, offset: number): number {
  let at = startOfLine(text, offset);
  while (text[at] === ' ') at++;
  return offset < at ? at : offset;
}
