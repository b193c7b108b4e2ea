import { runRules } from '../check/runRules.js';
import { settledBefore } from '../scale/fileStamp.js';
import { encodeResult, readResult, resultKey, rewriteResult, type RecordedResult, type ResultInputs } from '../scale/resultCache.js';
import { startHashing } from './analyzeSources.js';
import { lint, localDate, selectedReport, type LintOptions, type ReportResult } from './lint.js';
import { loadPlanned, planLoad, type LoadPlan } from './loadProject.js';

/**
 * `cxgov lint --cache`: when every source, cxgov.yaml, the cxgov version and the date are as at
 * the last run, the problems come from the cache file's result record, read from its tail, and no
 * source is parsed and no rule runs. A source is as it was when its stamp (`stat`: change time,
 * size…) is as recorded, or else when its content hash is (only the hash with `cacheStrategy:
 * 'content'`). Anything else falls back to the per-file cache, and the new result is written with it. The report is the lint's either way.
 * Texts given in place of files (standard input, fixes) take `lint`.
 */
export async function lintWithResultCache(options: LintOptions): Promise<ReportResult> {
  if (!options.cache || options.texts?.size) return lint(options);
  // The hashing thread starts while this one finds the files.
  const hasher = startHashing(options.workers);
  let hashes: string[];
  let plan: LoadPlan;
  let stampsKey: string | undefined;
  let recorded: RecordedResult | undefined;
  const today = options.today ?? localDate();
  try {
    const planned = await planLoad(options);
    if (!planned.plan) return { configProblems: planned.problems };
    plan = planned.plan;
    if (options.cacheStrategy !== 'content') {
      // Taken before any file is read: whatever a file holds when it is read, a later change shows in its stamp.
      const takenAt = Date.now();
      const stamps = await hasher.stamp(plan.readable);
      stampsKey = settledBefore(stamps, takenAt) ? resultKey(inputsOf(plan, today, stamps)) : undefined;
    }
    recorded = readResult(plan.cacheFile!, lintFiles(plan));
    if (recorded && stampsKey !== undefined && recorded.stampsKey === stampsKey) return reported(plan, recorded, options);
    hashes = await hasher.hash(plan.readable);
  } finally {
    hasher.close();
  }
  const key = resultKey(inputsOf(plan, today, hashes));
  if (recorded && key !== undefined && recorded.key === key) {
    // The same files, touched since: their new stamps are recorded, so that next time they are not read.
    if (stampsKey !== undefined) rewriteResult(plan.cacheFile!, { ...recorded, stampsKey });
    return reported(plan, recorded, options);
  }

  const { project, records, saveCache } = await loadPlanned(plan, hashes);
  const problems = runRules(project.index, project.settings, today);
  // Keyed by the bytes the analyses were made from: a file changed since it was hashed above gets
  // a record under its new content, never the old content's key.
  const analysedKey = resultKey(inputsOf(plan, today, records.map((record) => record.hash)));
  saveCache(analysedKey ? encodeResult({ key: analysedKey, stampsKey, problems }) : undefined);
  return { report: selectedReport(project, problems, options), configProblems: [] };
}

function reported(plan: LoadPlan, recorded: RecordedResult, options: LintOptions): ReportResult {
  return { report: selectedReport(plan, recorded.problems, options), configProblems: [] };
}

function inputsOf(plan: LoadPlan, today: string, hashes: readonly string[]): ResultInputs {
  return { settings: plan.settings, today, files: plan.readable.map((path, i) => [path, hashes[i] ?? ''] as const), refused: plan.refused };
}

/** The files a problem of this lint may be in: its files and cxgov.yaml. */
function lintFiles(plan: LoadPlan): Set<string> {
  const files = new Set(plan.all);
  if (plan.settings.configFile) files.add(plan.settings.configFile);
  return files;
}
