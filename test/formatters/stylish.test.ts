import assert from 'node:assert/strict';
import { expectGolden } from '../helpers/golden.js';
import { CLEAN_REPORT, REPORT } from './fixture.js';
import { FORMATS } from './load.js';

const ESCAPE = '\u001b[';

describe('stylish formatter', () => {
  it('matches the golden output', () => {
    expectGolden('formatters/stylish.txt', FORMATS.stylish(REPORT, { color: false }));
  });

  it('prints no escape codes without color', () => {
    assert.ok(!FORMATS.stylish(REPORT, { color: false }).includes(ESCAPE));
  });

  it('colours with color, and says the same once the codes are stripped', () => {
    const coloured = FORMATS.stylish(REPORT, { color: true });
    assert.ok(coloured.includes(ESCAPE));
    assert.equal(coloured.replace(/\u001b\[\d+m/g, ''), FORMATS.stylish(REPORT, { color: false }));
  });

  it('prints nothing at all for a clean project', () => {
    assert.equal(FORMATS.stylish(CLEAN_REPORT, { color: true }), '');
  });

  it('counts each severity and points to `cxgov explain` in the summary', () => {
    const output = FORMATS.stylish(REPORT, { color: false });
    assert.match(output, /✖ 4 problems \(2 errors, 1 warning, 1 info\)/);
    assert.match(output, /cxgov explain unknown-reference/);
    assert.ok(!output.includes('https://'), 'no docs link on every row');
  });
});
