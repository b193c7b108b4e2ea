// Control characters in sources and file names (ESC, BEL, NUL, C1, DEL, bidi overrides, a newline
// in a file name) never reach a terminal, a CI log or a handbook page raw, and never start a line
// that a GitHub runner reads as a workflow command.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JsonProblem } from 'cxgov';
import { runCli, type CliRun } from '../helpers/runCli.js';
import { tempProject } from '../helpers/tempProject.js';

/** Raw characters no output may carry: C0 but tab and line feed, DEL, C1, bidi overrides and isolates. */
const RAW_CONTROL = /[\0-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/u;
/** Inside a double-quoted YAML string: NUL, BEL, ESC + colour, OSC set-title, backspace, DEL, C1 CSI, NEL, RLO, LRI. */
const NASTY = String.raw`\0\a\e[31m\e]0;pwned\a\b\x7f\x9b2J\x85\u202E\u2066`;
/** A file name with a newline then a workflow command: Linux allows it. */
const INJECTING_FILE = 'governance/x\n::error file=fake.yaml::INJECTED.yaml';

const FILES = {
  'cxgov.yaml': `name: "Bramble ${NASTY} CX"\n`,
  'governance/owners.yaml': [
    'owners:',
    '  - id: cx-lead',
    `    name: "Chief ${NASTY} Officer"`,
    '    type: role',
    `    description: "Line one ${NASTY}\\nline two"`,
  ].join('\n'),
  'governance/kpis.yaml': [
    'kpis:',
    '  - id: nps',
    `    name: "Net ${NASTY} Promoter Score"`,
    `    owner: "ghost${NASTY}"`,
    `    description: "Why ${NASTY}\\n\\nit matters"`,
    '  - id: fcr',
    '    name: First-contact resolution',
    `    owner: "##[error]INJECTED-BY-ID"`,
    `  - id: "bad${NASTY}id"`,
    '    name: Bad id',
    '    owner: cx-lead',
  ].join('\n'),
  [INJECTING_FILE]: 'kpis:\n  - id: csat\n    name: CSAT\n    owner: nobody\n',
};

function assertNoRawControl(what: string, text: string): void {
  const at = text.search(RAW_CONTROL);
  assert.equal(at, -1, `${what} holds raw U+${text.codePointAt(at)?.toString(16).padStart(4, '0')} near ${JSON.stringify(text.slice(Math.max(0, at - 40), at + 40))}`);
}

/** No line a GitHub runner would read as a command: `::` at a line start (after spaces), or `##[` anywhere. */
function assertNoInjectedCommand(what: string, text: string, annotations = 0): void {
  const lines = text.split('\n');
  const commands = lines.filter((line) => line.trimStart().startsWith('::'));
  assert.equal(commands.length, annotations, `${what}: lines read as workflow commands:\n${commands.join('\n')}`);
  for (const line of commands) assert.match(line, /^::(error|warning|notice) file=[^,:]*,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[\w-]+::/);
  assert.ok(!commands.some((line) => /^::\w+ file=fake\.yaml[,:]/.test(line)), `${what}: an injected annotation`);
  assert.ok(!text.includes('##['), `${what}: a legacy workflow command`);
}

function assertSafe(what: string, run: CliRun, annotations = 0): void {
  assert.doesNotMatch(run.stderr, /internal error|^\s+at /m, `${what}: ${run.stderr}`);
  assertNoRawControl(`${what} stdout`, run.stdout);
  assertNoRawControl(`${what} stderr`, run.stderr);
  assertNoInjectedCommand(`${what} stdout`, run.stdout, annotations);
  assertNoInjectedCommand(`${what} stderr`, run.stderr);
}

describe('robustness: control characters in sources and file names', function () {
  this.timeout(60_000);
  let root: string;
  let cleanup: () => void;
  before(() => ({ root, cleanup } = tempProject(FILES)));
  after(() => cleanup());

  for (const format of ['stylish', 'json', 'sarif', 'junit', 'github']) {
    it(`lint --format ${format} --no-color writes no raw control character and no workflow command`, () => {
      const run = runCli(['lint', '--format', format, '--no-color', '--today', '2026-11-23'], root);
      assert.equal(run.status, 1, run.stderr);
      const problems = (JSON.parse(runCli(['lint', '--format', 'json', '--today', '2026-11-23'], root).stdout) as { problems: JsonProblem[] }).problems;
      assertSafe(format, run, format === 'github' ? problems.length : 0);
      // The problem in the oddly named file is still reported, in every format.
      assert.ok(problems.some((p) => p.file === INJECTING_FILE && p.rule === 'unknown-reference'));
      assert.match(run.stdout, /INJECTED/);
    });
  }

  it('json and sarif still carry the exact text, escaped as JSON', () => {
    const problems = (JSON.parse(runCli(['lint', '--format', 'json'], root).stdout) as { problems: JsonProblem[] }).problems;
    const ghost = problems.find((p) => p.rule === 'unknown-reference' && p.message.includes('ghost'));
    assert.ok(ghost?.message.includes('\u001b[31m\u001b]0;pwned\u0007'), ghost?.message);
    assert.ok(problems.some((p) => p.file === INJECTING_FILE));
  });

  it('stylish shows control characters as visible \\u escapes, on the line of their problem', () => {
    const run = runCli(['lint', '--no-color'], root);
    assert.match(run.stdout, /No owner has the id "ghost\\u0000\\u0007\\u001b\[31m\\u001b\]0;pwned\\u0007\\u0008\\u007f\\u009b2J\\u0085\\u202e\\u2066"/);
    assert.match(run.stdout, /^governance\/x\\u000a::error file=fake\.yaml::INJECTED\.yaml$/m);
  });

  it('handbook --strict lists the errors on standard error without raw control characters', () => {
    const run = runCli(['handbook', '--strict', '--out', 'strict-pages'], root);
    assert.notEqual(run.status, 0);
    assert.match(run.stderr, /ghost\\u0000/);
    assertSafe('handbook --strict', run);
  });

  it('a configuration problem on standard error shows its control characters escaped', () => {
    const config = tempProject({ 'cxgov.yaml': `name: x\nrules:\n  "no-such${NASTY}-rule": error\n` });
    try {
      const run = runCli(['lint', '--no-color'], config.root);
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stderr, /no-such\\u0000/);
      assertSafe('config problem', run);
    } finally {
      config.cleanup();
    }
  });

  it('the handbook command names its folder and pages without raw control characters or a new line', () => {
    const out = `pages\u001b[31m\n::error file=fake.yaml::INJECTED`;
    const wrote = runCli(['handbook', '--out', out], root);
    assert.equal(wrote.status, 0, wrote.stderr);
    assertSafe('handbook --out', wrote);
    assert.match(wrote.stdout, /pages\\u001b\[31m\\u000a::error/);
    const checked = runCli(['handbook', '--check', '--out', out], root);
    assertSafe('handbook --check', checked);
  });

  it('an error naming a path the user gave shows it on one line, escaped', () => {
    const run = runCli(['lint', '-o', `missing\u0007\n::error file=fake.yaml::INJECTED/report.json`], root);
    assert.equal(run.status, 2, run.stderr);
    assert.match(run.stderr, /missing\\u0007\\u000a::error/);
    assertSafe('lint -o', run);
  });

  it('handbook pages hold no raw control characters, and keep the text around them', () => {
    const run = runCli(['handbook'], root);
    assertSafe('handbook', run);
    const folder = join(root, 'handbook');
    const pages = readdirSync(folder).filter((name) => name.endsWith('.md'));
    assert.ok(pages.length > 0);
    const all = pages.map((name) => readFileSync(join(folder, name), 'utf8')).join('\n');
    for (const name of pages) assertNoRawControl(`handbook/${name}`, readFileSync(join(folder, name), 'utf8'));
    // remark escapes the `[` (Markdown), the escapes stay as they are.
    assert.match(all, /Net \\u0000\\u0007\\u001b\\\[31m/);
    assert.match(all, /Why .*it matters/s);
  });
});
