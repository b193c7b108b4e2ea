import { strict as assert } from 'node:assert';
import { VERSION } from 'cxgov';
import { ProjectsIndexedNotification, type ProjectsIndexedParams } from 'cxgov-language-server/protocol';
import { serverSession } from '../helpers/serverSession.js';
import { MINIMAL_CONFIG } from '../helpers/tempProject.js';

const OWNERS = 'owners:\n  - id: support-lead\n    name: Sam Rivera\n    type: person\n';
const KPI = 'kpis:\n  - id: nps\n    name: Net promoter score\n    owner: support-lead\n';

/** LSP `MessageType`: what a client's log shows as the line's level. */
const LEVEL: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'log', 5: 'debug' };

describe('server: start-up log', () => {
  let lines: string[];
  let indexed: Promise<ProjectsIndexedParams>;
  const session = serverSession((client) => {
    lines = [];
    // Each line with its level, as VS Code's log output channel shows it.
    client.connection.onNotification('window/logMessage', (params: { type: number; message: string }) => lines.push(`[${LEVEL[params.type]}] ${params.message}`));
    indexed = new Promise((resolve) => client.connection.onNotification(ProjectsIndexedNotification, resolve));
  });
  const folder = session.folder;

  it('logs one info line with its version, the projects, the sources and the time taken, and says when indexing is done', async () => {
    const root = folder({
      'support/cxgov.yaml': MINIMAL_CONFIG,
      'support/governance/owners.yaml': OWNERS,
      'support/governance/kpis.yaml': KPI,
      'sales/cxgov.yaml': MINIMAL_CONFIG,
      'sales/governance/owners.yaml': OWNERS,
      'deploy/k8s.yaml': 'apiVersion: v1\nkind: Service\n',
    });
    await session.client().start(root);
    const done = await indexed;
    assert.equal(done.projects, 2);
    assert.equal(done.sources, 3);
    assert.ok(Number.isInteger(done.milliseconds) && done.milliseconds >= 0, `milliseconds: ${done.milliseconds}`);
    assert.deepEqual(lines, [`[info] cxgov-language-server ${VERSION}: 2 projects, 3 sources, checked in ${done.milliseconds} ms`]);
  });

  it('says plainly that a workspace has no project', async () => {
    await session.client().start(folder({ 'kpis.yaml': KPI, 'deploy/k8s.yaml': 'apiVersion: v1\nkind: Service\n' }));
    const done = await indexed;
    assert.deepEqual({ projects: done.projects, sources: done.sources }, { projects: 0, sources: 0 });
    assert.deepEqual(lines, [`[info] cxgov-language-server ${VERSION}: no project (no cxgov.yaml in the workspace), nothing to check`]);
  });

  it('logs nothing at error level when it shuts down and exits normally', async () => {
    await session.client().start(folder({ 'cxgov.yaml': MINIMAL_CONFIG, 'governance/owners.yaml': OWNERS }));
    await indexed;
    assert.equal(await session.client().connection.sendRequest('shutdown'), null);
    await session.client().connection.sendNotification('exit');
    assert.equal(await session.client().exited, 0);
    assert.deepEqual(lines.filter((line) => !line.startsWith('[info]')), []);
  });
});
