// What each of cxgov's rules means for the entry it is about, in words for readers who never edit
// the YAML: "The KPI Average handle time <phrase>". No field names, no instructions: the people who
// keep the files read those in `cxgov lint`.

/** A phrase per rule that is about one entry; rules about files or cxgov.yaml have none. */
const GAP_WORDS: Readonly<Record<string, string>> = {
  'duplicate-id': 'is defined twice; the handbook shows the first definition',
  'efficiency-kpi-without-guardrail': 'has no guardrail KPI to protect customers yet',
  'guardrail-cycle': 'is guarded by itself, or by a loop of KPIs that guard each other',
  'guardrail-not-active': 'is guarded by a KPI that is retired or still a draft',
  'incentive-on-efficiency-or-sales-kpi': 'has pay tied to it, though it is an efficiency or sales number',
  'incentive-on-unvalidated-kpi': 'has pay tied to it before it is validated and has a baseline',
  'initiative-no-mission-link': 'does not serve any pillar of the promise yet',
  'kpi-no-mission-link': 'does not serve any pillar of the promise yet',
  'kpi-no-owner': 'has no owner yet',
  'one-way-door-self-approved': 'is hard to undo, and was approved only by the people who own it',
  'one-way-door-unapproved': 'is hard to undo, and nobody has approved it yet',
  'owner-unused': 'owns nothing and is named nowhere',
  'owner-without-customers': 'has not written down whom it serves yet',
  'pillar-unmeasured': 'is not measured by any active KPI yet',
  'review-overdue': 'is due for review',
  schema: 'has details the handbook cannot read yet',
  'standard-no-owner': 'has no owner yet',
  'target-against-direction': 'has a target that would make things worse for customers',
  'target-date-passed': 'has a target whose date has passed',
  'target-without-baseline': 'has a target but no baseline to judge it against yet',
  'unknown-reference': 'names someone or something the handbook does not know',
  'value-without-behaviours': 'does not say yet which behaviours show it',
};

/** The phrase for a rule's problem about an entry; undefined for rules about files, comments or settings. */
export function gapWords(rule: string): string | undefined {
  return Object.hasOwn(GAP_WORDS, rule) ? GAP_WORDS[rule] : undefined;
}
