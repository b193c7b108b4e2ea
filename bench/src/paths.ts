// Where the benchmark finds what it measures, and where it keeps what it makes.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The repository root (this file runs from bench/dist/). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The CLI as users run it. */
export const CLI = join(ROOT, 'library/bin/cxgov.js');
/** The language server as an editor starts it. */
export const SERVER_BIN = join(ROOT, 'server/bin/cxgov-language-server.js');
/** Generated projects, kept between runs (git-ignored through .cache/). */
export const PROJECTS_DIR = join(ROOT, '.cache/bench');
/** Written by the extension-host suite of `npm run test:e2e`. */
export const ACTIVATION_FILE = join(ROOT, '.cache/e2e/activation.json');
/** The results file, meant to be committed with the README table. */
export const RESULTS_FILE = join(ROOT, 'bench/results/latest.json');
/** The date every date rule judges by, so that runs on different days find the same problems. */
export const TODAY = '2026-11-23';
