import type { Code } from 'mdast';
import { code, oneLine } from '../mdast.js';

/** Node shapes, so that a reader tells the promise, pillars, KPIs and standards apart at a glance. */
const SHAPES = {
  promise: ['([', '])'],
  pillar: ['[', ']'],
  kpi: ['(', ')'],
  standard: ['[[', ']]'],
  more: ['{{', '}}'],
} as const;
export type Shape = keyof typeof SHAPES;

/**
 * Arrows: a plain link, a dotted one from a KPI to the KPI that guards it, a thick one from a KPI to
 * a standard it measures. No words on them: an edge label costs a column of width, so the page says
 * what each arrow means above the diagram.
 */
const ARROWS = {
  plain: '-->',
  guardedBy: '-.->',
  measures: '==>',
} as const;
export type Arrow = keyof typeof ARROWS;

/**
 * Closer rows and columns than Mermaid's defaults (50 px each), so that a column of six or seven
 * nodes fits a screen. A directive GitHub, MkDocs and Docusaurus all read; fixed text, never sources'.
 */
const LAYOUT = '%%{init: {"flowchart": {"nodeSpacing": 20, "rankSpacing": 40}}}%%';

/**
 * A Mermaid flowchart built line by line. Node ids are generated (`n1`, `n2`…), never taken from
 * sources, and every label is quoted and escaped, so no source text can end a label, start a
 * directive or inject markup.
 */
export class Flowchart {
  private readonly lines: string[] = [];
  private count = 0;

  /** Adds a node and returns its generated id. */
  node(label: string, shape: Shape): string {
    const id = `n${++this.count}`;
    const [open, close] = SHAPES[shape];
    this.lines.push(`  ${id}${open}"${mermaidLabel(label)}"${close}`);
    return id;
  }

  /** Adds an arrow between two generated ids; its words are fixed, never taken from sources. */
  edge(from: string, to: string, arrow: Arrow = 'plain'): void {
    this.lines.push(`  ${from} ${ARROWS[arrow]} ${to}`);
  }

  /** The diagram as a fenced `mermaid` code block. */
  toCode(): Code {
    return code('mermaid', [LAYOUT, 'flowchart LR', ...this.lines].join('\n'));
  }
}

/**
 * Text made safe inside a quoted Mermaid label: Mermaid's `#name;` entities for the characters that
 * would end the label (`"`), start markup (`<`, `>`, `&`, a backtick for Markdown labels), start a
 * directive (`%`) or an entity (`#`, escaped first); newlines become spaces.
 */
export function mermaidLabel(value: string): string {
  return oneLine(value)
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/&/g, '#amp;')
    .replace(/`/g, '#96;')
    .replace(/%/g, '#37;')
    // Mermaid drops the last `;` of a line that reads `style…:…#…;` or `classDef…` (it takes it for a
    // colour), which would break an entity above: an entity for their first letter avoids the match.
    .replace(/style/g, '#115;tyle')
    .replace(/classDef/g, '#99;lassDef');
}

/** A long text cut at a word boundary, so that a diagram node stays a readable size. */
export function shorten(value: string, max = 80): string {
  const line = oneLine(value);
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}
