// Property-based: random YAML-ish edits sent to a real language server over LSP. After each
// sequence the server is alive, every diagnostic lies inside its document, and the diagnostics
// equal what the engine (the CLI's code) reports for the same final texts, with one difference
// the editor makes on purpose: while an open document has a syntax error, the other files are
// checked against its last text without one (the broken file itself as it is). FUZZ_RUNS sets
// the number of sequences (`npm run fuzz` runs many); FUZZ_SEED replays one.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { fileUri, LspClient } from '../helpers/lspClient.js';
import { analyzeFile, parseSource } from 'cxgov/editor';
import { bySortKey, lintProblems, publishedProblems } from '../helpers/parity.js';
import { MINIMAL_CONFIG, tempProject } from '../helpers/tempProject.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

const START: Record<string, string> = {
  'governance/mission.yaml': 'mission:\n  statement: Every customer leaves happier.\n  owner: head-of-cx\n  pillars:\n    - id: effortless\n      name: Effortless\n      description: No chasing.\n',
  'governance/owners.yaml': 'owners:\n  - id: head-of-cx\n    name: Head of CX\n    type: role\n    members: [support]\n  - id: support\n    name: Support\n    type: team\n',
  'governance/kpis.yaml':
    'kpis:\n  - id: nps\n    name: NPS\n    description: Would they recommend us?\n    owner: head-of-cx\n    supports: [effortless]\n    category: outcome\n    unit: score\n    direction: increase\n  - id: aht\n    name: Handle time\n    description: Minutes per call.\n    owner: support\n    supports:\n      - effortless\n    category: efficiency\n    unit: minutes\n    direction: decrease\n    guardrails: [nps]\n',
};
const FILES = Object.keys(START);

/** Pieces that make YAML interesting: structure, references, broken syntax, odd characters. */
const FRAGMENT = fc.oneof(
  fc.constantFrom(
    '\n', '  ', '- ', ': ', '[', ']', '{', '}', '"', "'", '#', '&a ', '*a', '---\n', '\t', '\r\n', '|\n', '>-\n', '? ', '!!str ',
    'owner: ', 'supports: [', 'guardrails: [nps, aht]', '  - id: ', 'kpis:\n', 'owners:\n', 'id: nps', 'id: support', 'support', 'head-of-cx',
    'effortless', '__proto__', 'constructor', 'category: efficiency', 'type: team', 'members: [head-of-cx]', '\u00e9', '\ufeff', '😀', '\u0000',
  ),
  fc.string({ maxLength: 12 }),
);

type Edit = { file: number; at: number; remove: number; insert: string };
const EDIT = fc.record({ file: fc.nat(FILES.length - 1), at: fc.nat(400), remove: fc.nat(12), insert: fc.array(FRAGMENT, { maxLength: 4 }).map((parts) => parts.join('')) });

function apply(text: string, edit: Edit): string {
  const at = boundary(text, Math.min(edit.at, text.length));
  return text.slice(0, at) + edit.insert + text.slice(boundary(text, Math.min(at + edit.remove, text.length)));
}

/** An editor never splits a surrogate pair (the file could not be saved as UTF-8): nor do we. */
function boundary(text: string, offset: number): number {
  const low = text.charCodeAt(offset);
  return low >= 0xdc00 && low <= 0xdfff ? offset + 1 : offset;
}

/** Whether a range lies inside the text (LSP positions: lines and UTF-16 characters). */
function inside(text: string, range: Diagnostic['range']): boolean {
  const lines = text.split(/\r\n|\r|\n/);
  const fits = (p: { line: number; character: number }) => p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line]!.length;
  const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
  return fits(range.start) && fits(range.end) && ordered;
}

describe('robustness: random edits through a real LSP connection', function () {
  this.timeout(Math.max(120_000, RUNS * 3_000));
  let project: ReturnType<typeof tempProject>;
  let client: LspClient;
  const versions = new Map<string, number>();
  /** Per document, the last text without a syntax error the server has read. */
  const lastGood = new Map<string, string>();
  const broken = (path: string, text: string) => analyzeFile(parseSource(path, text)).syntax.length > 0;
  /** Waits until the server has read every change sent so far (a request applies pending edits first). */
  const applied = () => client.connection.sendRequest('workspace/symbol', { query: '' });

  before(async () => {
    project = tempProject({ 'cxgov.yaml': MINIMAL_CONFIG, ...START });
    client = new LspClient();
    await client.start(project.root);
    for (const file of FILES) {
      const path = join(project.root, file);
      versions.set(path, 1);
      await client.open(path, START[file]!, 1);
      lastGood.set(path, START[file]!);
    }
  });
  after(async () => {
    await client.stop();
    project.cleanup();
  });

  it(`stays up, keeps ranges inside documents and agrees with the CLI (${RUNS} sequences)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(EDIT, { minLength: 1, maxLength: 8 }), async (edits) => {
        const texts = new Map(FILES.map((file) => [join(project.root, file), START[file]!]));
        // Every sequence starts from the same project: reset, then edit.
        for (const edit of [...FILES.map((_, file) => ({ file, at: 0, remove: 0, insert: '' })), ...edits]) {
          const path = join(project.root, FILES[edit.file]!);
          const text = apply(texts.get(path)!, edit);
          texts.set(path, text);
          const version = versions.get(path)! + 1;
          versions.set(path, version);
          await client.change(path, text, version);
          // Texts with a syntax error may be coalesced with the next edit; a text without one is read before going on, so the last good is known.
          if (!broken(path, text)) {
            await applied();
            lastGood.set(path, text);
          }
        }
        const expected = await expectedProblems(texts);
        const undated = (problems: typeof expected.problems) => problems.filter((p) => p.rule !== 'review-overdue');
        const published = () => undated(publishedProblems(client, project.root, expected.files));
        // Diagnostics arrive as notifications: wait (on each publication) until they agree, or the deadline.
        await client.until(() => isDeepStrictEqual(published(), undated(expected.problems)), 10_000).catch(() => undefined);
        assert.ok(client.alive, `the server died:\n${client.logs.join('')}`);
        for (const [path, text] of texts) {
          for (const diagnostic of client.diagnostics.get(fileUri(path)) ?? []) {
            assert.ok(inside(text, diagnostic.range), `${path}: ${JSON.stringify(diagnostic.range)} is outside the document`);
          }
        }
        assert.deepEqual(published(), undated(expected.problems));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  /** What lint reports on the files as they are, but, outside each broken file, with its last good text in its place. */
  async function expectedProblems(texts: ReadonlyMap<string, string>): ReturnType<typeof lintProblems> {
    const standIns = new Set([...texts].filter(([path, text]) => broken(path, text)).map(([path]) => path));
    const relativeOf = (path: string) => path.slice(project.root.length + 1).split('\\').join('/');
    for (const [path, text] of texts) writeFileSync(path, standIns.has(path) ? lastGood.get(path)! : text);
    const stable = await lintProblems(project.root, todayOf());
    for (const [path, text] of texts) writeFileSync(path, text);
    const asIs = await lintProblems(project.root, todayOf());
    const standInFiles = new Set([...standIns].map(relativeOf));
    const problems = [...stable.problems.filter((p) => !standInFiles.has(p.file)), ...asIs.problems.filter((p) => standInFiles.has(p.file))];
    return { files: asIs.files, problems: problems.sort(bySortKey) };
  }
});

function todayOf(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
