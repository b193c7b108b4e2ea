// Class of input: a forged or broken `.cxgov-handbook.json`. The manifest is committed with the
// handbook, so anyone who can push may write it; cxgov must never remove or overwrite a file it
// cannot prove it wrote, never follow a link, never hang on it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/runCli.js';
import { assertNoCrash, VERSION_A, sampleProject } from './handbookKit.js';

const MANIFEST = '.cxgov-handbook.json';
const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

interface Setup {
  base: string;
  project: string;
  handbook: string;
  /** Files that must keep their content, whatever the manifest says. */
  guarded: Map<string, string>;
}

/** A project with files around and inside its handbook folder that a forged manifest could aim at. */
function setUp(): Setup & { cleanup: () => void } {
  const sample = sampleProject();
  const { base, project, handbook } = sample;
  const guarded = new Map<string, string>();
  const put = (path: string, content: string) => {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
    guarded.set(path, content);
  };
  put(join(project, 'README.md'), 'the project README\n');
  put(join(base, 'work/x.md'), 'a file two levels up\n');
  put(join(base, 'absolute.md'), 'a file named by an absolute path\n');
  guarded.set(join(project, 'governance/kpis.yaml'), readFileSync(join(project, 'governance/kpis.yaml'), 'utf8'));
  put(join(base, 'secret/secret.md'), 'behind a symbolic link\n');
  symlinkSync(join(base, 'secret'), join(handbook, 'linked'));
  put(join(handbook, 'old.md/inside.md'), 'in a folder named like a page\n');
  put(join(handbook, 'notes.md'), 'a page written by hand\n');
  put(join(base, 'outside-target.md'), 'a page that is a link to a file outside\n');
  return { ...sample, guarded };
}

/** The sample's real pages, as a manifest would list them (names, or names with their hashes). */
function realPages(handbook: string): Map<string, string> {
  return new Map(readdirSync(handbook).filter((name) => name.endsWith('.md') && name !== 'notes.md' && name !== 'old.md').map((name) => [name, sha256(readFileSync(join(handbook, name)))]));
}

function legacyManifest(handbook: string, extra: unknown[]): string {
  return JSON.stringify({ generator: 'cxgov', pages: [...realPages(handbook).keys(), ...extra] });
}

function hashedManifest(handbook: string, extra: Record<string, string>): string {
  return JSON.stringify({ generator: 'cxgov', pages: { ...Object.fromEntries(realPages(handbook)), ...extra } });
}

interface Case {
  name: string;
  /** Writes the forged manifest (or whatever stands at its path). */
  forge: (setup: Setup) => void;
  /** 0: written, the entry left alone; 2: the manifest is not trusted and nothing is written. */
  status: 0 | 2;
}

const fileEntries = (setup: Setup) => ({
  '../README.md': join(setup.project, 'README.md'),
  '../../x.md': join(setup.base, 'work/x.md'),
  [join(setup.base, 'absolute.md')]: join(setup.base, 'absolute.md'),
  '../governance/kpis.yaml': join(setup.project, 'governance/kpis.yaml'),
  'sub/../../README.md': join(setup.project, 'README.md'),
  './../README.md': join(setup.project, 'README.md'),
  '..\\README.md': join(setup.project, 'README.md'),
});

