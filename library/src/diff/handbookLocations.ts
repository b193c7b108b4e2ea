import { renderHandbookWithLocations } from '../handbook/render.js';
import type { HandbookLocation } from '../handbook/anchors.js';
import { runRules } from '../check/runRules.js';
import { UNDATED } from '../check/rule.js';
import type { EntityChange } from './diffReport.js';
import type { RevisionProject } from './revisionProject.js';

/**
 * Gives each change that HEAD still has the page and anchor where HEAD's handbook shows its entity,
 * by rendering that handbook as `cxgov handbook` would (same settings, problems judged undated).
 */
export function addHandbookLocations(changes: EntityChange[], head: RevisionProject): void {
  const { settings, index } = head;
  const handbook = renderHandbookWithLocations({ index, settings, problems: runRules(index, settings, UNDATED), options: settings.handbook });
  for (const change of changes) {
    if (change.change === 'removed') continue;
    const location: HandbookLocation | undefined = handbook.locate(change.kind, change.id);
    if (location) change.handbook = location;
  }
}
