import type { Rule } from '../rule.js';
import { yamlSyntax } from './yaml-syntax.js';
import { schema } from './schema.js';
import { duplicateId } from './duplicate-id.js';
import { unknownReference } from './unknown-reference.js';
import { kpiNoOwner } from './kpi-no-owner.js';
import { kpiNoMissionLink } from './kpi-no-mission-link.js';
import { standardNoOwner } from './standard-no-owner.js';
import { initiativeNoMissionLink } from './initiative-no-mission-link.js';
import { pillarUnmeasured } from './pillar-unmeasured.js';
import { efficiencyKpiWithoutGuardrail } from './efficiency-kpi-without-guardrail.js';
import { guardrailNotActive } from './guardrail-not-active.js';
import { incentiveOnUnvalidatedKpi } from './incentive-on-unvalidated-kpi.js';
import { incentiveOnEfficiencyOrSalesKpi } from './incentive-on-efficiency-or-sales-kpi.js';
import { oneWayDoorUnapproved } from './one-way-door-unapproved.js';
import { oneWayDoorSelfApproved } from './one-way-door-self-approved.js';
import { reviewOverdue } from './review-overdue.js';
import { targetWithoutBaseline } from './target-without-baseline.js';
import { targetAgainstDirection } from './target-against-direction.js';
import { targetDatePassed } from './target-date-passed.js';
import { ownerUnused } from './owner-unused.js';
import { ownerWithoutCustomers } from './owner-without-customers.js';
import { valueWithoutBehaviours } from './value-without-behaviours.js';
import { guardrailCycle } from './guardrail-cycle.js';
import { unknownSuppression } from './unknown-suppression.js';
import { unusedSuppression } from './unused-suppression.js';
import { expiredException } from './expired-exception.js';

/** Every rule, in the order of the documentation. */
export const RULES: readonly Rule[] = [
  yamlSyntax,
  schema,
  duplicateId,
  unknownReference,
  kpiNoOwner,
  kpiNoMissionLink,
  standardNoOwner,
  initiativeNoMissionLink,
  pillarUnmeasured,
  efficiencyKpiWithoutGuardrail,
  guardrailNotActive,
  incentiveOnUnvalidatedKpi,
  incentiveOnEfficiencyOrSalesKpi,
  oneWayDoorUnapproved,
  oneWayDoorSelfApproved,
  reviewOverdue,
  targetWithoutBaseline,
  targetAgainstDirection,
  targetDatePassed,
  ownerUnused,
  ownerWithoutCustomers,
  valueWithoutBehaviours,
  guardrailCycle,
  unknownSuppression,
  unusedSuppression,
  expiredException,
];

/** A rule by id. */
export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
