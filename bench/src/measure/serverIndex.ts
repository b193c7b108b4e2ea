// The language server's start: from `initialize` until the server says it has checked the project
// (`cxgov/projectsIndexed`, sent after the diagnostics of every file with a problem): what a user
// waits for before the Problems panel is complete. Files without problems are never sent.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileUri, type LspSession } from '../lspSession.js';

/** Generous: the server must finish, however slow; the measured time says how slow. */
const INDEX_TIMEOUT_MS = 600_000;

/** Every YAML file of a generated project: its sources and cxgov.yaml, all of which the server reports on. */
export function projectFiles(root: string): string[] {
  return (readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[]).filter((path) => /\.ya?ml$/.test(path)).map((path) => join(root, path));
}

export async function indexProject(session: LspSession, root: string): Promise<{ indexMs: number; files: number }> {
  const uris = projectFiles(root).map(fileUri);
  const started = performance.now();
  await session.start(root);
  await session.until(() => session.indexed, INDEX_TIMEOUT_MS, `the check of all ${uris.length} files`);
  return { indexMs: performance.now() - started, files: uris.length };
}
