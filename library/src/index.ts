// cxgov's public surface, by stage: load and lint a project, explain its rules, format the report,
// write the handbook. Editor helpers are in `cxgov/editor`; parts kept public for tests in `cxgov/internal`.
export { VERSION } from './version.js';

// Project: the whole pipeline in one call.
export { lint, localDate, type LintOptions, type LintResult } from './project/lint.js';
export { loadProject, type LoadOptions, type LoadedProject, type LoadResult } from './project/loadProject.js';
export { buildHandbook, type HandbookRunOptions, type HandbookResult } from './project/handbook.js';

// Settings: cxgov.yaml, resolved once.
export { CONFIG_FILE, type Settings } from './load/settings.js';

// Model: what an analysis produces.
export type { Problem, Severity, Range, Position, Fix, TextEdit, RelatedLocation } from './model/problem.js';
export type { Entity, Reference } from './model/entity.js';
export { SECTIONS, KIND_LABEL, type Section, type EntityKind } from './model/sections.js';

// Check: the rules.
export { RULES, findRule } from './check/rules/index.js';
export { ruleDocsUrl, type Rule, type RuleMeta, type FixContext, type FixEdits } from './check/rule.js';
export type { RuleScope } from './check/scope/ruleScope.js';

// Live: the incremental engine of the language server and `cxgov lint --watch`.
export { LiveProject, type LiveCheck, type OfferedFix } from './live/liveProject.js';
export { checkAlone } from './live/checkAside.js';

// Report: one formatter per output format.
export { FORMATS, type FormatName } from './report/formatters/index.js';
export { plural } from './report/formatters/problems.js';
export type { LintReport, Formatter, FormatOptions } from './report/formatter.js';
export type { JsonProblem, JsonFix, JsonFile, JsonCounts } from './report/formatters/json.js';

// Handbook: render in memory, write or check a folder.
export { renderHandbook, renderHandbookWithLocations, type LocatedHandbook } from './handbook/render.js';
export type { HandbookInput, HandbookOptions, HandbookPage } from './handbook/options.js';
export type { HandbookLocation } from './handbook/anchors.js';
export { writeHandbook, HandbookFolderError, HandbookWriteError, type HandbookWritten } from './handbook/write/writeHandbook.js';
export { checkHandbook, type StalePage } from './handbook/write/checkHandbook.js';

// Diff: what a change between two git revisions does to the governance (`cxgov diff`).
export { diffRevisions, type DiffOptions, type DiffResult } from './diff/diffRevisions.js';
export { formatDiffMarkdown, type DiffMarkdownOptions } from './diff/format/markdown.js';
export { formatDiffJson } from './diff/format/json.js';
export { recentRevisions, type RevisionChoice } from './diff/recentRevisions.js';
export { RISKS, type DiffReport, type DiffSide, type EntityChange, type FieldChange, type DiffProblem, type Risk } from './diff/diffReport.js';
