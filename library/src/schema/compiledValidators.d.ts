// What `scripts/compile-schemas.mjs` writes into dist/schema/compiledValidators.js at build time:
// the validators of schemas/, compiled by compileValidators.ts.
import type { ValidateFunction } from 'ajv';

export declare const source: ValidateFunction;
export declare const config: ValidateFunction;
/** One item of each top-level list of a source, by section. */
export declare const items: Readonly<Record<string, ValidateFunction>>;
