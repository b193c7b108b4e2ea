import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../e2e/browser.js';

/** Mermaid's browser bundle, from the root's devDependencies: nothing is fetched. */
export const MERMAID_BUNDLE = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');

/** The width a page shows a diagram in: about GitHub's Markdown column on a laptop. */
export const PAGE_WIDTH = 1000;

/** How Mermaid drew a diagram in a page `PAGE_WIDTH` wide. */
export interface RenderedDiagram {
  /** Mermaid's own error (a parse error, most often), if it could not draw it. */
  error?: string;
  /** The drawing's own size, before the page scales it down to fit. */
  naturalWidth: number;
  naturalHeight: number;
  /** The size the page shows it at (Mermaid's `useMaxWidth` scales a wide drawing down). */
  shownWidth: number;
  shownHeight: number;
}

/** Mermaid itself, in headless Chromium: renders diagram text the way GitHub and MkDocs do. */
export class MermaidRenderer {
  private constructor(
    private readonly browser: Browser,
    private readonly page: Page,
  ) {}

  /** Opens a blank page with Mermaid loaded and initialised (no auto-start, strict security). */
  static async open(): Promise<MermaidRenderer> {
    const browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: PAGE_WIDTH + 40, height: 800 } });
    await page.setContent(`<!doctype html><meta charset="utf-8"><body style="margin:0"><div id="out" style="width:${PAGE_WIDTH}px"></div></body>`);
    await page.addScriptTag({ path: MERMAID_BUNDLE });
    await page.evaluate(() => (globalThis as any).mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' }));
    return new MermaidRenderer(browser, page);
  }

  /** Renders one diagram and measures it; never throws for a diagram Mermaid refuses. */
  render(text: string): Promise<RenderedDiagram> {
    return this.page.evaluate(async (source) => {
      const out = document.getElementById('out')!;
      out.innerHTML = '';
      try {
        const { svg } = await (globalThis as any).mermaid.render(`d${Date.now()}`, source);
        out.innerHTML = svg;
        const element = out.querySelector('svg')!;
        const box = element.viewBox.baseVal;
        const shown = element.getBoundingClientRect();
        return { naturalWidth: box.width, naturalHeight: box.height, shownWidth: shown.width, shownHeight: shown.height };
      } catch (error) {
        return { error: String((error as Error).message ?? error), naturalWidth: 0, naturalHeight: 0, shownWidth: 0, shownHeight: 0 };
      }
    }, text);
  }

  /** The text a reader sees in the drawn diagram (its labels), or Mermaid's error. */
  drawnText(text: string): Promise<string> {
    return this.page.evaluate(async (source) => {
      try {
        const { svg } = await (globalThis as any).mermaid.render(`t${Date.now()}`, source);
        const holder = document.createElement('div');
        holder.innerHTML = svg;
        return holder.querySelector('svg')!.textContent ?? '';
      } catch (error) {
        return `error: ${String((error as Error).message ?? error)}`;
      }
    }, text);
  }

  close(): Promise<void> {
    return this.browser.close();
  }
}
