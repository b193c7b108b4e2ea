import * as vscode from 'vscode';

/**
 * What the item says. `starting`: the server checks the projects for the first time;
 * `checked`: the counts of the check; `noProject`: governance YAML is open that no project holds;
 * `stopped`: the server is not running; `hidden`: nothing to say (cxgov is off, or nothing
 * governance-like is open in a workspace without a project).
 */
export type StatusState = 'starting' | 'checked' | 'noProject' | 'stopped' | 'hidden';

/** What the status bar item shows; the extension's API hands a copy to the end-to-end tests. */
export interface StatusSnapshot {
  readonly state: StatusState;
  readonly visible: boolean;
  readonly text: string;
  readonly tooltip: string;
  readonly command: string;
  readonly counts: ProblemCounts;
}

export interface ProblemCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** Where a click goes: the Problems panel, where every cxgov problem of the workspace is listed. */
export const OPEN_PROBLEMS = 'workbench.actions.view.problems';

/**
 * The state of cxgov in the status bar: "starting…" until the first check is done, then the
 * project's error and warning counts from the diagnostics the server published (source `cxgov`),
 * updated whenever diagnostics change; "no project" for governance YAML that nothing checks.
 */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('cxgov.problems', vscode.StatusBarAlignment.Left, 10);
  private readonly listener = vscode.languages.onDidChangeDiagnostics(() => this.state === 'checked' && this.render());
  private readonly changed = new vscode.EventEmitter<StatusSnapshot>();
  private state: StatusState = 'hidden';
  private noProjectCommand: vscode.Command | undefined;
  private visible = false;
  /** Fires with what the item shows after each change of state. */
  readonly onDidChange = this.changed.event;

  constructor() {
    this.item.name = 'cxgov';
  }

  /** Shows a state; `noProject` takes the command that creates the project (the click). */
  show(state: StatusState, createProject?: vscode.Command): void {
    if (state === this.state && JSON.stringify(createProject) === JSON.stringify(this.noProjectCommand)) return;
    this.state = state;
    this.noProjectCommand = createProject;
    this.render();
    this.changed.fire(this.snapshot());
  }

  current(): StatusState {
    return this.state;
  }

  snapshot(): StatusSnapshot {
    return {
      state: this.state,
      visible: this.visible,
      text: this.item.text,
      tooltip: typeof this.item.tooltip === 'string' ? this.item.tooltip : '',
      command: typeof this.item.command === 'string' ? this.item.command : (this.item.command?.command ?? ''),
      counts: countProblems(),
    };
  }

  dispose(): void {
    this.listener.dispose();
    this.changed.dispose();
    this.item.dispose();
  }

  private render(): void {
    const item = this.item;
    switch (this.state) {
      case 'hidden':
        item.hide();
        this.visible = false;
        return;
      case 'starting':
        this.set('$(sync~spin) cxgov: starting…', 'The cxgov language server is checking the governance projects. Click to see its log.', 'cxgov.showOutput', 'cxgov: starting');
        break;
      case 'stopped':
        this.set('$(circle-slash) cxgov', 'The cxgov language server is not running. Click to see its log.', 'cxgov.showOutput', 'cxgov: the language server is not running');
        break;
      case 'noProject':
        this.set(
          '$(info) cxgov: no project',
          'No cxgov.yaml makes this governance YAML part of a project: nothing checks it. Click to create one.',
          this.noProjectCommand ?? 'cxgov.newProject',
          'cxgov: no project',
        );
        break;
      case 'checked': {
        const counts = countProblems();
        const summary = describe(counts);
        this.set(`$(error) ${counts.errors} $(warning) ${counts.warnings} cxgov`, `cxgov: ${summary} in the governance project. Click to open the Problems panel.`, OPEN_PROBLEMS, `cxgov: ${summary}`);
        break;
      }
    }
    item.show();
    this.visible = true;
  }

  private set(text: string, tooltip: string, command: string | vscode.Command, label: string): void {
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.command = command;
    this.item.accessibilityInformation = { label };
  }
}

/** Counts the diagnostics the cxgov server published, across every file of the workspace. */
export function countProblems(): ProblemCounts {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const [, diagnostics] of vscode.languages.getDiagnostics()) {
    for (const diagnostic of diagnostics) {
      if (diagnostic.source !== 'cxgov') continue;
      if (diagnostic.severity === vscode.DiagnosticSeverity.Error) errors++;
      else if (diagnostic.severity === vscode.DiagnosticSeverity.Warning) warnings++;
      else infos++;
    }
  }
  return { errors, warnings, infos };
}

function describe({ errors, warnings, infos }: ProblemCounts): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${infos} info`;
}
