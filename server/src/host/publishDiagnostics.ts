import type { Diagnostic } from 'vscode-languageserver';
import type { Problem } from 'cxgov';
import { pathToUri } from '../uri.js';
import type { ProjectCheck } from './types.js';

/**
 * Sends each project's diagnostics to the client, file by file, only when they changed since the
 * last time (compared by their JSON). A file that leaves a project is cleared with an empty list,
 * unless another project has taken it over meanwhile.
 */
export class DiagnosticsPublisher {
  /** What the client currently shows per URI, and which project sent it. */
  private readonly shown = new Map<string, { project: string; json: string }>();
  private readonly urisOf = new Map<string, Set<string>>();

  constructor(
    private readonly send: (uri: string, diagnostics: Diagnostic[]) => void,
    private readonly convert: (problem: Problem) => Diagnostic,
  ) {}

  publish(check: ProjectCheck): void {
    const project = check.configFile;
    const previous = this.urisOf.get(project) ?? new Set<string>();
    const current = new Set<string>();
    for (const [path, problems] of check.problemsByFile) {
      const uri = pathToUri(path);
      current.add(uri);
      const diagnostics = problems.map(this.convert);
      const json = JSON.stringify(diagnostics);
      if (this.shown.get(uri)?.json !== json) this.send(uri, diagnostics);
      this.shown.set(uri, { project, json });
    }
    for (const uri of previous) {
      if (current.has(uri) || this.shown.get(uri)?.project !== project) continue;
      this.shown.delete(uri);
      this.send(uri, []);
    }
    if (current.size > 0) this.urisOf.set(project, current);
    else this.urisOf.delete(project);
  }
}
