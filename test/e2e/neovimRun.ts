import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { ROOT } from './paths.js';

export const NVIM = '/usr/bin/nvim';
/** The README's Neovim recipe. */
export const RECIPE = join(ROOT, 'docs/editors/cxgov.lua');

/**
 * Runs a Lua probe in a headless Neovim with no user configuration, the recipe as its only init
 * file and the server on PATH as `npm i -g cxgov-language-server` puts it, on `file` of `project`.
 * The probe writes what it saw as JSON to $CXGOV_PROBE_OUT; returns it parsed.
 */
export function runNeovimProbe<T>(project: string, probe: string, file: string, env: Record<string, string> = {}): T {
  const out = join(project, '..', `seen-${Date.now().toString(36)}.json`);
  const nvim = spawnSync(NVIM, ['--headless', '--clean', '-i', 'NONE', '-n', '-u', RECIPE, '-c', `luafile ${probe}`, file], {
    cwd: project,
    encoding: 'utf8',
    timeout: 25_000,
    env: {
      ...process.env,
      PATH: `${join(ROOT, 'node_modules/.bin')}${delimiter}${process.env.PATH}`,
      XDG_CONFIG_HOME: join(project, '..', 'config'),
      XDG_STATE_HOME: join(project, '..', 'state'),
      XDG_DATA_HOME: join(project, '..', 'data'),
      CXGOV_PROBE_OUT: out,
      ...env,
    },
  });
  if (!existsSync(out)) throw new Error(`Neovim wrote nothing (exit ${nvim.status}, ${nvim.error?.message ?? 'no error'}):\n${nvim.stdout}${nvim.stderr}`);
  return JSON.parse(readFileSync(out, 'utf8')) as T;
}
