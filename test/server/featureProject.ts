// The governance project the request-feature tests run against, and the few steps they share:
// start a real server on it, place the cursor by text, apply a workspace edit the way an editor does.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InitializeResult, Position, Range, ServerCapabilities, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { fileURLToPath } from 'node:url';
import { fileUri, LspClient } from '../helpers/lspClient.js';
import { MINIMAL_CONFIG, tempProject, type ProjectFiles } from '../helpers/tempProject.js';

export const MISSION = `mission:
  statement: Make every customer feel looked after.
  owner: head-of-cx
  pillars:
    - id: effortless
      name: Effortless
      description: Customers get what they need without chasing us.
    - id: trusted
      name: Trusted
      description: Customers believe what we tell them.
`;

export const OWNERS = `owners:
  - id: head-of-cx
    name: Head of Customer Experience
    type: role
  - id: support-lead
    name: Sam Rivera
    type: person
`;

export const KPIS = `kpis:
  - id: customer-effort-score
    name: Customer effort score
    description: How easy customers say it was to get what they needed.
    owner: support-lead
    supports: [effortless]
    category: outcome
    unit: points
    direction: decrease
    baseline: 3.4
    target: { value: 2.8, by: 2027-06-30 }
    status: active
  - id: first-contact-resolution
    name: First-contact resolution
    description: Contacts solved the first time, with no need to come back.
    owner: support-lead
    supports:
      - effortless
      - trusted
    category: driver
    unit: percent
    direction: increase
    baseline: 70
    target: { value: 80, by: 2027-06-30 }
    status: active
`;

export const STANDARDS = `standards:
  - id: answer-within-a-day
    title: Answer every email within a day
    owner: head-of-cx
    supports: [effortless]
    measuredBy: [first-contact-resolution]
    status: active
`;

/** Two sections after a comment, an entry with a flow list of references and one with a block text: for the structure features (selection, folding). */
export const PEOPLE = `# Who answers for what.
owners:
  - id: talent-team
    name: Talent team
    type: team
    members: [john-smith, 'night-desk']
  - id: john-smith
    name: John Smith
    type: person
values:
  - id: own-it
    name: Own it
    description: |
      We finish
      what we start.
`;

/**
 * A clean project of four sources that refer to each other across files. Its owners name no
 * customers: the info that asks for them is off, so that a fix's tests start from no problem.
 */
export function cleanProject(extra: ProjectFiles = {}): ProjectFiles {
  return {
    'cxgov.yaml': `${MINIMAL_CONFIG}rules:\n  owner-without-customers: off\n`,
    'governance/mission.yaml': MISSION,
    'governance/owners.yaml': OWNERS,
    'governance/kpis.yaml': KPIS,
    'governance/standards.yaml': STANDARDS,
    ...extra,
  };
}

/** A started server on a temporary project, indexed (every source has had its diagnostics). */
export interface Session {
  client: LspClient;
  root: string;
  /** What the server said it can do, at \`initialize\`. */
  capabilities: ServerCapabilities;
  /** Absolute path of a file of the project. */
  path(relative: string): string;
  uri(relative: string): string;
  /** The text of a file on disk. */
  text(relative: string): string;
  stop(): Promise<void>;
}

/** Writes the files, starts the server on them and waits until every source has been checked. */
export async function startSession(files: ProjectFiles): Promise<Session> {
  const { root, cleanup } = tempProject(files);
  const client = new LspClient();
  const { capabilities } = (await client.start(root)) as InitializeResult;
  const path = (relative: string) => join(root, relative);
  for (const relative of Object.keys(files).filter((name) => name.startsWith('governance/'))) await client.diagnosticsOf(path(relative));
  return {
    client,
    root,
    capabilities,
    path,
    uri: (relative) => fileUri(path(relative)),
    text: (relative) => readFileSync(path(relative), 'utf8'),
    stop: async () => {
      await client.stop();
      cleanup();
    },
  };
}

/**
 * The position of a piece of text: `at(text, 'owner: support-lead', 'support')` is the start of
 * `support` within the first `owner: support-lead`. `nth` picks a later occurrence of `where`.
 */
export function at(text: string, where: string, what = where, nth = 0): Position {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(where, start + 1);
    if (start === -1) throw new Error(`"${where}" (occurrence ${nth}) is not in the text`);
  }
  const inner = where.indexOf(what);
  if (inner === -1) throw new Error(`"${what}" is not in "${where}"`);
  return positionOf(text, start + inner);
}

/** The position right after a piece of text (where a cursor is after typing it). */
export function endOf(text: string, where: string): Position {
  const start = text.indexOf(where);
  if (start === -1) throw new Error(`"${where}" is not in the text`);
  return positionOf(text, start + where.length);
}

export function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

/** The text a range covers. */
export function textIn(text: string, range: Range): string {
  return text.slice(offsetOf(text, range.start), offsetOf(text, range.end));
}

/** Applies text edits to a text, as an editor does (last edit first). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => offsetOf(text, b.range.start) - offsetOf(text, a.range.start));
  return sorted.reduce((result, edit) => result.slice(0, offsetOf(result, edit.range.start)) + edit.newText + result.slice(offsetOf(result, edit.range.end)), text);
}

/** Applies a workspace edit to the files on disk and tells the server, as an editor does for closed files. */
export async function applyToDisk(session: Session, edit: WorkspaceEdit): Promise<string[]> {
  const changed: string[] = [];
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
    const path = fileURLToPath(uri);
    writeFileSync(path, applyEdits(readFileSync(path, 'utf8'), edits));
    changed.push(path);
  }
  await session.client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: changed.map((path) => ({ uri: fileUri(path), type: 2 })) });
  return changed;
}

/** Opens a document in the server with the given text (or its text on disk). */
export function open(session: Session, relative: string, text = session.text(relative), version = 1): Promise<void> {
  return session.client.open(session.path(relative), text, version);
}

/** Replaces the whole text of an open document. */
export function change(session: Session, relative: string, text: string, version: number): Promise<void> {
  return session.client.change(session.path(relative), text, version);
}

function offsetOf(text: string, position: Position): number {
  const lines = text.split('\n');
  let offset = 0;
  for (let line = 0; line < position.line; line++) offset += lines[line]!.length + 1;
  return offset + position.character;
}
