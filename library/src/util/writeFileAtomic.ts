import writeFileAtomic from 'write-file-atomic';

/**
 * Writes a whole file or nothing: the bytes go to a temporary file beside it, which then takes the
 * file's name in one rename. A run killed or a disk filled half-way leaves the old file as it was.
 */
export function writeFileAtomicSync(path: string, data: string | Buffer): void {
  writeFileAtomic.sync(path, data);
}
