// Which cxgov the GitHub Action and the pre-commit hook run. A checkout of this repository holds
// sources, not a build, so they never run cxgov from here: they run the project's own installation
// (node_modules/cxgov, after `npm ci`), so CI and the hook agree with the version the project pins,
// else the published package of this checkout's version through npx.
// Plain JavaScript without dependencies: GitHub and pre-commit run it as it is checked out.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';

/** A version or dist-tag npx may be given: nothing a shell or npm could read as more than a name. */
const VERSION = /^[0-9A-Za-z][0-9A-Za-z.+-]*$/;

/** A usage mistake in the Action's inputs or the hook's arguments: exit 2 with this message. */
export class UsageError extends Error {}

/** The version of cxgov this checkout belongs to (library/package.json, the one place it is kept). */
export function ownVersion() {
  const manifest = JSON.parse(readFileSync(new URL('../library/package.json', import.meta.url), 'utf8'));
  return manifest.version;
}

/**
 * How to run cxgov for a project folder: `{ file, prefix, label }`, to run as `file ...prefix ...args`.
 * `version` (optional) forces that published version; else node_modules/cxgov is looked for from
 * `project` up to `top` (the workspace: never above it), else this checkout's version is used.
 */
export function cxgovCommand(project, top, version) {
  if (version) {
    if (!VERSION.test(version)) throw new UsageError(`version "${version}" is not a cxgov version (like 0.1.0) or dist-tag (like latest).`);
    return npxCommand(version);
  }
  const bin = installedBin(project, top);
  if (bin) return { file: process.execPath, prefix: [bin], label: `cxgov from ${relative(process.cwd(), bin) || bin}` };
  return npxCommand(ownVersion());
}

/** Runs cxgov with `args` in the current folder (or `cwd`); `capture` keeps its standard output instead of showing it. */
export function runCxgov(command, args, { capture = false, cwd } = {}) {
  const result = spawnSync(command.file, [...command.prefix, ...args], {
    cwd,
    stdio: ['ignore', capture ? 'pipe' : 'inherit', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    shell: command.shell ?? false,
  });
  if (result.error) throw new UsageError(`cannot run ${command.label}: ${result.error.message}`);
  // A signal (out of memory, a cancelled job) is not a verdict on the project.
  return { status: result.status ?? 2, stdout: result.stdout ?? '' };
}

/** The bin of node_modules/cxgov in `folder` or a folder above it, up to `top`. */
function installedBin(folder, top) {
  for (const candidate of foldersUpTo(resolve(folder), resolve(top))) {
    const manifestFile = join(candidate, 'node_modules', 'cxgov', 'package.json');
    if (!isFile(manifestFile)) continue;
    const bin = binOf(manifestFile);
    if (bin) return bin;
  }
  return undefined;
}

/** `folder` and its parents up to `top`; only `folder` when it is not inside `top`. */
function foldersUpTo(folder, top) {
  const folders = [folder];
  let current = folder;
  while (isInside(current, top) && current !== top) {
    current = dirname(current);
    folders.push(current);
  }
  return folders;
}

function isInside(path, folder) {
  const rel = relative(folder, path);
  return !rel.startsWith('..') && !isAbsolute(rel);
}

function binOf(manifestFile) {
  try {
    const { bin } = JSON.parse(readFileSync(manifestFile, 'utf8'));
    const path = typeof bin === 'string' ? bin : bin?.cxgov;
    const full = typeof path === 'string' ? resolve(dirname(manifestFile), path) : undefined;
    return full && isFile(full) ? full : undefined;
  } catch {
    return undefined;
  }
}

function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** npx from the npm beside this node (no shell needed, also on Windows), else `npx` on the PATH. */
function npxCommand(version) {
  const folder = dirname(process.execPath);
  const cli = [join(folder, 'node_modules', 'npm', 'bin', 'npx-cli.js'), join(folder, '..', 'lib', 'node_modules', 'npm', 'bin', 'npx-cli.js')].find(existsSync);
  const prefix = ['--yes', `cxgov@${version}`];
  const label = `npx cxgov@${version}`;
  if (cli) return { file: process.execPath, prefix: [cli, ...prefix], label };
  return { file: 'npx', prefix, label, shell: process.platform === 'win32' };
}
