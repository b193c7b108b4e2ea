import { Command, Option } from 'commander';
import type { Severity } from '../../model/problem.js';
import { EXIT, UsageError } from '../exitCodes.js';
import { parseDate, parseFailOn, parseHandbookUrl } from '../options.js';
import { describeStop } from '../output.js';
import { writeWhole } from '../writeWhole.js';

interface DiffFlags {
  format: 'markdown' | 'json';
  project?: string;
  handbookUrl?: string;
  failOn?: Severity;
  today?: string;
  outputFile?: string;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** `cxgov diff BASE [HEAD]`: what a change does to the governance, for a pull-request review. */
export function diffCommand(): Command {
  return new Command('diff')
    .description('Say what a change does to the governance between two git revisions (or one and the working tree): entities added, removed, renamed and edited, the riskiest first, and the problems introduced and fixed.')
    .argument('<base>', 'the revision to compare from (a branch, a tag, HEAD~1, a commit id)')
    .argument('[head]', 'the revision to compare to (default: the working tree)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['markdown', 'json']).default('markdown'))
    .option('--project <dir>', 'only the project in this folder (default: every project in or around the current folder)')
    .option('--handbook-url <url>', "link each change to its entity in the published handbook (the handbook folder's address)", parseHandbookUrl)
    .option('--fail-on <when>', 'exit 1 when the change introduces a problem: "introduced" (an error), or "introduced:warning" / "introduced:info" (that severity or worse)', parseFailOn)
    .option('--today <date>', 'the date that review rules judge by at both revisions (YYYY-MM-DD)', parseDate)
    .option('-o, --output-file <file>', 'write the report to a file instead of standard output (whole or not at all)')
    .action(async (base: string, head: string | undefined, flags: DiffFlags) => {
      // The Markdown toolchain takes long to load: only this command pays for it.
      const [{ diffRevisions }, { formatDiffMarkdown }, { formatDiffJson }] = await Promise.all([
        import('../../diff/diffRevisions.js'),
        import('../../diff/format/markdown.js'),
        import('../../diff/format/json.js'),
      ]);
      const result = await diffRevisions({ base, head, project: flags.project, today: flags.today, handbookLinks: flags.handbookUrl !== undefined });
      if (!result.report) {
        const git = result.problems.find((problem) => problem.rule === 'git');
        if (git) throw new UsageError(git.message);
        process.stderr.write(describeStop(result.problems));
        process.exitCode = EXIT.usage;
        return;
      }
      const text = flags.format === 'json' ? formatDiffJson(result.report) : formatDiffMarkdown(result.report, { handbookUrl: flags.handbookUrl });
      if (flags.outputFile) writeWhole(flags.outputFile, text);
      else process.stdout.write(text);
      const failing = flags.failOn && result.report.problems.introduced.some((problem) => RANK[problem.severity] >= RANK[flags.failOn!]);
      process.exitCode = failing ? EXIT.problems : EXIT.ok;
    });
}
