// Deeply nested block mappings and sequences: the CLI and the language server give the same one
// clear problem, never the parser's "Maximum call stack size exceeded" (whose depth depends on how
// deep the stack already is, so the two sides used to disagree).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { cxgov, OWNERS, put, serverDiagnostics, tempFolders } from './projectOnDisk.js';

/** A value whose `extra` field holds mappings nested `depth` levels deep, one space of indent each. */
function nestedMappings(depth: number): string {
  let text = 'values:\n  - id: v\n    name: V\n    description: deep\n    extra:\n';
  for (let level = 1; level <= depth; level++) text += `${' '.repeat(4 + level)}k:\n`;
  return `${text}${' '.repeat(5 + depth)}x\n`;
}

const cases: [string, string][] = [
  ['mappings 1,000 levels deep', nestedMappings(1000)],
  ['mappings 1,300 levels deep', nestedMappings(1300)],
  ['compact sequences 5,000 levels deep', `values:\n${'- '.repeat(5000)}x\n`],
  ['compact sequences 100,000 levels deep', `values:\n${'- '.repeat(100_000)}x\n`],
  ['one value indented 600 spaces', `values:\n  - id: v\n    name: V\n    description:\n${' '.repeat(600)}plain text\n`],
  ['brackets inside deep indentation', `values:\n${nestedMappings(300).split('\n').slice(1).join('\n')}${' '.repeat(305)}${'['.repeat(400)}${']'.repeat(400)}\n`],
];

describe('robustness: deep block nesting', function () {
  this.timeout(60_000);
  const temp = tempFolders();
  after(temp.removeAll);

  for (const [what, text] of cases) {
    it(`${what}: one clear problem, the same in the CLI and the server`, async () => {
      const root = temp.folder();
      put(root, 'cxgov.yaml', 'name: deep\n');
      put(root, 'governance/owners.yaml', OWNERS);
      const deep = put(root, 'governance/deep.yaml', text);
      const run = cxgov(['lint', '--format', 'json'], root);
      assert.equal(run.status, 1, run.output.slice(0, 2000));
      const cli = (JSON.parse(run.stdout) as { problems: { file: string; line: number; column: number; rule: string; message: string }[] }).problems
        .filter((p) => p.file === 'governance/deep.yaml')
        .map((p) => `${p.line}:${p.column} ${p.rule} ${p.message}`);
      assert.equal(cli.length, 1, cli.join('\n'));
      assert.match(cli[0]!, /yaml-syntax .*nested more than \d+ levels deep/);
      assert.doesNotMatch(cli[0]!, /call stack/i);
      const server = await serverDiagnostics(root, deep);
      assert.deepEqual(server.diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`), cli);
    });
  }

  it('nesting 100 levels deep is read as usual', () => {
    const root = temp.folder();
    put(root, 'cxgov.yaml', 'name: deep\n');
    put(root, 'governance/owners.yaml', OWNERS);
    put(root, 'governance/deep.yaml', nestedMappings(100));
    const run = cxgov(['lint', '--format', 'json'], root);
    assert.equal(run.status, 1, run.output.slice(0, 2000));
    assert.match(run.stdout, /"line": 5,\s+"column": 5,[^}]*"message": "[^\n]*extra/);
  });
});
