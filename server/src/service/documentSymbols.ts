import type { Entity, Section } from 'cxgov';
import { KIND_LABEL, fullRange, keyRange, SECTION_KIND, sectionsIn, type FileAnalysis } from 'cxgov/editor';
import type { DocumentSymbol } from 'vscode-languageserver';
import { entityTitle } from './describe.js';
import { idRange } from './source.js';
import { SECTION_SYMBOL_KIND, SYMBOL_KIND } from './symbolKinds.js';

/** The outline of a source: its sections, the entries of each (named by id), and the mission's pillars. */
export function documentSymbols(analysis: FileAnalysis): DocumentSymbol[] {
  const { file } = analysis;
  return sectionsIn(file).map(({ doc, section }) => {
    const entries = analysis.entities.filter((entity) => entity.doc === doc && isEntryOf(entity, section));
    const keyAt = keyRange(file, doc, [section]);
    return {
      name: section,
      detail: sectionDetail(analysis, doc, section, entries.length),
      kind: SECTION_SYMBOL_KIND,
      range: { start: keyAt.start, end: fullRange(file, doc, [section]).end },
      selectionRange: keyAt,
      children: entries.map(entitySymbol),
    };
  });
}

/** Entries listed directly under a section; for the mission, its pillars. */
function isEntryOf(entity: Entity, section: Section): boolean {
  if (section === 'mission') return entity.kind === 'pillar';
  return entity.section === section && entity.path.length === 2;
}

function sectionDetail(analysis: FileAnalysis, doc: number, section: Section, entries: number): string {
  if (section === 'mission') {
    const mission = analysis.entities.find((entity) => entity.doc === doc && entity.kind === 'mission');
    const statement = (mission && entityTitle(mission)) ?? '';
    return statement.length > 80 ? `${statement.slice(0, 79)}…` : statement;
  }
  const label = KIND_LABEL[SECTION_KIND[section]];
  return `${entries} ${entries === 1 ? label.one : label.many}`;
}

function entitySymbol(entity: Entity): DocumentSymbol {
  const selectionRange = idRange(entity);
  const range = fullRange(entity.file, entity.doc, entity.path);
  return {
    name: entity.id,
    detail: entityTitle(entity) ?? '',
    kind: SYMBOL_KIND[entity.kind],
    range: contains(range, selectionRange) ? range : selectionRange,
    selectionRange,
  };
}

function contains(outer: DocumentSymbol['range'], inner: DocumentSymbol['range']): boolean {
  const before = (a: typeof outer.start, b: typeof outer.start) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}
