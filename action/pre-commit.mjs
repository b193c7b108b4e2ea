#!/usr/bin/env node
// The pre-commit hook's entry (.pre-commit-hooks.yaml): `pre-commit.mjs [LINT OPTIONS...] FILES...`.
// pre-commit passes the staged YAML files (it sets unstaged changes aside first, so the files on disk
// are what is staged). `cxgov lint FILES` finds one project from the first file and would check the
// files of another project as part of it, and checks a named file even when it is not a source; so
// files are grouped by their project (the nearest folder above with a cxgov.yaml), each project is
// linted once, and only its sources are named. YAML outside any project (CI workflows, compose files)
// and files its sources leave out are not governance: they are left alone. A staged cxgov.yaml
// changes every file's settings, so its whole project is checked.
import { statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { UsageError, cxgovCommand, runCxgov } from './cxgovCommand.mjs';

const CONFIG_FILE = 'cxgov.yaml';
/** `cxgov lint` options that take a value as the next argument; the hook's `args` may use them. */
const VALUE_OPTIONS = new Set(['--max-warnings', '--today', '--cache-location']);

/** Splits pre-commit's arguments: the hook's `args` (lint options) come before the file names. */
function splitArguments(argv) {
  const options = [];
  let index = 0;
  while (index < argv.length && argv[index].startsWith('-')) {
    const option = argv[index++];
    if (['--format', '-f', '--output-file', '-o', '--watch', '-w', '--stdin', '--stdin-filename'].includes(option.split('=')[0])) {
      throw new UsageError(`${option} cannot be used in the hook: it reports to the terminal, on the staged files.`);
    }
    options.push(option);
    if (VALUE_OPTIONS.has(option) && index < argv.length) options.push(argv[index++]);
  }
  return { options, files: argv.slice(index) };
}

/** The staged files by the root of their project; files in no project below `top` are dropped. */
function groupByProject(files, top) {
  const projects = new Map();
  for (const file of files) {
    const root = projectRoot(dirname(resolve(file)), top);
    if (!root) continue;
    if (!projects.has(root)) projects.set(root, []);
    projects.get(root).push(resolve(file));
  }
  return projects;
}

function projectRoot(folder, top) {
  for (let current = folder; ; current = dirname(current)) {
    if (isFile(join(current, CONFIG_FILE))) return current;
    if (current === top || dirname(current) === current || relative(top, current).startsWith('..')) return undefined;
  }
}

function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Lints one project's staged files; its exit code. */
function lintProject(root, staged, options) {
  const command = cxgovCommand(root, process.cwd());
  const folder = relative(process.cwd(), root) || '.';
  // One quiet run over the project says which files are its sources and whether anything is wrong;
  // it fixes nothing, as --fix belongs to the staged files only.
  const surveyOptions = options.filter((option) => !option.startsWith('--fix'));
  const survey = runCxgov(command, ['lint', ...surveyOptions, '--format', 'json', folder], { capture: true });
  if (survey.status === 2) return 2;
  const report = parseReport(survey.stdout);
  if (!report) {
    console.error(`cxgov pre-commit hook: ${command.label} gave no JSON report for ${folder}.`);
    return 2;
  }
  const sources = new Set(report.files.map((file) => resolve(file.file)));
  const wholeProject = staged.includes(join(root, CONFIG_FILE));
  const targets = wholeProject ? [root] : staged.filter((file) => sources.has(file));
  const reported = report.problems.filter((problem) => wholeProject || targets.includes(resolve(problem.file)));
  if (targets.length === 0 || reported.length === 0) return 0;
  // The problems of the staged files, shown as cxgov shows them, with its exit code.
  return runCxgov(command, ['lint', ...options, ...targets.map((file) => relative(process.cwd(), file) || '.')]).status;
}

function parseReport(text) {
  try {
    const report = JSON.parse(text);
    return Array.isArray(report?.files) && Array.isArray(report?.problems) ? report : undefined;
  } catch {
    return undefined;
  }
}

function main() {
  const { options, files } = splitArguments(process.argv.slice(2));
  const statuses = [...groupByProject(files, process.cwd())].map(([root, staged]) => lintProject(root, staged, options));
  return statuses.includes(2) ? 2 : Math.max(0, ...statuses);
}

try {
  process.exitCode = main();
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`cxgov pre-commit hook: ${error.message}`);
  process.exitCode = 2;
}
