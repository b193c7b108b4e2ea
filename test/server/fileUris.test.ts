import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { URI } from 'vscode-uri';
import { MINIMAL_CONFIG } from '../helpers/tempProject.js';
import { serverSession } from '../helpers/serverSession.js';

/** A KPI with no owner: a warning in the file, so the file gets diagnostics. */
const unownedKpi = (id: string) => `kpis:\n  - id: ${id}\n    name: ${id}\n    category: outcome\n    status: active\n`;

// VS Code matches diagnostics to files by URI string: a URI written differently from its own
// (`URI.file`) lands on no open file. Plain names take a fast path, the others URI.file itself.
const NAMES = ['plain_name~1.yaml', 'with space.yaml', 'hash#and%.yaml', 'ümlaut.yaml', 'paren(1)+at@.yaml', 'colon:semi;.yaml', 'sub.dir/x-y.yaml'];

describe('server: the URIs of diagnostics', () => {
  const session = serverSession();

  it('name every file as VS Code does, whatever characters its name holds', async () => {
    const files = Object.fromEntries(NAMES.map((name, i) => [`governance/${name}`, unownedKpi(`kpi-${i}`)]));
    const root = session.folder({ 'cxgov.yaml': MINIMAL_CONFIG, ...files });
    const client = session.client();
    const expected = NAMES.map((name) => URI.file(join(root, 'governance', name)).toString());
    await client.start(root);
    await client.until(() => expected.every((uri) => client.diagnostics.get(uri)?.some((diagnostic) => diagnostic.code === 'kpi-no-owner')));
    const published = [...client.diagnostics.keys()].filter((uri) => uri.includes('/governance/')).sort();
    assert.deepEqual(published, [...expected].sort());
  });
});
