#!/usr/bin/env node
// Renders the extension's icon, extension/images/icon.svg, to the PNG the marketplace needs
// (vsce refuses SVG icons): 256×256 with a transparent background, through Debian's chromium
// driven by playwright-core, as the end-to-end tests do. Run it after editing the SVG and commit
// both files: `node scripts/renderIcon.mjs`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const SIZE = 256;
const source = fileURLToPath(new URL('../extension/images/icon.svg', import.meta.url));
const target = fileURLToPath(new URL('../extension/images/icon.png', import.meta.url));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
  const svg = readFileSync(source, 'utf8');
  await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${SIZE}px;height:${SIZE}px}</style>${svg}`);
  await page.screenshot({ path: target, omitBackground: true, clip: { x: 0, y: 0, width: SIZE, height: SIZE } });
  console.log(`wrote ${target}`);
} finally {
  await browser.close();
}
