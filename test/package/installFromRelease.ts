import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lockfileForTarballs } from './lockfileForTarballs.js';

const REPOSITORY = fileURLToPath(new URL('../../../', import.meta.url));
/** The workspaces published to npm. */
const WORKSPACES = ['library', 'server'];

/** A release, and its npm packages installed into a folder far from this repository. */
export interface InstalledRelease {
  /** The folder `npm run release` wrote, and the names of what is in it. */
  release: string;
  released: string[];
  /** The folder the tarballs are installed in: it holds node_modules/ and nothing else. */
  home: string;
  /** `node_modules/.bin`, where npm links `cxgov` and `cxgov-language-server`. */
  bin: string;
  cleanup: () => void;
}

/**
 * The release script into a temporary folder, then `npm ci --offline` of its two tarballs into
 * another, with the repository's pinned dependencies: they come from the npm cache only (CI runs
 * `npm ci` first).
 */
export function installFromRelease(): InstalledRelease {
  const release = mkdtempSync(join(tmpdir(), 'cxgov-release-'));
  const home = mkdtempSync(join(tmpdir(), 'cxgov-installed-'));
  const cleanup = (): void => {
    rmSync(release, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  };
  try {
    run(process.execPath, [join(REPOSITORY, 'scripts/release.mjs'), '--out', release], REPOSITORY);
    const { manifest, lockfile } = lockfileForTarballs(
      join(REPOSITORY, 'package-lock.json'),
      WORKSPACES.map((folder) => ({ folder, tarball: `file:${relative(home, join(release, tarballName(folder)))}` })),
    );
    writeFileSync(join(home, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    writeFileSync(join(home, 'package-lock.json'), `${JSON.stringify(lockfile, null, 2)}\n`);
    run('npm', ['ci', '--offline', '--no-audit', '--no-fund'], home);
    return { release, released: readdirSync(release).sort(), home, bin: join(home, 'node_modules/.bin'), cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}

/** What `npm pack` names a workspace's tarball. */
export function tarballName(folder: string): string {
  const { name, version } = JSON.parse(readFileSync(join(REPOSITORY, folder, 'package.json'), 'utf8')) as { name: string; version: string };
  return `${name}-${version}.tgz`;
}

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: npmEnvironment(), timeout: 120_000 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal}) in ${cwd}:\n${result.stdout}\n${result.stderr}`);
}

/** The environment without what `npm test` sets for its own run (workspace, package), which would steer the inner npm. */
function npmEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_(config_workspaces?|package_|lifecycle_)/i.test(name)));
}
