// Hostile inputs too big (or too strange) to commit as fixture files: written into a temp
// project at test time, each with the outcome it must have.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Expected {
  why: string;
  exit: 0 | 1 | 2;
  /** Problems that must be among those reported (line optional). */
  problems?: { rule: string; file: string; line?: number }[];
  /** Files that must have no problem at all. */
  cleanFiles?: string[];
  /** Texts standard error must hold (exit 2). */
  stderr?: string[];
}

export interface GeneratedCase {
  name: string;
  write(root: string): void;
  expected: Expected;
}

const OWNERS = 'owners:\n  - id: head-of-cx\n    name: Head of CX\n    type: role\n    customers: [Every customer]\n';

function put(root: string, path: string, content: string | Buffer): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), content);
}

export const GENERATED_CASES: GeneratedCase[] = [
  {
    name: 'a 20 MB source',
    write: (root) => {
      put(root, 'cxgov.yaml', 'name: big\n');
      put(root, 'governance/owners.yaml', OWNERS);
      const entry = 'values:\n' + '  - id: v\n    name: V\n    description: A value repeated until the file is huge.\n'.repeat(1);
      put(root, 'governance/huge.yaml', entry + '# padding\n'.repeat(2_100_000));
    },
    expected: { why: 'A source over the size limit is one clear problem, not minutes of work.', exit: 1, problems: [{ rule: 'yaml-syntax', file: 'governance/huge.yaml', line: 1 }] },
  },
  {
    name: 'a single 5 MB line',
    write: (root) => {
      put(root, 'cxgov.yaml', 'name: long-line\n');
      put(root, 'governance/owners.yaml', OWNERS);
      put(root, 'governance/line.yaml', `values:\n  - id: v\n    name: V\n    description: ${'x'.repeat(5 * 1024 * 1024)}\n`);
    },
    expected: { why: 'A 5 MB line is over the default size limit: one clear problem.', exit: 1, problems: [{ rule: 'yaml-syntax', file: 'governance/line.yaml', line: 1 }] },
  },
  {
    name: 'sources around a raised size limit',
    write: (root) => {
      put(root, 'cxgov.yaml', 'name: raised\nsources:\n  maxFileSize: 3MB\n');
      put(root, 'governance/owners.yaml', OWNERS);
      const value = 'values:\n  - id: v\n    name: V\n    behaviours: [Read every file]\n    descripton: A misspelt field, reported once the file is read.\n';
      put(root, 'governance/fits.yaml', value + '# padding\n'.repeat(200_000));
      put(root, 'governance/over.yaml', value + '# padding\n'.repeat(400_000));
    },
    expected: {
      why: 'sources.maxFileSize lets a 2 MB source be read and still refuses a 4 MB one.',
      exit: 1,
      problems: [
        { rule: 'schema', file: 'governance/fits.yaml', line: 5 },
        { rule: 'yaml-syntax', file: 'governance/over.yaml', line: 1 },
      ],
    },
  },
  {
    name: 'flow collections nested 100,000 levels deep',
    write: (root) => {
      put(root, 'cxgov.yaml', 'name: deep\n');
      put(root, 'governance/deep.yaml', `values: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
    },
    expected: { why: 'Deep nesting is refused with a problem, never a stack overflow.', exit: 1, problems: [{ rule: 'yaml-syntax', file: 'governance/deep.yaml', line: 1 }] },
  },
  {
    name: 'a symbolic link loop inside the project',
    write: (root) => {
      put(root, 'cxgov.yaml', 'name: loop\n');
      put(root, 'governance/owners.yaml', OWNERS);
      symlinkSync('..', join(root, 'governance/loop'));
      symlinkSync('.', join(root, 'governance/self'));
    },
    expected: { why: 'A symlink loop ends the search; each real file is checked once.', exit: 0 },
  },
  {
    name: 'a source deleted while it is being linted (a dangling link)',
    write: (root) => {
      put(root, 'cxgov.yaml', 'name: gone\n');
      put(root, 'governance/owners.yaml', OWNERS);
      symlinkSync('nowhere.yaml', join(root, 'governance/gone.yaml'));
    },
    expected: { why: 'A source that vanishes between finding and reading is skipped or reported, never a crash.', exit: 0 },
  },
];
