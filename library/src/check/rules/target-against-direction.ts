import { at } from '../../model/entity.js';
import { isRecord } from '../../model/extractEntities.js';
import type { Rule } from '../rule.js';
import { ENTRY_SCOPE } from '../scope/ruleScope.js';

/** For each direction: the words for it, and whether a target on the wrong side of the baseline. */
const DIRECTIONS: Record<string, { better: string; wrongSide: string; against: (target: number, baseline: number) => boolean }> = {
  decrease: { better: 'lower', wrongSide: 'above', against: (target, baseline) => target > baseline },
  increase: { better: 'higher', wrongSide: 'below', against: (target, baseline) => target < baseline },
};

export const targetAgainstDirection: Rule = {
  id: 'target-against-direction',
  defaultSeverity: 'warning',
  description: 'A KPI whose target moves the wrong way from its baseline ("direction: decrease" with a target above the baseline, or "increase" with one below).',
  rationale:
    'A target is a promise about where the number should go. One that contradicts the KPI\'s own direction publishes "1.4 → 1.7, lower is better": either the target or the direction is wrong, and people will chase whichever they read.',
  howToFix: 'Correct "target.value" so that it moves from the baseline the way "direction" says is better, or correct "direction" if that is the mistake.',
  // Reads each entity's own fields: an edit changes problems in the edited file only.
  scope: ENTRY_SCOPE,
  *check({ index }) {
    for (const kpi of index.entities.get('kpi') ?? []) {
      const { direction, baseline, target } = kpi.data;
      // Values of the wrong type are the schema rule's to report.
      if (typeof direction !== 'string' || !Object.hasOwn(DIRECTIONS, direction) || !isRecord(target)) continue;
      if (!isFiniteNumber(baseline) || !isFiniteNumber(target.value)) continue;
      const { better, wrongSide, against } = DIRECTIONS[direction]!;
      if (!against(target.value, baseline)) continue;
      yield {
        at: at(kpi, 'target', 'value'),
        entity: kpi,
        message: `KPI "${kpi.id}" is better when ${better}, but its target (${target.value}) is ${wrongSide} its baseline (${baseline}), so meeting the target makes things worse for customers. Fix the target value, or the "direction" if it is the one that is wrong.`,
      };
    }
  },
};

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
