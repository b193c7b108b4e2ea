// action.yml as GitHub reads it: a composite action whose one step runs action/run.mjs with every
// input passed through the environment, and every input the script reads declared.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO } from './actionWorkspace.js';

interface ActionYaml {
  name: string;
  description: string;
  inputs: Record<string, { description: string; default?: string }>;
  runs: { using: string; steps: { shell?: string; run?: string; env?: Record<string, string> }[] };
}

const action = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as ActionYaml;
const script = readFileSync(join(REPO, 'action', 'run.mjs'), 'utf8');

describe('action.yml', () => {
  it('is a composite action whose steps all name their shell', () => {
    assert.ok(action.name && action.description);
    assert.equal(action.runs.using, 'composite');
    for (const step of action.runs.steps) assert.ok(step.shell, `a step without shell: ${JSON.stringify(step)}`);
    assert.match(action.runs.steps.map((step) => step.run).join('\n'), /node "\$GITHUB_ACTION_PATH\/action\/run\.mjs"/);
  });

  it('declares the inputs of the issue with their defaults, each described', () => {
    const defaults = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default]));
    assert.deepEqual(defaults, { path: '.', format: 'github', 'sarif-file': 'cxgov.sarif', 'max-warnings': '-1', 'handbook-check': 'false', version: '', mode: 'lint', base: '', head: 'HEAD', 'fail-on': '', 'handbook-url': '', 'github-token': '' });
    for (const [name, input] of Object.entries(action.inputs)) assert.ok(input.description, name);
  });

  it('passes every input to the script through the environment (never into the shell text), and the script reads only those', () => {
    const env = Object.assign({}, ...action.runs.steps.map((step) => step.env ?? {})) as Record<string, string>;
    for (const name of Object.keys(action.inputs)) {
      assert.equal(env[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`], `\${{ inputs.${name} }}`, name);
    }
    const read = [...script.matchAll(/input\('([A-Z_]+)'/g)].map((match) => `INPUT_${match[1]}`).sort();
    assert.deepEqual(read, Object.keys(env).sort());
    for (const step of action.runs.steps) assert.doesNotMatch(step.run ?? '', /\$\{\{/);
  });
});
