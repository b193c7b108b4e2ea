import type { DiffReport } from '../diffReport.js';
import { jsonForLog } from '../../util/controlCharacters.js';

/** `cxgov diff --format json`: the report as one JSON object (see DiffReport), ending with a newline. */
export function formatDiffJson(report: DiffReport): string {
  return `${jsonForLog(JSON.stringify(report, null, 2))}\n`;
}
