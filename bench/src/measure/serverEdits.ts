// Edit → diagnostics latency: the time from sending `didChange` until the server has published
// the diagnostics that the new text must produce. Every edit is chosen so that those diagnostics
// differ from the previous ones; the server publishes only changes, so this never waits for a
// publication that will not come.
import { readFileSync } from 'node:fs';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { fileUri, type LspSession } from '../lspSession.js';

const EDIT_TIMEOUT_MS = 60_000;

/** Sends a whole-text change and waits until the file's next published diagnostics satisfy `expect`. */
export async function timedChange(session: LspSession, edited: string, text: string, version: number, watched: string, expect: (diagnostics: Diagnostic[]) => boolean): Promise<number> {
  const uri = fileUri(watched);
  const before = session.publications.get(uri) ?? 0;
  const started = performance.now();
  await session.change(edited, text, version);
  await session.until(() => (session.publications.get(uri) ?? 0) > before && expect(session.diagnostics.get(uri) ?? []), EDIT_TIMEOUT_MS, `diagnostics of ${watched} after edit ${version}`);
  return performance.now() - started;
}

/** Waits until the server has handled everything sent so far (a request is answered after earlier notifications). */
export async function sync(session: LspSession, path: string): Promise<void> {
  await session.connection.sendRequest('textDocument/hover', { textDocument: { uri: fileUri(path) }, position: { line: 0, character: 0 } });
}

/**
 * Edits to one KPI file's description: one edit clears it (a schema problem: a description must
 * be text), the next types a new one. Nothing another file refers to changes.
 */
export async function localEdits(session: LspSession, path: string, count: number): Promise<number[]> {
  const original = readFileSync(path, 'utf8');
  const line = /^( *description:) (.*)$/m.exec(original);
  if (!line) throw new Error(`${path} has no description line`);
  const descriptionLine = original.slice(0, line.index).split('\n').length - 1;
  const onDescription = (diagnostics: Diagnostic[]) => diagnostics.some((d) => d.code === 'schema' && d.range.start.line === descriptionLine);
  await session.open(path, original);
  await sync(session, path);
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const cleared = i % 2 === 0;
    const text = original.replace(line[0], cleared ? line[1]! : `${line[1]} ${line[2]} Edit ${i}.`);
    samples.push(await timedChange(session, path, text, i + 2, path, cleared ? onDescription : (d) => !onDescription(d)));
  }
  await session.change(path, original, count + 2);
  await sync(session, path);
  return samples;
}

/**
 * Renames an owner id that about 1,000 KPIs name, and back: each rename flags them all as unknown
 * references, each revert clears them. Times two moments per edit: when one referring KPI file,
 * open in the editor as a user would have it, shows the change; and when every referring file has.
 */
export async function hotIdEdits(session: LspSession, ownersFile: string, hotOwner: string, referrers: readonly string[], count: number): Promise<{ open: number[]; all: number[] }> {
  const original = readFileSync(ownersFile, 'utf8');
  const definition = `- id: ${hotOwner}\n`;
  if (!original.includes(definition)) throw new Error(`${ownersFile} does not define ${hotOwner}`);
  const renamed = original.replace(definition, `- id: ${hotOwner}-renamed\n`);
  const flagged = (diagnostics: Diagnostic[]) => diagnostics.some((d) => d.code === 'unknown-reference' && d.message.includes(`"${hotOwner}"`));
  const watched = referrers.at(-1)!;
  await session.open(watched, readFileSync(watched, 'utf8'));
  await session.open(ownersFile, original);
  await sync(session, ownersFile);
  const uris = new Set(referrers.map(fileUri));
  const open: number[] = [];
  const all: number[] = [];
  for (let i = 0; i < count; i++) {
    const rename = i % 2 === 0;
    const expect = rename ? flagged : (d: Diagnostic[]) => !flagged(d);
    // Every referring file must be published with the new state, the open one included.
    const pending = new Set(uris);
    const stop = session.onPublish((uri, diagnostics) => {
      if (pending.has(uri) && expect(diagnostics)) pending.delete(uri);
    });
    const started = performance.now();
    open.push(await timedChange(session, ownersFile, rename ? renamed : original, i + 2, watched, expect));
    await session.until(() => pending.size === 0, 60_000, `diagnostics of all ${uris.size} files naming ${hotOwner} after edit ${i + 2}`);
    all.push(performance.now() - started);
    stop();
  }
  if (count % 2 === 1) await session.change(ownersFile, original, count + 2);
  await sync(session, ownersFile);
  return { open, all };
}
