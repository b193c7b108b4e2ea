import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRegularFileSync } from '../util/regularFile.js';
import { SCHEMAS_DIR } from '../schema/loadSchema.js';
import { VERSION } from '../version.js';
import { contentHash } from './contentHash.js';

/** Bumped whenever the shape of a cached record changes, so that older caches are simply not used. */
const RECORD_FORMAT = 4;

/**
 * What every cached analysis depends on besides the file itself: the cxgov version and build (the
 * analysis code), the source schema (its findings), the record format and the size limit (a file
 * the cache holds parsed may be over a lower one).
 */
export function cacheKey(maxFileSize: number): string {
  const schema = contentHash(readFileSync(join(SCHEMAS_DIR, 'source.schema.json')));
  return `cxgov ${VERSION} build ${buildFingerprint()} records ${RECORD_FORMAT} schema ${schema} max-file-size ${maxFileSize}`;
}

/**
 * In a build from source, the hash of the compiler's record of every file it compiled: the code
 * (a rule, the parser) changes there without the version. A published package has no such file.
 */
function buildFingerprint(): string {
  try {
    return contentHash(readRegularFileSync(fileURLToPath(new URL('../../tsconfig.tsbuildinfo', import.meta.url))));
  } catch {
    return 'published';
  }
}
