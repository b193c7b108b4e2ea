import type { Entity } from '../model/entity.js';

/** By id, in code-unit order: the same on every machine, whatever its locale. */
export function byId(a: Entity, b: Entity): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
