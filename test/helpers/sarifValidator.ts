import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/** The official SARIF 2.1.0 JSON Schema (2.1.0-rtm.5), shipped inside @microsoft/jest-sarif. */
export function sarifValidator(): ValidateFunction {
  const schemaFile = createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const { $schema, id, ...schema } = JSON.parse(readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;
  // The file declares draft-04, which ajv 8 does not load; it uses no keyword that draft-07 reads
  // differently, so only its draft-04 `id` needs to become `$id`.
  assert.equal($schema, 'http://json-schema.org/draft-04/schema#');
  // `unicodeRegExp: false`: one `pattern` in the schema (a language tag) is not valid with the `u` flag.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  // ajv-formats is CommonJS; under NodeNext its default import is typed as the module object.
  (addFormats as unknown as (ajv: Ajv) => void)(ajv);
  return ajv.compile({ ...schema, $id: String(id) });
}
