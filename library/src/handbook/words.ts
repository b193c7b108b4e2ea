// Enum values in the words a CX team uses. A value the schema does not know is shown as written.
import { textOf } from './fields.js';

const CATEGORY: Record<string, string> = {
  outcome: 'outcome: is the customer delighted?',
  driver: 'driver: something we can change that moves an outcome',
  efficiency: 'efficiency: a diagnostic, only read beside its guardrails',
  commercial: 'commercial: sales, never a target people are paid on',
};

const DIRECTION: Record<string, string> = {
  increase: 'higher is better',
  decrease: 'lower is better',
};

const DOOR: Record<string, string> = {
  'two-way': 'two-way: small and reversible; if it does not work, we walk back through it',
  'one-way': 'one-way: hard or impossible to undo, so it needs a named approver',
};

const OWNER_TYPE: Record<string, string> = { person: 'person', team: 'team', role: 'role' };

const INCENTIVE: Record<string, string> = {
  true: 'tied to pay or bonus',
  false: 'not tied to pay or bonus',
};

const KPI_STATUS: Record<string, string> = {
  draft: 'draft: still being worked out; not yet a number anyone acts on',
  active: 'active',
  validated: 'validated: checked, so we know it measures what we say it does',
  retired: 'retired: no longer watched; kept here so that its history is not lost',
};

/** Whether pay depends on a number, in a word for the catalogue's table. */
const PAY: Record<string, string> = { true: 'yes', false: 'no' };

function wordsFor(table: Record<string, string>): (value: unknown) => string | undefined {
  return (value) => {
    const key = textOf(value);
    return key !== undefined && Object.hasOwn(table, key) ? table[key] : key;
  };
}

export const categoryWords = wordsFor(CATEGORY);
export const directionWords = wordsFor(DIRECTION);
export const doorWords = wordsFor(DOOR);
export const ownerTypeWords = wordsFor(OWNER_TYPE);
export const incentiveWords = wordsFor(INCENTIVE);
export const kpiStatusWords = wordsFor(KPI_STATUS);
export const payWords = wordsFor(PAY);

/** "1 KPI", "3 KPIs". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
