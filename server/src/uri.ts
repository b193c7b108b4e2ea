import { URI } from 'vscode-uri';

/** Absolute file path of a `file:` URI. */
export function uriToPath(uri: string): string {
  return URI.parse(uri).fsPath;
}

/** `file:` URI of an absolute path, as VS Code writes it. */
export function pathToUri(path: string): string {
  return URI.file(path).toString();
}
