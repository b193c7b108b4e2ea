#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { lintCommand } from './commands/lint.js';
import { initCommand } from './commands/init.js';
import { rulesCommand } from './commands/rules.js';
import { explainCommand } from './commands/explain.js';
import { handbookCommand } from './commands/handbook.js';
import { diffCommand } from './commands/diff.js';
import { EXIT, UsageError } from './exitCodes.js';
import { environmentMessage, isEnvironmentError, plainReason } from './environmentError.js';
import { VERSION } from '../version.js';
import { showOnOneLine } from '../util/controlCharacters.js';

/** The `cxgov` program and its commands. */
export function createProgram(): Command {
  const program = new Command('cxgov')
    .description('CX governance as code: check your customer promise, standards, owners and KPIs.')
    .version(VERSION, '-v, --version')
    .showSuggestionAfterError(true);
  for (const command of [lintCommand(), handbookCommand(), diffCommand(), initCommand(), rulesCommand(), explainCommand()]) {
    program.addCommand(command.version(VERSION, '-v, --version'));
  }
  // Usage errors exit 2 (commander's default is 1, which means "problems found" here).
  program.exitOverride();
  for (const command of program.commands) command.exitOverride();
  return program;
}

async function main(argv: string[]): Promise<void> {
  // A reader that stops early (`cxgov lint | head`) closes the pipe: the rest of the report has no
  // one to go to, which is not an error of cxgov; the exit code already decided stands.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') {
      say(`cannot write the standard output: ${isEnvironmentError(error) ? plainReason(error) : error.message}`);
      process.exitCode = EXIT.usage;
    }
    process.exit();
  });
  try {
    await createProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    } else if (error instanceof UsageError) {
      say(error.message);
      process.exitCode = EXIT.usage;
    } else if (isEnvironmentError(error)) {
      // The system refused a file operation: the user can act on it, there is no bug to report.
      say(environmentMessage(error));
      process.exitCode = EXIT.usage;
    } else {
      say(`internal error: ${(error as Error).message ?? String(error)}${process.env.DEBUG ? '' : ' (set DEBUG=cxgov for details)'}`);
      // The stack is for whoever asked for it with DEBUG.
      if (process.env.DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
      process.stderr.write('Please report it with the file that caused it.\n');
      process.exitCode = EXIT.usage;
    }
  }
}

await main(process.argv);

/**
 * One line on standard error. Messages name paths and ids from the repository or the command line:
 * their control characters and line breaks are escaped, so that no message recolours a terminal or
 * starts a line a CI runner obeys.
 */
function say(message: string): void {
  process.stderr.write(`cxgov: ${showOnOneLine(message)}\n`);
}
