// Unknown ids and their did-you-mean suggestions: right on small inputs, and no slower than the
// rest of lint on a source full of thousands of unknown long ids (the search must not be quadratic).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JsonProblem } from 'cxgov';
import { CLI } from '../helpers/runCli.js';
import { lintFiles, MINIMAL_CONFIG } from '../helpers/tempProject.js';
import { longId, UNKNOWN_IDS_SOURCE, writeUnknownLongIdsProject } from './unknownLongIds.js';

/** Far above what lint takes on these inputs (2-3 s): only a quadratic search reaches it. */
const HANG_GUARD_MS = 20_000;

const LONG_OWNER = longId('a defined owner');
const OTHER_LONG = longId('an id defined nowhere');
/** An id as messages quote it: long ones are cut to 79 characters and an ellipsis. */
const quoted = (id: string) => (id.length > 80 ? `${id.slice(0, 79)}…` : id);
/** One character of `id` changed at `at`. */
const changed = (id: string, at: number) => id.slice(0, at) + (id[at] === 'a' ? 'b' : 'a') + id.slice(at + 1);

/** Mistyped owner id → the suggestion a user must see (undefined: none). */
const TYPOS: [string, string | undefined][] = [
  ['jon-smith', 'john-smith'],
  ['jonh-smith', 'john-smith'],
  ['John-Smith', 'john-smith'],
  ['customer-experience-laed', 'customer-experience-lead'],
  ['customer-experience', 'customer-experience-lead'],
  ['head-of-suport', 'head-of-support'],
  ['head-of-supportt', 'head-of-support'],
  [changed(LONG_OWNER, 70), LONG_OWNER],
  [changed(changed(changed(LONG_OWNER, 5), 40), LONG_OWNER.length - 3), LONG_OWNER],
  [LONG_OWNER.slice(0, -2), LONG_OWNER],
  // 8 edits, each in another twelfth of the id (the most a long id may differ by); then 9.
  [[0, 1, 2, 3, 4, 5, 6, 7].reduce((id, i) => changed(id, i * 12), LONG_OWNER), LONG_OWNER],
  [[0, 1, 2, 3, 4, 5, 6, 7, 8].reduce((id, i) => changed(id, i * 12), LONG_OWNER), undefined],
  ['zzz', undefined],
  ['finance', undefined],
  [OTHER_LONG, undefined],
];

describe('robustness: did-you-mean on unknown ids', function () {
  this.timeout(4 * HANG_GUARD_MS);

  it('suggests the id that was meant, and nothing when no id is close', async () => {
    const owners = ['john-smith', 'customer-experience-lead', 'head-of-support', 'finance-and-operations-team', LONG_OWNER];
    const problems = await lintFiles({
      'cxgov.yaml': MINIMAL_CONFIG,
      'governance/owners.yaml': 'owners:\n' + owners.map((id) => `  - id: ${id}\n    name: Someone\n    type: role\n`).join(''),
      'governance/kpis.yaml': 'kpis:\n' + TYPOS.map(([typo], i) => `  - id: kpi-${i}\n    name: K\n    owner: ${typo}\n`).join(''),
    });
    const seen = problems.filter((p) => p.rule === 'unknown-reference').map((p) => [p.line, p.message]);
    const expected = TYPOS.map(([typo, meant], i) => [4 + 3 * i, `No owner has the id "${quoted(typo)}". ${meant ? `Did you mean "${quoted(meant)}"?` : 'Define it or use an existing owner.'}`]);
    assert.deepEqual(seen, expected);
  });

  for (const megabytes of [1, 2]) {
    it(`lints a ${megabytes} MB source of thousands of unknown long ids without a quadratic search, and still suggests a real typo`, () => {
      const root = mkdtempSync(join(tmpdir(), 'cxgov-unknown-ids-'));
      try {
        const { unknownIds } = writeUnknownLongIdsProject(root, megabytes * 1_000_000);
        // A real typo after thousands of hostile ids: one character of the first KPI's id changed.
        const meant = longId('kpi-0');
        appendFileSync(join(root, UNKNOWN_IDS_SOURCE), `  - id: last\n    name: Last\n    guardrails:\n      - ${changed(meant, 30)}\n`);
        const started = performance.now();
        const run = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json'], { cwd: root, encoding: 'utf8', timeout: 4 * HANG_GUARD_MS, maxBuffer: 256 * 1024 * 1024 });
        const elapsed = performance.now() - started;
        assert.equal(run.signal, null, `killed by ${run.signal} after ${Math.round(elapsed)} ms`);
        assert.equal(run.status, 1, run.stderr);
        const unknown = (JSON.parse(run.stdout) as { problems: JsonProblem[] }).problems.filter((p) => p.rule === 'unknown-reference');
        assert.equal(unknown.length, unknownIds + 1);
        assert.match(unknown.at(-1)!.message, new RegExp(`Did you mean "${quoted(meant)}"\\?$`));
        assert.ok(unknown.every((p) => p.file === UNKNOWN_IDS_SOURCE));
        assert.ok(elapsed < HANG_GUARD_MS, `lint took ${Math.round(elapsed)} ms`);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    });
  }
});
