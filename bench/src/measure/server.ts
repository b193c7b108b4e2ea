// The language server over stdio, on one generated project: indexing, memory, edit latency (a
// local edit and a much-referenced id) and request latency (completion, hover).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { GeneratedProject } from '../generate.js';
import { LspSession } from '../lspSession.js';
import { TARGET_SIZE } from '../options.js';
import type { Measured, Row } from '../report.js';
import { percentile } from '../stats.js';
import { hotIdEdits, localEdits } from './serverEdits.js';
import { indexProject } from './serverIndex.js';
import { requestLatencies } from './serverRequests.js';

export interface ServerPlan {
  localEdits: number;
  hotEdits: number;
  requests: number;
  /** Extra `node` flags for the server (`--cpu-prof`…). */
  nodeArgs: readonly string[];
}

/** The targets for 20,000 KPIs. */
const TARGETS = { localP95: 25, hotP95: 100, requestP95: 10, rssMB: 400 };

/** The KPI files that name the hot owner (the generator puts them among the first 1,000 KPIs). */
function hotReferrers(project: GeneratedProject): string[] {
  const folder = join(project.root, 'governance/kpis/00');
  return readdirSync(folder)
    .sort()
    .map((name) => join(folder, name))
    .filter((path) => readFileSync(path, 'utf8').includes(`    owner: ${project.hotOwner}\n`));
}

/** `lintWallMs`: the cold lint of the same project in this run, which indexing must beat. */
export async function languageServer(project: GeneratedProject, lintWallMs: number | undefined, plan: ServerPlan, log: (line: string) => void): Promise<Measured> {
  const referrers = hotReferrers(project);
  const watched = referrers.at(-1);
  if (!watched) throw new Error(`no KPI file names ${project.hotOwner}`);
  const hotName = `server: rename id used by ${referrers.length} KPIs`;
  const judged = project.kpis === TARGET_SIZE;
  const size = project.kpis.toLocaleString('en-US');
  const target = (op: '<' | '<=', limit: number | undefined) => (judged && limit !== undefined ? { target: { op, limit } } : {});
  const session = new LspSession(plan.nodeArgs);
  try {
    const { indexMs, files } = await indexProject(session, project.root);
    const memory = session.memory();
    log(`  server indexed ${files} files in ${Math.round(indexMs)} ms, RSS ${Math.round(memory?.rssMB ?? 0)} MB`);
    const local = await localEdits(session, project.editFile, plan.localEdits);
    log(`  server local edits: p95 ${percentile(local, 95).toFixed(1)} ms`);
    const hot = await hotIdEdits(session, join(project.root, 'governance/owners/owners-000.yaml'), project.hotOwner, referrers, plan.hotEdits);
    log(`  server hot id edits: p95 ${percentile(hot.open, 95).toFixed(1)} ms (open file), ${percentile(hot.all, 95).toFixed(1)} ms (all files)`);
    const requests = await requestLatencies(session, watched, plan.requests);
    const end = session.memory();
    const rows: Row[] = [
      {
        metric: `server, ${size} KPIs: initialize → all diagnostics`,
        value: indexMs,
        unit: 'ms',
        ...target('<', lintWallMs),
        ...(judged && lintWallMs === undefined && { note: 'no target: cold lint was not measured in this run' }),
      },
      { metric: `server, ${size} KPIs: RSS after indexing`, value: memory?.rssMB, unit: 'MB', ...target('<', TARGETS.rssMB), ...(!memory && { note: 'not measured: no /proc' }) },
      { metric: `server: edit → diagnostics p50 (${plan.localEdits} edits)`, value: percentile(local, 50), unit: 'ms' },
      { metric: `server: edit → diagnostics p95`, value: percentile(local, 95), unit: 'ms', ...target('<', TARGETS.localP95) },
      { metric: `${hotName} → open file p50 (${plan.hotEdits} edits)`, value: percentile(hot.open, 50), unit: 'ms' },
      { metric: `${hotName} → open file p95`, value: percentile(hot.open, 95), unit: 'ms', ...target('<', TARGETS.hotP95) },
      { metric: `${hotName} → all files p95`, value: percentile(hot.all, 95), unit: 'ms', note: `every one of the ${referrers.length} files republished; no target of its own` },
      { metric: `server: completion p95 (${plan.requests} requests)`, value: percentile(requests.completion, 95), unit: 'ms', ...target('<', TARGETS.requestP95) },
      { metric: `server: hover p95 (${plan.requests} requests)`, value: percentile(requests.hover, 95), unit: 'ms', ...target('<', TARGETS.requestP95) },
    ];
    const summary = (samples: number[]) => ({ count: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95), max: percentile(samples, 100) });
    const details = {
      files,
      indexMs,
      memoryAfterIndexing: memory,
      memoryAtEnd: end,
      localEdits: { file: relative(project.root, project.editFile), ...summary(local) },
      hotIdEdits: { id: project.hotOwner, referrers: referrers.length, watched: relative(project.root, watched), openFile: summary(hot.open), allFiles: summary(hot.all) },
      completion: summary(requests.completion),
      hover: summary(requests.hover),
    };
    return { rows, details };
  } finally {
    await session.stop();
  }
}
