import type { Diagnostic } from 'vscode-languageserver';
import type { Problem } from 'cxgov';
import { pathToUri } from '../uri.js';
import type { ProjectCheck } from './types.js';

/** What the client shows for a URI: the diagnostics sent, their JSON once taken, the project that sent them. */
interface Shown {
  project: string;
  json: string | undefined;
  diagnostics: readonly Diagnostic[];
}

const NO_DIAGNOSTICS: Diagnostic[] = [];
const EMPTY_JSON = '[]';

function jsonOf(shown: Shown): string {
  return (shown.json ??= JSON.stringify(shown.diagnostics));
}

/**
 * Sends each project's diagnostics to the client, file by file, only when they changed since the
 * last time (compared by their JSON). A file that leaves a project is cleared with an empty list,
 * unless another project has taken it over meanwhile. After an incremental check, only the files
 * it names are compared: converting 20,000 files' diagnostics per keystroke would cost more than
 * the check. Of those, the urgent ones (open in the editor) go out at once and the rest on the
 * next turn of the event loop, so that a rename touching a thousand files first updates the file
 * the user looks at.
 */
export class DiagnosticsPublisher {
  /** What the client currently shows per URI, and which project sent it. */
  private readonly shown = new Map<string, Shown>();
  private readonly urisOf = new Map<string, Set<string>>();
  /** Per project: its latest check, and the files still to publish from incremental checks. */
  private readonly latest = new Map<string, ProjectCheck>();
  private readonly later = new Map<string, Set<string>>();
  private flushing: NodeJS.Immediate | undefined;

  constructor(
    private readonly send: (uri: string, diagnostics: Diagnostic[]) => void,
    private readonly convert: (problem: Problem) => Diagnostic,
  ) {}

  publish(check: ProjectCheck): void {
    const project = check.configFile;
    this.latest.set(project, check);
    if (check.changed && this.urisOf.has(project)) {
      let later = this.later.get(project);
      for (const path of check.changed) {
        if (check.urgent?.has(path)) this.showPath(check, path);
        else if (later) later.add(path);
        else this.later.set(project, (later = new Set([path])));
      }
      if (later) this.flushing ??= setImmediate(() => this.flush());
      return;
    }
    // Everything is compared now: nothing is left for later.
    this.later.delete(project);
    const previous = this.urisOf.get(project) ?? new Set<string>();
    const current = new Set<string>();
    for (const [path, problems] of check.problemsByFile) {
      const uri = pathToUri(path);
      current.add(uri);
      this.show(project, uri, problems);
    }
    for (const uri of previous) {
      if (current.has(uri) || this.shown.get(uri)?.project !== project) continue;
      this.shown.delete(uri);
      this.send(uri, []);
    }
    if (current.size > 0) this.urisOf.set(project, current);
    else {
      this.urisOf.delete(project);
      this.latest.delete(project);
    }
  }

  /** Publishes what incremental checks left for later, from each project's latest check. */
  private flush(): void {
    this.flushing = undefined;
    const pending = [...this.later];
    this.later.clear();
    for (const [project, paths] of pending) {
      const check = this.latest.get(project);
      if (check) for (const path of paths) this.showPath(check, path);
    }
  }

  private showPath(check: ProjectCheck, path: string): void {
    const problems = check.problemsByFile.get(path);
    if (problems) this.show(check.configFile, pathToUri(path), problems);
  }

  private show(project: string, uri: string, problems: readonly Problem[]): void {
    // Most files have no problem: one shared empty list, no conversion.
    const diagnostics = problems.length === 0 ? NO_DIAGNOSTICS : problems.map(this.convert);
    const before = this.shown.get(uri);
    const json = diagnostics === NO_DIAGNOSTICS ? EMPTY_JSON : before && JSON.stringify(diagnostics);
    // A file shown for the first time is sent without comparing (its JSON is taken when it is next
    // compared), unless it has nothing to show: the client shows nothing for a file never sent, and
    // most files of a project have no problem.
    if (before ? jsonOf(before) !== json : diagnostics !== NO_DIAGNOSTICS) this.send(uri, diagnostics);
    this.shown.set(uri, { project, json, diagnostics });
  }
}
