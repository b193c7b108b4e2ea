// The cache lives in scale/; cli/commands/lint.ts still imports its location from here (remove with that import).
export { CACHE_FILE, CacheLocationError } from '../scale/cacheLocation.js';
