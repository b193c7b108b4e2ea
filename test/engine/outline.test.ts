// A lean source places paths with its outlines, never with YAML documents: every path, existing or
// not, must land on exactly the range the document itself gives.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isSeq } from 'yaml';
import { analyzeFile, locate, parseSource, type Path, type SourceFile } from 'cxgov/editor';
import { fromRecord, keyText, toRecord } from 'cxgov/internal';

const TRICKY: Record<string, string> = {
  'empty values': 'kpis:\n  - id: a\n    owner:\n    supports:\n    -\n    name: ""\n',
  'flow collections': 'kpis: [{ id: a, supports: [x, y] }, { id: b, guardrails: [] }]\nowners: {}\n',
  'pairs as sequence items': 'kpis:\n  - [a: 1, b]\n  - ? x\n    : y\n',
  aliases: 'owners:\n  - &o { id: a, name: A }\n  - *o\nkpis:\n  - id: k\n    owner: *x\n',
  'multi-document': '---\nowners:\n  - id: a\n---\n# nothing\n---\nmission:\n  statement: S\n  pillars:\n    - id: p\n',
  'block scalars and comments': 'kpis:\n  - id: a # trailing\n    description: |\n      two\n      lines\n    formula: >\n      folded\n    # cxgov-disable-next-line\n    owner: b\n',
  'CRLF and odd keys': 'kpis:\r\n  - id: a\r\n    1: one\r\n    true: yes\r\n    null: none\r\n    "quoted key": q\r\n    [x]: flow key\r\n',
  'duplicate keys': 'owners:\n  - id: a\n    id: b\n',
  'broken text': 'kpis: [\n  { id: a\n',
  'scalar document': 'just text\n',
  'deep nesting': 'a:\n  b:\n    c:\n      - d:\n          - - e\n            - f: g\n',
};

const SAMPLES = fileURLToPath(new URL('../../../samples/', import.meta.url));
const HOSTILE = fileURLToPath(new URL('../../../test/fixtures/hostile/', import.meta.url));

/** Every YAML file under a folder (none when it does not exist). */
function yamlFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

/** Every path to a node of the document, and a few that go past it. */
function pathsOf(node: unknown, path: Path = []): Path[] {
  const paths: Path[] = [path, [...path, 'missing'], [...path, 0], [...path, '1'], [...path, -1]];
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = keyText(pair.key);
      if (key !== undefined) paths.push(...pathsOf(pair.value, [...path, key]));
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => paths.push(...pathsOf(item, [...path, index])));
  }
  return paths;
}

function assertSamePlaces(name: string, text: string): void {
  const parsed: SourceFile = parseSource(`/project/${name}.yaml`, text);
  const lean = fromRecord(toRecord(analyzeFile(parsed), '')).file;
  for (let doc = 0; doc <= parsed.documents.length; doc++) {
    for (const path of pathsOf(parsed.documents[doc]?.contents)) {
      for (const target of ['key', 'value'] as const) {
        const expected = locate({ file: parsed, doc, path, target });
        assert.deepEqual(locate({ file: lean, doc, path, target }), expected, `${name}: document ${doc}, ${target} of ${JSON.stringify(path)}`);
      }
    }
  }
}

describe('outlines place paths exactly as documents do', () => {
  for (const [name, text] of Object.entries(TRICKY)) {
    it(name, () => assertSamePlaces(name, text));
  }

  it('every sample and hostile fixture', () => {
    const files = [...yamlFiles(SAMPLES), ...yamlFiles(HOSTILE)];
    assert.ok(files.length > 10);
    for (const file of files) assertSamePlaces(file, readFileSync(file, 'utf8'));
  });

  it('a lean source still gives its YAML documents to whoever asks', () => {
    const text = TRICKY['multi-document']!;
    const lean = fromRecord(toRecord(analyzeFile(parseSource('/project/a.yaml', text)), '')).file;
    assert.equal(lean.documents.length, 3);
    assert.deepEqual(lean.documents[2]!.toJS(), { mission: { statement: 'S', pillars: [{ id: 'p' }] } });
    assert.deepEqual(lean.lineCounter.linePos(text.indexOf('mission')), { line: 7, col: 1 });
  });
});
