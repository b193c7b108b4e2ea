import { build, stop } from 'esbuild';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_CACHE, ROOT } from './paths.js';

/**
 * Bundles the suite that runs inside the VS Code extension host into CommonJS (the extension
 * host loads tests with require(), and `vscode` only exists there), next to the repository's
 * node_modules so that `require('mocha')` finds mocha 11. Returns the runner's path.
 */
export async function bundleHostSuite(runner = 'index'): Promise<string> {
  const outdir = join(E2E_CACHE, 'host');
  await build({
    // Every runner and suite of the folder: each workspace's runner names the suites it runs.
    entryPoints: readdirSync(join(ROOT, 'test/e2e/host'))
      .filter((name) => name.endsWith('.ts'))
      .map((name) => join(ROOT, 'test/e2e/host', name)),
    outdir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  // esbuild keeps a service process for the next build; none comes soon, and it would outlive the run.
  await stop();
  return join(outdir, `${runner}.cjs`);
}
