import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lockfileForTarballs } from './lockfileForTarballs.js';

const REPOSITORY = fileURLToPath(new URL('../../../', import.meta.url));
/** The workspaces published to npm, in the order `npm pack` reports them. */
const WORKSPACES = ['library', 'server'];

/** One tarball as `npm pack --json` describes it. */
export interface PackedTarball {
  name: string;
  filename: string;
  files: { path: string }[];
}

/** The library and the language server, packed and installed into a folder far from this repository. */
export interface InstalledPackages {
  tarballs: PackedTarball[];
  /** The folder they are installed in: it holds node_modules/ and nothing else. */
  home: string;
  /** `node_modules/.bin`, where npm links `cxgov` and `cxgov-language-server`. */
  bin: string;
  cleanup: () => void;
}

/**
 * `npm pack` of both packages into a temporary folder, then `npm ci --offline` of the two tarballs
 * into another, with the repository's pinned dependencies: they come from the npm cache only (CI
 * runs `npm ci` first).
 */
export function installFromTarballs(): InstalledPackages {
  const packs = mkdtempSync(join(tmpdir(), 'cxgov-packs-'));
  const home = mkdtempSync(join(tmpdir(), 'cxgov-installed-'));
  const cleanup = (): void => {
    rmSync(packs, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  };
  try {
    const packed = npm(['pack', '--json', ...WORKSPACES.flatMap((folder) => ['-w', folder]), '--pack-destination', packs], REPOSITORY);
    const tarballs = JSON.parse(packed) as PackedTarball[];
    const { manifest, lockfile } = lockfileForTarballs(
      join(REPOSITORY, 'package-lock.json'),
      WORKSPACES.map((folder, index) => ({ folder, tarball: `file:${relative(home, join(packs, tarballs[index]!.filename))}` })),
    );
    writeFileSync(join(home, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    writeFileSync(join(home, 'package-lock.json'), `${JSON.stringify(lockfile, null, 2)}\n`);
    npm(['ci', '--offline', '--no-audit', '--no-fund'], home);
    return { tarballs, home, bin: join(home, 'node_modules/.bin'), cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}

function npm(args: string[], cwd: string): string {
  const options: SpawnSyncOptions = { cwd, encoding: 'utf8', env: npmEnvironment(), timeout: 120_000 };
  const run = spawnSync('npm', args, options);
  if (run.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${run.status ?? run.signal}) in ${cwd}:\n${String(run.stderr)}`);
  return String(run.stdout);
}

/** The environment without what `npm test` sets for its own run (workspace, package), which would steer the inner npm. */
function npmEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_(config_workspaces?|package_|lifecycle_)/i.test(name)));
}
