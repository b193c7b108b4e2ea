// What "the editor and the CLI agree" means in tests: both sides' problems, stated alike.
import { relative } from 'node:path';
import { lint } from 'cxgov';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { fileUri, LspClient } from './lspClient.js';

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'info' } as const;

/** A problem as both sides can state it: file, rule, severity, 0-based range, message. */
export interface Seen {
  file: string;
  rule: string;
  severity: string;
  range: Diagnostic['range'];
  message: string;
}

/** The diagnostics a running server has published for the given sources, in the CLI's order. */
export function publishedProblems(client: LspClient, root: string, files: readonly string[]): Seen[] {
  const seen = files.flatMap((file) =>
    (client.diagnostics.get(fileUri(file)) ?? []).map((diagnostic) => ({
      file: relative(root, file).split('\\').join('/'),
      rule: String(diagnostic.code),
      severity: SEVERITY[diagnostic.severity as 1 | 2 | 3],
      range: diagnostic.range,
      message: diagnostic.message,
    })),
  );
  return seen.sort(bySortKey);
}

/** A fresh server's diagnostics once every given source has been published. */
export async function serverProblems(root: string, files: readonly string[], server?: string, timeoutMs?: number): Promise<Seen[]> {
  const client = new LspClient(server);
  try {
    await client.start(root);
    await client.until(allPublished(client), timeoutMs);
    return publishedProblems(client, root, files);
  } finally {
    await client.stop();
  }
}

/**
 * A check that every file's diagnostics have been published: once the server has checked its
 * projects, every file with a problem has been sent (before that notification, in order), and a
 * file never sent shows nothing, as in an editor.
 */
export function allPublished(client: LspClient): () => boolean {
  return () => client.indexed;
}

/** What `lint()` (the CLI's engine) reports for the project at `root`, with the files it checked. */
export async function lintProblems(root: string, today: string): Promise<{ files: readonly string[]; problems: Seen[] }> {
  const result = await lint({ cwd: root, today });
  if (!result.report) throw new Error(`the configuration is not valid: ${JSON.stringify(result.configProblems)}`);
  const problems = result.report.problems.map((problem) => ({
    file: relative(root, problem.file).split('\\').join('/'),
    rule: problem.rule,
    severity: problem.severity,
    range: problem.range,
    message: problem.message,
  }));
  // cxgov.yaml has problems of its own (its exceptions), which the server publishes too.
  const { configFile } = result.project.settings;
  return { files: configFile ? [...result.report.files, configFile] : result.report.files, problems: problems.sort(bySortKey) };
}

export function bySortKey(a: Seen, b: Seen): number {
  const key = (p: Seen) => [p.file, String(p.range.start.line).padStart(6, '0'), String(p.range.start.character).padStart(6, '0'), p.rule, p.message].join('\u0000');
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}
