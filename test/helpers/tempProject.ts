import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { lint, type LintOptions, type Problem } from 'cxgov';

/** Files of a project: relative path → content. */
export type ProjectFiles = Record<string, string>;

/** A problem as a user reads it in the CLI: relative file and 1-based position. */
export interface SeenProblem {
  rule: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  message: string;
}

/** Writes files into a fresh temporary folder; `cleanup` removes it. */
export function tempProject(files: ProjectFiles): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'cxgov-test-'));
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** A `cxgov.yaml` with default sources, so that `governance/*.yaml` files are the sources. */
export const MINIMAL_CONFIG = 'name: Test project\n';

/** Lints real files in a temporary project and returns the problems as a user would see them. */
export async function lintFiles(files: ProjectFiles, options: Omit<LintOptions, 'cwd'> = {}): Promise<SeenProblem[]> {
  const { root, cleanup } = tempProject(files);
  try {
    const result = await lint({ today: '2026-11-23', ...options, cwd: root });
    if (!result.report) return result.configProblems.map((problem) => seen(root, problem));
    return result.report.problems.map((problem) => seen(root, problem));
  } finally {
    cleanup();
  }
}

/** Only the problems of one rule, as `file:line:column` strings, for compact table-driven tests. */
export async function ruleHits(rule: string, files: ProjectFiles, options: Omit<LintOptions, 'cwd'> = {}): Promise<string[]> {
  return (await lintFiles(files, options)).filter((problem) => problem.rule === rule).map((p) => `${p.file}:${p.line}:${p.column}`);
}

function seen(root: string, problem: Problem): SeenProblem {
  return {
    rule: problem.rule,
    severity: problem.severity,
    file: relative(root, problem.file).split('\\').join('/'),
    line: problem.range.start.line + 1,
    column: problem.range.start.character + 1,
    message: problem.message,
  };
}
