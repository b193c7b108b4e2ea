// A command against a cold `cxgov lint` of the same files, alternating so that a burst of load on
// the machine hits both alike: the runs of each, their median wall times and what goes in details.
import type { ProcessRun } from '../measureProcess.js';
import { median } from '../stats.js';
import { coldLint } from './coldLint.js';

export interface AgainstColdLint {
  runs: ProcessRun[];
  lints: ProcessRun[];
  wall: number;
  lintWall: number;
  /** Wall, CPU and peak RSS of every run, under `name`, and of every lint. */
  details: Record<string, { wallMs: number; cpuMs: number; maxRssMB: number }[]>;
}

/** Runs `command` (given the run's number) then a cold lint of `lintRoot`, `times` times; `name` labels the log. */
export async function againstColdLint(name: string, lintRoot: string, times: number, command: (run: number) => Promise<ProcessRun>, log: (line: string) => void): Promise<AgainstColdLint> {
  const runs: ProcessRun[] = [];
  const lints: ProcessRun[] = [];
  for (let i = 0; i < times; i++) {
    runs.push(await command(i));
    log(`  ${name}: ${Math.round(runs.at(-1)!.wallMs)} ms`);
    lints.push(await coldLint(lintRoot));
    log(`  lint: ${Math.round(lints.at(-1)!.wallMs)} ms`);
  }
  const summary = (all: ProcessRun[]) => all.map(({ wallMs, cpuMs, maxRssMB }) => ({ wallMs, cpuMs, maxRssMB }));
  return {
    runs,
    lints,
    wall: median(runs.map((run) => run.wallMs)),
    lintWall: median(lints.map((run) => run.wallMs)),
    details: { [name]: summary(runs), lint: summary(lints) },
  };
}
