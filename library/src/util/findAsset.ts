import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The nearest folder, upward from this module, that holds `relativePath`. Assets (the JSON Schemas,
 * the `init` template) are found the same way whether the library runs from the repository, from
 * an installed package, or bundled into the VS Code extension.
 */
export function findAsset(relativePath: string, from: string = fileURLToPath(import.meta.url)): string {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    const candidate = join(dir, relativePath);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`cxgov is incomplete: ${relativePath} was not found next to it.`);
  }
}
