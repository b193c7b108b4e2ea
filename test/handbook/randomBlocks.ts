// Random pages of the blocks the handbook writes (and a few it does not), with text full of the
// characters Markdown gives a meaning to, for holding the plain writer to remark. Seeded: the
// same seed gives the same pages.
import type { FactsBlock, RowsBlock } from './internals.js';
import type { BlockContent, Heading, List, ListItem, Paragraph, PhrasingContent, RootContent, Table, TableCell } from 'mdast';

/** Numbers in [0, 1) from a seed: a linear congruential generator, plenty for picking characters. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** Letters that start web addresses (`www.`, `http://`) and digits that start ordered lists. */
const LETTERS = 'abwWps12';
/** Characters remark escapes only in some places: at the start of a line, after `w` or `]`, in a heading… */
const BORDERLINE = `${LETTERS} .:/-#()"',;?%$^→é=+`;
/** Characters remark always escapes (MDX's braces too), and whitespace that is not a space. */
const MARKUP = `!&*_\`[]<>{}|@~\\\u00a0\t\n`;
/** Words that open MDX's JavaScript (`import x from 'y'`) when they open a line, and near misses. */
const KEYWORDS = ['import', 'export', 'imports', 'Export'];
const URLS = ['https://example.com/a', 'https://x.y/a_(b)', 'https://x.y/?a=1&b=2', 'mailto:a@b.c', 'a@b.c', 'kpis.md', 'https://example.com/é', 'a b', ''];

export class RandomPages {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = random(seed);
  }

  page(): RootContent[] {
    return Array.from({ length: 1 + this.int(6) }, () => this.block());
  }

  private int(n: number): number {
    return Math.floor(this.next() * n);
  }

  private pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  /** Words, which the plain writer takes; text with characters remark escapes only in places; or anything. */
  private value(): string {
    const roll = this.next();
    const chars = (alphabet: string, length: number) => Array.from({ length }, () => this.pick([...alphabet])).join('');
    const word = () => (this.next() < 0.1 ? this.pick(KEYWORDS) : chars(LETTERS, 1 + this.int(4)));
    if (roll < 0.5) return Array.from({ length: 1 + this.int(3) }, word).join(' ');
    if (roll < 0.9) return chars(BORDERLINE, 1 + this.int(8));
    return chars(BORDERLINE + MARKUP, this.int(9));
  }

  private text(): PhrasingContent {
    return { type: 'text', value: this.value() };
  }

  private phrasing(): PhrasingContent {
    const roll = this.next();
    if (roll < 0.45) return this.text();
    if (roll < 0.55) return { type: 'strong', children: [this.text()] };
    if (roll < 0.6) return { type: 'text', value: ` ${this.value()}` };
    if (roll < 0.75) return { type: 'link', url: '', children: [this.text()], data: { target: `t:${this.int(6)}` } };
    if (roll < 0.85) return { type: 'link', url: this.pick([...URLS, this.value()]), children: [this.text()] };
    if (roll < 0.95) return { type: 'inlineCode', value: this.value() };
    return { type: 'emphasis', children: [this.text()] };
  }

  private phrasings(): PhrasingContent[] {
    // Half the time a fact as the handbook writes it: a bold label, a space, and its value.
    if (this.next() < 0.5) return [{ type: 'strong', children: [{ type: 'text', value: `${this.value()}:` }] }, { type: 'text', value: ' ' }, ...Array.from({ length: 1 + this.int(3) }, () => this.phrasing())];
    return Array.from({ length: 1 + this.int(5) }, () => this.phrasing());
  }

  private paragraph(): Paragraph {
    return { type: 'paragraph', children: this.phrasings() };
  }

  private block(): RootContent {
    const roll = this.next();
    if (roll < 0.2) return this.heading();
    if (roll < 0.45) return this.paragraph();
    if (roll < 0.55) return this.list(0);
    if (roll < 0.7) return this.facts();
    if (roll < 0.85) return this.next() < 0.3 ? this.rows() : this.table();
    if (roll < 0.9) return { type: 'code', lang: 'mermaid', value: this.value() };
    if (roll < 0.95) return { type: 'blockquote', children: [this.paragraph()] };
    return { type: 'thematicBreak' };
  }

  private heading(): Heading {
    const depth = (1 + this.int(6)) as Heading['depth'];
    const children = this.next() < 0.8 ? [this.text()] : this.phrasings();
    return { type: 'heading', depth, children, ...(this.next() < 0.7 ? { data: { target: `t:${this.int(6)}` } } : {}) };
  }

  private list(level: number): List {
    const items = Array.from({ length: 1 + this.int(3) }, (): ListItem => {
      const children: BlockContent[] = [this.paragraph()];
      if (level < 2 && this.next() < 0.25) children.push(this.list(level + 1));
      return { type: 'listItem', spread: this.next() < 0.05, children };
    });
    return { type: 'list', ordered: this.next() < 0.05, spread: this.next() < 0.05, children: items };
  }

  /** An entity's facts, as the handbook makes them: a label and a value, or a label and items. */
  private facts(): FactsBlock {
    const fact = () => {
      const label = this.value();
      if (this.next() < 0.2) return { label, items: Array.from({ length: 1 + this.int(3) }, () => this.value()) };
      return { label, value: Array.from({ length: 1 + this.int(3) }, () => this.phrasing()) };
    };
    return { type: 'facts', facts: Array.from({ length: 1 + this.int(4) }, fact) };
  }

  /** A table made row by row, as the catalogue's is: a header, and one row of cells per item. */
  private rows(): RowsBlock {
    const columns = 1 + this.int(3);
    const cells = (): PhrasingContent[] => (this.next() < 0.2 ? [{ type: 'text', value: '' }] : this.phrasings().filter((node) => node.type !== 'strong'));
    const items = Array.from({ length: this.int(4) }, () => Array.from({ length: this.next() < 0.05 ? columns + 1 : columns }, cells));
    return { type: 'rows', header: Array.from({ length: columns }, () => this.value()), items, cells: (item) => item as PhrasingContent[][] };
  }

  private table(): Table {
    const columns = 1 + this.int(3);
    const cell = (): TableCell => ({ type: 'tableCell', children: this.next() < 0.2 ? [{ type: 'text', value: '' }] : this.phrasings().filter((node) => node.type !== 'strong') });
    const rows = Array.from({ length: 1 + this.int(3) }, () => ({ type: 'tableRow' as const, children: Array.from({ length: this.next() < 0.05 ? columns + 1 : columns }, cell) }));
    return { type: 'table', align: Array.from({ length: columns }, () => (this.next() < 0.05 ? 'left' : null)), children: rows };
  }
}
