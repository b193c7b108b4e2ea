#!/usr/bin/env node
// Compiles the JSON Schemas of schemas/ into library/dist/schema/compiledValidators.js, the validators the
// engine runs (ajv's standalone code), so that no process compiles them at start. Runs after `tsc -b`
// in `npm run build` and in the library's prepack; the schemas stay the one source of truth.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const { compileValidators } = await import(join(ROOT, 'library/dist/schema/compileValidators.js'));

writeFileSync(join(ROOT, 'library/dist/schema/compiledValidators.js'), compileValidators(join(ROOT, 'schemas')));
