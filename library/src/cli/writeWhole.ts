import { writeFileAtomicSync } from '../util/writeFileAtomic.js';
import { environmentMessage, isEnvironmentError } from './environmentError.js';
import { UsageError } from './exitCodes.js';

/** Writes a file whole or not at all (a report, a fixed source); a refusal of the system is a usage error naming the file. */
export function writeWhole(file: string, text: string): void {
  try {
    writeFileAtomicSync(file, text);
  } catch (error) {
    // The failing call names the temporary file; the user knows the file's name.
    throw isEnvironmentError(error) ? new UsageError(environmentMessage(error, 'write', file)) : error;
  }
}
