import assert from 'node:assert/strict';
import { CATALOGUE_PROJECT, firstTable, headingsOf, sectionOf } from './catalogueProject.js';
import { page, renderFiles } from './renderProject.js';

describe('the KPI catalogue', () => {
  let kpis: string;
  let standards: string;
  before(async () => {
    const pages = await renderFiles(CATALOGUE_PROJECT);
    kpis = page(pages, 'kpis.md');
    standards = page(pages, 'standards.md');
  });

  it('has the columns a CX lead scans, one row per KPI in use', () => {
    const [header, ...rows] = firstTable(kpis);
    assert.deepEqual(header, ['KPI', 'Category', 'Owner', 'Unit', 'Direction', 'Baseline → target', 'Tied to pay', 'Guardrails', 'Status']);
    const handleTime = rows.find((row) => row[0] === 'Average handle time');
    assert.deepEqual(handleTime, [
      'Average handle time',
      'efficiency',
      'Care Team',
      'minutes per contact',
      'lower is better',
      '7 → 6 by 2027-06-30',
      'no',
      'First-contact resolution, Customer effort score (draft)',
      'active',
    ]);
    assert.equal(rows.find((row) => row[0] === 'First-contact resolution')?.[6], 'yes');
    assert.equal(rows.find((row) => row[0] === 'Time to answer')?.[6], 'not stated');
  });

  it('lists outcomes first, then drivers, then efficiency, whatever order they are written in', () => {
    const [, ...rows] = firstTable(kpis);
    assert.deepEqual(
      rows.map((row) => row[1]),
      ['outcome', 'outcome', 'driver', 'efficiency'],
    );
    const headings = headingsOf(kpis);
    assert.ok(headings.indexOf('Outcome KPIs') < headings.indexOf('Driver KPIs'));
    assert.ok(headings.indexOf('Driver KPIs') < headings.indexOf('Efficiency KPIs'));
  });

  it('marks a draft in the table and in its own section', () => {
    const [, ...rows] = firstTable(kpis);
    assert.equal(rows.find((row) => row[0] === 'Customer effort score')?.[8], 'draft');
    assert.match(sectionOf(kpis, 'effort', 'Customer effort score'), /^- \*\*Status:\*\* draft: still being worked out/m);
  });

  it('keeps retired KPIs out of the main table and groups, in their own section at the end', () => {
    const [, ...rows] = firstTable(kpis);
    assert.ok(!rows.some((row) => row[0] === 'Old satisfaction survey'));
    const headings = headingsOf(kpis);
    const retired = headings.indexOf('Retired KPIs');
    assert.ok(retired > headings.indexOf('Efficiency KPIs'), 'after every group');
    const oldCsat = headings.findIndex((heading) => heading === 'old-csat' || heading === 'Old satisfaction survey');
    assert.equal(oldCsat, headings.length - 1, 'the retired KPI is the last section');
    assert.ok(oldCsat > retired);
    assert.match(sectionOf(kpis, 'old-csat', 'Old satisfaction survey'), /^- \*\*Status:\*\* retired: no longer watched/m);
  });

  it('does not say a retired KPI measures the standards that still name it', () => {
    const oldCsat = sectionOf(kpis, 'old-csat', 'Old satisfaction survey');
    assert.doesNotMatch(oldCsat, /Measures standards/);
    assert.match(oldCsat, /^- \*\*Standards that still name it:\*\* \[We answer within a minute\]\([^)]*\)$/m);
  });

  it('shows a standard measured by its draft KPIs as drafts, and its retired KPIs apart', () => {
    const standard = sectionOf(standards, 'answer-fast', 'We answer within a minute');
    assert.match(standard, /^- \*\*Measured by:\*\* \[Time to answer\]\([^)]*\), \[Customer effort score\]\([^)]*\) \(draft\)$/m);
    assert.match(standard, /^- \*\*No longer measured by \(retired\):\*\* \[Old satisfaction survey\]\([^)]*\)$/m);
  });
});
