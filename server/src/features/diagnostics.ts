import { DiagnosticSeverity, type Connection, type Diagnostic, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Fix, Problem, Severity } from 'cxgov';
import { findRule, ruleDocsUrl } from 'cxgov/editor';
import { pathToUri } from '../uri.js';
import { DiagnosticsPublisher } from '../host/publishDiagnostics.js';
import type { Workspace } from '../host/workspaceHost.js';
import { UntitledDocuments } from '../host/untitledDocuments.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** What a diagnostic carries for code actions: the problem's fixes and the entity it is about. */
export interface DiagnosticData {
  entity?: string;
  fixes?: Fix[];
}

/** One engine problem as an LSP diagnostic: same range, rule id as code, a link to the rule's page. */
export function toDiagnostic(problem: Problem): Diagnostic {
  const diagnostic: Diagnostic = {
    range: problem.range,
    severity: SEVERITY[problem.severity],
    source: 'cxgov',
    code: problem.rule,
    message: problem.message,
  };
  // Problems of cxgov.yaml itself (`config`) belong to no rule and have no page.
  if (findRule(problem.rule)) diagnostic.codeDescription = { href: ruleDocsUrl(problem.rule) };
  if (problem.related?.length) {
    diagnostic.relatedInformation = problem.related.map((related) => ({
      location: { uri: pathToUri(related.file), range: related.range },
      message: related.message,
    }));
  }
  if (problem.entity || problem.fixes?.length) {
    const data: DiagnosticData = {};
    if (problem.entity) data.entity = problem.entity;
    if (problem.fixes?.length) data.fixes = problem.fixes;
    diagnostic.data = data;
  }
  return diagnostic;
}

/**
 * Publishes every project's problems as diagnostics after each check, only for files that changed,
 * and those of untitled buffers that hold cxgov sections.
 */
export function registerDiagnostics(connection: Connection, workspace: Workspace, documents: TextDocuments<TextDocument>): void {
  const send = (uri: string, diagnostics: Diagnostic[]) => void connection.sendDiagnostics({ uri, diagnostics });
  const publisher = new DiagnosticsPublisher(send, toDiagnostic);
  workspace.onDidCheck((check) => publisher.publish(check));
  new UntitledDocuments(workspace, send, toDiagnostic, (message) => connection.console.error(message)).listen(documents);
}
