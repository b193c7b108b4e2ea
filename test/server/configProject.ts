// The project the `cxgov.yaml` feature tests run against: the clean project, with a `cxgov.yaml`
// that sets severities and accepts exceptions for entries of its sources.
import { MINIMAL_CONFIG } from '../helpers/tempProject.js';
import { cleanProject } from './featureProject.js';
import type { ProjectFiles } from '../helpers/tempProject.js';

export const CONFIG = `${MINIMAL_CONFIG}rules:
  owner-without-customers: off
  kpi-no-owner: warning
  unused-suppression: off
exceptions:
  - rule: efficiency-kpi-without-guardrail
    entity: kpis/first-contact-resolution
    reason: Its guardrail is being defined with the contact centre.
  - rule: pillar-unmeasured
    entity: "pillars/trusted"
    reason: Trust is measured by a survey not written down yet.
`;

/** The clean project with `CONFIG` as its `cxgov.yaml`. */
export function configuredProject(extra: ProjectFiles = {}): ProjectFiles {
  return cleanProject({ 'cxgov.yaml': CONFIG, ...extra });
}
