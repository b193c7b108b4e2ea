// The floor (bench/src/floor.ts) as its own process, on the same files as lint.
import { fileURLToPath } from 'node:url';
import { runNode, type ProcessRun } from '../measureProcess.js';

const FLOOR = fileURLToPath(new URL('../floor.js', import.meta.url));

export interface FloorRun extends ProcessRun {
  /** What the floor found and where its time went (its own JSON line). */
  counts: Record<string, number>;
}

/** `parseOnly`: the parse-only floor (no positions, no ajv). */
export async function floor(root: string, parseOnly = false): Promise<FloorRun> {
  const run = await runNode(FLOOR, parseOnly ? [root, '--parse-only'] : [root]);
  if (run.exitCode !== 0) throw new Error(`the floor exited with ${run.exitCode}:\n${run.stderr.slice(-2000)}`);
  return { ...run, counts: JSON.parse(run.stdout) as Record<string, number> };
}
