import { VERSION } from '../../version.js';

/** Who produced the output: named in SARIF `tool.driver`. */
export const TOOL_INFO = {
  name: 'cxgov',
  version: VERSION,
  informationUri: 'https://github.com/cxgov/cxgov',
} as const;
