import { build } from 'esbuild';
import { join } from 'node:path';
import { E2E_CACHE, ROOT } from './paths.js';

/**
 * Bundles the suite that runs inside the VS Code extension host into CommonJS (the extension
 * host loads tests with require(), and `vscode` only exists there), next to the repository's
 * node_modules so that `require('mocha')` finds mocha 11. Returns the runner's path.
 */
export async function bundleHostSuite(): Promise<string> {
  const outdir = join(E2E_CACHE, 'host');
  await build({
    entryPoints: [join(ROOT, 'test/e2e/host/index.ts'), join(ROOT, 'test/e2e/host/extension.e2e.ts'), join(ROOT, 'test/e2e/host/idWords.e2e.ts')],
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
  return join(outdir, 'index.cjs');
}
