// A project in a subfolder of a repository, linted from the repository root (a monorepo in CI):
// every format names files relative to the working folder, as ESLint does, so that annotations,
// code-scanning results and terminal links land on files that exist there.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { JsonProblem } from 'cxgov';
import { runCli } from '../helpers/runCli.js';
import { tempProject } from '../helpers/tempProject.js';

const FILE = 'cx/governance/kpis.yaml';

describe('cli: a project in a subfolder, linted from the repository root', function () {
  this.timeout(30_000);
  let root: string;
  let cleanup: () => void;
  before(() => {
    ({ root, cleanup } = tempProject({ 'cx/cxgov.yaml': 'name: x\n', [FILE]: 'kpis:\n  - id: nps\n    name: NPS\n    owner: nobody\n' }));
    spawnSync('git', ['init', '-q'], { cwd: root });
  });
  after(() => cleanup());

  it('json, github, junit and stylish name the file from the working folder', () => {
    const json = runCli(['lint', 'cx', '--format', 'json'], root);
    const problems = (JSON.parse(json.stdout) as { problems: JsonProblem[] }).problems;
    assert.ok(problems.length > 0);
    for (const problem of problems) assert.ok(existsSync(join(root, problem.file)), `${problem.file} is not a file from ${root}`);
    assert.ok(problems.some((problem) => problem.file === FILE));
    assert.match(runCli(['lint', 'cx', '--format', 'github'], root).stdout, new RegExp(`^::error file=${FILE},line=4,`, 'm'));
    assert.match(runCli(['lint', 'cx', '--format', 'junit'], root).stdout, new RegExp(`<testsuite name="${FILE}"`));
    assert.match(runCli(['lint', 'cx', '--no-color'], root).stdout, new RegExp(`^${FILE}$`, 'm'));
  });

  it('sarif gives URIs that resolve from the checkout', () => {
    const sarif = JSON.parse(runCli(['lint', 'cx', '--format', 'sarif'], root).stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const uris = sarif.runs[0]!.results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri);
    assert.ok(uris.includes(FILE), uris.join(', '));
  });

  it('from inside the project, paths stay relative to where you stand', () => {
    const problems = (JSON.parse(runCli(['lint', '--format', 'json'], join(root, 'cx')).stdout) as { problems: JsonProblem[] }).problems;
    assert.ok(problems.some((problem) => problem.file === 'governance/kpis.yaml'));
  });
});
