// Module hooks (registered by recordModules.ts): appends the URL of every ES module a process
// loads to the file named by CXGOV_RECORD_MODULES, one per line.
import { appendFileSync } from 'node:fs';

type Next = (url: string, context: unknown) => Promise<unknown>;

export async function load(url: string, context: unknown, next: Next): Promise<unknown> {
  appendFileSync(process.env.CXGOV_RECORD_MODULES!, `${url}\n`);
  return next(url, context);
}
