import { strict as assert } from 'node:assert';
import { cursorContext } from 'cxgov/editor';

/** `|` marks the cursor; the expectation is path, position, prefix and siblings (or undefined: no completion). */
const CASES: [string, string, { path: (string | number)[]; position: 'key' | 'value'; prefix?: string; siblings?: string[]; list?: string; lead?: string } | undefined][] = [
  ['an owner being typed', 'kpis:\n  - id: a\n    owner: |\n    name: A\n', { path: ['kpis', 0, 'owner'], position: 'value', prefix: '' }],
  ['right after the colon', 'kpis:\n  - id: a\n    owner:|\n', { path: ['kpis', 0, 'owner'], position: 'value', lead: ' ' }],
  ['inside quotes', 'kpis:\n  - id: a\n    owner: "ma|\n', { path: ['kpis', 0, 'owner'], position: 'value', prefix: 'ma' }],
  ['an unclosed flow list', 'kpis:\n  - id: a\n    supports: [wow, wo|\n', { path: ['kpis', 0, 'supports', 1], position: 'value', prefix: 'wo', siblings: ['wow'], list: 'flow' }],
  ['a block list item', 'kpis:\n  - id: a\n    supports:\n      - x\n      - |\n      - y\n', { path: ['kpis', 0, 'supports', 1], position: 'value', siblings: ['x', 'y'], list: 'block' }],
  ['a list at the column of its key', 'owners:\n- id: a\n  members:\n  - b\n  - |\n', { path: ['owners', 0, 'members', 1], position: 'value', siblings: ['b'] }],
  ['a new field of the second entry', 'kpis:\n  - id: a\n  - id: b\n    name: B\n    |\n    category: outcome\n  - id: c\n', { path: ['kpis', 1], position: 'key', siblings: ['name', 'id', 'category'] }],
  ['a field of a pillar', 'mission:\n  owner: x\n  pillars:\n    - id: p\n      na|\n', { path: ['mission', 'pillars', 0], position: 'key', prefix: 'na', siblings: ['id'] }],
  ['a nested mapping', 'kpis:\n  - id: a\n    target:\n      |\n', { path: ['kpis', 0, 'target'], position: 'key', siblings: [] }],
  ['a section at the top', 'mission:\n  statement: x\nkp|', { path: [], position: 'key', prefix: 'kp', siblings: ['mission'] }],
  ['the second document of a file', 'kpis: []\n---\nowners:\n  - id: a\n    |\n', { path: ['owners', 0], position: 'key', siblings: ['id'] }],
  ['Windows line endings', 'kpis:\r\n  - id: a\r\n    name: A\r\n    owner: |\r\n', { path: ['kpis', 0, 'owner'], position: 'value', prefix: '' }],
  ['a text block', 'kpis:\n  - id: a\n    description: >-\n      hello |\n', undefined],
  ['a comment', 'kpis:\n  - id: a\n    owner: x # hi|\n', undefined],
  ['a flow mapping', 'kpis:\n  - id: a\n    target: { val|\n', undefined],
];

describe('server: cursor context (what is being typed, from the text alone)', () => {
  for (const [name, marked, expected] of CASES) {
    it(name, () => {
      const context = cursorContext(marked.replace('|', ''), marked.indexOf('|'));
      if (expected === undefined) return assert.equal(context, undefined);
      assert.ok(context, 'a context');
      assert.deepEqual(context.path, expected.path);
      assert.equal(context.position, expected.position);
      if (expected.prefix !== undefined) assert.equal(context.prefix, expected.prefix);
      if (expected.siblings !== undefined) assert.deepEqual(context.siblings, expected.siblings);
      if (expected.list !== undefined) assert.equal(context.list, expected.list);
      if (expected.lead !== undefined) assert.equal(context.lead, expected.lead);
    });
  }
});
