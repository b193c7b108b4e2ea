import { at, entityName, type Entity } from '../../model/entity.js';
import { type Fix, type Problem, type Range, type TextEdit } from '../../model/problem.js';
import { sameRange } from '../../source/range.js';
import type { ProjectIndex } from '../../model/projectIndex.js';
import type { FileAnalysis } from '../../model/fileAnalysis.js';
import { locate } from '../../source/locate.js';
import type { FixContext } from '../rule.js';

/** How many owners "Add owner" offers: enough to choose from, few enough to read. */
const MAX_OWNER_CHOICES = 5;
const MAX_PILLAR_CHOICES = 10;

/** "Add owner: <id>" for the entry a problem is about, most fitting owners first. */
export function addOwnerFixes(problem: Problem, { index, analysis, edits }: FixContext): Fix[] {
  const entity = entityOf(analysis, problem);
  if (!entity) return [];
  return present(choices(index, 'owner', entity, MAX_OWNER_CHOICES).map((owner) => ({ title: `Add owner: ${owner.id}`, edit: edits.setField(entity, 'owner', owner.id) })));
}

/** "Add supports: [<pillar>]" for the entry a problem is about, most used pillars first. */
export function addSupportsFixes(problem: Problem, { index, analysis, edits }: FixContext): Fix[] {
  const entity = entityOf(analysis, problem);
  if (!entity) return [];
  return present(choices(index, 'pillar', entity, MAX_PILLAR_CHOICES).map((pillar) => ({ title: `Add supports: [${pillar.id}]`, edit: edits.setField(entity, 'supports', `[${pillar.id}]`) })));
}

/** "Create owner '<id>'": the owner added by `createOwnerEdit`, its new id to be shown once written. */
export function createOwnerFixes(id: string, context: FixContext): Fix[] {
  const edit = createOwnerEdit(id, context);
  if (!edit) return [];
  return [{ title: `Create owner '${id}'`, edits: [edit], reveal: { file: edit.file, range: insertedRange(edit, `id: ${id}`, id) } }];
}

/** Where `part` of the first `written` in an edit's new text stands once the edit is made. */
function insertedRange(edit: TextEdit, written: string, part: string): Range {
  const before = edit.newText.slice(0, edit.newText.indexOf(written) + written.indexOf(part)).split(/\r\n|\r|\n/);
  const last = before[before.length - 1]!;
  const start = before.length === 1 ? { line: edit.range.start.line, character: edit.range.start.character + last.length } : { line: edit.range.start.line + before.length - 1, character: last.length };
  return { start, end: { line: start.line, character: start.character + part.length } };
}

/** A minimal owner, appended to the list of owners wherever the project keeps it, else to this file. */
function createOwnerEdit(id: string, { index, analysis, edits }: FixContext): TextEdit | undefined {
  const lines = [`id: ${id}`, `name: ${nameFromId(id)}`, 'type: person'];
  const existing = index.entities.get('owner')?.[0];
  if (existing) return edits.appendItem(existing.file, existing.doc, 'owners', lines);
  for (const { file } of index.files) {
    const [doc] = edits.sectionDocs(file, 'owners');
    if (doc !== undefined) return edits.appendItem(file, doc, 'owners', lines);
  }
  return edits.appendSection(analysis.file, 'owners', lines);
}

/** `cx-insights-lead` → `Cx Insights Lead`: a starting point the user will correct. */
export function nameFromId(id: string): string {
  return id
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/** The one-edit fixes whose edit could be made. */
export function present(candidates: readonly { title: string; edit: TextEdit | undefined }[]): Fix[] {
  return candidates.flatMap(({ title, edit }) => (edit ? [{ title, edits: [edit] }] : []));
}

/** The entry a problem is about, in this file: the one named by the problem whose id the problem points at. */
function entityOf(analysis: FileAnalysis, problem: Problem): Entity | undefined {
  const named = analysis.entities.filter((entity) => entityName(entity) === problem.entity);
  return named.find((entity) => sameRange(locate(at(entity, 'id')), problem.range)) ?? named[0];
}

/**
 * The entries of a kind to offer, one per id: first those most used by entries like the one being
 * fixed (owners of other KPIs for a KPI), then the most used overall.
 */
function choices(index: ProjectIndex, kind: 'owner' | 'pillar', fixing: Entity, max: number): Entity[] {
  const unique = new Map<string, Entity>();
  for (const entity of index.entities.get(kind) ?? []) if (!unique.has(entity.id)) unique.set(entity.id, entity);
  return [...unique.values()]
    .map((entity, order) => {
      const uses = index.referencesTo(kind, entity.id);
      return { entity, order, alike: uses.filter((reference) => reference.from.kind === fixing.kind).length, uses: uses.length };
    })
    .sort((a, b) => b.alike - a.alike || b.uses - a.uses || a.order - b.order)
    .slice(0, max)
    .map(({ entity }) => entity);
}
