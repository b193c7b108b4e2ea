// The benchmark's output: one row per metric, printed as a table and saved with the machine.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { dirname } from 'node:path';

export type Unit = 'ms' | 'MB' | 'x';

/** A limit the issue sets: the value must stay below it (or at most it). */
export interface Target {
  op: '<' | '<=';
  limit: number;
}

export interface Row {
  metric: string;
  /** Undefined when not measured; `note` says why. */
  value?: number;
  unit: Unit;
  target?: Target;
  note?: string;
}

export function isOk(row: Row): boolean | undefined {
  if (!row.target || row.value === undefined) return undefined;
  return row.target.op === '<' ? row.value < row.target.limit : row.value <= row.target.limit;
}

/** Milliseconds under ten seconds as ms, above as seconds; sizes in MB; ratios with two decimals. */
export function formatValue(value: number | undefined, unit: Unit): string {
  if (value === undefined || Number.isNaN(value)) return '—';
  if (unit === 'MB') return `${Math.round(value)} MB`;
  if (unit === 'x') return `${value.toFixed(2)}×`;
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  if (value >= 1_000) return `${(value / 1000).toFixed(2)} s`;
  return value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`;
}

function formatTarget(row: Row): string {
  if (!row.target) return '';
  return `${row.target.op === '<' ? '<' : '≤'} ${formatValue(row.target.limit, row.unit)}`;
}

/** The rows as an aligned text table (metric, value, target, ok?), notes under it. */
export function table(rows: readonly Row[]): string {
  const cells = rows.map((row) => {
    const ok = isOk(row);
    return [row.metric, formatValue(row.value, row.unit), formatTarget(row), ok === undefined ? '' : ok ? 'yes' : 'NO'];
  });
  const header = ['metric', 'value', 'target', 'ok?'];
  const widths = header.map((title, i) => Math.max(title.length, ...cells.map((cell) => cell[i]!.length)));
  const line = (cell: string[]) => cell.map((text, i) => (i === 0 ? text.padEnd(widths[i]!) : text.padStart(widths[i]!))).join('  ').trimEnd();
  const notes = rows.filter((row) => row.note).map((row) => `  ${row.metric}: ${row.note}`);
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.map(line), ...(notes.length ? ['', 'notes:', ...notes] : [])].join('\n');
}

/** What the numbers were measured on: they mean little without it. */
export function machine(): Record<string, unknown> {
  const cpu = cpus();
  return {
    cpus: cpu.length,
    cpuModel: cpu[0]?.model ?? 'unknown',
    memoryGB: Math.round(totalmem() / 2 ** 30),
    os: `${osType()} ${release()}`,
    node: process.version,
    loadAverage: loadavg().map((load) => Number(load.toFixed(2))),
  };
}

/** Writes the results file: the rows (with ok), the machine, and each measurement's details. */
export function writeResults(file: string, content: { startedAt: string; durationS: number; machine: Record<string, unknown>; rows: readonly Row[]; details: Record<string, unknown> }): void {
  mkdirSync(dirname(file), { recursive: true });
  const rows = content.rows.map((row) => ({ ...row, ok: isOk(row) }));
  writeFileSync(file, `${JSON.stringify({ ...content, rows }, null, 2)}\n`);
}

/** What each measurement hands back: its rows, and raw numbers for the results file. */
export interface Measured {
  rows: Row[];
  details: Record<string, unknown>;
}
