// The fast reader of plain YAML must give exactly what the `yaml` library gives (data, outline,
// line starts), or give up. Thousands of mutated governance files, from a fixed seed, check it.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSource } from 'cxgov/editor';
import { outlineDocument, readPlainYaml } from 'cxgov/internal';

const SAMPLES = fileURLToPath(new URL('../../../samples/', import.meta.url));

const KPI = `kpis:
  - id: kpi-00001
    name: KPI number 1
    description: How often customers get what they need at the first try, measured each week.
    owner: owner-00001
    supports:
      - pillar-03
    category: efficiency
    unit: percent
    direction: increase
    baseline: 12
    target:
      value: 80
      by: 2027-12-31
    formula: Contacts solved at the first try, divided by all contacts.
    guardrails:
      - kpi-00000
    status: validated
    review:
      every: yearly
      last: 2026-02-15
`;

/** Texts the fast reader must read, exactly as the yaml library does. */
const PLAIN = [
  KPI,
  KPI.replace(/\n/g, '\r\n'),
  KPI.trimEnd(),
  `mission:\n  statement: Happy customers.   \n  pillars:\n    -   id: p\n        name: P\n`,
  `values:\n  - id: v\n    n1: ~\n    n2: null\n    n3: Null\n    b1: true\n    b2: FALSE\n    i1: 007\n    i2: -0\n    i3: 0o17\n    i4: 0x1F\n    i5: +12\n    f1: 1.50\n    f2: -.5\n    f3: 1e3\n    f4: .inf\n    f5: -.Inf\n    f6: .nan\n    s1: yes\n    s2: 12:30\n    s3: a#b\n    s5: http://x.y/z?a=1\n    s6: it's\n    s7: -x\n    s8: ---\n`,
  `# header\n\na b: c\nd.e/f$: g\ny: 'It''s'\nz: "q"\n# trailing\n`,
  `k:\n- a\n- b\nl: c\n`,
  `  indented: top\n  second: line\n`,
  `k: v\u00a0\n`,
  KPI.replace('supports:\n      - pillar-03', 'supports: [pillar-03, pillar-1.5, 7]').replace('guardrails:\n      - kpi-00000', 'guardrails: []'),
  `owners:\n- id: a\n  members: [x]\n  list:\n  - [a, b]\n`,
];

/** Texts it must leave to the yaml library. */
const NOT_PLAIN = [
  `k: [a,b]\n`,
  `k: [a, ]\n`,
  `k: [ a ]\n`,
  `k: [a, "b"]\n`,
  `k: [a, [b]]\n`,
  `k: [a,\n  b]\n`,
  `k: [a] # ids\n`,
  `k:\n  - - nested\n`,
  `k: v\n  continued\n`,
  `k: - x\n`,
  `k: -\n`,
  `k:\nl: v\n`,
  `true: x\n`,
  `__proto__: x\n`,
  `k: "a\\"b"\n`,
  `k: v # comment\n`,
  `---\nk: v\n`,
  `k: v\n...\n`,
  `\ufeffk: v\n`,
  `k: v\n\tl: w\n`,
  `k: v\rl: w\n`,
  `k: |\n  text\n`,
  `k: &a v\nl: *a\n`,
  `k: v\nk: w\n`,
  `# only a comment\n`,
  '',
];

/** A seeded generator (32-bit linear congruential), so that a failure names a case that can be run again. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296;
}

const PIECES = [' ', '  ', '\n', '\r\n', '\r', '\t', '#', ' #', ':', ': ', '- ', '-', '"', "'", "''", '[', ']', '{', '}', ',', '&a ', '*a', '!', '|', '>', '%', '@', '`', '?', '~', 'null', 'true', 'True', '0x1F', '1e3', '.5', '-0', '.inf', '.nan', '+1', '007', '0o17', '__proto__', 'a', 'é', '\u2028', '\u00a0', '\u0085', '---', '...', '\\', 'key: value', '\n  ', '\n    - ', '\n- ', 'id', '<<'];

function mutate(text: string, next: () => number): string {
  const at = Math.floor(next() * (text.length + 1));
  const lines = text.split('\n');
  const line = Math.floor(next() * lines.length);
  switch (Math.floor(next() * 5)) {
    case 0:
      return text.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)] + text.slice(at);
    case 1:
      return text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 4));
    case 2:
      lines.splice(line, 0, lines[line]!);
      return lines.join('\n');
    case 3:
      lines[line] = (next() < 0.5 ? ' ' : '') + lines[line]!.replace(/^ /, next() < 0.5 ? '' : ' ');
      return lines.join('\n');
    default:
      lines.splice(line, 1);
      return lines.join('\n');
  }
}

/** Fails when the fast reader reads the text but differs from the `yaml` library in anything. */
function assertSameAsYaml(text: string, label: string): boolean {
  const plain = readPlainYaml(text);
  if (!plain) return false;
  const file = parseSource('/project/a.yaml', text);
  const context = `${label}: ${JSON.stringify(text)}`;
  assert.deepEqual(file.syntax, [], `read a text the yaml library reports problems in: ${context}`);
  assert.equal(file.documents.length, 1, context);
  const document = file.documents[0]!;
  assert.deepEqual([...document.errors, ...document.warnings], [], context);
  assert.deepStrictEqual(plain.data, document.toJS({ maxAliasCount: 100 }), context);
  assert.deepStrictEqual(plain.outline, outlineDocument(document, file.text), context);
  assert.deepStrictEqual(Array.from(plain.lineStarts), file.lineCounter.lineStarts, context);
  return true;
}

function sampleTexts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sampleTexts(path);
    return /\.ya?ml$/.test(name) ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('the fast plain-YAML reader', () => {
  it('reads everyday governance files exactly as the yaml library does', () => {
    PLAIN.forEach((text, i) => assert.ok(assertSameAsYaml(text, `plain ${i}`), `plain ${i} was not read: ${JSON.stringify(text)}`));
  });

  it('leaves everything else to the yaml library', () => {
    NOT_PLAIN.forEach((text) => assert.equal(readPlainYaml(text), undefined, JSON.stringify(text)));
  });

  it('matches the yaml library on every sample file it reads', () => {
    const texts = sampleTexts(SAMPLES);
    const read = texts.filter((text, i) => assertSameAsYaml(text, `sample ${i}`)).length;
    assert.ok(read >= 5, `${read} of ${texts.length} sample files read`);
  });

  it('matches the yaml library on 4,000 mutated files, or gives up', function () {
    this.timeout(60_000);
    const next = random(20261123);
    const seeds = [...PLAIN, ...NOT_PLAIN, ...sampleTexts(SAMPLES)];
    let read = 0;
    for (let i = 0; i < 4000; i++) {
      let text = seeds[Math.floor(next() * seeds.length)]!;
      const edits = 1 + Math.floor(next() * 3);
      for (let e = 0; e < edits; e++) text = mutate(text, next);
      if (assertSameAsYaml(text, `mutation ${i}`)) read++;
    }
    assert.ok(read > 500, `only ${read} mutated files were read`);
  });
});