const CASES: Case[] = [
  ...['../README.md', '../../x.md', 'absolute', '../governance/kpis.yaml', 'sub/../../README.md', './../README.md', '..\\README.md'].flatMap((key): Case[] => [
    {
      name: `a page list naming ${key}`,
      forge: (s) => writeFileSync(join(s.handbook, MANIFEST), legacyManifest(s.handbook, [key === 'absolute' ? join(s.base, 'absolute.md') : key])),
      status: 2,
    },
    {
      name: `a hashed page list naming ${key}, with the file's true hash`,
      forge: (s) => {
        const entries = fileEntries(s);
        const entry = key === 'absolute' ? join(s.base, 'absolute.md') : key;
        writeFileSync(join(s.handbook, MANIFEST), hashedManifest(s.handbook, { [entry]: sha256(readFileSync(entries[entry]!)) }));
      },
      status: 2,
    },
  ]),
  { name: 'a page list naming a file through a symbolic link to a folder outside', forge: (s) => writeFileSync(join(s.handbook, MANIFEST), legacyManifest(s.handbook, ['linked/secret.md'])), status: 0 },
  {
    name: 'a hashed page list naming a file through a symbolic link, with its true hash',
    forge: (s) => writeFileSync(join(s.handbook, MANIFEST), hashedManifest(s.handbook, { 'linked/secret.md': sha256('behind a symbolic link\n') })),
    status: 0,
  },
  { name: 'a page list naming a folder', forge: (s) => writeFileSync(join(s.handbook, MANIFEST), legacyManifest(s.handbook, ['old.md'])), status: 0 },
  { name: 'a hashed page list naming a folder', forge: (s) => writeFileSync(join(s.handbook, MANIFEST), hashedManifest(s.handbook, { 'old.md': sha256('') })), status: 0 },
  { name: "a page list naming a hand-written page (no hash: cxgov cannot prove it wrote it)", forge: (s) => writeFileSync(join(s.handbook, MANIFEST), legacyManifest(s.handbook, ['notes.md'])), status: 0 },
  { name: 'a hashed page list naming a hand-written page with a wrong hash', forge: (s) => writeFileSync(join(s.handbook, MANIFEST), hashedManifest(s.handbook, { 'notes.md': sha256('something else') })), status: 0 },
  { name: 'a page list with entries that are not strings', forge: (s) => writeFileSync(join(s.handbook, MANIFEST), legacyManifest(s.handbook, [1, null, { path: '../README.md' }, ['../README.md']])), status: 2 },
  { name: 'hashes that are not hashes', forge: (s) => writeFileSync(join(s.handbook, MANIFEST), JSON.stringify({ generator: 'cxgov', pages: { 'index.md': 42, 'notes.md': 'sha' } })), status: 2 },
  { name: 'a manifest that is not JSON', forge: (s) => writeFileSync(join(s.handbook, MANIFEST), '{"generator": "cxgov", "pages": ['), status: 2 },
  {
    name: 'a huge manifest (30 MB)',
    forge: (s) => writeFileSync(join(s.handbook, MANIFEST), JSON.stringify({ generator: 'cxgov', pages: [...realPages(s.handbook).keys(), ...Array.from({ length: 1_500_000 }, () => '../README.md')] })),
    status: 2,
  },
  {
    name: 'a FIFO at the manifest path',
    forge: (s) => {
      rmSync(join(s.handbook, MANIFEST));
      assert.equal(spawnSync('mkfifo', [join(s.handbook, MANIFEST)]).status, 0);
    },
    status: 2,
  },
  {
    name: 'a folder at the manifest path',
    forge: (s) => {
      rmSync(join(s.handbook, MANIFEST));
      mkdirSync(join(s.handbook, MANIFEST, 'index.md'), { recursive: true });
    },
    status: 2,
  },
  {
    name: 'a manifest that is a symbolic link to a manifest outside',
    forge: (s) => {
      writeFileSync(join(s.base, 'forged.json'), legacyManifest(s.handbook, ['../README.md']));
      rmSync(join(s.handbook, MANIFEST));
      symlinkSync(join(s.base, 'forged.json'), join(s.handbook, MANIFEST));
    },
    status: 2,
  },
  {
    name: 'a page of the handbook that is a symbolic link to a file outside',
    forge: (s) => {
      rmSync(join(s.handbook, 'kpis.md'));
      symlinkSync(join(s.base, 'outside-target.md'), join(s.handbook, 'kpis.md'));
    },
    status: 2,
  },
];

describe('robustness: a forged handbook manifest', function () {
  this.timeout(60_000);
  let setup: ReturnType<typeof setUp>;
  beforeEach(() => (setup = setUp()));
  afterEach(() => setup.cleanup());

  for (const { name, forge, status } of CASES) {
    it(`${name}: no file of anyone's is removed or changed, exit ${status}`, () => {
      forge(setup);
      const run = runCli(['handbook', '--title', VERSION_A], setup.project);
      for (const [path, content] of setup.guarded) assert.equal(readFileSync(path, 'utf8'), content, `${path} was changed or removed`);
      assertNoCrash(run, name);
      assert.equal(run.status, status, `${run.stdout}${run.stderr}`);
      if (status === 2) {
        assert.match(run.stderr, /^cxgov: nothing written: .*handbook/m);
        // One of each kind is enough for --check: the manifest is read the same way.
        if (name.startsWith('a hashed page list naming ') && !name.includes('../README.md,')) return;
        const check = runCli(['handbook', '--check', '--title', VERSION_A], setup.project);
        assert.notEqual(check.status, 0, check.stdout);
        assert.doesNotMatch(check.stdout, /up to date/);
        assertNoCrash(check, `${name} (--check)`);
      } else {
        assert.match(run.stdout, /^Wrote 8 pages to handbook\.$/m);
      }
    });
  }
});
