import { isDeepStrictEqual } from 'node:util';
import type { FieldChange } from './diffReport.js';
import { isRecord } from '../model/extractEntities.js';

/** Fields that are not compared: the id (a new id is a rename) and the mission's pillars (entities of their own). */
const NOT_FIELDS = new Set(['id']);
const MISSION_NOT_FIELDS = new Set(['id', 'pillars']);

/** The field changes from one version of an entity's data to another, nested mappings as dotted paths. */
export function fieldChanges(before: Readonly<Record<string, unknown>>, after: Readonly<Record<string, unknown>>, mission = false): FieldChange[] {
  const changes: FieldChange[] = [];
  compare(before, after, '', mission ? MISSION_NOT_FIELDS : NOT_FIELDS, changes);
  return changes;
}

function compare(before: Readonly<Record<string, unknown>>, after: Readonly<Record<string, unknown>>, prefix: string, skipped: ReadonlySet<string>, out: FieldChange[]): void {
  const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  for (const key of keys) {
    if (prefix === '' && skipped.has(key)) continue;
    const field = prefix + key;
    const old = Object.hasOwn(before, key) ? before[key] : undefined;
    const now = Object.hasOwn(after, key) ? after[key] : undefined;
    if (isDeepStrictEqual(old, now)) continue;
    if (old === undefined || old === null) out.push({ field, change: 'added', after: now });
    else if (now === undefined || now === null) out.push({ field, change: 'removed', before: old });
    else if (isRecord(old) && isRecord(now)) compare(old, now, `${field}.`, skipped, out);
    else if (isScalarList(old) && isScalarList(now)) {
      const itemsAdded = now.filter((item) => !old.includes(item));
      const itemsRemoved = old.filter((item) => !now.includes(item));
      if (itemsAdded.length > 0 || itemsRemoved.length > 0) out.push({ field, change: 'changed', before: old, after: now, itemsAdded, itemsRemoved });
    } else out.push({ field, change: 'changed', before: old, after: now });
  }
}

function isScalarList(value: unknown): value is unknown[] {
  return Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object');
}
