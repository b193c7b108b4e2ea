// Ids are kebab-case (`talent-team`): in governance YAML a word runs over hyphens, so that
// double-click, Ctrl+D and word-wise moves take an id whole.
import * as vscode from 'vscode';

/** VS Code's default word pattern without the hyphen among the characters that end a word. */
const ID_WORD = /(-?\d*\.\d\w*)|([^`~!@#$%^&*()=+[{\]}\\|;:'",.<>/?\s]+)/g;

/**
 * Lets Ctrl+D, word-based suggestions and the like take a hyphenated id whole in YAML while the
 * extension runs (it activates in cxgov workspaces only). Double-click and word-wise moves follow
 * `editor.wordSeparators`, which the extension's `configurationDefaults` sets for YAML.
 */
export function registerIdWords(): vscode.Disposable {
  return vscode.languages.setLanguageConfiguration('yaml', { wordPattern: ID_WORD });
}
