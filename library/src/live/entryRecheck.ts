import type { Entity, Reference } from '../model/entity.js';
import type { EntityKind } from '../model/sections.js';
import type { FileAnalysis } from '../model/fileAnalysis.js';
import type { Finding } from '../model/finding.js';
import type { LiveIndex, ProjectIndex } from '../model/projectIndex.js';
import { inNewEntries, inNewLines, lineAfter, movedFixes, movedRange, type EntryEdit } from '../model/entryEdit.js';
import type { CheckedProblem, Rule } from '../check/rule.js';
import { isSuppressed } from '../check/suppressions.js';
import { push } from './analysisMemo.js';

/** Whether every rule given re-runs over an edited entry alone (see ENTRY_SCOPE). */
export function allOfEntryScope(rules: readonly Rule[]): boolean {
  return rules.every(({ scope }) => scope.kind === 'file' && scope.entries === true);
}

/**
 * The index as rules of entry scope see it after an edit of one entry: the file narrowed to the
 * items that replaced the entry (`part`: their entities and references; and here the findings
 * placed in them), and lookups into the whole project.
 */
export function entryView(index: LiveIndex, part: FileAnalysis, edit: EntryEdit): ProjectIndex {
  const inside = (finding: Finding) => ('path' in finding.at ? inNewEntries(edit, finding.at.path) : inNewLines(edit, finding.at.range.start.line));
  const narrowed: FileAnalysis = { ...part, syntax: part.syntax.filter(inside), schema: part.schema.filter(inside) };
  const byKind = new Map<EntityKind, Entity[]>();
  for (const entity of part.entities) push(byKind, entity.kind, entity);
  return {
    files: [narrowed],
    entities: byKind,
    references: part.references as Reference[],
    definitions: (kind, id) => index.definitions(kind, id),
    referencesTo: (kind, id) => index.referencesTo(kind, id),
    mayDefine: (id) => index.mayDefine(id),
  };
}

/**
 * The problems of rules of entry scope in a file after an edit of one entry: those found before
 * the edit outside the entry, kept (moved with their lines past it), and those `found` in the items
 * that replaced it. A disable comment silences the line below it: the first line past the entry may
 * have gained or lost one.
 */
export function keptAndFound(before: readonly CheckedProblem[], found: readonly CheckedProblem[], after: FileAnalysis, edit: EntryEdit): CheckedProblem[] {
  const problems: CheckedProblem[] = [];
  for (const problem of before) {
    if (lineAfter(edit, problem.range.start.line) === undefined) continue;
    if (problem.range.start.line < edit.fromLine) problems.push(problem);
    else problems.push(moved(problem, after, edit));
  }
  problems.push(...found);
  return problems;
}

/**
 * `keptAndFound` for a rule that reads other entities, run over the entry: what it found elsewhere
 * in the file (the other definitions of an id) is what it found there before, as its scope did not
 * name the file.
 */
export function entryProblems(before: readonly CheckedProblem[], found: readonly CheckedProblem[], after: FileAnalysis, edit: EntryEdit): CheckedProblem[] {
  return keptAndFound(before, found.filter((problem) => inNewLines(edit, problem.range.start.line)), after, edit);
}

function moved(problem: CheckedProblem, after: FileAnalysis, edit: EntryEdit): CheckedProblem {
  const { silencedBy, ...rest } = problem;
  const range = movedRange(edit, problem.range);
  const comment = isSuppressed(after.suppressions, range.start.line, problem.rule);
  // Most edits keep the lines (typing on one): the problem stays as it was.
  if (edit.lineDelta === 0 && comment === (silencedBy?.comment ?? false)) return problem;
  const exceptions = silencedBy?.exceptions ?? [];
  return { ...rest, range, ...(problem.fixes && { fixes: movedFixes(edit, problem.fixes) }), ...((comment || exceptions.length > 0) && { silencedBy: { comment, exceptions } }) };
}
