import { readFileSync } from 'node:fs';

// Set by a bundler that moves this code away from library/package.json (the VS Code extension's
// esbuild `define`); undeclared, and so `undefined`, everywhere else.
declare const CXGOV_VERSION: string | undefined;

/**
 * The cxgov version, read from library/package.json: the CLI's `--version`, SARIF's tool version,
 * the analysis cache's key and the language server's all come from here.
 */
export const VERSION: string = typeof CXGOV_VERSION === 'string' ? CXGOV_VERSION : packageVersion();

function packageVersion(): string {
  // This module is dist/version.js: the package file is one folder up.
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name?: unknown; version?: unknown };
  if (manifest.name !== 'cxgov' || typeof manifest.version !== 'string') throw new Error('cxgov is incomplete: its package.json was not found next to it.');
  return manifest.version;
}
