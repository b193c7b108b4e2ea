/** How many characters of a piece the index looks up. */
export const PIECE_LENGTH = 8;

/**
 * Texts by every run of `PIECE_LENGTH` characters they contain (hashed), to find the texts that
 * contain a given piece without reading them all. A lookup may also return a few texts that do not
 * hold the piece (hash collisions): callers check what they get.
 */
export class PieceIndex<T extends object> {
  // Most pieces are in one text only: that text is kept without an array around it (memory).
  private readonly byPiece = new Map<number, T | T[]>();

  constructor(entries: Iterable<{ text: string; value: T }>) {
    for (const { text, value } of entries) {
      for (let at = 0; at + PIECE_LENGTH <= text.length; at++) {
        const key = pieceHash(text, at);
        const held = this.byPiece.get(key);
        // A text holds the same piece many times ("aaaaaaaaaa…"): listed once.
        if (held === undefined) this.byPiece.set(key, value);
        else if (Array.isArray(held)) {
          if (held[held.length - 1] !== value) held.push(value);
        } else if (held !== value) this.byPiece.set(key, [held, value]);
      }
    }
  }

  /** The texts that contain the `PIECE_LENGTH` characters of `text` from `at`. */
  lookup(text: string, at: number): readonly T[] {
    const held = this.byPiece.get(pieceHash(text, at));
    return held === undefined ? [] : Array.isArray(held) ? held : [held];
  }
}

/** FNV-1a over `PIECE_LENGTH` character codes. */
function pieceHash(text: string, at: number): number {
  let hash = 0x811c9dc5;
  for (let i = at; i < at + PIECE_LENGTH; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
