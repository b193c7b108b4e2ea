import { relative, sep } from 'node:path';
import type { Position, Range } from 'cxgov';
import { KIND_LABEL, isId, type FileAnalysis, type SourceFile } from 'cxgov/editor';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { ProjectState } from '../host/types.js';
import { occurrencesOf } from './occurrences.js';
import { symbolOf, targetOf, type IdSymbol } from './target.js';
import { configTargetAt } from './configTarget.js';
import { exceptionsNaming, exceptionsNamingUnplaced } from './exceptionOccurrences.js';
import { pathToUri } from '../uri.js';

/** A refusal the client should show to the user, or the answer (with a warning to show beside it). */
export type Answer<T> = { ok: T; warning?: string } | { refused: string };

/** Whether the cursor is on something renameable: an entry's id or a reference to one. */
export function prepareRename(analysis: FileAnalysis, position: Position): Answer<{ range: Range; placeholder: string }> {
  const target = targetOf(analysis, position);
  const symbol = symbolOf(target);
  if (!target || !symbol) return { refused: 'Only an id, or a reference to one (an owner, a pillar, a KPI…), can be renamed. Place the cursor on the id.' };
  return { ok: { range: target.range, placeholder: symbol.id } };
}

/**
 * Renames an id everywhere: its definition and every reference to it, across the project's files.
 * Files with a syntax error are edited only where the id is known to be written now; the warning
 * names those where more mentions of the id are left as they were.
 */
export function rename(state: ProjectState, analysis: FileAnalysis, position: Position, newName: string, config?: SourceFile): Answer<WorkspaceEdit> {
  return renameSymbol(state, symbolOf(targetOf(analysis, position)), newName, config);
}

/** Whether the cursor in `cxgov.yaml` is on the id of an exception's entity, which renames that entry. */
export function prepareConfigRename(config: SourceFile, position: Position): Answer<{ range: Range; placeholder: string }> {
  const target = configTargetAt(config, position);
  const { named, idRange } = target?.type === 'entity' ? target.entity : {};
  if (!named || !idRange) return { refused: 'In cxgov.yaml, only the entity of an exception (the id in "section/id") can be renamed. Place the cursor on it.' };
  return { ok: { range: idRange, placeholder: named.id } };
}

/** Renames an id everywhere: its definition, every reference in the sources and the exceptions of `cxgov.yaml` that name it. */
export function renameSymbol(state: ProjectState, symbol: IdSymbol | undefined, newName: string, config: SourceFile | undefined): Answer<WorkspaceEdit> {
  if (!symbol) return { refused: 'Only an id, or a reference to one, can be renamed.' };
  const label = KIND_LABEL[symbol.kind].one;
  const wanted = newName.trim();
  if (!isId(wanted)) {
    return { refused: `"${newName}" is not a valid id: use kebab-case (lowercase letters, digits and single hyphens, e.g. "first-contact-resolution").` };
  }
  if (wanted === symbol.id) return { ok: { changes: {} } };
  if (state.index.definitions(symbol.kind, wanted).length > 0) {
    return { refused: `There is already ${article(label)} ${label} with the id "${wanted}": pick another id, or merge the two first.` };
  }
  const changes: Record<string, TextEdit[]> = {};
  const found = occurrencesOf(state, symbol);
  const seen = new Set<string>();
  for (const { uri, range } of [...found.definitions, ...found.references, ...exceptionsNaming(config, symbol)]) {
    // A reference may sit where a definition is (an owner among its own team's members is not one).
    const key = `${uri}\u0000${JSON.stringify(range)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    (changes[uri] ??= []).push({ range, newText: wanted });
  }
  const unplaced = exceptionsNamingUnplaced(config, symbol);
  const warnings = [leftOut(state, symbol.id, changes), unplaced.length > 0 ? `cxgov.yaml names "${symbol.id}" with an escape in the exception at line ${unplaced.join(', ')}: change it there by hand.` : undefined];
  const warning = warnings.filter(Boolean).join(' ');
  return { ok: { changes }, ...(warning && { warning }) };
}

/**
 * Says where a file with a syntax error mentions the id more often than the rename edits it: there
 * the parser cannot tell where the id is written, and a guess could edit the wrong text.
 */
function leftOut(state: ProjectState, id: string, changes: Record<string, TextEdit[]>): string | undefined {
  const mention = new RegExp(`(?<![\\w-])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'g');
  const files: string[] = [];
  for (const indexed of state.index.files) {
    const current = state.analysis(indexed.file.path);
    const error = current?.syntax[0]?.at;
    if (!current || !error) continue;
    const missed = (current.file.text.match(mention)?.length ?? 0) - (changes[pathToUri(current.file.path)]?.length ?? 0);
    if (missed > 0) files.push(`${relative(state.settings.root, current.file.path).split(sep).join('/')} (syntax error at line ${'range' in error ? error.range.start.line + 1 : 1}: ${missed} left)`);
  }
  if (files.length === 0) return undefined;
  return `"${id}" was not renamed everywhere: ${files.join(', ')}. Where a file has a syntax error, cxgov cannot tell where the id is written; fix the error, then rename what is left there.`;
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}
