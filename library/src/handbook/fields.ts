// How the handbook reads entity fields. Fields are untrusted (the schema rule reports wrong types),
// so every reader returns what it can show and never throws: a number where text is expected is
// shown as its text, an object or list where text is expected is left out.
import { isRecord } from '../model/extractEntities.js';

/** A scalar field as text; undefined when missing, blank, or not a scalar. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A list field as the texts of its scalar items, in the author's order; one scalar counts as a list of one. */
export function textsOf(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items.map(textOf).filter((item): item is string => item !== undefined);
}

/** The ids a reference field names, in the author's order, without repeats. */
export function idsOf(value: unknown): string[] {
  const ids = textsOf(value);
  // Most reference fields name one id: no repeats to drop, no Set to make.
  return ids.length < 2 ? ids : [...new Set(ids)];
}

/** A nested mapping field (`target`, `review`), or an empty one when it is not a mapping. */
export function recordOf(value: unknown): Readonly<Record<string, unknown>> {
  return isRecord(value) ? value : {};
}

/** An entity's display name: its `name` (or `title` for standards), else its id. */
export function nameOf(data: Readonly<Record<string, unknown>>, id: string): string {
  return textOf(data.name) ?? textOf(data.title) ?? id;
}
