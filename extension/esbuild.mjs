// Builds the extension into two self-contained bundles, so that the .vsix needs no node_modules:
//   dist/extension.cjs  the VS Code client (CommonJS, `vscode` provided by the editor)
//   dist/server.mjs     the language server with the cxgov engine (ESM, from server/dist/main.js)
//   dist/poolWorker.js  the engine's worker threads (ESM)
// and copies beside them the assets the engine finds by walking up from its module
// (schemas/*.json, templates/init/) and the licence, with scripts/copy-assets.mjs. `--watch` rebuilds on change.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { copyAssets } from '../scripts/copy-assets.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);
const watch = process.argv.includes('--watch');

const serverEntry = join(root, 'server/dist/main.js');
if (!existsSync(serverEntry)) {
  console.error(`extension: ${serverEntry} is missing; build the server first (npx tsc -b at the repository root).`);
  process.exit(1);
}

copyAssets('extension');

/** @type {esbuild.BuildOptions} */
const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning', legalComments: 'none' };

const client = {
  ...common,
  entryPoints: [join(here, 'src/extension.ts')],
  outfile: join(here, 'dist/extension.cjs'),
  format: 'cjs',
  external: ['vscode'],
};

const server = {
  ...common,
  entryPoints: [serverEntry],
  outfile: join(here, 'dist/server.mjs'),
  format: 'esm',
  // library/package.json is not beside the bundle: the engine's version is written into it.
  define: { CXGOV_VERSION: JSON.stringify(libraryVersion()) },
  // The server's dependencies (vscode-languageserver, ajv...) are CommonJS and call require():
  // an ES module has none, so give it one.
  banner: { js: "import { createRequire as __cxgovCreateRequire } from 'node:module'; const require = __cxgovCreateRequire(import.meta.url);" },
};

// The engine's worker threads (reading thousands of sources at start-up): the server starts them
// from `./poolWorker.js` beside its own module.
const poolWorker = {
  ...server,
  entryPoints: [join(root, 'library/dist/scale/poolWorker.js')],
  outfile: join(here, 'dist/poolWorker.js'),
};
// The library names the worker `poolWorker.js`: this makes a .js file of dist/ an ES module.
mkdirSync(join(here, 'dist'), { recursive: true });
writeFileSync(join(here, 'dist/package.json'), '{ "type": "module" }\n');

if (watch) {
  for (const options of [client, server, poolWorker]) await (await esbuild.context(options)).watch();
  console.log('extension: watching for changes');
} else {
  await Promise.all([esbuild.build(client), esbuild.build(server), esbuild.build(poolWorker)]);
}

function libraryVersion() {
  return JSON.parse(readFileSync(join(root, 'library/package.json'), 'utf8')).version;
}
