import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkHandbook, HandbookFolderError, writeHandbook } from 'cxgov';
import { tempProject } from '../helpers/tempProject.js';

const PAGES = [
  { path: 'index.md', markdown: '# Handbook\n' },
  { path: 'kpis.md', markdown: '# KPIs\n' },
];

/** Every file under a folder, relative, with its text: what a user would see on disk. */
function snapshot(folder: string, prefix = ''): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) Object.assign(files, snapshot(path, `${prefix}${entry.name}/`));
    else files[`${prefix}${entry.name}`] = readFileSync(path, 'utf8');
  }
  return files;
}

describe('handbook: writing the folder safely', () => {
  let project: ReturnType<typeof tempProject>;
  let out: string;
  beforeEach(() => {
    project = tempProject({});
    out = join(project.root, 'handbook');
  });
  afterEach(() => project.cleanup());

  it('writes the pages and a manifest into a new folder, and nothing beside it', async () => {
    await writeHandbook(out, PAGES);
    const files = snapshot(out);
    assert.deepEqual(Object.keys(files).sort(), ['.cxgov-handbook.json', 'index.md', 'kpis.md']);
    // Each page with the hash of its content: cxgov replaces or removes only files it can prove it wrote.
    assert.deepEqual(Object.keys(JSON.parse(files['.cxgov-handbook.json']!).pages), ['index.md', 'kpis.md']);
    assert.deepEqual(readdirSync(project.root), ['handbook']);
    assert.equal(statSync(out).mode & 0o777, 0o777 & ~process.umask(), 'a folder anyone who may read the project may read, as mkdir makes it');
  });

  it('refuses a non-empty folder it did not write, a file and a symbolic link, and touches none of them', async () => {
    mkdirSync(out);
    writeFileSync(join(out, 'notes.md'), 'mine\n');
    await assert.rejects(writeHandbook(out, PAGES), (error: Error) => error instanceof HandbookFolderError && /not empty and cxgov did not write it/.test(error.message));
    assert.deepEqual(snapshot(out), { 'notes.md': 'mine\n' });

    const file = join(project.root, 'file.md');
    writeFileSync(file, 'a file\n');
    await assert.rejects(writeHandbook(file, PAGES), /is a file, not a folder/);
    assert.equal(readFileSync(file, 'utf8'), 'a file\n');

    const link = join(project.root, 'link');
    symlinkSync(out, link);
    await assert.rejects(writeHandbook(link, PAGES), /symbolic link/);
    assert.deepEqual(snapshot(out), { 'notes.md': 'mine\n' });
  });

  it('replaces its own pages on the next run, drops the ones no longer generated, and keeps files people added', async () => {
    await writeHandbook(out, [...PAGES, { path: 'rituals.md', markdown: '# Rituals\n' }]);
    writeFileSync(join(out, 'logo.png'), 'picture');
    mkdirSync(join(out, 'extra'));
    writeFileSync(join(out, 'extra/hand-written.md'), 'by hand\n');
    await writeHandbook(out, [{ path: 'index.md', markdown: '# Handbook, v2\n' }]);
    const files = snapshot(out);
    delete files['.cxgov-handbook.json'];
    assert.deepEqual(files, { 'index.md': '# Handbook, v2\n', 'logo.png': 'picture', 'extra/hand-written.md': 'by hand\n' });
    assert.deepEqual(readdirSync(project.root), ['handbook'], 'no temporary folder is left behind');
  });

  it('refuses to overwrite a file of the folder that it did not write', async () => {
    await writeHandbook(out, [PAGES[0]!]);
    writeFileSync(join(out, 'kpis.md'), 'my own KPI notes\n');
    await assert.rejects(writeHandbook(out, PAGES), /kpis\.md was not written by cxgov/);
    assert.equal(readFileSync(join(out, 'kpis.md'), 'utf8'), 'my own KPI notes\n');
  });

  it('leaves the previous handbook as it was when a run fails, and never writes outside the folder', async () => {
    await writeHandbook(out, PAGES);
    const before = snapshot(out);
    await assert.rejects(writeHandbook(out, [{ path: 'index.md', markdown: 'new\n' }, { path: '../escape.md', markdown: 'x' }]), /Refusing to write the page "\.\.\/escape\.md"/);
    assert.deepEqual(snapshot(out), before);
    assert.equal(existsSync(join(project.root, 'escape.md')), false);
    assert.deepEqual(readdirSync(project.root), ['handbook'], 'no temporary folder is left behind');
  });

  it('checks a committed handbook without writing: changed, missing and no longer generated pages', async () => {
    assert.deepEqual(checkHandbook(out, PAGES), [
      { path: 'index.md', change: 'missing' },
      { path: 'kpis.md', change: 'missing' },
    ]);
    await writeHandbook(out, [...PAGES, { path: 'rituals.md', markdown: '# Rituals\n' }]);
    const before = snapshot(out);
    assert.deepEqual(checkHandbook(out, [...PAGES, { path: 'rituals.md', markdown: '# Rituals\n' }]), []);
    assert.deepEqual(checkHandbook(out, [{ path: 'index.md', markdown: '# Handbook\n' }, { path: 'kpis.md', markdown: '# KPIs, changed\n' }]), [
      { path: 'kpis.md', change: 'changed' },
      { path: 'rituals.md', change: 'no longer generated' },
    ]);
    assert.deepEqual(snapshot(out), before);
  });
});
