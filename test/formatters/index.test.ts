import assert from 'node:assert/strict';
import { CLEAN_REPORT, REPORT } from './fixture.js';
import { FORMATS, formatNames, isFormatName } from './load.js';

describe('format table', () => {
  it('lists every format, stylish first', () => {
    assert.deepEqual(formatNames, ['stylish', 'json', 'sarif', 'junit', 'github']);
    assert.ok(isFormatName('sarif'));
    assert.ok(!isFormatName('toString'));
  });

  for (const name of ['stylish', 'json', 'sarif', 'junit', 'github'] as const) {
    it(`${name}: shows no absolute path, ends with a newline and does not change the report`, () => {
      const before = JSON.stringify(REPORT);
      const output = FORMATS[name](REPORT, { color: false });
      assert.ok(!output.includes(REPORT.root), 'paths are relative to the root');
      assert.ok(output.endsWith('\n'));
      assert.equal(JSON.stringify(REPORT), before);
      assert.equal(typeof FORMATS[name](CLEAN_REPORT, { color: false }), 'string');
    });
  }
});
