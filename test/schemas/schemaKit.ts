import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

// The JSON Schemas are the single source of truth for the shape of governance files and of cxgov.yaml.
// Three consumers read them: our ajv validator, our language server (hover, completion) and the
// Red Hat YAML extension. The tests in this folder hold the guarantees each of them relies on; this
// file is what they share: the two schemas, an ajv set up as the validator sets it up, and ways to
// walk a schema node by node.

export type Schema = Record<string, unknown>;

export const SOURCE_ID = 'https://cxgov.dev/schemas/source.schema.json';
export const CONFIG_ID = 'https://cxgov.dev/schemas/cxgov.schema.json';
export const EDITOR_KEYWORDS = ['markdownDescription', 'patternErrorMessage', 'errorMessage', 'defaultSnippets', 'doNotSuggest', 'deprecationMessage'];
/** Keywords whose errors cannot be rewritten into one plain sentence: the schemas must not use them. */
export const UNREADABLE_KEYWORDS = ['oneOf', 'anyOf', 'allOf', 'not', 'if', 'then', 'else', 'dependentSchemas'];
export const ANNOTATIONS = ['title', 'description', 'markdownDescription', 'examples'] as const;

export function readSchema(name: string): Schema {
  return JSON.parse(readFileSync(new URL(`../../../schemas/${name}`, import.meta.url), 'utf8')) as Schema;
}

export const sourceSchema = readSchema('source.schema.json');
export const configSchema = readSchema('cxgov.schema.json');

/** An ajv set up exactly as the validator sets it up: 2020-12, strict, every error, editor keywords accepted. */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
  ajv.addVocabulary(EDITOR_KEYWORDS);
  (addFormats as unknown as (ajv: Ajv2020, formats: string[]) => void)(ajv, ['date', 'email']);
  return ajv;
}

export const ajv = createAjv();
ajv.addSchema(sourceSchema);
ajv.addSchema(configSchema);

export function validator(ref: string): ValidateFunction {
  const validate = ajv.getSchema(ref);
  assert.ok(validate, `no schema at ${ref}`);
  return validate;
}

export const validateSource = validator(SOURCE_ID);
export const validateConfig = validator(CONFIG_ID);

export function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Every schema node of a schema with its JSON pointer: the root, $defs, properties, patternProperties, items… */
export function* schemaNodes(schema: Schema, pointer = ''): Generator<[string, Schema]> {
  yield [pointer, schema];
  for (const keyword of ['$defs', 'properties', 'patternProperties']) {
    const map = schema[keyword];
    if (!isSchema(map)) continue;
    for (const [key, sub] of Object.entries(map)) {
      if (isSchema(sub)) yield* schemaNodes(sub, `${pointer}/${keyword}/${escapePointer(key)}`);
    }
  }
  for (const keyword of ['items', 'additionalProperties', 'contains', 'propertyNames']) {
    const sub = schema[keyword];
    if (isSchema(sub)) yield* schemaNodes(sub, `${pointer}/${keyword}`);
  }
}

/** The validator of the schema node at a JSON pointer, for checking its examples. */
export function validatorAt(id: string, pointer: string): ValidateFunction {
  const fragment = pointer.split('/').map(encodeURIComponent).join('/');
  return validator(`${id}#${fragment}`);
}

/** `keyword at instancePath` for each error, to compare with what a test expects. */
export function errorsOf(validate: ValidateFunction, data: unknown): string[] {
  validate(data);
  return (validate.errors ?? []).map((error: ErrorObject) => `${error.keyword} at ${error.instancePath || '/'}`);
}

export function deref(schema: Schema, node: Schema): Schema {
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  const name = /^#\/\$defs\/(.+)$/.exec(ref)?.[1];
  assert.ok(name, `unexpected $ref ${ref}`);
  return (schema.$defs as Record<string, Schema>)[name]!;
}

export const SCHEMAS: ReadonlyArray<[string, string, Schema]> = [
  ['source.schema.json', SOURCE_ID, sourceSchema],
  ['cxgov.schema.json', CONFIG_ID, configSchema],
];

/** A source made of one KPI with these fields added to a valid minimum. */
export function kpi(fields: Schema): Schema {
  return { kpis: [{ id: 'net-promoter-score', name: 'Net Promoter Score', ...fields }] };
}
