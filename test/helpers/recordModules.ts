import { readFileSync } from 'node:fs';
import { register } from 'node:module';

// Given to a process with `--import`: records the ES modules it loads (see moduleHooks.ts).
if (process.env.CXGOV_RECORD_MODULES) register('./moduleHooks.js', import.meta.url);

/** The environment that makes a node process record its ES modules into `file`. */
export function recordingModules(file: string): NodeJS.ProcessEnv {
  return { CXGOV_RECORD_MODULES: file, NODE_OPTIONS: `--import ${new URL('./recordModules.js', import.meta.url).href}` };
}

/** The module URLs a recording process wrote. */
export function recordedModules(file: string): string[] {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean);
}
