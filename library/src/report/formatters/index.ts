import type { Formatter } from '../formatter.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export type FormatName = 'stylish' | 'json' | 'sarif' | 'junit' | 'github';

/** Every output format of `cxgov lint --format`, by name. */
export const FORMATS: Record<FormatName, Formatter> = { stylish, json, sarif, junit, github };

/** The format names, default first (for `--help` and error messages). */
export const formatNames = Object.keys(FORMATS) as readonly FormatName[];

/** Whether `name` is a known format (to validate `--format`). */
export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATS, name);
}

export { TOOL_INFO } from './toolInfo.js';
export { relativeFile, toCliPosition, type CliPosition } from './position.js';
