import { MessageType, type Connection, type Location, type Range } from 'vscode-languageserver';
import type { ShowEntryArguments } from '../protocol.js';
import { requestedPath, tell } from './arguments.js';

/**
 * `cxgov.showEntry`: asks the client to open a file with the given range selected (the entry a
 * quick fix just created). The arguments come from a client: anything but a file location is refused.
 */
export async function showEntry(connection: Connection, args: unknown[] | undefined): Promise<null> {
  const [location] = (args ?? []) as Partial<ShowEntryArguments>;
  if (!isLocation(location) || !requestedPath(location.uri)) {
    tell(connection, MessageType.Error, 'cxgov: cxgov.showEntry takes a location (a file: URI and a range).');
    return null;
  }
  await connection.window.showDocument({ uri: location.uri, selection: location.range, takeFocus: true });
  return null;
}

function isLocation(value: unknown): value is Location {
  return !!value && typeof value === 'object' && typeof (value as Location).uri === 'string' && isRange((value as Location).range);
}

function isRange(value: unknown): value is Range {
  const isPosition = (position: unknown) =>
    !!position && typeof position === 'object' && Number.isInteger((position as { line: unknown }).line) && Number.isInteger((position as { character: unknown }).character);
  return !!value && typeof value === 'object' && isPosition((value as Range).start) && isPosition((value as Range).end);
}
