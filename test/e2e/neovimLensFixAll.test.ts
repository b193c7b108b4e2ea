// The Neovim recipe's code lens handler and :CxgovFixAll in a real Neovim (headless, Debian's 0.7.2).
import * as assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, SAMPLES_DIR } from './paths.js';
import { NVIM, runNeovimProbe } from './neovimRun.js';

const PROBE = join(ROOT, 'test/e2e/neovimLensFixAllProbe.lua');

interface Seen {
  arrived: boolean;
  lens?: string;
  listed?: string[];
  typo?: boolean;
  fixed?: string;
  error?: string;
}

describe('code lenses and fix all in a real Neovim (headless)', function () {
  this.timeout(30_000);
  let project: string;

  before(function () {
    if (!existsSync(NVIM)) {
      if (process.env.CI) throw new Error(`The end-to-end tests must run in CI: missing ${NVIM}; run: bash scripts/install-e2e.sh`);
      this.skip();
    }
    project = join(realpathSync(mkdtempSync(join(tmpdir(), 'cxgov-nvim-lens-'))), 'every-rule');
    cpSync(join(SAMPLES_DIR, 'every-rule'), project, { recursive: true });
  });

  after(() => {
    if (project) rmSync(join(project, '..'), { recursive: true, force: true });
  });

  it('lists the entries a lens counts in the quickfix window, and fixes a typo with :CxgovFixAll', () => {
    // Line 6 of governance/kpis.yaml is `    owner: john-smith`.
    const seen = runNeovimProbe<Seen>(project, PROBE, 'governance/kpis.yaml', { CXGOV_PROBE_LINE: '6', CXGOV_PROBE_TYPO: '    owner: jon-smith' });
    const context = JSON.stringify(seen, null, 1);
    assert.equal(seen.error, undefined, context);
    assert.equal(seen.lens, 'measures 2 standards · tracked by 1 initiative', context);
    assert.deepEqual(seen.listed, ['governance/initiatives.yaml:11', 'governance/standards.yaml:11', 'governance/standards.yaml:31'], context);
    assert.equal(seen.typo, true, `the typo got no diagnostic; ${context}`);
    assert.equal(seen.fixed, '    owner: john-smith', context);
  });
});
