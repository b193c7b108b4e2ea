import assert from 'node:assert/strict';
import { lintFiles, MINIMAL_CONFIG, ruleHits, type ProjectFiles } from '../helpers/tempProject.js';

/** One row of a rule's table: these files give exactly these `file:line:column` hits. */
export interface RuleCase {
  name: string;
  files: ProjectFiles;
  expected: string[];
  /** The date to judge reviews by; the helper's default (2026-11-23) otherwise. */
  today?: string;
}

/** A YAML file from its lines, so that tests can count them: `lines('kpis:', '  - id: a')`. */
export function lines(...text: string[]): string {
  return text.join('\n') + '\n';
}

/** A project of the given sources, with a minimal `cxgov.yaml` unless the case brings its own. */
export function project(files: ProjectFiles): ProjectFiles {
  return { 'cxgov.yaml': MINIMAL_CONFIG, ...files };
}

/** One `it` per case: the rule's hits, in file and position order, must be exactly the expected ones. */
export function ruleTable(rule: string, cases: readonly RuleCase[]): void {
  for (const { name, files, expected, today } of cases) {
    it(name, async () => {
      assert.deepEqual(await ruleHits(rule, project(files), today ? { today } : {}), expected);
    });
  }
}

/** The messages of one rule for a project, in position order. */
export async function ruleMessages(rule: string, files: ProjectFiles, today?: string): Promise<string[]> {
  const problems = await lintFiles(project(files), today ? { today } : {});
  return problems.filter((problem) => problem.rule === rule).map((problem) => problem.message);
}

/** Every problem of a project as `rule file:line:column`, to prove a fixture is clean apart from what a test is about. */
export async function allHits(files: ProjectFiles, today?: string): Promise<string[]> {
  const problems = await lintFiles(project(files), today ? { today } : {});
  return problems.map((problem) => `${problem.rule} ${problem.file}:${problem.line}:${problem.column}`);
}

/**
 * Data of every wrong shape the schema rule reports (text for lists, lists for mappings, numbers for
 * ids…). Rules must not throw on it, and must treat it as absent or skip it. Line numbers matter.
 */
export const MALFORMED: ProjectFiles = {
  'governance/bad.yaml': [
    'mission:', //                                          1
    '  statement: 42', //                                   2
    '  owner: [a]', //                                      3
    '  pillars: "everything"', //                           4
    'owners:', //                                           5
    '  - id: x', //                                         6
    '    members: "y"', //                                  7
    '    type: robot', //                                   8
    '  - null', //                                          9
    '  - 3', //                                            10
    'standards:', //                                       11
    '  - id: s', //                                        12
    '    owner: 42', //                                    13
    '    supports: "p"', //                                14
    '    review: [yearly]', //                             15
    '  - id: s2', //                                       16
    '    review: {every: 3, last: 2020-01-01}', //         17
    '  - id: s3', //                                       18
    '    review: {every: P1Y, last: "not a date"}', //     19
    'kpis:', //                                            20
    '  - id: k', //                                        21
    '    owner: {name: a}', //                             22
    '    supports: "p"', //                                23
    '    category: [efficiency]', //                       24
    '    guardrails: "k"', //                              25
    '    incentive: "yes"', //                             26
    '    baseline: "x"', //                                27
    '    target: 5', //                                    28
    '    status: 7', //                                    29
    '  - id: 5', //                                        30
    '  - id: k2', //                                       31
    '    guardrails: [null, 3, {a: 1}, k2x]', //           32
    '    review: {every: P1Y6M, last: 2020-02-30}', //     33
    'initiatives: "none"', //                              34
    'rituals: [null]', //                                  35
  ].join('\n') + '\n',
};
