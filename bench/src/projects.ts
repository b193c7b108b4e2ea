// The generated projects, cached under .cache/bench/: generated once per size and generator.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateProject, type GeneratedProject } from './generate.js';
import { PROJECTS_DIR } from './paths.js';

/** Changes when the generator does, so that a changed generator never measures stale files. */
function generatorFingerprint(): string {
  const source = readFileSync(fileURLToPath(new URL('./generate.js', import.meta.url)));
  return createHash('sha256').update(source).digest('hex').slice(0, 16);
}

/**
 * The project of `kpis` KPIs, generated unless a complete one by the same generator is there. The
 * marker is written last, so an interrupted generation is redone.
 */
export function ensureProject(kpis: number, log: (line: string) => void): GeneratedProject {
  const root = join(PROJECTS_DIR, `kpis-${kpis}`);
  const marker = `${root}.json`;
  const fingerprint = generatorFingerprint();
  if (existsSync(marker) && existsSync(root)) {
    const saved = JSON.parse(readFileSync(marker, 'utf8')) as { fingerprint: string; project: GeneratedProject };
    if (saved.fingerprint === fingerprint) return saved.project;
  }
  log(`generating ${kpis} KPIs in ${root}`);
  mkdirSync(PROJECTS_DIR, { recursive: true });
  const project = generateProject(root, kpis);
  writeFileSync(marker, JSON.stringify({ fingerprint, project }, null, 2));
  return project;
}
