import type { EntityKind } from '../model/sections.js';
import { locationKey, pageFile, pageKey, PAGE_NAMES, type HandbookLocation } from './anchors.js';
import type { RenderContext } from './context.js';
import { frontMatter } from './frontMatter.js';
import type { HandbookInput, HandbookOptions, HandbookPage } from './options.js';
import { Anchors } from './links.js';
import { heading, inlineCode, literal, oneLine, paragraph, text, type Block } from './mdast.js';
import { healthPage } from './pages/health.js';
import { indexPage } from './pages/index.js';
import { initiativesPage } from './pages/initiatives.js';
import { kpisPage } from './pages/kpis.js';
import { ownersPage } from './pages/owners.js';
import type { PageSpec } from './pages/page.js';
import { PageWriter } from './pageWriter.js';
import { ritualsPage } from './pages/rituals.js';
import { standardsPage } from './pages/standards.js';
import { valuesPage } from './pages/values.js';
import { remembered } from '../util/remembered.js';
import { reviewOf } from './review.js';
import { runRules } from '../check/runRules.js';
import { UNDATED } from '../check/rule.js';
import { buildView } from './view.js';
import { count } from './words.js';

/** The pages after the front page, in reading order; the health page last, unless `handbook.health` is off. */
const PAGES: readonly PageSpec[] = [valuesPage, ownersPage, standardsPage, kpisPage, initiativesPage, ritualsPage, healthPage];

function pagesOf(options: HandbookOptions): readonly PageSpec[] {
  return options.health ? PAGES : PAGES.filter((page) => page !== healthPage);
}

/**
 * Renders the handbook in memory: the same input always gives the same pages, sorted by path, byte
 * for byte, on any day (the health page tells of the lint problems judged `UNDATED`).
 */
export function renderHandbook(input: HandbookInput): HandbookPage[] {
  return renderHandbookWithLocations(input).pages;
}

/** The pages, and where they show each entity (for "Preview handbook" in the editor). */
export interface LocatedHandbook {
  pages: HandbookPage[];
  /**
   * The page and anchor of the heading that shows the entity an id names (its first definition),
   * as the pages really number it; undefined for an entity the handbook does not show.
   */
  locate(kind: EntityKind, id: string): HandbookLocation | undefined;
}

/** The pages as `renderHandbook` writes them, with where each entity is shown. */
export function renderHandbookWithLocations(input: HandbookInput): LocatedHandbook {
  const { pages, anchors } = renderWith(input, { plain: true });
  return { pages, locate: (kind, id) => anchors.location(locationKey(kind, id)) };
}

/**
 * The pages, each written as its blocks are made (see `PageWriter`). With `plain` off, remark
 * writes every page whole from its tree: slower, and the reference the tests compare with.
 */
export function renderPages(input: HandbookInput, options: { plain: boolean }): HandbookPage[] {
  return renderWith(input, options).pages;
}

function renderWith(input: HandbookInput, { plain }: { plain: boolean }): { pages: HandbookPage[]; anchors: Anchors } {
  const { settings, options } = input;
  const context: RenderContext = {
    view: buildView(input.index, settings),
    settings,
    problems: input.problems ?? runRules(input.index, settings, UNDATED),
    title: oneLine(options.title ?? settings.handbook.title ?? `${settings.name} handbook`),
    review: remembered(reviewOf),
  };
  const specs = pagesOf(options);
  const front = indexPage(specs);
  const sources = options.singlePage ? [singlePage(context, front, specs, options)] : [front, ...specs].map((page) => ownPage(context, page, options));
  const anchors = new Anchors();
  // Every page is written before any is finished: a link's URL needs the anchors of the page it points to.
  const writers = sources.map(({ path, blocks }) => {
    const writer = new PageWriter(path, anchors, plain);
    for (const block of blocks) writer.add(block);
    return writer;
  });
  const pages = writers.map((writer) => ({ path: writer.path, markdown: writer.finish(anchors) })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { pages, anchors };
}

/** A page's file and its blocks, made as they are read. */
interface PageSource {
  path: string;
  blocks: Iterable<Block>;
}

/** One page of its own: front matter, its heading, its content, the generated note. */
function ownPage(context: RenderContext, page: PageSpec, options: HandbookOptions): PageSource {
  function* blocks(): Generator<Block> {
    const title = page.title(context);
    yield* frontMatterOf(options, title, page);
    yield heading(1, [text(title)], pageKey(page.name));
    yield* page.content(context, 1);
    yield* pageEnd(context);
  }
  return { path: pageFile(page.name, false), blocks: blocks() };
}

/** Every page as a section of `index.md`, one level down, so that links become in-page anchors. */
function singlePage(context: RenderContext, front: PageSpec, pages: readonly PageSpec[], options: HandbookOptions): PageSource {
  function* blocks(): Generator<Block> {
    yield* frontMatterOf(options, context.title, front);
    yield heading(1, [text(context.title)], pageKey('index'));
    yield* front.content(context, 1);
    for (const page of pages) {
      yield heading(2, [text(page.title(context))], pageKey(page.name));
      yield* page.content(context, 2);
    }
    yield* pageEnd(context);
  }
  return { path: pageFile('index', true), blocks: blocks() };
}

function frontMatterOf(options: HandbookOptions, title: string, page: PageSpec): Block[] {
  const node = frontMatter(options.frontMatter, title, PAGE_NAMES.indexOf(page.name) + 1);
  return node ? [node] : [];
}

/** A rule, then where the page comes from, without a date or time, so that the same project gives the same bytes. */
function pageEnd(context: RenderContext): Block[] {
  const sources = count(context.view.sourceCount, 'source file');
  return [{ type: 'thematicBreak' }, paragraph(literal(`Generated by cxgov from ${sources}; do not edit, run `), inlineCode('cxgov handbook'), literal('.'))];
}
