import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { CHROMIUM } from './paths.js';

/** Debian's chromium, headless, offline: nothing phones home, nothing updates. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A page with a fixed size (screenshots) whose console lines are kept (extension host output). */
export async function openPage(browser: Browser): Promise<{ page: Page; console: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const lines: string[] = [];
  page.on('console', (message) => lines.push(consoleText(message)));
  page.on('pageerror', (error) => lines.push(`[page error] ${error.message}`));
  return { page, console: lines };
}

/**
 * The extension host's output reaches the page as `%c INFO color: #33f <format> <args...>`
 * (mocha's spec reporter prints through format strings): keep the words, drop the styling and
 * the placeholders.
 */
function consoleText(message: ConsoleMessage): string {
  const text = message.text();
  const info = /^%c INFO color: #[0-9a-f]+ (.*)$/s.exec(text);
  return info ? `[host] ${info[1]!.replace(/\(?%[sd](?:ms\))?/g, '').replace(/\s+$/, '')}` : `[${message.type()}] ${text}`;
}

/**
 * Runs the extension tests of the payload in the page and resolves with the exit code the
 * workbench reports through `window.codeAutomationExit` when they finish.
 */
export async function runExtensionTests(page: Page, url: string, deadlineMs: number): Promise<number> {
  let exit!: (code: number) => void;
  const exited = new Promise<number>((resolve) => (exit = resolve));
  await page.exposeFunction('codeAutomationExit', (code: number) => exit(code));
  await page.goto(url);
  return withDeadline(exited, deadlineMs, 'the extension tests did not finish');
}

/** Rejects with `what` when `promise` has not settled within `ms`: a deadline, not a sleep. */
export function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
