// The extension's activation time in the real VS Code extension host. The host suite of
// `npm run test:e2e` writes what the extension measured (start to end of `activate()`); this only
// reads it, since a VS Code run does not fit in the benchmark's time.
import { existsSync, readFileSync } from 'node:fs';
import { ACTIVATION_FILE } from '../paths.js';
import type { Measured } from '../report.js';

/** The target: under 100 ms. */
const TARGET_MS = 100;

export function activation(): Measured {
  const metric = 'extension activation (VS Code host)';
  const target = { op: '<' as const, limit: TARGET_MS };
  if (!existsSync(ACTIVATION_FILE)) {
    return { rows: [{ metric, unit: 'ms', target, note: 'not measured: run npm run test:e2e' }], details: { file: ACTIVATION_FILE, present: false } };
  }
  const saved = JSON.parse(readFileSync(ACTIVATION_FILE, 'utf8')) as { activationMs?: number; measuredAt?: string; vscode?: string };
  return {
    rows: [{ metric, value: saved.activationMs, unit: 'ms', target, note: `from the last npm run test:e2e (${saved.measuredAt ?? 'date unknown'}, VS Code ${saved.vscode ?? '?'})` }],
    details: saved,
  };
}
