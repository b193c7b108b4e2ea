import { UsageError } from './exitCodes.js';

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
