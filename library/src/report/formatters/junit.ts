import { ruleDocsUrl } from '../../check/rule.js';
import type { Problem } from '../../model/problem.js';
import type { Formatter } from '../formatter.js';
import { relativeFile, toCliPosition } from './position.js';
import { checkedFiles, groupByFile } from './problems.js';
import { messageOnOneLine, showInLog, showOnOneLine } from '../../util/controlCharacters.js';

/**
 * JUnit XML for CI test dashboards (Jenkins, GitLab, Azure DevOps, test-reporter actions).
 *
 * - One `<testsuite>` per checked file, so clean files show up as passing suites.
 * - One `<testcase>` per problem, named `rule-id line:col`, with the file as `classname`.
 * - Errors and warnings are `<failure type="error|warning">`: an assertion that did not hold.
 *   `<error>` is left out: dashboards read it as "the test itself crashed".
 * - An info is a passing testcase whose `<system-out>` carries the message: visible, never red,
 *   just as infos never fail `cxgov lint`.
 * - A file without problems gets one passing testcase, `no problems`.
 */
export const junit: Formatter = (report) => {
  const byFile = groupByFile(report.problems);
  const documented = new Set(report.rules.map((rule) => rule.id));
  // A file name is shown on one line: printed to a CI log, a newline in it could start a workflow command.
  const suites = checkedFiles(report, byFile).map((file) => testsuite(showOnOneLine(relativeFile(report.root, file)), byFile.get(file) ?? [], documented));
  const failures = report.problems.filter(isFailure).length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="cxgov" tests="${countTests(byFile, suites.length)}" failures="${failures}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};

function countTests(byFile: Map<string, Problem[]>, suiteCount: number): number {
  const withProblems = [...byFile.values()];
  // Each clean file counts one passing testcase.
  return withProblems.reduce((sum, problems) => sum + problems.length, 0) + (suiteCount - withProblems.length);
}

function testsuite(file: string, problems: Problem[], documented: ReadonlySet<string>): string {
  const failures = problems.filter(isFailure).length;
  const cases = problems.length > 0 ? problems.map((problem) => testcase(file, problem, documented)) : [`    <testcase name="no problems" classname="${attribute(file)}"/>`];
  return [
    `  <testsuite name="${attribute(file)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0">`,
    ...cases,
    '  </testsuite>',
  ].join('\n');
}

/** `documented`: ids of the rules that have a docs page (`config` or `usage` problems come from no rule). */
function testcase(file: string, problem: Problem, documented: ReadonlySet<string>): string {
  const { line, column } = toCliPosition(problem);
  const open = `    <testcase name="${attribute(`${problem.rule} ${line}:${column}`)}" classname="${attribute(file)}">`;
  const docs = documented.has(problem.rule) ? `\n${problem.rule}: ${ruleDocsUrl(problem.rule)}` : '';
  const details = `${problem.severity}: ${messageOnOneLine(problem.message)}\nat ${file}:${line}:${column}${docs}`;
  const body = isFailure(problem)
    ? `      <failure type="${problem.severity}" message="${attribute(problem.message)}">${text(details)}</failure>`
    : `      <system-out>${text(details)}</system-out>`;
  return [open, body, '    </testcase>'].join('\n');
}

function isFailure(problem: Problem): boolean {
  return problem.severity !== 'info';
}

/**
 * Characters XML 1.0 cannot carry at all, even as references: control characters are shown as
 * `\u` escapes (as in every output), lone surrogates and U+FFFE/U+FFFF become U+FFFD.
 */
function xmlSafe(value: string): string {
  return showInLog(value).replace(/[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Element content: `&`, `<` and `>` (the last so that `]]>` cannot appear). */
function text(value: string): string {
  return xmlSafe(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value in double quotes; line breaks and tabs as references, or parsers fold them into spaces. */
function attribute(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
