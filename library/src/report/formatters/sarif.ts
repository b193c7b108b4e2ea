import { ruleDocsUrl, type RuleMeta } from '../../check/rule.js';
import type { Range, Severity } from '../../model/problem.js';
import type { Formatter } from '../formatter.js';
import { jsonForLog } from '../../util/controlCharacters.js';
import { relativeFile, toCliPosition } from './position.js';
import { TOOL_INFO } from './toolInfo.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** SARIF has no `info`: `note` is its lowest level. */
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * Files are given relative to `%SRCROOT%` (the folder cxgov ran in: the checkout in CI) and `originalUriBaseIds` is left out on purpose:
 * an absolute path would make the log depend on the machine, and GitHub code scanning resolves
 * relative URIs against the checkout anyway.
 */
const SRCROOT = '%SRCROOT%';

/** A SARIF 2.1.0 log with one run, ready for GitHub code scanning (`github/codeql-action/upload-sarif`). */
export const sarif: Formatter = (report) => {
  const ruleIndex = new Map(report.rules.map((rule, index) => [rule.id, index]));
  const location = (file: string, range: Range) => ({
    physicalLocation: {
      artifactLocation: { uri: toUriReference(relativeFile(report.root, file)), uriBaseId: SRCROOT },
      region: toRegion(range),
    },
  });
  const results = report.problems.map((problem) => ({
    ruleId: problem.rule,
    // Problems such as `config` errors come from no rule in `report.rules`: they get an id but no index.
    ...(ruleIndex.has(problem.rule) ? { ruleIndex: ruleIndex.get(problem.rule) } : {}),
    level: LEVEL[problem.severity],
    message: { text: escapeMessage(problem.message) },
    locations: [location(problem.file, problem.range)],
    ...(problem.related?.length
      ? {
          relatedLocations: problem.related.map((related, id) => ({
            id,
            ...location(related.file, related.range),
            message: { text: escapeMessage(related.message) },
          })),
        }
      : {}),
  }));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { ...TOOL_INFO, rules: report.rules.map(toReportingDescriptor) } },
        // LSP characters are UTF-16 code units, which is also SARIF's default; said explicitly for readers.
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${jsonForLog(JSON.stringify(log, null, 2))}\n`;
};

/** A rule's metadata as SARIF `reportingDescriptor`: what code scanning shows beside each alert. */
function toReportingDescriptor(rule: RuleMeta) {
  const helpUri = ruleDocsUrl(rule.id);
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.rationale },
    help: {
      text: rule.howToFix,
      markdown: `**Why it matters:** ${rule.rationale}\n\n**How to fix:** ${rule.howToFix}\n\n[Rule documentation](${helpUri})`,
    },
    helpUri,
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
  };
}

function toRegion(range: Range) {
  const { line, column, endLine, endColumn } = toCliPosition({ range });
  return { startLine: line, startColumn: column, endLine, endColumn };
}

/** SARIF 3.11.5: outside placeholders, `{` and `}` are written `{{` and `}}`. */
function escapeMessage(text: string): string {
  return text.replace(/[{}]/g, (brace) => brace + brace);
}

/** A relative path as a URI reference: each segment percent-encoded (spaces, `#`, `?`, non-ASCII). */
function toUriReference(relativePath: string): string {
  return relativePath.split('/').map(encodeURIComponent).join('/');
}

/** `duplicate-id` → `DuplicateId`: SARIF's readable rule name. */
function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('');
}
