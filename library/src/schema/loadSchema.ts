import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { findAsset } from '../util/findAsset.js';

/** The `schemas/` folder, the one source of truth for file shapes. */
export const SCHEMAS_DIR = findAsset('schemas/source.schema.json').replace(/source\.schema\.json$/, '');

/** Keywords that editors (and the Red Hat YAML extension) read; ajv only needs to accept them. */
const EDITOR_KEYWORDS = ['markdownDescription', 'patternErrorMessage', 'errorMessage', 'defaultSnippets', 'doNotSuggest', 'deprecationMessage'];

let ajv: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction>();

/** Reads a schema file of `schemas/` as JSON. */
export function readSchema(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(SCHEMAS_DIR, name), 'utf8')) as Record<string, unknown>;
}

/** The compiled validator for a schema file, compiled once per process. */
export function validatorFor(name: 'source.schema.json' | 'cxgov.schema.json'): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    ajv ??= createAjv();
    validate = ajv.compile(readSchema(name));
    compiled.set(name, validate);
  }
  return validate;
}

const itemValidators = new Map<string, ValidateFunction | undefined>();

/**
 * The validator of one item of a top-level list of sources (`kpis`, `owners`…): the item schema that
 * `source.schema.json` refers to for the section; undefined for a section that is not such a list.
 */
export function itemValidatorFor(section: string): ValidateFunction | undefined {
  if (itemValidators.has(section)) return itemValidators.get(section);
  const whole = validatorFor('source.schema.json');
  const schema = whole.schema as { $id: string; properties: Record<string, { type?: unknown; items?: { $ref?: unknown } } | undefined> };
  const property = Object.hasOwn(schema.properties, section) ? schema.properties[section] : undefined;
  const ref = property?.type === 'array' ? property.items?.$ref : undefined;
  const validate = typeof ref === 'string' && ref.startsWith('#/$defs/') ? ajv!.getSchema(`${schema.$id}${ref}`) : undefined;
  itemValidators.set(section, validate);
  return validate;
}

function createAjv(): Ajv2020 {
  // validateSchema: checking our own schemas against the JSON Schema meta-schema triples the time a
  // compile takes, in every process and worker; test/schemas.test.ts checks them once instead.
  // allowUnionTypes: a size is a number of bytes or a text such as "8MB".
  const instance = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true, validateSchema: false });
  instance.addVocabulary(EDITOR_KEYWORDS);
  (addFormats as unknown as (ajv: Ajv2020, formats: string[]) => void)(instance, ['date', 'email']);
  return instance;
}
