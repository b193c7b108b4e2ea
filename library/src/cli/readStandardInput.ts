import { decodeText } from '../load/readSource.js';
import { UsageError } from './exitCodes.js';

/** All of standard input as text (`--stdin`); a usage error when it is not UTF-8 text. */
export async function readStandardInput(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const text = decodeText(Buffer.concat(chunks));
  if (typeof text !== 'string') throw new UsageError(`standard input: ${text.problem}`);
  return text;
}
