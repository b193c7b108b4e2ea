import * as vscode from 'vscode';

/** A line the language client writes: `[Error - 10:42:01 AM] text`. */
const CLIENT_LINE = /^\[(Error|Warn|Info|Debug|Trace) *- [^\]]*\] ?([\s\S]*)$/;

/** How the client reports the end of a server that stopped when asked to: no error at all. */
const CLEAN_EXIT = /^Server process exited with code 0\.?$/;

type Level = 'error' | 'warn' | 'info' | 'debug';

/**
 * The client's trace (`cxgov.trace.server`) is asked for by a setting of its own: it shows at the
 * default level, rather than needing "Developer: Set Log Level" as well.
 */
const LEVELS: Record<string, Level> = { Error: 'error', Warn: 'warn', Info: 'info', Debug: 'debug', Trace: 'info' };

/**
 * The output channel the language client writes to, over cxgov's log output channel: each line at
 * its own level (so that "Developer: Set Log Level" filters it), without the client's second time
 * stamp, and the server's clean exit at a restart as a debug line, not as an error.
 */
export function clientOutput(log: vscode.LogOutputChannel): vscode.OutputChannel {
  let partial = '';
  // Continuation lines (a traced message's body, the server's own output) keep the level they follow.
  let level: Level = 'info';
  const write = (text: string) => {
    const line = CLIENT_LINE.exec(text);
    if (line) level = LEVELS[line[1]!]!;
    const message = line ? line[2]! : text;
    if (CLEAN_EXIT.test(message)) log.debug('The language server exited normally.');
    else log[level](message);
  };
  return {
    name: log.name,
    append(value: string) {
      const lines = (partial + value).split(/\r?\n/);
      partial = lines.pop()!;
      lines.forEach(write);
    },
    appendLine(value: string) {
      const text = partial + value;
      partial = '';
      write(text);
    },
    replace: (value: string) => log.replace(value),
    clear: () => log.clear(),
    // The deprecated show(column, preserveFocus) passes the flag second.
    show: (first?: boolean | vscode.ViewColumn, second?: boolean) => log.show(typeof first === 'boolean' ? first : second),
    hide: () => log.hide(),
    // The session owns the log channel: a client that disposes its output must not close it.
    dispose: () => undefined,
  };
}
