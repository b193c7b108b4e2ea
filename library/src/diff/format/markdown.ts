import type { RootContent } from 'mdast';
import { heading, inlineCode, list, listItem, literal, paragraph, strong, text } from '../../handbook/mdast.js';
import { remarkMarkdown } from '../../handbook/markdown.js';
import { plural } from '../../report/formatters/problems.js';
import type { DiffProblem, DiffReport, DiffSide, EntityChange, Risk } from '../diffReport.js';
import { changeItem } from './changeItems.js';

export interface DiffMarkdownOptions {
  /** Where the handbook is published (a folder URL): changes link to their entity's heading there. */
  handbookUrl?: string;
  /** Changes shown open per class before the rest folds into a collapsible block. */
  openChanges?: number;
}

const TITLE: Record<Risk, string> = {
  critical: 'Critical: can hurt customers',
  notable: 'Notable',
  wording: 'Wording only',
};

/** Changes shown open per class by default. */
const OPEN_CHANGES = 20;

/**
 * The diff as a pull-request comment (GitHub-flavoured Markdown): a summary line, critical changes,
 * notable ones, wording folded, then the problems introduced (open) and fixed (folded).
 * Text from the repository is escaped by remark, and only fixed words go into raw HTML.
 */
export function formatDiffMarkdown(report: DiffReport, options: DiffMarkdownOptions = {}): string {
  const open = options.openChanges ?? OPEN_CHANGES;
  const blocks: RootContent[] = [heading(3, [literal('cxgov: governance changes')]), summary(report)];
  for (const risk of ['critical', 'notable', 'wording'] as const) {
    const changes = report.changes.filter((change) => change.risk === risk);
    if (changes.length === 0) continue;
    const shown = risk === 'wording' ? 0 : open;
    if (shown > 0) blocks.push(heading(4, [literal(`${TITLE[risk]} (${changes.length})`)]), changeList(changes.slice(0, shown), options));
    const rest = changes.slice(shown);
    if (rest.length > 0) blocks.push(...folded(shown > 0 ? `${plural(rest.length, `more ${risk} change`)}` : `${TITLE[risk]} (${rest.length})`, [changeList(rest, options)]));
  }
  const { introduced, fixed } = report.problems;
  if (introduced.length > 0) blocks.push(heading(4, [literal(`Problems introduced (${introduced.length})`)]), problemList(introduced));
  if (fixed.length > 0) blocks.push(...folded(`Problems fixed (${fixed.length})`, [problemList(fixed)]));
  return remarkMarkdown({ type: 'root', children: blocks });
}

function summary(report: DiffReport): RootContent {
  const counts = (['critical', 'notable', 'wording'] as const).map((risk) => [risk, report.changes.filter((change) => change.risk === risk).length] as const);
  const changed = counts.filter(([, count]) => count > 0).map(([risk, count]) => `${count} ${risk}`);
  const { introduced, fixed, unchanged } = report.problems;
  const words = report.changes.length === 0 ? 'No governance change' : `${plural(report.changes.length, 'change')} (${changed.join(', ')})`;
  return paragraph(
    strong(literal(words)),
    literal(`; problems: ${introduced.length} introduced, ${fixed.length} fixed, ${unchanged} unchanged. From `),
    ...side(report.base),
    literal(' to '),
    ...side(report.head),
    literal('.'),
  );
}

function side({ revision, commit }: DiffSide) {
  return commit === undefined ? [text(`the ${revision}`)] : [inlineCode(revision), literal(' ('), inlineCode(commit.slice(0, 7)), literal(')')];
}

function changeList(changes: readonly EntityChange[], options: DiffMarkdownOptions): RootContent {
  return list(changes.map((change) => changeItem(change, options.handbookUrl)));
}

function problemList(problems: readonly DiffProblem[]): RootContent {
  return list(problems.map((problem) => listItem(paragraph(literal(`${problem.severity} `), inlineCode(problem.rule), literal(' '), inlineCode(`${problem.file}:${problem.line}:${problem.column}`), literal(': '), text(problem.message)))));
}

/** A collapsible block; its summary is made of our own words and numbers only. */
function folded(summaryText: string, content: RootContent[]): RootContent[] {
  return [{ type: 'html', value: `<details>\n<summary>${summaryText}</summary>` }, ...content, { type: 'html', value: '</details>' }];
}
