import type { Range } from 'cxgov';
import { rangesTouch, type FileAnalysis } from 'cxgov/editor';
import { SemanticTokenModifiers, SemanticTokensBuilder, SemanticTokenTypes, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver';
import type { ProjectState } from '../host/types.js';
import { standingIn } from './occurrences.js';
import { idRange, referenceRange } from './source.js';

/** Marks an id that no entry of the project defines (an unknown reference). */
export const UNRESOLVED_MODIFIER = 'unresolved';

const TYPES = [SemanticTokenTypes.variable];
const MODIFIERS = [SemanticTokenModifiers.declaration, SemanticTokenModifiers.definition, UNRESOLVED_MODIFIER];

/** The token types and modifiers the server uses, in the order their numbers refer to. */
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: TYPES, tokenModifiers: MODIFIERS };

const bits = (...names: string[]) => names.reduce((mask, name) => mask | (1 << MODIFIERS.indexOf(name)), 0);
const DEFINITION = bits(SemanticTokenModifiers.declaration, SemanticTokenModifiers.definition);
const UNRESOLVED = bits(UNRESOLVED_MODIFIER);

/**
 * The ids of a source as tokens, in the order written: an entry's id is a declaration and definition,
 * an id in a reference field a plain variable, and one that names nothing is also unresolved. Only
 * those within `within`, when given.
 */
export function semanticTokens(state: ProjectState, analysis: FileAnalysis, within?: Range): SemanticTokens {
  const tokens: { range: Range; modifiers: number }[] = [];
  for (const entity of analysis.entities) if (entity.kind !== 'mission') tokens.push({ range: idRange(entity), modifiers: DEFINITION });
  const isDefined = definedIn(state);
  for (const reference of analysis.references) tokens.push({ range: referenceRange(reference), modifiers: isDefined(reference) ? 0 : UNRESOLVED });
  const builder = new SemanticTokensBuilder();
  tokens
    // A token is one line long; a (quoted) id written over lines is left out.
    .filter(({ range }) => range.start.line === range.end.line && range.end.character > range.start.character && (!within || rangesTouch(range, within)))
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
    .forEach(({ range, modifiers }) => builder.push(range.start.line, range.start.character, range.end.character - range.start.character, 0, modifiers));
  return builder.build();
}

/** Whether an entry defines the id a reference names, in the index or in a file being typed (read once per request). */
function definedIn(state: ProjectState): (reference: FileAnalysis['references'][number]) => boolean {
  const typed = new Set(standingIn(state).flatMap((current) => current.entities.map((entity) => `${entity.kind}\u0000${entity.id}`)));
  return (reference) => state.index.definitions(reference.kind, reference.id).length > 0 || typed.has(`${reference.kind}\u0000${reference.id}`);
}
