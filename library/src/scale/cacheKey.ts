import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMAS_DIR } from '../schema/loadSchema.js';
import { VERSION } from '../version.js';
import { contentHash } from './contentHash.js';

/** Bumped whenever the shape of a cached record changes, so that older caches are simply not used. */
const RECORD_FORMAT = 4;

/**
 * What every cached analysis depends on besides the file itself: the cxgov version (the analysis
 * code), the source schema (its findings), the record format and the size limit (a file the cache
 * holds parsed may be over a lower one).
 */
export function cacheKey(maxFileSize: number): string {
  const schema = contentHash(readFileSync(join(SCHEMAS_DIR, 'source.schema.json')));
  return `cxgov ${VERSION} records ${RECORD_FORMAT} schema ${schema} max-file-size ${maxFileSize}`;
}
