import type { Entity, Problem, Range, TextEdit as EngineEdit } from 'cxgov';
import {
  appendItemEdit,
  appendSectionEdit,
  at,
  entityName,
  locate,
  rangesTouch,
  sameRange,
  referenceAt,
  sectionsIn,
  setFieldEdit,
  suppressEdit,
  type FileAnalysis,
  type ProjectIndex,
} from 'cxgov/editor';
import { CodeActionKind, DiagnosticSeverity, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { ProjectState } from '../host/types.js';
import { pathToUri } from '../uri.js';
import { isId } from './rename.js';

/** How many owners "Add owner" offers: enough to choose from, few enough to read. */
const MAX_OWNER_CHOICES = 5;
const MAX_PILLAR_CHOICES = 10;

/**
 * Quick fixes for the problems of a file that touch a range: the engine's did-you-mean fixes,
 * adding a missing owner or pillar, creating a missing owner, and suppressing the rule on the line.
 */
export function codeActions(state: ProjectState, analysis: FileAnalysis, range: Range, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const path = analysis.file.path;
  const actions: CodeAction[] = [];
  for (const problem of state.problemsIn(path)) {
    if (!rangesTouch(problem.range, range)) continue;
    const diagnostic = diagnostics.find((candidate) => matches(candidate, problem)) ?? toDiagnostic(problem);
    const action = (title: string, edits: readonly (EngineEdit | undefined)[], isPreferred = false): void => {
      const present = edits.filter((edit): edit is EngineEdit => edit !== undefined);
      if (present.length === 0) return;
      actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred, edit: workspaceEdit(present) });
    };
    const fixes = problem.fixes ?? [];
    for (const fix of fixes) action(fix.title, fix.edits, fixes.length === 1);
    for (const { title, edit } of ruleFixes(state, analysis, problem)) action(title, [edit]);
    action(`Suppress ${problem.rule} on this line`, [suppressEdit(analysis.file, problem.range.start.line, problem.rule)]);
  }
  return actions;
}

/** The fixes a rule's problem calls for, beyond the engine's own. */
function ruleFixes(state: ProjectState, analysis: FileAnalysis, problem: Problem): { title: string; edit: EngineEdit | undefined }[] {
  const { index } = state;
  switch (problem.rule) {
    case 'kpi-no-owner':
    case 'standard-no-owner': {
      const entity = entityOf(analysis, problem);
      if (!entity) return [];
      return choices(index, 'owner', entity, MAX_OWNER_CHOICES).map((owner) => ({ title: `Add owner: ${owner.id}`, edit: setFieldEdit(entity, 'owner', owner.id) }));
    }
    case 'kpi-no-mission-link':
    case 'initiative-no-mission-link': {
      const entity = entityOf(analysis, problem);
      if (!entity) return [];
      return choices(index, 'pillar', entity, MAX_PILLAR_CHOICES).map((pillar) => ({ title: `Add supports: [${pillar.id}]`, edit: setFieldEdit(entity, 'supports', `[${pillar.id}]`) }));
    }
    case 'unknown-reference': {
      const reference = analysis.references.find((candidate) => sameRange(locate(referenceAt(candidate)), problem.range));
      if (!reference || reference.kind !== 'owner' || !isId(reference.id) || index.definitions('owner', reference.id).length > 0) return [];
      return [{ title: `Create owner '${reference.id}'`, edit: createOwnerEdit(index, analysis, reference.id) }];
    }
    default:
      return [];
  }
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

/** A minimal owner, appended to the list of owners wherever the project keeps it, else to this file. */
function createOwnerEdit(index: ProjectIndex, analysis: FileAnalysis, id: string): EngineEdit | undefined {
  const lines = [`id: ${id}`, `name: ${nameFromId(id)}`, 'type: person'];
  const existing = index.entities.get('owner')?.[0];
  if (existing) return appendItemEdit(existing.file, existing.doc, 'owners', lines);
  for (const { file } of index.files) {
    const home = sectionsIn(file).find(({ section }) => section === 'owners');
    if (home) return appendItemEdit(file, home.doc, 'owners', lines);
  }
  return appendSectionEdit(analysis.file, 'owners', lines);
}

/** `cx-insights-lead` → `Cx Insights Lead`: a starting point the user will correct. */
export function nameFromId(id: string): string {
  return id
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

function workspaceEdit(edits: readonly EngineEdit[]): WorkspaceEdit {
  const changes: Record<string, TextEdit[]> = {};
  for (const { file, range, newText } of edits) (changes[pathToUri(file)] ??= []).push({ range, newText });
  return { changes };
}

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

function toDiagnostic(problem: Problem): Diagnostic {
  return { range: problem.range, severity: SEVERITY[problem.severity], code: problem.rule, source: 'cxgov', message: problem.message };
}

function matches(diagnostic: Diagnostic, problem: Problem): boolean {
  return diagnostic.code === problem.rule && diagnostic.message === problem.message && sameRange(diagnostic.range, problem.range);
}
