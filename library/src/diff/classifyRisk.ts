import type { Entity } from '../model/entity.js';
import type { ProjectIndex } from '../model/projectIndex.js';
import type { FieldChange, Risk } from './diffReport.js';

/** Fields whose change alters words only, not what is measured, owned, paid or promised. */
const WORDING_FIELDS = new Set(['name', 'title', 'description', 'behaviours', 'email']);

/** KPI categories where pay tied to the number invites gaming it at the customer's expense. */
const GAMEABLE = new Set(['efficiency', 'commercial']);

/** What a change is, for classification. */
export interface ClassifiedChange {
  change: 'added' | 'removed' | 'renamed' | 'changed';
  before?: Entity;
  after?: Entity;
  fields: FieldChange[];
}

/** What the classifier knows of the project around a change. */
export interface RiskContext {
  /** HEAD's index (owners and their members), for self-approval. */
  head?: ProjectIndex;
  /** Old id → new id of every renamed entity, by kind: a guardrail that follows a rename is not removed. */
  renamedIds: ReadonlyMap<string, string>;
}

/** The risk of a change and the reasons for it, from the seeds' ideas (README: "Risk classes"). */
export function classifyRisk(change: ClassifiedChange, context: RiskContext): { risk: Risk; reasons: string[] } {
  const critical = criticalReasons(change, context);
  if (critical.length > 0) return { risk: 'critical', reasons: critical };
  if (change.change === 'changed' && change.fields.every((field) => WORDING_FIELDS.has(field.field.split('.')[0]!))) return { risk: 'wording', reasons: [] };
  return { risk: 'notable', reasons: notableReasons(change) };
}

function criticalReasons({ change, before, after, fields }: ClassifiedChange, context: RiskContext): string[] {
  const entity = after ?? before!;
  const reasons: string[] = [];
  if (change === 'removed') {
    if (entity.kind === 'value') reasons.push('a value is removed');
    if (entity.kind === 'pillar') reasons.push('a mission pillar is removed');
    if (entity.kind === 'mission') reasons.push('the customer promise is removed');
    return reasons;
  }
  const data = after!.data;
  const field = (name: string) => fields.find((candidate) => candidate.field === name);
  if (entity.kind === 'mission' && field('statement')) reasons.push('the customer promise is reworded');
  if (entity.kind === 'kpi') {
    if (data.category === 'outcome' && lowersTarget(before?.data, data)) reasons.push('an outcome target is lowered');
    if (data.incentive === true && before?.data.incentive !== true && GAMEABLE.has(String(data.category))) reasons.push(`an incentive is tied to a${data.category === 'efficiency' ? 'n efficiency' : ' commercial'} KPI`);
    if (data.incentive === true && change === 'changed' && field('category') && GAMEABLE.has(String(data.category))) reasons.push(`a KPI with an incentive becomes ${String(data.category)}`);
    const guardrails = field('guardrails');
    const dropped = guardrails?.change === 'removed' ? asList(guardrails.before) : (guardrails?.itemsRemoved ?? []);
    const gone = dropped.filter((id) => !asList(data.guardrails).includes(context.renamedIds.get(`kpi\0${String(id)}`)));
    if (gone.length > 0) reasons.push(`guardrail${gone.length === 1 ? '' : 's'} removed: ${gone.join(', ')}`);
    if (field('owner')?.change === 'removed') reasons.push('the KPI loses its owner');
  }
  if (entity.kind === 'initiative' && data.door === 'one-way') {
    if (change === 'added' || field('door')) reasons.push('a one-way door is added');
    const approval = change === 'added' ? typeof data.approvedBy === 'string' : field('approvedBy') !== undefined && field('approvedBy')!.change !== 'removed';
    if (approval) {
      reasons.push(selfApproved(data, context.head) ? 'a one-way door is approved by its own owner' : 'a one-way door is approved');
    }
  }
  return reasons;
}

function notableReasons({ change, before, after, fields }: ClassifiedChange): string[] {
  const entity = after ?? before!;
  if (change !== 'changed') return [`${entity.kind === 'kpi' ? 'KPI' : entity.kind} ${change}`];
  return fields.filter((field) => !WORDING_FIELDS.has(field.field.split('.')[0]!)).map((field) => `${field.field} ${field.change}`);
}

/** Whether a KPI's target value moved the less ambitious way for its direction. */
function lowersTarget(before: Readonly<Record<string, unknown>> | undefined, after: Readonly<Record<string, unknown>>): boolean {
  const old = targetValue(before);
  const now = targetValue(after);
  if (old === undefined || now === undefined) return false;
  return after.direction === 'decrease' ? now > old : now < old;
}

function targetValue(data: Readonly<Record<string, unknown>> | undefined): number | undefined {
  const target = data?.target as { value?: unknown } | undefined;
  return typeof target?.value === 'number' ? target.value : undefined;
}

/** Approved by the owner, or by a member of the owning team (as the rule one-way-door-self-approved judges). */
function selfApproved(data: Readonly<Record<string, unknown>>, head: ProjectIndex | undefined): boolean {
  if (typeof data.approvedBy !== 'string') return false;
  if (data.approvedBy === data.owner) return true;
  const owner = typeof data.owner === 'string' ? head?.definitions('owner', data.owner)[0] : undefined;
  return asList(owner?.data.members).includes(data.approvedBy);
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
