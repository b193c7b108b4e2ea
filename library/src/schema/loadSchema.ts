import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { findAsset } from '../util/findAsset.js';
import * as validators from './compiledValidators.js';

/** The `schemas/` folder, the one source of truth for file shapes. */
export const SCHEMAS_DIR = findAsset('schemas/source.schema.json').replace(/source\.schema\.json$/, '');

/** Reads a schema file of `schemas/` as JSON. */
export function readSchema(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(SCHEMAS_DIR, name), 'utf8')) as Record<string, unknown>;
}

/** The validator of a schema file, compiled from it at build time. */
export function validatorFor(name: 'source.schema.json' | 'cxgov.schema.json'): ValidateFunction {
  return name === 'source.schema.json' ? validators.source : validators.config;
}

/**
 * The validator of one item of a top-level list of sources (`kpis`, `owners`…): the item schema that
 * `source.schema.json` refers to for the section; undefined for a section that is not such a list.
 */
export function itemValidatorFor(section: string): ValidateFunction | undefined {
  return Object.hasOwn(validators.items, section) ? validators.items[section] : undefined;
}
