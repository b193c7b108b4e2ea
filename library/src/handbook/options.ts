// What a handbook is made from and what it is made of: the types the entry file (render.ts) and
// every part it calls share, apart from it so that no part imports the entry file.
import type { Settings } from '../load/settings.js';
import type { Problem } from '../model/problem.js';
import type { ProjectIndex } from '../model/projectIndex.js';

/** How the handbook is laid out (`handbook` in cxgov.yaml and the command's options). */
export interface HandbookOptions {
  title?: string;
  singlePage: boolean;
  frontMatter: 'none' | 'mkdocs' | 'docusaurus';
  /** Whether the health page (`health.md`) is written. */
  health: boolean;
}

/** Everything one rendering reads. */
export interface HandbookInput {
  index: ProjectIndex;
  settings: Settings;
  options: HandbookOptions;
  /** The project's problems judged `UNDATED`, when the caller has them already (else the rules run). */
  problems?: readonly Problem[];
}

/** One Markdown page of the handbook. */
export interface HandbookPage {
  /** Relative, forward slashes, e.g. `index.md`, `kpis.md`. */
  path: string;
  markdown: string;
}
