import bytes from 'bytes';

/**
 * The default largest source, in bytes. 1 MB holds about 3,000 KPIs, twenty times the biggest file
 * of a 20,000-KPI project, and the YAML parser needs about 2 seconds for it on a small machine.
 */
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;
/**
 * The largest limit cxgov accepts: parsing dense YAML takes about 2 seconds and 100 MB of memory
 * per megabyte here, so even this much can take minutes and gigabytes.
 */
export const MAX_FILE_SIZE_LIMIT = 64 * 1024 * 1024;

/** `sources.maxFileSize` as written in cxgov.yaml (a byte count or a size such as `8MB`), in bytes. */
export function parseFileSize(setting: number | string): number | undefined {
  const size = typeof setting === 'number' ? setting : bytes.parse(setting);
  return size !== null && Number.isInteger(size) && size > 0 ? size : undefined;
}

/** Why a source of `size` bytes is not read, or undefined when it is within the limit. */
export function tooBigMessage(size: number, limit: number): string | undefined {
  if (size <= limit) return undefined;
  // Two sizes that round alike ("4MB over the limit of 4MB") are shown to the byte.
  const [shown, allowed] = bytes.format(size) === bytes.format(limit) ? [`${size} bytes`, `${limit} bytes`] : [bytes.format(size), bytes.format(limit)];
  return `The file is ${shown}, over the limit of ${allowed} for a source; split it into several files, or raise sources.maxFileSize in cxgov.yaml.`;
}

/** The size of a text saved as UTF-8, as the limit counts it. */
export function textSize(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * The size of a source's bytes as the limit counts it: without a UTF-8 byte order mark, which
 * editors hide, so that a file weighs the same on disk as in the editor.
 */
export function sourceSize(bytes: Uint8Array): number {
  return UTF8_BOM.every((byte, i) => bytes[i] === byte) ? bytes.length - UTF8_BOM.length : bytes.length;
}

/** Bytes worth reading of a source under this limit: one past it (and its mark) tells it is over. */
export function readingLimit(maxFileSize: number): number {
  return maxFileSize + UTF8_BOM.length + 1;
}
