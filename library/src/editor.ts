// `cxgov/editor`: the engine's steps for an editor (./editor/), and the rest of what the language
// server uses at start and as you type, so that it never loads `cxgov`'s entry (the handbook's
// Markdown toolchain, the diff) until a command needs it. A file of its own because the live
// engine (./live/) uses ./editor/: ./editor/index.ts re-exporting it would close a circle.
export * from './editor/index.js';
export { VERSION } from './version.js';
export { localDate } from './project/lint.js';
export { CONFIG_FILE } from './load/settings.js';
export { SECTIONS, KIND_LABEL } from './model/sections.js';
export { RULES, findRule } from './check/rules/index.js';
export { ruleDocsUrl } from './check/rule.js';
export { LiveProject } from './live/liveProject.js';
export { checkAlone } from './live/checkAside.js';
export { plural } from './report/formatters/problems.js';
