// Cold lint against the floor, in the same run on the same files, alternating so that a burst of
// load on the machine hits both alike. Reports the medians and the ratio of wall times.
import type { GeneratedProject } from '../generate.js';
import { TARGET_SIZE } from '../options.js';
import type { Measured, Row } from '../report.js';
import { median } from '../stats.js';
import { coldLint, type LintRun } from './coldLint.js';
import { floor, type FloorRun } from './floor.js';

/** The targets for 20,000 KPIs: at most 0.8× the floor's wall time, 0.4× the parse-only floor's, 300 MB. */
const RATIO_TARGET = 0.8;
const PARSE_ONLY_RATIO_TARGET = 0.4;
const RSS_TARGET_MB = 300;

export interface LintVsFloor extends Measured {
  lintWallMs: number;
  /** The cold lint's problems, for the cached lint to be compared with. */
  problems: unknown[];
}

export async function lintVsFloor(project: GeneratedProject, runs: number, log: (line: string) => void): Promise<LintVsFloor> {
  const lints: LintRun[] = [];
  const floors: FloorRun[] = [];
  const parseFloors: FloorRun[] = [];
  for (let i = 0; i < runs; i++) {
    lints.push(await coldLint(project.root));
    log(`  lint ${project.kpis}: ${Math.round(lints.at(-1)!.wallMs)} ms`);
    floors.push(await floor(project.root));
    log(`  floor ${project.kpis}: ${Math.round(floors.at(-1)!.wallMs)} ms`);
    parseFloors.push(await floor(project.root, true));
    log(`  parse-only floor ${project.kpis}: ${Math.round(parseFloors.at(-1)!.wallMs)} ms`);
  }
  const lintWall = median(lints.map((run) => run.wallMs));
  const floorWall = median(floors.map((run) => run.wallMs));
  const parseFloorWall = median(parseFloors.map((run) => run.wallMs));
  const judged = project.kpis === TARGET_SIZE;
  const size = project.kpis.toLocaleString('en-US');
  const rows: Row[] = [
    { metric: `lint cold, ${size} KPIs: wall`, value: lintWall, unit: 'ms', ...(judged && { target: { op: '<=', limit: RATIO_TARGET * floorWall } }) },
    { metric: `lint cold, ${size} KPIs: CPU`, value: median(lints.map((run) => run.cpuMs)), unit: 'ms' },
    { metric: `lint cold, ${size} KPIs: peak RSS`, value: median(lints.map((run) => run.maxRssMB)), unit: 'MB', ...(judged && { target: { op: '<=', limit: RSS_TARGET_MB } }) },
    { metric: `floor, ${size} KPIs: wall`, value: floorWall, unit: 'ms' },
    { metric: `floor, ${size} KPIs: peak RSS`, value: median(floors.map((run) => run.maxRssMB)), unit: 'MB' },
    { metric: `lint / floor wall, ${size} KPIs`, value: lintWall / floorWall, unit: 'x', ...(judged && { target: { op: '<=', limit: RATIO_TARGET } }) },
    { metric: `parse-only floor, ${size} KPIs: wall`, value: parseFloorWall, unit: 'ms' },
    { metric: `lint / parse-only floor wall, ${size} KPIs`, value: lintWall / parseFloorWall, unit: 'x', ...(judged && { target: { op: '<=', limit: PARSE_ONLY_RATIO_TARGET } }) },
  ];
  const details = {
    lint: lints.map(({ wallMs, cpuMs, maxRssMB, problems }) => ({ wallMs, cpuMs, maxRssMB, problems: problems.length })),
    floor: floors.map(({ wallMs, cpuMs, maxRssMB, counts }) => ({ wallMs, cpuMs, maxRssMB, ...counts })),
    parseOnlyFloor: parseFloors.map(({ wallMs, cpuMs, maxRssMB, counts }) => ({ wallMs, cpuMs, maxRssMB, ...counts })),
  };
  return { rows, details, lintWallMs: lintWall, problems: lints.at(-1)!.problems };
}
