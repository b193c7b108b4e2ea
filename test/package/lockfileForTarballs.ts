import { readFileSync } from 'node:fs';

/** A lockfile entry, as package-lock.json (version 3) writes it. */
interface LockEntry {
  name?: string;
  version?: string;
  resolved?: string;
  link?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  [field: string]: unknown;
}

/** A workspace of this repository and the tarball `npm pack` made of it. */
export interface PackedWorkspace {
  /** Its folder in the repository, as the repository's lockfile names it: `library`, `server`. */
  folder: string;
  /** The tarball, as `file:` spec relative to the folder the lockfile is for. */
  tarball: string;
}

/**
 * A package-lock.json for a folder that depends on the packed workspaces only, every registry
 * package pinned at the version the repository's lockfile pins: `npm ci --offline` then needs the
 * npm cache alone (tarballs by integrity), never the registry's package documents.
 */
export function lockfileForTarballs(repositoryLockfile: string, packed: PackedWorkspace[]): { manifest: object; lockfile: object } {
  const repository = (JSON.parse(readFileSync(repositoryLockfile, 'utf8')) as { packages: Record<string, LockEntry> }).packages;
  const tarballOf = new Map(packed.map(({ folder, tarball }) => [folder, tarball]));
  const installedPath = new Map(packed.map(({ folder }) => [folder, `node_modules/${repository[folder]!.name}`]));
  const packages: Record<string, LockEntry> = {};

  const add = (repositoryPath: string): void => {
    const path = installedPathOf(repositoryPath, installedPath);
    if (packages[path]) return;
    const { dev, devOptional, devDependencies, link, ...entry } = repository[repositoryPath]!;
    const tarball = tarballOf.get(repositoryPath);
    packages[path] = tarball ? { ...entry, resolved: tarball } : entry;
    for (const name of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies, ...entry.peerDependencies })) {
      const found = resolve(repository, repositoryPath, name);
      if (found) add(found);
    }
  };
  for (const { folder } of packed) add(folder);

  const dependencies = Object.fromEntries(packed.map(({ folder, tarball }) => [repository[folder]!.name!, tarball]));
  return {
    manifest: { private: true, dependencies },
    lockfile: { lockfileVersion: 3, requires: true, packages: { '': { dependencies }, ...packages } },
  };
}

/** Where Node finds `name` from the package at `from`: its own node_modules, then each parent's, then the root's; a workspace link leads to the workspace. */
function resolve(repository: Record<string, LockEntry>, from: string, name: string): string | undefined {
  for (let dir = from; ; dir = parentPackage(dir)) {
    const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    const entry = repository[candidate];
    if (entry) return entry.link ? entry.resolved : candidate;
    if (!dir) return undefined;
  }
}

function parentPackage(path: string): string {
  const cut = path.lastIndexOf('/node_modules/');
  return cut >= 0 ? path.slice(0, cut) : '';
}

/** The workspace's folder becomes its place in node_modules; registry packages keep theirs. */
function installedPathOf(repositoryPath: string, installedPath: Map<string, string>): string {
  for (const [folder, installed] of installedPath) {
    if (repositoryPath === folder) return installed;
    if (repositoryPath.startsWith(`${folder}/`)) return `${installed}${repositoryPath.slice(folder.length)}`;
  }
  return repositoryPath;
}
