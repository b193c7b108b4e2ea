import { relative, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { EXIT, UsageError } from '../exitCodes.js';
import { parseDate } from '../options.js';
import { describeProblems, describeStop } from '../output.js';
import { pathOpeningLine, showOnOneLine } from '../../util/controlCharacters.js';

interface HandbookFlags {
  out?: string;
  check?: boolean;
  strict?: boolean;
  today?: string;
  title?: string;
  singlePage?: boolean;
  frontMatter?: 'none' | 'mkdocs' | 'docusaurus';
}

/** `cxgov handbook [dir]`: publish the project as Markdown pages, or check that the committed ones are current. */
export function handbookCommand(): Command {
  return new Command('handbook')
    .description('Write the governance handbook (GitHub-flavoured Markdown pages), or check that the committed one is up to date.')
    .argument('[dir]', 'the project folder (default: the project around the current folder)')
    .option('-o, --out <dir>', 'output folder (default: handbook.out in cxgov.yaml, else "handbook" beside it)')
    .option('--check', 'write nothing; exit 1 and list the pages that differ when the handbook is out of date')
    .option('--strict', 'write nothing when the project has errors (exit 1)')
    .option('--today <date>', 'accepted for scripts that pass it: the pages judge no date (overdue reviews and expired exceptions are for cxgov lint)', parseDate)
    .option('--title <title>', "the front page's title (default: handbook.title, else the project name)")
    .option('--single-page', 'write the whole handbook as one page')
    .addOption(new Option('--front-matter <kind>', 'front matter for a site generator').choices(['none', 'mkdocs', 'docusaurus']))
    .action(async (dir: string | undefined, flags: HandbookFlags) => {
      // The Markdown toolchain takes long to load: only this command pays for it, not every `cxgov lint`.
      const [{ buildHandbook }, { checkHandbook }, { HandbookFolderError, HandbookWriteError, writeHandbook }] = await Promise.all([
        import('../../project/handbook.js'),
        import('../../handbook/write/checkHandbook.js'),
        import('../../handbook/write/writeHandbook.js'),
      ]);
      // --out is relative to where the user typed it, whatever project folder they named.
      // Read as `cxgov lint` reads: worker threads for thousands of files, no YAML documents kept.
      const result = await buildHandbook({ ...flags, workers: 'auto', cwd: dir ?? process.cwd(), out: flags.out && resolve(flags.out) });
      if (!result.pages) {
        process.stderr.write(describeStop(result.configProblems));
        process.exitCode = EXIT.usage;
        return;
      }
      const shown = pathOpeningLine(relative(process.cwd(), result.out) || '.');
      const errors = result.problems.filter((problem) => problem.severity === 'error');
      if (flags.strict && errors.length > 0) {
        process.stderr.write(`${describeProblems(errors)}\ncxgov: nothing written: the project has ${count(errors.length, 'error')} (--strict).\n`);
        process.exitCode = EXIT.problems;
        return;
      }
      if (flags.check) {
        const stale = checkHandbook(result.out, result.pages);
        if (stale.length === 0) {
          process.stdout.write(`${shown}: the handbook is up to date (${count(result.pages.length, 'page')}).\n`);
          return;
        }
        const list = stale.map((page) => `  ${showOnOneLine(page.path)} (${page.change})`).join('\n');
        process.stdout.write(`${shown}: the handbook is out of date:\n${list}\nRun "cxgov handbook" to update it.\n`);
        process.exitCode = EXIT.problems;
        return;
      }
      let written;
      try {
        written = await writeHandbook(result.out, result.pages);
      } catch (error) {
        // A write the system refused half-way says so itself ("could not write PATH: ...").
        if (error instanceof HandbookWriteError) throw new UsageError(error.message);
        if (error instanceof HandbookFolderError) throw new UsageError(`nothing written: ${error.message}`);
        throw error;
      }
      for (const notice of written.notices) process.stderr.write(`cxgov: ${showOnOneLine(notice)}\n`);
      process.stdout.write(`Wrote ${count(result.pages.length, 'page')} to ${shown}.\n`);
      if (result.problems.length > 0) {
        process.stdout.write(`The project has ${count(result.problems.length, 'problem')}; the handbook lists them in its health section ("cxgov lint" for details).\n`);
      }
    });
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
