import { at, type Entity } from '../../model/entity.js';
import type { Rule } from '../rule.js';
import { addRead, definingFiles, key } from '../scope/ruleScope.js';

/** Statuses of a KPI that does not measure anything yet, or any more. */
const NOT_LIVE = new Set(['draft', 'retired']);
/** How many not-live KPIs a message names before it says "and N more". */
const NAMED = 3;

export const pillarUnmeasured: Rule = {
  id: 'pillar-unmeasured',
  defaultSeverity: 'warning',
  description: 'A pillar of the mission that no active KPI supports.',
  rationale: 'A pillar of the promise that nothing measures stays a platitude: nobody can tell whether the company keeps it, so nobody is asked to.',
  howToFix: 'Add the pillar\'s id to "supports:" of an active or validated KPI (a KPI without "status" counts as active), or define one.',
  // A pillar reads the KPIs that support it and their status.
  scope: {
    kind: 'linked',
    entities: 'files',
    reads(analysis) {
      const supporters = new Map<string, string>();
      for (const reference of analysis.references) {
        if (reference.kind === 'pillar' && reference.from.kind === 'kpi' && reference.field === 'supports') addRead(supporters, reference.id, [reference.from.id, reference.from.data.status]);
      }
      return supporters;
    },
    affected: (change, index) => definingFiles(index, change.read.map((id) => key('pillar', id))),
  },
  *check({ index }) {
    for (const pillar of index.entities.get('pillar') ?? []) {
      const supporters = index
        .referencesTo('pillar', pillar.id)
        .filter((reference) => reference.from.kind === 'kpi' && reference.field === 'supports')
        .map((reference) => reference.from);
      if (supporters.some(isLive)) continue;
      yield {
        at: at(pillar, 'id'),
        entity: pillar,
        message: `Pillar "${pillar.id}" is not measured by any active KPI.${notLiveNote(supporters)} Add "${pillar.id}" to "supports:" of an active or validated KPI that shows whether you keep this part of the promise.`,
      };
    }
  },
};

/** A KPI with no status, or one that is not a known not-live status, counts as active. */
function isLive(kpi: Entity): boolean {
  return !(typeof kpi.data.status === 'string' && NOT_LIVE.has(kpi.data.status));
}

/** Names the draft or retired KPIs that do support the pillar, so the reader knows where to look. */
function notLiveNote(kpis: readonly Entity[]): string {
  const unique = [...new Map(kpis.map((kpi) => [kpi.id, kpi])).values()];
  if (unique.length === 0) return '';
  const named = unique.slice(0, NAMED).map((kpi) => `"${kpi.id}" (${String(kpi.data.status)})`);
  const more = unique.length > NAMED ? ` and ${unique.length - NAMED} more` : '';
  return ` Only draft or retired KPIs support it: ${named.join(', ')}${more}.`;
}
