// Takes a picture of a handbook page as GitHub shows it: Markdown → HTML (remark, GitHub-flavoured),
// GitHub's Markdown CSS, Mermaid diagrams drawn, in Debian's headless chromium, offline.
// Usage: node test/dist/e2e/screenshotHandbook.js <page.md> <out.png> [max height in px]
// e.g. node test/dist/e2e/screenshotHandbook.js samples/wow-retail/handbook/kpis.md docs/images/handbook-kpis.png 1600
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { MERMAID_BUNDLE } from '../handbook/mermaidRenderer.js';
import { launchBrowser } from './browser.js';

const GITHUB_CSS = createRequire(import.meta.url).resolve('github-markdown-css/github-markdown-light.css');

/** The page as GitHub renders it: sanitised HTML of the Markdown inside GitHub's Markdown column. */
async function pageHtml(markdown: string): Promise<string> {
  const body = String(await unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify).process(markdown));
  return `<!doctype html><html><head><meta charset="utf-8"><style>${readFileSync(GITHUB_CSS, 'utf8')}
    body { margin: 0; background: #fff; }
    .markdown-body { box-sizing: border-box; max-width: 980px; margin: 0 auto; padding: 45px; }
    pre.mermaid { background: #fff; text-align: center; }
  </style></head><body><article class="markdown-body">${body}</article></body></html>`;
}

/** Renders `markdownFile` and saves a PNG of it (its top `maxHeight` pixels, if given). */
export async function screenshotHandbook(markdownFile: string, pngFile: string, maxHeight?: number): Promise<void> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1012, height: 800 }, deviceScaleFactor: 1 });
    await page.setContent(await pageHtml(readFileSync(markdownFile, 'utf8')));
    await page.addScriptTag({ path: MERMAID_BUNDLE });
    const failures = await page.evaluate(async () => {
      // GitHub draws a ```mermaid block the same way: its text becomes a diagram in place.
      for (const code of document.querySelectorAll('pre > code.language-mermaid')) {
        const holder = document.createElement('pre');
        holder.className = 'mermaid';
        holder.textContent = code.textContent;
        code.parentElement!.replaceWith(holder);
      }
      const mermaid = (globalThis as any).mermaid;
      mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
      const errors: string[] = [];
      await mermaid.run({ querySelector: 'pre.mermaid', suppressErrors: true, postRenderCallback: () => undefined }).catch((error: Error) => errors.push(error.message));
      for (const failed of document.querySelectorAll('pre.mermaid [aria-roledescription="error"]')) errors.push(failed.textContent ?? 'a diagram failed');
      return errors;
    });
    if (failures.length > 0) throw new Error(`Mermaid could not draw ${failures.length} diagram(s): ${failures.join('; ')}`);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.screenshot({ path: pngFile, fullPage: true, clip: { x: 0, y: 0, width: 1012, height: maxHeight ? Math.min(height, maxHeight) : height } });
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [markdownFile, pngFile, maxHeight] = process.argv.slice(2);
  if (!markdownFile || !pngFile) {
    console.error('Usage: node test/dist/e2e/screenshotHandbook.js <page.md> <out.png> [max height in px]');
    process.exit(2);
  }
  await screenshotHandbook(markdownFile, pngFile, maxHeight ? Number(maxHeight) : undefined);
  console.log(`Wrote ${pngFile}.`);
}
