import type { Entity } from '../../model/entity.js';
import type { EntityKind } from '../../model/sections.js';
import type { PageName } from '../anchors.js';
import type { RenderContext } from '../context.js';
import { entitySection, type Fact } from '../entitySection.js';
import { paragraph, text, type Block } from '../mdast.js';

/** One page of the handbook; in single-page mode, one section of the only page. */
export interface PageSpec {
  name: PageName;
  /** The page's heading. */
  title(context: RenderContext): string;
  /** What a reader finds there, for "How to read this handbook" (a sentence without its capital). */
  purpose: string;
  /**
   * Everything below the page's heading, in order; `depth` is the level of that heading. Long
   * pages make their blocks one at a time, as they are written.
   */
  content(context: RenderContext, depth: number): Iterable<Block>;
}

/** What an empty page or section says, so that a reader knows nothing is missing from the handbook itself. */
export function emptyNote(sentence: string): Block {
  return paragraph(text(sentence));
}

/** A page that lists every entity of one kind, in the authors' order, each with its facts. */
export interface EntityPage {
  name: PageName;
  kind: EntityKind;
  title: string;
  purpose: string;
  /** The paragraph under the page's heading. */
  intro: string;
  /** What the page says when there is nothing to list. */
  empty: string;
  facts(context: RenderContext, entity: Entity): readonly (Fact | undefined)[];
}

export function entityPage(page: EntityPage): PageSpec {
  return {
    name: page.name,
    title: () => page.title,
    purpose: page.purpose,
    *content(context, depth) {
      const entities = context.view.all(page.kind);
      if (entities.length === 0) {
        yield emptyNote(page.empty);
        return;
      }
      yield paragraph(text(page.intro));
      for (const entity of entities) yield* entitySection(entity, depth + 1, page.facts(context, entity));
    },
  };
}
