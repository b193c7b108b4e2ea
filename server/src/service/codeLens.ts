import type { Entity, EntityKind, Reference } from 'cxgov';
import type { FileAnalysis, ProjectIndex } from 'cxgov/editor';
import type { CancellationToken, CodeLens, Location } from 'vscode-languageserver';
import { SHOW_REFERENCES_COMMAND, type ShowReferencesArguments } from '../protocol.js';
import { pathToUri } from '../uri.js';
import { count, relationCount, relationsOf } from './describe.js';
import { idLocation, idRange, referenceRange } from './source.js';

/** The kinds of entry that get a lens: the ones others point at most. */
const WITH_LENS: ReadonlySet<EntityKind> = new Set(['owner', 'pillar', 'kpi']);

/**
 * A lens on each owner, pillar and KPI id, summing up what refers to it ("3 KPIs · 2 standards");
 * its command shows exactly the places it counts.
 */
export function codeLenses(index: ProjectIndex, analysis: FileAnalysis, token?: CancellationToken): CodeLens[] {
  const lenses: CodeLens[] = [];
  for (const entity of analysis.entities) {
    if (token?.isCancellationRequested) return [];
    if (!WITH_LENS.has(entity.kind)) continue;
    const { title, locations } = lensOf(index, analysis, entity);
    const range = idRange(entity);
    const args: ShowReferencesArguments = [pathToUri(entity.file.path), range.start, locations];
    lenses.push({ range, command: { title, command: SHOW_REFERENCES_COMMAND, arguments: args } });
  }
  return lenses;
}

/**
 * "3 KPIs · 2 standards · approves 1 initiative", "supported by 4 KPIs", "guarded by 1 KPI", or
 * "not referenced", with one location per entry counted: where each referring entry names this
 * one, and where each guardrail KPI is defined (its mention, when it is defined nowhere).
 */
export function lensOf(index: ProjectIndex, analysis: FileAnalysis, entity: Entity): { title: string; locations: Location[] } {
  const byVerb = new Map<string, string[]>();
  const locations: Location[] = [];
  for (const relation of relationsOf(index, entity.kind, entity.id)) {
    const counts = byVerb.get(relation.verb) ?? [];
    counts.push(relationCount(relation));
    byVerb.set(relation.verb, counts);
    locations.push(...relation.references.map(referenceLocation));
  }
  // On an owner, what it owns needs no verb: the lens sits on the owner.
  const phrases = [...byVerb].map(([verb, counts]) => (entity.kind === 'owner' && verb === 'owns' ? counts.join(' · ') : `${verb} ${counts.join(' · ')}`));
  const guardrails = analysis.references.filter((reference) => reference.from === entity && reference.field === 'guardrails');
  if (guardrails.length > 0) phrases.push(`guarded by ${count('kpi', guardrails.length)}`);
  for (const guardrail of guardrails) {
    const [defined] = index.definitions('kpi', guardrail.id);
    locations.push(defined ? idLocation(defined) : referenceLocation(guardrail));
  }
  return { title: phrases.length > 0 ? phrases.join(' · ') : 'not referenced', locations };
}

function referenceLocation(reference: Reference): Location {
  return { uri: pathToUri(reference.from.file.path), range: referenceRange(reference) };
}
