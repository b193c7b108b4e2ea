import { cpSync, existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MessageType, type Connection } from 'vscode-languageserver';
import { findAsset } from 'cxgov/editor';
import type { Workspace } from '../host/workspaceHost.js';
import type { NewProjectParams, NewProjectResult } from '../protocol.js';
import { notAFile, requestedPath, tell } from './arguments.js';
import { newConfigFile } from './newConfigFile.js';

/**
 * Scaffolds a project like `cxgov init`, into the folder given (the first workspace folder when
 * none is given). Never overwrites a file: if any file of the template exists already, nothing
 * is written. With `configOnly`, writes just `cxgov.yaml` for the governance files already there.
 */
export async function newProject(connection: Connection, workspace: Workspace, params: NewProjectParams | null): Promise<NewProjectResult | null> {
  const given = params?.folder;
  const folder = given == null ? workspace.folders()[0] : requestedPath(given);
  if (given != null && !folder) return notAFile(connection, given);
  if (!folder) {
    tell(connection, MessageType.Error, 'cxgov: open a folder (or give one) to create a governance project in.');
    return null;
  }
  if (params?.configOnly === true) return newConfigFile(connection, workspace, folder, params.include);
  const template = dirname(findAsset('templates/init/cxgov.yaml'));
  const files = listFiles(template);
  const existing = files.filter((file) => existsSync(join(folder, file)));
  if (existing.length > 0) {
    tell(connection, MessageType.Error, `cxgov: nothing was written, because these files already exist in ${folder}: ${existing.join(', ')}.`);
    return { folder, created: [], existing };
  }
  cpSync(template, folder, { recursive: true, errorOnExist: true, force: false });
  await workspace.refresh();
  tell(connection, MessageType.Info, `cxgov: created a governance project in ${folder}. Edit the files under governance/ to make it yours.`);
  return { folder, created: files, existing: [] };
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]))
    .sort();
}
