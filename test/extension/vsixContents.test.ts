// What the marketplace and a user installing the .vsix get: the package vsce builds from the
// extension folder, read back as the zip it is.
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { packageExtension, type PackagedExtension } from '../e2e/package.js';
import { ROOT } from '../e2e/paths.js';

const REPOSITORY = 'https://github.com/cxgov/cxgov';

interface Manifest {
  version: string;
  icon?: string;
  license?: string;
  repository?: { url?: string };
  categories?: string[];
  keywords?: string[];
  galleryBanner?: { color?: string; theme?: string };
  contributes: {
    commands: { title: string }[];
    configuration: { properties: Record<string, unknown> };
    walkthroughs: { description: string; steps: { description: string }[] }[];
  };
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian), after its signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'not a PNG');
  assert.equal(bytes.toString('latin1', 12, 16), 'IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the packaged VS Code extension (.vsix)', function () {
  this.timeout(60_000);
  let folder: string;
  let packaged: PackagedExtension;
  let zip: JSZip;
  let manifest: Manifest;

  const text = async (path: string): Promise<string> => {
    const entry = zip.file(path);
    assert.ok(entry, `${path} is not in the .vsix; it holds: ${Object.keys(zip.files).join(', ')}`);
    return entry.async('string');
  };

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'cxgov-vsix-'));
    packaged = packageExtension(join(folder, 'cxgov-vscode.vsix'));
    zip = await JSZip.loadAsync(readFileSync(packaged.file));
    manifest = JSON.parse(await text('extension/package.json')) as Manifest;
  });

  after(() => rmSync(folder, { recursive: true, force: true }));

  it('is packaged by vsce without a warning', () => {
    assert.doesNotMatch(packaged.output, /WARNING|::warning/i, packaged.output);
  });

  it('carries its icon: a PNG of at least 128×128, named in the manifest', async () => {
    assert.ok(manifest.icon, 'package.json has no icon');
    assert.match(manifest.icon, /\.png$/);
    const entry = zip.file(`extension/${manifest.icon}`);
    assert.ok(entry, `${manifest.icon} is not in the .vsix`);
    const { width, height } = pngSize(await entry.async('nodebuffer'));
    assert.ok(width >= 128 && height >= 128, `the icon is ${width}×${height}`);
    assert.equal(width, height, 'the icon is square');
    assert.match(await text('extension.vsixmanifest'), new RegExp(`<Icon>extension/${manifest.icon}</Icon>`));
  });

  it('has the marketplace fields: repository, license, categories, keywords and a gallery banner', () => {
    assert.equal(manifest.repository?.url, `${REPOSITORY}.git`);
    assert.equal(manifest.license, 'MIT');
    assert.ok(manifest.categories?.includes('Linters') && manifest.categories.includes('Programming Languages'), String(manifest.categories));
    assert.ok((manifest.keywords?.length ?? 0) >= 3, 'keywords');
    assert.match(manifest.galleryBanner?.color ?? '', /^#[0-9a-f]{6}$/i);
    assert.match(manifest.galleryBanner?.theme ?? '', /^(dark|light)$/);
  });

  it("carries a CHANGELOG with this version's entry and the license", async () => {
    assert.match(await text('extension/changelog.md'), new RegExp(`^## ${manifest.version.replaceAll('.', '\\.')}\\b`, 'm'));
    assert.match(await text('extension/LICENSE.txt'), /MIT License/);
  });

  it('has a README that names every command, including Generate and Preview handbook, and every setting', async () => {
    const readme = await text('extension/readme.md');
    for (const title of ['Generate handbook', 'Preview handbook']) assert.ok(readme.includes(title), title);
    for (const { title } of manifest.contributes.commands) assert.ok(readme.includes(title), `command "${title}"`);
    for (const setting of Object.keys(manifest.contributes.configuration.properties)) assert.ok(readme.includes(setting), `setting ${setting}`);
  });

  it('shows README images, and links to files, at HTTPS addresses of files that exist in this repository', async () => {
    const readme = await text('extension/readme.md');
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((match) => match[1]!);
    assert.ok(images.length >= 2, `the README shows ${images.length} images`);
    const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!);
    // vsce turns relative links into addresses in the repository; the marketplace resolves
    // `extension/../docs/x.png` as any browser does.
    const intoFiles = links.filter((link) => /^https:\/\/github\.com\/cxgov\/cxgov\/(?:raw|blob)\/HEAD\//.test(link));
    for (const link of intoFiles) {
      const path = new URL(link).pathname.replace(/^\/cxgov\/cxgov\/(?:raw|blob)\/HEAD\//, '');
      assert.ok(existsSync(join(ROOT, decodeURIComponent(path))), `${link}: ${path} does not exist`);
    }
    assert.ok(images.every((image) => intoFiles.includes(image)), `images: ${images.join(', ')}`);
    for (const image of images) assert.match(image, /^https:\/\/.+\.png$/, image);
  });

  it('has walkthrough step descriptions without raw backticks', () => {
    for (const walkthrough of manifest.contributes.walkthroughs) {
      for (const description of [walkthrough.description, ...walkthrough.steps.map((step) => step.description)]) {
        assert.doesNotMatch(description, /`/, description);
      }
    }
  });
});
