import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { RULES } from 'cxgov';
import { runCli } from '../helpers/runCli.js';

const REPOSITORY = fileURLToPath(new URL('../../../', import.meta.url));
const DOCS = `${REPOSITORY}docs/rules/`;
/** The test sources (this file runs compiled, from test/dist/rules). */
const TESTS = `${REPOSITORY}test/rules/`;

/** The rules as a user sees them: `cxgov rules`, one `id  severity  description` line each. */
function listedRules(): { id: string; severity: string }[] {
  const run = runCli(['rules'], REPOSITORY);
  assert.equal(run.status, 0, run.stderr);
  return run.stdout
    .split('\n\n')[0]!
    .split('\n')
    .map((line) => {
      const [id, severity] = line.split(/\s+/);
      return { id: id!, severity: severity! };
    });
}

/**
 * The rule tables of a test file: for each `ruleTable('<id>', [...])` call, how many of its
 * cases expect at least one hit (a table whose every case expects nothing never shows the rule firing).
 */
function ruleTables(file: string): Map<string, number> {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const tables = new Map<string, number>();
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'ruleTable') {
      const [rule, cases] = node.arguments;
      if (rule && ts.isStringLiteral(rule) && cases && ts.isArrayLiteralExpression(cases)) {
        tables.set(rule.text, (tables.get(rule.text) ?? 0) + cases.elements.filter(expectsHits).length);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return tables;
}

function expectsHits(row: ts.Expression): boolean {
  if (!ts.isObjectLiteralExpression(row)) return false;
  return row.properties.some(
    (property) =>
      ts.isPropertyAssignment(property) &&
      ts.isIdentifier(property.name) &&
      property.name.text === 'expected' &&
      ts.isArrayLiteralExpression(property.initializer) &&
      property.initializer.elements.length > 0,
  );
}

// Adding a rule is one rule file, one test table and one docs page: this keeps the last two honest.
describe('every rule has its docs page and its test table', () => {
  const ids = new Set(RULES.map((rule) => rule.id));

  it('takes the rules `cxgov rules` lists', () => {
    assert.deepEqual(
      listedRules(),
      RULES.map((rule) => ({ id: rule.id, severity: rule.defaultSeverity })),
    );
  });

  for (const { id, defaultSeverity: severity } of RULES) {
    it(`${id}: docs/rules/${id}.md, titled and with its default severity, linked from the index`, () => {
      const page = `${DOCS}${id}.md`;
      assert.ok(existsSync(page), `docs/rules/${id}.md is missing`);
      const text = readFileSync(page, 'utf8');
      assert.equal(text.split('\n')[0], `# ${id}`, `docs/rules/${id}.md must start with "# ${id}"`);
      assert.ok(text.includes(`Default severity: **${severity}**`), `docs/rules/${id}.md must say "Default severity: **${severity}**"`);
      assert.ok(readFileSync(`${DOCS}README.md`, 'utf8').includes(`(${id}.md)`), `docs/rules/README.md does not link ${id}.md`);
    });

    it(`${id}: test/rules/${id}.test.ts has a ruleTable('${id}', …) with a case where it fires`, () => {
      const file = `${TESTS}${id}.test.ts`;
      assert.ok(existsSync(file), `test/rules/${id}.test.ts is missing`);
      const firing = ruleTables(file).get(id);
      assert.ok(firing !== undefined, `test/rules/${id}.test.ts has no ruleTable('${id}', [...])`);
      assert.ok(firing > 0, `no case of ruleTable('${id}', ...) expects a hit`);
    });
  }

  it('has no docs page or test table for a rule that does not exist', () => {
    const pages = readdirSync(DOCS).filter((name) => name.endsWith('.md') && name !== 'README.md');
    assert.deepEqual(pages.filter((name) => !ids.has(name.slice(0, -'.md'.length))), []);
    const tables = readdirSync(TESTS)
      .filter((name) => name.endsWith('.test.ts'))
      .flatMap((name) => [...ruleTables(`${TESTS}${name}`).keys()].map((rule) => `${name}: ${rule}`));
    assert.deepEqual(tables.filter((table) => !ids.has(table.split(': ')[1]!)), []);
  });
});
