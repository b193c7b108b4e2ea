import { tempProject, type ProjectFiles } from './tempProject.js';

/** Runs `body` in a fresh temporary project of these files, removed afterwards whatever happens. */
export function withTempProject<T>(files: ProjectFiles, body: (root: string) => T): T {
  const { root, cleanup } = tempProject(files);
  try {
    return body(root);
  } finally {
    cleanup();
  }
}
