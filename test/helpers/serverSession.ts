import { LspClient } from './lspClient.js';
import { tempProject, type ProjectFiles } from './tempProject.js';

/** What a suite of server tests gets from `serverSession`. */
export interface ServerSession {
  /** This test's client (not started: `client().start(folder)`). */
  client(): LspClient;
  /** A temporary folder with these files, removed after the test. */
  folder(files: ProjectFiles): string;
}

/**
 * For a mocha suite: a new server and client for each test, stopped after it, and temporary
 * folders removed after it. `setUp` runs on each new client before its test (to listen early).
 */
export function serverSession(setUp: (client: LspClient) => void = () => undefined): ServerSession {
  let client: LspClient | undefined;
  let cleanups: (() => void)[] = [];
  beforeEach(() => {
    client = new LspClient();
    setUp(client);
  });
  afterEach(async () => {
    await client?.stop();
    cleanups.forEach((cleanup) => cleanup());
    cleanups = [];
  });
  return {
    client: () => client!,
    folder(files) {
      const { root, cleanup } = tempProject(files);
      cleanups.push(cleanup);
      return root;
    },
  };
}
