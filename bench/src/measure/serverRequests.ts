// Request latency: completion after "owner: " and hover on an owner reference, timed from the
// client (request sent → answer received), one request at a time, in a file open in the editor.
import { readFileSync } from 'node:fs';
import { fileUri, type LspSession } from '../lspSession.js';
import { sync } from './serverEdits.js';

/** `path` must be open, with its text on disk. */
export async function requestLatencies(session: LspSession, path: string, count: number): Promise<{ completion: number[]; hover: number[] }> {
  const text = readFileSync(path, 'utf8');
  const match = /^( *owner: )(\S+)$/m.exec(text);
  if (!match) throw new Error(`${path} names no owner`);
  const line = text.slice(0, match.index).split('\n').length - 1;
  const textDocument = { uri: fileUri(path) };
  await sync(session, path);
  const time = async (method: string, character: number, answered: (result: unknown) => boolean): Promise<number[]> => {
    const samples: number[] = [];
    for (let i = 0; i < count; i++) {
      const started = performance.now();
      const result = await session.connection.sendRequest(method, { textDocument, position: { line, character } });
      samples.push(performance.now() - started);
      if (!answered(result)) throw new Error(`${method} gave no answer at ${path}:${line + 1}: ${JSON.stringify(result)?.slice(0, 200)}`);
    }
    return samples;
  };
  const completion = await time('textDocument/completion', match[1]!.length, (result) => Array.isArray(result) ? result.length > 0 : Boolean((result as { items?: unknown[] })?.items?.length));
  // Inside the id, as a mouse would rest on it.
  const hover = await time('textDocument/hover', match[1]!.length + 2, (result) => result !== null);
  return { completion, hover };
}
