// A small project for the flags ESLint users type (--quiet, --stdin, globs, --fix): an owner
// defined in one file and used in others, an error with a safe fix and a warning.
import type { ProjectFiles } from '../helpers/tempProject.js';

export const OWNERS = `mission:
  statement: Make customers happy.
  owner: cx-lead
  pillars:
    - id: happy
      name: Happy customers
owners:
  - id: cx-lead
    name: CX lead
    type: role
    customers: [everyone]
`;

/** A KPI whose owner is mistyped (an error with one safe fix) and a KPI that supports no pillar (a warning). */
export const KPIS_A = `kpis:
  - id: nps
    name: NPS
    owner: cx-leed
    supports: [happy]
  - id: csat
    name: CSAT
    owner: cx-lead
`;

export const KPIS_B = `kpis:
  - id: ces
    name: Customer effort
    owner: cx-lead
    supports: [happy]
`;

/** A field name, then (once renamed) the id in it, then an enum value in the wrong case: three fixes, two passes. */
export const TYPOS = `kpis:
  - id: nps
    name: NPS
    ownr: cx-leed
    supports: [happy]
    category: Outcome
  - id: csat
    name: CSAT
    owner: cx-lead
`;

export const PROJECT: ProjectFiles = {
  'cxgov.yaml': 'name: Flags\n',
  'governance/owners.yaml': OWNERS,
  'governance/kpis/a.yaml': KPIS_A,
  'governance/kpis/b.yaml': KPIS_B,
};

/** What `--format json` prints, as far as these tests read it. */
export interface JsonOutput {
  problems: { rule: string; severity: string; file: string; line: number; message: string; docsUrl?: string | null; fixes?: unknown[] }[];
  files?: { file: string; errorCount: number; warningCount: number; infoCount: number; fixableErrorCount: number; fixableWarningCount: number; output?: string }[];
  errorCount?: number;
  warningCount?: number;
  fixableErrorCount?: number;
}

/** `rule file:line` of each problem, for compact assertions. */
export function hits(output: JsonOutput): string[] {
  return output.problems.map((problem) => `${problem.rule} ${problem.file}:${problem.line}`);
}
