import type { Entity } from '../model/entity.js';
import { textOf } from './fields.js';

// What a KPI's or standard's `status` means for a reader: a draft measures nothing yet, a retired
// one measures nothing any more. Every page, diagram and count reads it here, so they agree.

/** Retired: kept for history, listed apart, never as measuring or guarding anything. */
export function isRetired(entity: Entity): boolean {
  return textOf(entity.data.status) === 'retired';
}

/** A draft: defined, not measured yet; the handbook marks it wherever it is listed. */
export function isDraft(entity: Entity): boolean {
  return textOf(entity.data.status) === 'draft';
}

/** Not retired: still part of the line of sight, drafts included (and marked). */
export function isCurrent(entity: Entity): boolean {
  return !isRetired(entity);
}

/** Measuring today: neither a draft nor retired (as the pillar-unmeasured rule counts). */
export function isLive(entity: Entity): boolean {
  return !isDraft(entity) && !isRetired(entity);
}
