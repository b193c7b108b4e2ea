import assert from 'node:assert/strict';
import { CATALOGUE_PROJECT, sectionOf } from './catalogueProject.js';
import { page, renderFiles } from './renderProject.js';

/** A fact line's links, by their text: `[A](…), [B](…) (draft)` reads "A, B (draft)". */
function factOf(section: string, label: string): string | undefined {
  const line = section.split('\n').find((candidate) => candidate.startsWith(`- **${label}:** `));
  return line?.slice(`- **${label}:** `.length).replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

describe('the owner pages', () => {
  let owners: string;
  before(async () => {
    owners = page(await renderFiles(CATALOGUE_PROJECT), 'owners.md');
  });

  it('tell a person what they own, whom they serve and which teams they belong to', () => {
    const ada = sectionOf(owners, 'ada', 'Ada Park');
    assert.equal(factOf(ada, 'Teams'), 'Care Team');
    assert.equal(factOf(ada, 'Owns KPIs'), 'Customer effort score (draft), First-contact resolution, Time to answer');
    assert.equal(factOf(ada, 'Retired KPIs they owned'), 'Old satisfaction survey');
    assert.equal(factOf(ada, 'Owns standards'), 'We answer within a minute');
    assert.equal(factOf(ada, 'Owns initiatives'), 'Call-back instead of queues');
    assert.equal(factOf(ada, 'Owns rituals'), 'Morning huddle');
    assert.match(ada, /^- \*\*Serves:\*\*\n {2}- Shoppers who call us$/m);
  });

  it('list a team\'s members, and say so when a team has none or an owner names no customers', () => {
    assert.equal(factOf(sectionOf(owners, 'care-team', 'Care Team'), 'Members'), 'Ada Park, Bo Lind');
    const night = sectionOf(owners, 'night-team', 'Night Team');
    assert.equal(factOf(night, 'Members'), 'none named yet');
    assert.equal(factOf(night, 'Serves'), 'nobody named yet');
    const bo = sectionOf(owners, 'bo', 'Bo Lind');
    assert.equal(factOf(bo, 'Teams'), 'Care Team');
    assert.equal(factOf(bo, 'Owns'), 'nothing yet');
  });
});
