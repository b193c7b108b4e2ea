import { writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { lint } from '../../project/lint.js';
import { CACHE_FILE } from '../../cache/analysisCache.js';
import { FORMATS, formatNames, type FormatName } from '../../report/formatters/index.js';
import { EXIT, UsageError } from '../exitCodes.js';
import { describeProblems, useColor } from '../output.js';
import { parseDate } from '../options.js';

interface LintFlags {
  format: FormatName;
  maxWarnings?: number;
  today?: string;
  outputFile?: string;
  color?: boolean;
  cache?: boolean;
  cacheLocation?: string;
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
    .action(async (paths: string[], flags: LintFlags) => {
      // Worker threads parse big projects on every core; the rules then run on lean analyses.
      const cache = flags.cache ? (flags.cacheLocation ?? true) : undefined;
      const result = await lint({ paths, today: flags.today, workers: 'auto', cache });
      if (!result.report) {
        process.stderr.write(`cxgov: the configuration is not valid:\n${describeProblems(result.configProblems)}\n`);
        process.exitCode = EXIT.usage;
        return;
      }
      const color = flags.color !== false && !flags.outputFile && useColor();
      const text = FORMATS[flags.format](result.report, { color });
      if (flags.outputFile) writeFileSync(flags.outputFile, text);
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

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings takes a whole number, not "${value}".`);
  return Number(value);
}
