import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../helpers/runCli.js';

const SAMPLES = fileURLToPath(new URL('../../../samples/', import.meta.url));
const TODAY = ['--today', '2026-11-23'];

describe('cxgov handbook', () => {
  let root: string;
  beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'cxgov-handbook-cli-'))));
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function sample(name: string): string {
    const dir = join(root, name);
    cpSync(join(SAMPLES, name), dir, { recursive: true });
    rmSync(join(dir, 'handbook'), { recursive: true, force: true });
    return dir;
  }

  it('writes the pages into handbook.out, and --check passes on them', () => {
    const project = sample('wow-retail');
    const run = runCli(['handbook', ...TODAY], project);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^Wrote \d+ pages to handbook\.$/m);
    const pages = readdirSync(join(project, 'handbook')).filter((file) => file.endsWith('.md'));
    assert.ok(pages.includes('index.md') && pages.includes('kpis.md') && pages.includes('owners.md'), pages.join(', '));
    const check = runCli(['handbook', '--check', ...TODAY], project);
    assert.equal(check.status, 0, check.stdout);
    assert.match(check.stdout, /up to date/);
  });

  it('--check fails after a KPI target changes, lists the stale page, and writes nothing', () => {
    const project = sample('wow-retail');
    assert.equal(runCli(['handbook', ...TODAY], project).status, 0);
    const kpis = join(project, 'governance/kpis.yaml');
    writeFileSync(kpis, readFileSync(kpis, 'utf8').replace('value: 70', 'value: 75'));
    const before = readFileSync(join(project, 'handbook/kpis.md'), 'utf8');
    const check = runCli(['handbook', '--check', ...TODAY], project);
    assert.equal(check.status, 1);
    assert.match(check.stdout, /out of date:\n {2}kpis\.md \(changed\)/);
    assert.equal(readFileSync(join(project, 'handbook/kpis.md'), 'utf8'), before);
  });

  it('takes the project folder as an argument and --out relative to where it runs', () => {
    sample('wow-retail');
    const run = runCli(['handbook', 'wow-retail', '--out', 'site/cx', ...TODAY], root);
    assert.equal(run.status, 0, run.stderr);
    assert.ok(existsSync(join(root, 'site/cx/index.md')));
    assert.equal(existsSync(join(root, 'wow-retail/handbook')), false);
  });

  it('writes the handbook of a project with errors and says so; --strict refuses', () => {
    const project = sample('every-rule');
    const strict = runCli(['handbook', '--strict', ...TODAY], project);
    assert.equal(strict.status, 1);
    assert.match(strict.stderr, /nothing written: the project has \d+ errors \(--strict\)/);
    assert.equal(existsSync(join(project, 'handbook')), false);
    const run = runCli(['handbook', ...TODAY], project);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /the handbook lists them in its health section/);
  });

  it('refuses, with exit 2 and a reason, a non-empty folder that it did not write', () => {
    const project = sample('wow-retail');
    mkdirSync(join(project, 'docs'));
    writeFileSync(join(project, 'docs/README.md'), 'ours\n');
    const run = runCli(['handbook', '--out', 'docs', ...TODAY], project);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^cxgov: nothing written: .*docs is not empty and cxgov did not write it/m);
    assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
    assert.deepEqual(readdirSync(join(project, 'docs')), ['README.md']);
  });

  it("keeps the committed handbook of samples/wow-retail (the README's showcase) up to date", () => {
    const check = runCli(['handbook', join(SAMPLES, 'wow-retail'), '--check', ...TODAY], root);
    assert.equal(check.status, 0, `${check.stdout}Regenerate it: node library/bin/cxgov.js handbook samples/wow-retail --today 2026-11-23`);
  });

  it('exits 2 on a broken cxgov.yaml, with the file and line', () => {
    const project = sample('wow-retail');
    writeFileSync(join(project, 'cxgov.yaml'), 'name: x\nhandbook:\n  singlePage: maybe\n');
    const run = runCli(['handbook', ...TODAY], project);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /cxgov\.yaml:3:\d+: /);
  });
});
