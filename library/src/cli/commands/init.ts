import { cpSync, existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Command } from 'commander';
import { showOnOneLine } from '../../util/controlCharacters.js';
import { UsageError } from '../exitCodes.js';
import { findAsset } from '../../util/findAsset.js';
import { writeInitPackageJson } from './initPackageJson.js';

/** The scaffold: real YAML files, copied as they are. */
export const INIT_TEMPLATE_DIR = findAsset('templates/init/cxgov.yaml').replace(/cxgov\.yaml$/, '');

/** `cxgov init [dir]`: scaffold a small, valid, realistic project, and a package.json where none is; never overwrites a file. */
export function initCommand(): Command {
  return new Command('init')
    .description('Create a small, valid governance project to start from (never overwrites existing files).')
    .argument('[dir]', 'folder to create the project in', '.')
    .action((dir: string) => {
      const target = resolve(dir);
      const files = listFiles(INIT_TEMPLATE_DIR);
      const clashes = files.filter((file) => existsSync(join(target, file)));
      if (clashes.length > 0) {
        throw new UsageError(`Nothing was written: these files already exist in ${target}: ${clashes.join(', ')}.`);
      }
      cpSync(INIT_TEMPLATE_DIR, target, { recursive: true, errorOnExist: true, force: false });
      const wrotePackageJson = writeInitPackageJson(target);
      const shown = showOnOneLine(relative(process.cwd(), target) || '.');
      const created = wrotePackageJson ? [...files, 'package.json'] : files;
      process.stdout.write(
        [
          `Created a governance project in ${shown}:\n  ${created.join('\n  ')}\n`,
          wrotePackageJson ? '' : 'Kept the existing package.json: add cxgov to it with "npm i -D cxgov".\n',
          `\nNext: edit the files under governance/, then run "cxgov lint${shown === '.' ? '' : ` ${shown}`}".\n`,
          wrotePackageJson ? `"npm install"${shown === '.' ? '' : ` in ${shown}`} installs this cxgov for "npm run lint" and for CI ("npm ci", then "npx cxgov lint").\n` : '',
        ].join(''),
      );
    });
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]))
    .sort();
}
