/** Who produced the output: named in SARIF `tool.driver` (keep `version` in step with library/package.json). */
export const TOOL_INFO = {
  name: 'cxgov',
  version: '0.1.0',
  informationUri: 'https://github.com/cxgov/cxgov',
} as const;
