import { Command, Option } from 'commander';
import { lint } from '../../project/lint.js';
import { CACHE_FILE, CacheLocationError } from '../../scale/cacheLocation.js';
import { FORMATS, formatNames, type FormatName } from '../../report/formatters/index.js';
import { writeFileAtomicSync } from '../../util/writeFileAtomic.js';
import { EXIT, UsageError } from '../exitCodes.js';
import { displayPath, environmentMessage, isEnvironmentError } from '../environmentError.js';
import { describeStop, useColor } from '../output.js';
import { parseDate } from '../options.js';
import { watchLint } from '../watchLint.js';
import { jsonForLog } from '../../util/controlCharacters.js';
import type { LintReport } from '../../report/formatter.js';

interface LintFlags {
  format: FormatName;
  maxWarnings?: number;
  today?: string;
  outputFile?: string;
  color?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  watch?: boolean;
}

/** `cxgov lint [paths...]`: check a governance project and report its problems. */
export function lintCommand(): Command {
  return new Command('lint')
    .description('Check the governance sources of a project (or the given files and folders) and report problems.')
    .argument('[paths...]', 'files or folders to check (default: the project around the current folder)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(formatNames).default('stylish'))
    .option('--max-warnings <n>', 'fail (exit 1) when there are more than n warnings', parseCount)
    .option('--today <date>', 'the date that review rules judge by (YYYY-MM-DD), for reproducible CI', parseDate)
    .option('-o, --output-file <file>', 'write the report to a file instead of standard output')
    .option('--no-color', 'never colour the output')
    .option('--cache', 'only re-check files that changed since the last run with --cache (by content hash)')
    .option('--cache-location <path>', `where --cache keeps its file, or a folder for it (default: ${CACHE_FILE} in the project root)`)
    .option('-w, --watch', 'check again whenever a source or cxgov.yaml changes, until Ctrl-C')
    .action(async (paths: string[], flags: LintFlags) => {
      if (flags.watch) return watch(paths, flags);
      // Worker threads parse big projects on every core; the rules then run on lean analyses.
      const cache = flags.cache ? (flags.cacheLocation ?? true) : undefined;
      const result = await lint({ paths, today: flags.today, workers: 'auto', cache }).catch((error: unknown) => {
        throw error instanceof CacheLocationError ? refusedCache(error, flags.cacheLocation !== undefined) : error;
      });
      if (!result.report) {
        process.stderr.write(describeStop(result.configProblems));
        process.exitCode = EXIT.usage;
        return;
      }
      const color = flags.color !== false && !flags.outputFile && useColor();
      const text = FORMATS[flags.format](fromWorkingFolder(result.report), { color });
      if (flags.outputFile) writeReport(flags.outputFile, text);
      else process.stdout.write(text);
      const errors = result.report.problems.filter((problem) => problem.severity === 'error').length;
      const warnings = result.report.problems.filter((problem) => problem.severity === 'warning').length;
      const tooManyWarnings = flags.maxWarnings !== undefined && warnings > flags.maxWarnings;
      if (tooManyWarnings && flags.format === 'stylish') {
        process.stderr.write(`cxgov found too many warnings (maximum: ${flags.maxWarnings}).\n`);
      }
      process.exitCode = errors > 0 || tooManyWarnings ? EXIT.problems : EXIT.ok;
    });
}

/** `--watch`: a report per check; stylish on a terminal clears the screen first, JSON is one document per line. */
async function watch(paths: string[], flags: LintFlags): Promise<void> {
  if (flags.cache) throw new UsageError('--watch keeps every analysis in memory: leave out --cache.');
  const color = flags.color !== false && !flags.outputFile && useColor();
  const clear = flags.format === 'stylish' && !flags.outputFile && process.stdout.isTTY;
  const print = (report: LintReport): void => {
    let text = FORMATS[flags.format](fromWorkingFolder(report), { color });
    if (flags.format === 'json') text = `${jsonForLog(JSON.stringify(JSON.parse(text)))}\n`;
    if (flags.outputFile) writeReport(flags.outputFile, text);
    else process.stdout.write(clear ? `\u001b[2J\u001b[3J\u001b[H${text}` : text);
  };
  await watchLint({ paths, today: flags.today, print });
  process.exitCode ??= EXIT.ok;
}

/**
 * The report with its files named from the working folder, as ESLint names them: a project in a
 * subfolder linted from the repository root gets annotations on files that exist there.
 */
function fromWorkingFolder(report: LintReport): LintReport {
  return { ...report, root: process.cwd() };
}

/** Writes the report whole or not at all: a full disk leaves the previous report as it was. */
function writeReport(file: string, text: string): void {
  try {
    writeFileAtomicSync(file, text);
  } catch (error) {
    // The failing call names the temporary file; the user knows the report's name.
    throw isEnvironmentError(error) ? new UsageError(environmentMessage(error, 'write', file)) : error;
  }
}

/** The refusal to overwrite what is not a cache, in the words of the command line. */
function refusedCache(error: CacheLocationError, typed: boolean): UsageError {
  const shown = displayPath(error.file);
  return typed
    ? new UsageError(`--cache-location ${shown} is not a cxgov cache (it is ${error.found}); not overwritten. Give a new file or a folder.`)
    : new UsageError(`${shown} is not a cxgov cache (it is ${error.found}); not overwritten. Remove it, or give --cache-location a new file or a folder.`);
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings takes a whole number, not "${value}".`);
  return Number(value);
}
