import type { Rule } from '../rule.js';
import { yamlSyntax } from './yaml-syntax.js';
import { schema } from './schema.js';
import { duplicateId } from './duplicate-id.js';
import { unknownReference } from './unknown-reference.js';

/** Every rule, in the order of the documentation. */
export const RULES: readonly Rule[] = [yamlSyntax, schema, duplicateId, unknownReference];

/** A rule by id. */
export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
