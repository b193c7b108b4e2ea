#!/usr/bin/env node
// The GitHub Action's entry (action.yml runs it in a composite step, inputs as INPUT_* variables):
// runs `cxgov lint` as annotations or SARIF and, when asked, `cxgov handbook --check`, appends a short
// job summary to $GITHUB_STEP_SUMMARY and exits as cxgov does: 0 clean, 1 problems or a stale
// handbook, 2 a usage, configuration or internal error. Mode `diff` runs `cxgov diff` instead (diffMode.mjs).
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError, cxgovCommand, runCxgov } from './cxgovCommand.mjs';
import { diffProject } from './diffMode.mjs';

const FORMATS = ['github', 'sarif'];
const MODES = ['lint', 'diff'];

/** The Action's inputs from the environment, with action.yml's defaults for empty ones. */
function readInputs(env) {
  const input = (name, fallback) => (env[`INPUT_${name}`] ?? '').trim() || fallback;
  const format = input('FORMAT', 'github');
  if (!FORMATS.includes(format)) throw new UsageError(`format "${format}" is not one of ${FORMATS.join(', ')}.`);
  const handbookCheck = input('HANDBOOK_CHECK', 'false');
  if (!['true', 'false'].includes(handbookCheck)) throw new UsageError(`handbook-check "${handbookCheck}" is not true or false.`);
  const mode = input('MODE', 'lint');
  if (!MODES.includes(mode)) throw new UsageError(`mode "${mode}" is not one of ${MODES.join(', ')}.`);
  return {
    mode,
    base: input('BASE', ''),
    head: input('HEAD', 'HEAD'),
    failOn: input('FAIL_ON', ''),
    handbookUrl: input('HANDBOOK_URL', ''),
    token: input('GITHUB_TOKEN', ''),
    path: input('PATH', '.'),
    format,
    sarifFile: input('SARIF_FILE', 'cxgov.sarif'),
    maxWarnings: input('MAX_WARNINGS', '-1'),
    handbookCheck: handbookCheck === 'true',
    version: input('VERSION', ''),
  };
}

/** Lints the project; returns its exit code and what it found, counted from the report it wrote. */
function lintProject(command, inputs) {
  const args = ['lint', inputs.path, '--format', inputs.format, '--max-warnings', inputs.maxWarnings];
  if (inputs.format === 'github') {
    const run = runCxgov(command, args, { capture: true });
    process.stdout.write(run.stdout);
    return { status: run.status, counts: countAnnotations(run.stdout) };
  }
  mkdirSync(dirname(resolve(inputs.sarifFile)), { recursive: true });
  const run = runCxgov(command, [...args, '--output-file', inputs.sarifFile]);
  const counts = countSarif(inputs.sarifFile);
  if (counts) console.log(`${inputs.sarifFile}: ${found(counts)}`);
  return { status: run.status, counts };
}

function countAnnotations(output) {
  const count = (kind) => output.split('\n').filter((line) => line.startsWith(`::${kind} `)).length;
  return { errors: count('error'), warnings: count('warning'), infos: count('notice') };
}

/** Results by level in the SARIF file cxgov wrote; undefined when it wrote none (cxgov said why). */
function countSarif(file) {
  let results;
  try {
    results = JSON.parse(readFileSync(file, 'utf8')).runs.flatMap((run) => run.results ?? []);
  } catch {
    return undefined;
  }
  const count = (level) => results.filter((result) => (result.level ?? 'warning') === level).length;
  return { errors: count('error'), warnings: count('warning'), infos: count('note') };
}

/** `cxgov handbook --check`, with an annotation when the pages are stale so a pull request shows it. */
function checkHandbook(command, path) {
  const { status } = runCxgov(command, ['handbook', path, '--check']);
  // The path goes into a workflow command, where a line break would end it.
  const shown = path.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  if (status === 1) console.log(`::error title=cxgov handbook::The handbook of ${shown} is out of date. Run "cxgov handbook ${shown}" and commit the pages.`);
  return status;
}

/** "1 error, 2 warnings, 0 infos". */
function found(counts) {
  const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.infos, 'info')}`;
}

/** The job summary: one table row per check. */
function summary(inputs, lint, handbookStatus) {
  const rows = [`| lint | ${lint.status === 0 ? '✅' : '❌'} ${lint.counts ? found(lint.counts) : 'not checked: see the log'} |`];
  if (handbookStatus !== undefined) rows.push(`| handbook | ${['✅ up to date', '❌ out of date', '❌ not checked: see the log'][handbookStatus] ?? '❌ see the log'} |`);
  const sarif = inputs.format === 'sarif' ? `\nSARIF report: \`${code(inputs.sarifFile)}\`\n` : '';
  return `### cxgov: \`${code(inputs.path)}\`\n\n| check | result |\n|---|---|\n${rows.join('\n')}\n${sarif}\n`;
}

/** A workflow-given path inside Markdown code: no backtick or line break can end it. */
function code(text) {
  return text.replace(/[`\r\n]/g, ' ');
}

async function main() {
  const inputs = readInputs(process.env);
  const command = cxgovCommand(inputs.path, process.cwd(), inputs.version);
  console.log(`Running ${command.label}`);
  if (inputs.mode === 'diff') return diffProject(command, inputs, process.env);
  const lint = lintProject(command, inputs);
  const handbookStatus = inputs.handbookCheck ? checkHandbook(command, inputs.path) : undefined;
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, summary(inputs, lint, handbookStatus));
  const statuses = [lint.status, handbookStatus ?? 0];
  return statuses.includes(2) ? 2 : Math.max(...statuses);
}

try {
  process.exitCode = await main();
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`cxgov action: ${error.message}`);
  process.exitCode = 2;
}
