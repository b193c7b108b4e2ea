import type { Entity, EntityKind } from 'cxgov';
import type { FileAnalysis, ProjectIndex } from 'cxgov/editor';
import type { CancellationToken, CodeLens } from 'vscode-languageserver';
import { count, relationCount, relationsOf } from './describe.js';
import { idRange } from './source.js';

/** The kinds of entry that get a lens: the ones others point at most. */
const WITH_LENS: ReadonlySet<EntityKind> = new Set(['owner', 'pillar', 'kpi']);

/** A lens on each owner, pillar and KPI id, summing up what refers to it ("3 KPIs · 2 standards"). */
export function codeLenses(index: ProjectIndex, analysis: FileAnalysis, token?: CancellationToken): CodeLens[] {
  const lenses: CodeLens[] = [];
  for (const entity of analysis.entities) {
    if (token?.isCancellationRequested) return [];
    if (!WITH_LENS.has(entity.kind)) continue;
    const title = lensTitle(index, entity);
    lenses.push({ range: idRange(entity), command: { title, command: '' } });
  }
  return lenses;
}

/** "3 KPIs · 2 standards · approves 1 initiative", "supported by 4 KPIs", "guarded by 1 KPI", or "not referenced". */
export function lensTitle(index: ProjectIndex, entity: Entity): string {
  const byVerb = new Map<string, string[]>();
  for (const relation of relationsOf(index, entity.kind, entity.id)) {
    const counts = byVerb.get(relation.verb) ?? [];
    counts.push(relationCount(relation));
    byVerb.set(relation.verb, counts);
  }
  // On an owner, what it owns needs no verb: the lens sits on the owner.
  const phrases = [...byVerb].map(([verb, counts]) => (entity.kind === 'owner' && verb === 'owns' ? counts.join(' · ') : `${verb} ${counts.join(' · ')}`));
  const guardrails = entity.kind === 'kpi' && Array.isArray(entity.data.guardrails) ? entity.data.guardrails.filter((id) => typeof id === 'string') : [];
  if (guardrails.length > 0) phrases.push(`guarded by ${count('kpi', guardrails.length)}`);
  return phrases.length > 0 ? phrases.join(' · ') : 'not referenced';
}
