import { isScalar, isSeq } from 'yaml';
import { nodeAt } from '../source/locate.js';
import { offsetsToRange, type SourceFile } from '../source/sourceFile.js';
import { parseEntityName } from '../model/entity.js';
import type { EntityKind } from '../model/sections.js';
import type { Range } from '../model/problem.js';
import { offsetAt, textRange } from './ranges.js';

/** The `entity:` of one exception in `cxgov.yaml`, where it is written. */
export interface ExceptionEntity {
  /** The exception's index under `exceptions:`. */
  at: number;
  /** The `section/id` as written. */
  name: string;
  /** What it names, when its section is one. */
  named?: { kind: EntityKind; id: string };
  /** Where the value is written, inside quotes. */
  range: Range;
  /**
   * Where its id is written, when the text reads as the value does. An escape (`"kpis/\x61ht"`)
   * leaves this out: a rename must not guess where the id is.
   */
  idRange?: Range;
}

/** The entities named by the exceptions of a `cxgov.yaml` (the first document; a file that does not parse names what it can). */
export function exceptionEntities(config: SourceFile): ExceptionEntity[] {
  const list = nodeAt(config, 0, ['exceptions']);
  if (!isSeq(list)) return [];
  const found: ExceptionEntity[] = [];
  list.items.forEach((_, at) => {
    const node = nodeAt(config, 0, ['exceptions', at, 'entity']);
    if (!isScalar(node) || typeof node.value !== 'string') return;
    const name = node.value;
    const range = textRange(config, 0, ['exceptions', at, 'entity']);
    const named = parseEntityName(name);
    const entity: ExceptionEntity = { at, name, range, ...(named && { named }) };
    const start = offsetAt(config, range.start);
    const end = offsetAt(config, range.end);
    if (named && config.text.slice(start, end) === name) entity.idRange = offsetsToRange(config, end - named.id.length, end);
    found.push(entity);
  });
  return found;
}
