// `cxgov/editor`: what an editor (the language server) needs beyond `cxgov`: the engine's steps one
// by one, to re-check a file as it is typed, and the helpers that find what is under the cursor.

// Load: sources and settings, file by file.
export { parseSource, type SourceFile } from '../source/sourceFile.js';
export { readSource } from '../load/readSource.js';
export { findConfigFile } from '../load/findProject.js';
export { findSources } from '../load/findSources.js';
export { resolveSettings, defaultSettings } from '../load/resolveSettings.js';
export { locate, type Path } from '../source/locate.js';
export { sameRange } from '../source/range.js';
export { findAsset } from '../util/findAsset.js';

// Model and check: analyse a file, index the project, run the rules.
export { analyzeFile } from '../check/analyzeFile.js';
export type { FileAnalysis } from '../model/fileAnalysis.js';
export { analyzeSources } from '../project/analyzeSources.js';
export { buildProjectIndex, type ProjectIndex } from '../model/projectIndex.js';
export { entityName, parseEntityName, at, referenceAt } from '../model/entity.js';
export { SECTION_KIND } from '../model/sections.js';
export { runRules, compareProblems } from '../check/runRules.js';

// Under the cursor: context, targets, schema, ranges, edits.
export { cursorContext, type CursorContext } from './cursorContext.js';
export { targetAt, yamlTargetAt, samePath, type EditorTarget } from './targetAt.js';
export { schemaAt, fieldsAt, sourceSchema, configSchema, type SchemaNode } from './schemaAt.js';
export { fieldPlaceAt, referenceFieldAt, referenceFieldNamed } from './referenceFieldAt.js';
export { offsetAt, positionAt, textRange, fullRange, keyRange, rangeContains, rangesTouch } from './ranges.js';
export { sectionsIn } from './sectionsIn.js';
export { enclosingRanges } from './enclosingRanges.js';
export { foldingBlocks, type LineSpan } from './foldingBlocks.js';
export { setFieldEdit, appendItemEdit, appendSectionEdit, suppressEdit } from './edits.js';
export { isId } from './isId.js';
export { exceptionEntities, type ExceptionEntity } from './exceptionEntities.js';
export { fixAllText, type FixAllInput } from './fixAll.js';
export { recoveredAnalysis } from './recoveredAnalysis.js';

