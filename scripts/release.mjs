#!/usr/bin/env node
// `npm run release`: the three things a release publishes, in one folder (release/, or --out DIR):
//   cxgov-<version>.tgz                  the library and CLI, for npm
//   cxgov-language-server-<version>.tgz  the language server, for npm
//   cxgov-vscode-<version>.vsix          the VS Code extension, for the marketplace
// The version is library/package.json's; the server and the extension must say the same (and
// depend on each other at it), or nothing is written. Each package builds itself before it is packed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const RELEASED = /^cxgov(-language-server|-vscode)?-\d[^/]*\.(tgz|vsix)$/;

const outArgument = process.argv.indexOf('--out');
const out = resolve(outArgument > 0 && process.argv[outArgument + 1] ? process.argv[outArgument + 1] : join(ROOT, 'release'));

const version = manifest('library').version;
const disagreements = versionDisagreements(version);
if (disagreements.length > 0) {
  console.error(`release: the version is ${version} (library/package.json), but:\n  ${disagreements.join('\n  ')}`);
  process.exit(2);
}

mkdirSync(out, { recursive: true });
// Earlier releases' files go (a folder of one release); anything else in the folder stays.
for (const file of readdirSync(out)) if (RELEASED.test(file)) rmSync(join(out, file), { force: true });
run('npm', ['pack', '-w', 'library', '-w', 'server', '--pack-destination', out]);
// build, then vsix: `npm run package -- --out` would hand --out to the inner `npm run vsix`, not vsce.
run('npm', ['run', 'build', '-w', 'extension']);
run('npm', ['run', 'vsix', '-w', 'extension', '--', '--out', join(out, `cxgov-vscode-${version}.vsix`)]);

console.log(`\nrelease ${version} in ${relative(process.cwd(), out) || '.'}:`);
for (const file of readdirSync(out).filter((name) => RELEASED.test(name)).sort()) console.log(`  ${file}  ${Math.round(statSync(join(out, file)).size / 1024)} kB`);

function manifest(folder) {
  return JSON.parse(readFileSync(join(ROOT, folder, 'package.json'), 'utf8'));
}

/** What does not say `version`: the other packages' versions and the ranges they depend on each other with. */
function versionDisagreements(expected) {
  const server = manifest('server');
  const extension = manifest('extension');
  const found = [
    ['server/package.json version', server.version, expected],
    ['extension/package.json version', extension.version, expected],
    ['server/package.json dependency cxgov', server.dependencies?.cxgov, `^${expected}`],
    ['extension/package.json dependency cxgov-language-server', extension.dependencies?.['cxgov-language-server'], `^${expected}`],
  ];
  return found.filter(([, actual, wanted]) => actual !== wanted).map(([what, actual, wanted]) => `${what} is ${actual ?? 'missing'}, not ${wanted}`);
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`release: "${command} ${args.join(' ')}" failed (${result.status ?? result.signal}); the release folder is incomplete.`);
    process.exit(result.status || 2);
  }
}
