// One big file: a project that keeps everything in one source of 0.25–3 MB, as small teams do.
// Times a one-line edit in the middle of it, sent as an editor sends it (an incremental change of
// that line), until the server has published the file's new diagnostics; and the server's memory.
import { readFileSync } from 'node:fs';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { SingleFileProject } from '../generate.js';
import { fileUri, LspSession } from '../lspSession.js';
import type { Measured, Row } from '../report.js';
import { percentile } from '../stats.js';
import { sync } from './serverEdits.js';
import { indexProject } from './serverIndex.js';

const EDIT_TIMEOUT_MS = 60_000;
/** The target, judged at 1 MB. */
const TARGET = { megabytes: 1, p95: 50 };

/**
 * Edits to the description of the KPI in the middle of the file: one edit clears it (a schema
 * problem: a description must be text), the next types a new one, so that every edit changes the
 * file's diagnostics (the server publishes only changes).
 */
export async function bigFileEdits(session: LspSession, path: string, count: number): Promise<number[]> {
  const original = readFileSync(path, 'utf8');
  const lines = original.split('\n');
  const kpisAt = lines.indexOf('kpis:');
  const items = lines.flatMap((text, i) => (i > kpisAt && text.startsWith('  - id: ') ? [i] : []));
  const middle = items[Math.floor(items.length / 2)];
  const line = lines.findIndex((text, i) => middle !== undefined && i > middle && text.startsWith('    description: '));
  if (line < 0) throw new Error(`${path} has no KPI with a description`);
  const key = '    description:'.length;
  const value = lines[line]!.slice(key);
  const onDescription = (diagnostics: Diagnostic[]) => diagnostics.some((d) => d.code === 'schema' && d.range.start.line === line);
  const uri = fileUri(path);
  await session.open(path, original);
  await sync(session, path);
  const samples: number[] = [];
  let current = value;
  for (let i = 0; i < count; i++) {
    const cleared = i % 2 === 0;
    const next = cleared ? '' : `${value} Edit ${i}.`;
    const before = session.publications.get(uri) ?? 0;
    const expect = cleared ? onDescription : (d: Diagnostic[]) => !onDescription(d);
    const started = performance.now();
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: i + 2 },
      contentChanges: [{ range: { start: { line, character: key }, end: { line, character: key + current.length } }, text: next }],
    });
    await session.until(() => (session.publications.get(uri) ?? 0) > before && expect(session.diagnostics.get(uri) ?? []), EDIT_TIMEOUT_MS, `diagnostics of ${path} after edit ${i + 2}`);
    samples.push(performance.now() - started);
    current = next;
  }
  return samples;
}

/** Starts a server on each single-file project in turn and times `edits` one-line edits in it. */
export async function bigFileServer(projects: readonly { megabytes: number; project: SingleFileProject }[], edits: number, nodeArgs: readonly string[], log: (line: string) => void): Promise<Measured> {
  const rows: Row[] = [];
  const details: Record<string, unknown> = {};
  for (const { megabytes, project } of projects) {
    const label = `server, one file of ${megabytes} MB (${project.kpis.toLocaleString('en-US')} KPIs)`;
    const session = new LspSession(nodeArgs);
    try {
      const { indexMs } = await indexProject(session, project.root);
      const indexed = session.memory();
      const samples = await bigFileEdits(session, project.file, edits);
      const end = session.memory();
      const p95 = percentile(samples, 95);
      log(`  ${label}: indexed in ${Math.round(indexMs)} ms, edit p95 ${p95.toFixed(1)} ms, RSS ${Math.round(end?.rssMB ?? 0)} MB`);
      const judged = megabytes === TARGET.megabytes;
      rows.push(
        { metric: `${label}: edit → diagnostics p50 (${edits} edits)`, value: percentile(samples, 50), unit: 'ms' },
        { metric: `${label}: edit → diagnostics p95`, value: p95, unit: 'ms', ...(judged && { target: { op: '<=' as const, limit: TARGET.p95 } }) },
        { metric: `${label}: RSS after the edits`, value: end?.rssMB, unit: 'MB', ...(!end && { note: 'not measured: no /proc' }) },
      );
      details[`${megabytes}MB`] = { kpis: project.kpis, bytes: project.bytes, indexMs, memoryAfterIndexing: indexed, memoryAtEnd: end, edits: { count: samples.length, p50: percentile(samples, 50), p95, max: percentile(samples, 100) } };
    } finally {
      await session.stop();
    }
  }
  return { rows, details };
}
