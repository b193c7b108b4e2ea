import { fileURLToPath } from 'node:url';
import { lint, renderHandbook, type HandbookInput, type HandbookOptions, type HandbookPage } from 'cxgov';
import { tempProject, type ProjectFiles } from '../helpers/tempProject.js';

/** The date the handbook tests judge reviews by, as the rule tests do. */
export const TODAY = '2026-11-23';

export const SAMPLES = ['wow-retail', 'every-rule'] as const;

export function sampleDir(name: string): string {
  return fileURLToPath(new URL(`../../../samples/${name}/`, import.meta.url));
}

/** Lints the project in `cwd` and renders its handbook, the way `cxgov handbook` does. */
export async function renderProject(cwd: string, options: Partial<HandbookOptions> = {}): Promise<HandbookPage[]> {
  return renderHandbook(await handbookInput(cwd, options));
}

/** What `cxgov handbook` renders for the project in `cwd`. */
export async function handbookInput(cwd: string, options: Partial<HandbookOptions> = {}): Promise<HandbookInput> {
  const result = await lint({ cwd, today: TODAY });
  if (!result.report) throw new Error(`Could not load ${cwd}: ${result.configProblems.map((p) => p.message).join('; ')}`);
  return {
    index: result.project.index,
    settings: result.project.settings,
    options: { singlePage: false, frontMatter: 'none', health: result.project.settings.handbook.health, ...options },
  };
}

/** Renders the handbook of files written to a temporary project. */
export async function renderFiles(files: ProjectFiles, options: Partial<HandbookOptions> = {}): Promise<HandbookPage[]> {
  const { root, cleanup } = tempProject(files);
  try {
    return await renderProject(root, options);
  } finally {
    cleanup();
  }
}

/** One page's Markdown by path; fails the test when the page is missing. */
export function page(pages: readonly HandbookPage[], path: string): string {
  const found = pages.find((candidate) => candidate.path === path);
  if (!found) throw new Error(`No page ${path} among ${pages.map((p) => p.path).join(', ')}`);
  return found.markdown;
}
