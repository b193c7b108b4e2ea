// Source files live in the source layer; the rule contract (check/rule.ts) still imports the type from here.
export type { SourceFile } from '../source/sourceFile.js';
