// The generated projects, cached under .cache/bench/: generated once per size, layout and generator.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateProject, generateSingleFileProject, type GeneratedProject, type SingleFileProject } from './generate.js';
import { PROJECTS_DIR } from './paths.js';

/** Changes when the generator does, so that a changed generator never measures stale files. */
function generatorFingerprint(): string {
  const source = readFileSync(fileURLToPath(new URL('./generate.js', import.meta.url)));
  return createHash('sha256').update(source).digest('hex').slice(0, 16);
}

/**
 * What `generate` writes into `name` under PROJECTS_DIR, generated unless a complete one by the
 * same generator is there. The marker is written last, so an interrupted generation is redone.
 */
function cached<T>(name: string, what: string, log: (line: string) => void, generate: (root: string) => T): T {
  const root = join(PROJECTS_DIR, name);
  const marker = `${root}.json`;
  const fingerprint = generatorFingerprint();
  if (existsSync(marker) && existsSync(root)) {
    const saved = JSON.parse(readFileSync(marker, 'utf8')) as { fingerprint: string; project: T };
    if (saved.fingerprint === fingerprint) return saved.project;
  }
  log(`generating ${what} in ${root}`);
  mkdirSync(PROJECTS_DIR, { recursive: true });
  const project = generate(root);
  writeFileSync(marker, JSON.stringify({ fingerprint, project }, null, 2));
  return project;
}

/** The project of `kpis` KPIs, one per file. */
export function ensureProject(kpis: number, log: (line: string) => void): GeneratedProject {
  return cached(`kpis-${kpis}`, `${kpis} KPIs`, log, (root) => generateProject(root, kpis));
}

/** The project of one source of about `megabytes` MB. */
export function ensureSingleFileProject(megabytes: number, log: (line: string) => void): SingleFileProject {
  return cached(`single-file-${megabytes}mb`, `one file of ${megabytes} MB`, log, (root) => generateSingleFileProject(root, Math.round(megabytes * 2 ** 20)));
}
