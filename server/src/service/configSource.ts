import { join } from 'node:path';
import { CONFIG_FILE } from 'cxgov/editor';
import type { SourceFile } from 'cxgov/editor';
import type { ProjectState, WorkspaceHost } from '../host/types.js';
import { uriToPath } from '../uri.js';

/** A project's `cxgov.yaml`, as the features for it start from it. */
export interface OpenConfig {
  state: ProjectState;
  /** Its text as the editor has it now, parsed. */
  file: SourceFile;
}

/** The project and current text of the `cxgov.yaml` behind a URI; undefined for any other file. */
export async function configOf(host: WorkspaceHost, uri: string): Promise<OpenConfig | undefined> {
  const path = uriToPath(uri);
  const state = await host.projectFor(path);
  if (!state || join(state.settings.root, CONFIG_FILE) !== path) return undefined;
  const file = await state.config();
  return file && { state, file };
}
