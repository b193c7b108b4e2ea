import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { CACHE_FILE, CacheLocationError } from '../../scale/cacheLocation.js';
import { FORMATS, formatNames, type FormatName } from '../../report/formatters/index.js';
import type { Problem } from '../../model/problem.js';
import { EXIT, UsageError } from '../exitCodes.js';
import { displayPath } from '../environmentError.js';
import { describeStop, useColor } from '../output.js';
import { parseDate, parseMaxWarnings } from '../options.js';
import { lintWithFixes } from '../fixPasses.js';
import { writeFixes } from '../writeFixes.js';
import { writeWhole } from '../writeWhole.js';
import { readStandardInput } from '../readStandardInput.js';
import { jsonForLog, showOnOneLine } from '../../util/controlCharacters.js';
import { CACHE_STRATEGIES, type CacheStrategy, type LintOptions, type ReportResult } from '../../project/lint.js';
import { lintWithResultCache } from '../../project/cachedLint.js';
import type { LintReport } from '../../report/formatter.js';

interface LintFlags {
  format: FormatName;
  maxWarnings?: number;
  quiet?: boolean;
  today?: string;
  outputFile?: string;
  color?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  cacheStrategy?: CacheStrategy;
  watch?: boolean;
  stdin?: boolean;
  stdinFilename?: string;
  fix?: boolean;
  fixDryRun?: boolean;
}

/** `cxgov lint [paths...]`: check a governance project and report its problems. */
export function lintCommand(): Command {
  return new Command('lint')
    .description('Check the governance sources of a project (or the given files, folders and globs) and report problems.')
    .argument('[paths...]', 'files, folders or quoted globs to check and report on (default: the project around the current folder); references resolve against the whole project')
    .addOption(new Option('-f, --format <format>', 'output format').choices(formatNames).default('stylish'))
    .option('--max-warnings <n>', 'fail (exit 1) when there are more than n warnings; -1: no limit', parseMaxWarnings)
    .option('--quiet', 'report errors only: no warnings or infos, which then do not count toward --max-warnings')
    .option('--fix', 'apply the safe fixes (the one did-you-mean of an id, a field name or an enum value) to the files checked, then report what is left')
    .option('--fix-dry-run', 'compute the fixes without writing; --format json gives each fixed file its fixed text ("output")')
    .option('--stdin', 'lint the text on standard input, as the file --stdin-filename names')
    .option('--stdin-filename <path>', 'the file of the project that standard input stands for (its project, its name in the report)')
    .option('--today <date>', 'the date that review rules judge by (YYYY-MM-DD), for reproducible CI', parseDate)
    .option('-o, --output-file <file>', 'write the report to a file instead of standard output (whole or not at all)')
    .option('--no-color', 'never colour the output')
    .option('--cache', 'only re-check files that changed since the last run with --cache (by stat, else by content hash)')
    .option('--cache-location <path>', `where --cache keeps its file, or a folder for it (default: ${CACHE_FILE} in the project root)`)
    .addOption(
      new Option('--cache-strategy <strategy>', 'how --cache tells a changed file: metadata (what stat says, else the content hash; the default) or content (hash every file)').choices(CACHE_STRATEGIES),
    )
    .option('-w, --watch', 'check again whenever a source or cxgov.yaml changes, until Ctrl-C')
    .action(async (paths: string[], flags: LintFlags) => {
      refuseConflicts(paths, flags);
      if (flags.watch) return watch(paths, flags);
      const options = await lintOptions(paths, flags);
      const { result, fixedTexts, notes } = await lintAndFix(options, flags);
      for (const note of notes) process.stderr.write(`cxgov: ${showOnOneLine(note)}\n`);
      if (!result.report) {
        process.stderr.write(describeStop(result.configProblems));
        process.exitCode = EXIT.usage;
        return;
      }
      const report = shownReport(result.report, flags, fixedTexts);
      const color = flags.color !== false && !flags.outputFile && useColor();
      const text = FORMATS[flags.format](report, { color });
      if (flags.outputFile) writeWhole(flags.outputFile, text);
      else process.stdout.write(text);
      const errors = report.problems.filter((problem) => problem.severity === 'error').length;
      const warnings = report.problems.filter((problem) => problem.severity === 'warning').length;
      const tooManyWarnings = flags.maxWarnings !== undefined && flags.maxWarnings >= 0 && warnings > flags.maxWarnings;
      if (tooManyWarnings && flags.format === 'stylish') {
        process.stderr.write(`cxgov found too many warnings (maximum: ${flags.maxWarnings}).\n`);
      }
      process.exitCode = errors > 0 || tooManyWarnings ? EXIT.problems : EXIT.ok;
    });
}

