import { UsageError } from './exitCodes.js';
import type { Severity } from '../model/problem.js';

/** `--today YYYY-MM-DD`: a real calendar date, or a usage error that says what is expected. */
export function parseDate(value: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`--today takes a date as YYYY-MM-DD, not "${value}".`);
  }
  return value;
}

/** `--max-warnings N`: a whole number, or -1 for no limit (as ESLint); anything else is a usage error. */
export function parseMaxWarnings(value: string): number {
  if (!/^(0|[1-9]\d*|-1)$/.test(value)) throw new UsageError(`--max-warnings takes a whole number (or -1 for no limit), not "${value}".`);
  return Number(value);
}

/** `--fail-on introduced[:error|warning|info]`: the least severity of a new problem that fails a diff (error when not said). */
export function parseFailOn(value: string): Severity {
  const match = /^introduced(?::(error|warning|info))?$/.exec(value);
  if (!match) throw new UsageError(`--fail-on takes "introduced", "introduced:error", "introduced:warning" or "introduced:info", not "${value}".`);
  return (match[1] ?? 'error') as Severity;
}

/** `--handbook-url URL`: an http(s) address where the handbook is published. */
export function parseHandbookUrl(value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) throw new UsageError(`--handbook-url takes the http(s) address of the published handbook folder, not "${value}".`);
  return value;
}
