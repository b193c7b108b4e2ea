import type { SeveritySetting } from '../model/problem.js';
import type { SourceFile } from '../source/sourceFile.js';

/** An accepted exception: a rule that does not apply to one entity, for a reason, maybe until a date. */
export interface RuleException {
  rule: string;
  /** `section/id`, e.g. `kpis/average-handle-time`. */
  entity: string;
  reason: string;
  /** ISO date after which the exception stops applying. */
  expires?: string;
}

/** The resolved, immutable settings of a project: one object, built once by `resolveSettings`. */
export interface Settings {
  /** Absolute path of the project root (the folder of `cxgov.yaml`, or the working folder). */
  readonly root: string;
  /** Absolute path of `cxgov.yaml`, when there is one. */
  readonly configFile?: string;
  /** `cxgov.yaml` as parsed, so that problems about its exceptions are placed by paths like a source's. */
  readonly configSource?: SourceFile;
  readonly name: string;
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  /** The largest source read, in bytes (`sources.maxFileSize`); a larger one is one problem. */
  readonly maxFileSize: number;
  readonly severities: ReadonlyMap<string, SeveritySetting>;
  readonly exceptions: readonly RuleException[];
  readonly handbook: Readonly<{ out: string; title?: string; singlePage: boolean; frontMatter: 'none' | 'mkdocs' | 'docusaurus'; health: boolean }>;
}

export const CONFIG_FILE = 'cxgov.yaml';
export const DEFAULT_INCLUDE = ['governance/**/*.{yaml,yml}', '**/*.cxgov.{yaml,yml}'] as const;
/** Never sources, whatever the include says. */
export const ALWAYS_EXCLUDE = ['**/node_modules/**', '**/.git/**'] as const;