/** Flags that contradict each other: said before anything is read or written. */
function refuseConflicts(paths: readonly string[], flags: LintFlags): void {
  if (flags.stdinFilename !== undefined && !flags.stdin) throw new UsageError('--stdin-filename names the file that --stdin stands for: add --stdin, or lint the file itself.');
  if (flags.stdin && flags.stdinFilename === undefined) throw new UsageError('--stdin needs --stdin-filename <path>: the file of the project the text stands for (its project and references are found from it).');
  if (flags.stdin && paths.length > 0) throw new UsageError('--stdin lints standard input only: leave out the paths.');
  if (flags.stdin && flags.fix) throw new UsageError('--fix writes files, and standard input is none: use --fix-dry-run --format json to get the fixed text.');
  if (flags.fix && flags.fixDryRun) throw new UsageError('--fix and --fix-dry-run exclude each other: choose one.');
  if (flags.watch && (flags.fix || flags.fixDryRun || flags.stdin)) throw new UsageError('--watch cannot be combined with --fix, --fix-dry-run or --stdin.');
  if (flags.watch && flags.cache) throw new UsageError('--watch keeps every analysis in memory: leave out --cache.');
  if (flags.cacheStrategy && !flags.cache) throw new UsageError('--cache-strategy chooses how --cache tells a changed file: add --cache.');
}

async function lintOptions(paths: string[], flags: LintFlags): Promise<LintOptions> {
  // Worker threads parse big projects on every core; the rules then run on lean analyses.
  const options: LintOptions = { paths, today: flags.today, workers: 'auto', cache: flags.cache ? (flags.cacheLocation ?? true) : undefined, cacheStrategy: flags.cacheStrategy };
  if (!flags.stdin) return options;
  const file = resolve(flags.stdinFilename!);
  return { ...options, paths: [file], texts: new Map([[file, await readStandardInput()]]) };
}

/** The lint, with the fix passes when asked; `--fix` writes its fixes and lints what is on disk then. */
async function lintAndFix(options: LintOptions, flags: LintFlags): Promise<{ result: ReportResult; fixedTexts?: ReadonlyMap<string, string>; notes: string[] }> {
  if (!flags.fix && !flags.fixDryRun) return { result: await lintOrRefuseCache(options, flags), notes: [] };
  const run = await lintWithFixes(options, (problem) => shown(problem, flags)).catch((error: unknown) => refuseCache(error, flags));
  if (flags.fixDryRun) return { result: run.result, fixedTexts: run.fixed, notes: [] };
  const notes = writeFixes(run);
  // The report says what is on disk now, the fixes that were written and those that were not.
  return { result: run.fixed.size > 0 ? await lintOrRefuseCache(options, flags) : run.result, notes };
}

function lintOrRefuseCache(options: LintOptions, flags: LintFlags): Promise<ReportResult> {
  return lintWithResultCache(options).catch((error: unknown) => refuseCache(error, flags));
}

/** `--quiet` keeps errors only, as ESLint. */
function shown(problem: Problem, flags: LintFlags): boolean {
  return !flags.quiet || problem.severity === 'error';
}

/**
 * The report as printed: problems `--quiet` keeps, files named from the working folder as ESLint
 * names them (a project in a subfolder linted from the repository root gets annotations on files
 * that exist there), and the fixed texts of `--fix-dry-run`.
 */
function shownReport(report: LintReport, flags: LintFlags, fixedTexts?: ReadonlyMap<string, string>): LintReport {
  return { ...report, root: process.cwd(), problems: report.problems.filter((problem) => shown(problem, flags)), ...(fixedTexts && { fixedTexts }) };
}

/** `--watch`: a report per check; stylish on a terminal clears the screen first, JSON is one document per line. */
async function watch(paths: string[], flags: LintFlags): Promise<void> {
  const color = flags.color !== false && !flags.outputFile && useColor();
  const clear = flags.format === 'stylish' && !flags.outputFile && process.stdout.isTTY;
  const print = (report: LintReport): void => {
    let text = FORMATS[flags.format](shownReport(report, flags), { color });
    if (flags.format === 'json') text = `${jsonForLog(JSON.stringify(JSON.parse(text)))}\n`;
    if (flags.outputFile) writeWhole(flags.outputFile, text);
    else process.stdout.write(clear ? `\u001b[2J\u001b[3J\u001b[H${text}` : text);
  };
  // Loaded on use: chokidar and the incremental engine are start-up time for every other lint.
  const { watchLint } = await import('../watchLint.js');
  await watchLint({ paths, today: flags.today, print });
  process.exitCode ??= EXIT.ok;
}

/** The refusal to overwrite what is not a cache, in the words of the command line. */
function refuseCache(error: unknown, flags: LintFlags): never {
  if (!(error instanceof CacheLocationError)) throw error;
  const shown = displayPath(error.file);
  throw flags.cacheLocation !== undefined
    ? new UsageError(`--cache-location ${shown} is not a cxgov cache (it is ${error.found}); not overwritten. Give a new file or a folder.`)
    : new UsageError(`${shown} is not a cxgov cache (it is ${error.found}); not overwritten. Remove it, or give --cache-location a new file or a folder.`);
}
