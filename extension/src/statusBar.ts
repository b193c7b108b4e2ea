import * as vscode from 'vscode';

/** What the status bar item shows; the extension's API hands a copy to the end-to-end tests. */
export interface StatusSnapshot {
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
 * The project's error and warning counts in the status bar, from the diagnostics the server
 * published (source `cxgov`), updated whenever diagnostics change. Clicking opens Problems.
 */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('cxgov.problems', vscode.StatusBarAlignment.Left, 10);
  private readonly listener = vscode.languages.onDidChangeDiagnostics(() => this.render());
  private running = false;

  constructor() {
    this.item.name = 'cxgov problems';
    this.render();
  }

  /** Shows counts while the server runs; a "stopped" item (that opens the output) otherwise. */
  setRunning(running: boolean): void {
    this.running = running;
    this.render();
  }

  /** Hides the item (when `cxgov.enable` is off). */
  hide(): void {
    this.item.hide();
  }

  snapshot(): StatusSnapshot {
    return {
      text: this.item.text,
      tooltip: typeof this.item.tooltip === 'string' ? this.item.tooltip : '',
      command: typeof this.item.command === 'string' ? this.item.command : (this.item.command?.command ?? ''),
      counts: countProblems(),
    };
  }

  dispose(): void {
    this.listener.dispose();
    this.item.dispose();
  }

  private render(): void {
    if (!this.running) {
      this.item.text = '$(circle-slash) cxgov';
      this.item.tooltip = 'The cxgov language server is not running. Click to see its output.';
      this.item.command = 'cxgov.showOutput';
      this.item.accessibilityInformation = { label: 'cxgov: the language server is not running' };
    } else {
      const counts = countProblems();
      const summary = describe(counts);
      this.item.text = `$(error) ${counts.errors} $(warning) ${counts.warnings} cxgov`;
      this.item.tooltip = `cxgov: ${summary} in the governance project. Click to open the Problems panel.`;
      this.item.command = OPEN_PROBLEMS;
      this.item.accessibilityInformation = { label: `cxgov: ${summary}` };
    }
    this.item.show();
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
