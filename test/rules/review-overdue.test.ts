import assert from 'node:assert/strict';
import { lines, MALFORMED, ruleMessages, ruleTable } from './ruleCases.js';

const reviews = lines(
  'standards:',
  '  - id: no-call-scripts',
  '    review:',
  '      every: yearly',
  '      last: 2025-03-31',
  '  - id: free-returns',
  '    review:',
  '      every: yearly',
  '      last: 2026-01-10',
  'kpis:',
  '  - id: nps',
  '    review:',
  '      every: P6M',
  '      last: 2026-05-22',
  '  - id: aht',
  '    review:',
  '      every: P6M',
  '      last: 2026-05-23',
  '  - id: fcr',
  '    review: {every: quarterly, last: 2026-08-01}',
);

describe('review-overdue', () => {
  ruleTable('review-overdue', [
    {
      name: 'fires on "last" when last + every is before today (not on the due date itself)',
      files: { 'governance/a.yaml': reviews },
      expected: ['governance/a.yaml:5:13', 'governance/a.yaml:14:13', 'governance/a.yaml:20:38'],
    },
    {
      name: 'judges by the given today',
      files: { 'governance/a.yaml': reviews },
      today: '2026-03-31',
      expected: [],
    },
    {
      name: 'fires on any entity with a review, such as a ritual',
      files: { 'governance/r.yaml': lines('rituals:', '  - id: stand-up', '    review:', '      every: weekly', '      last: 2026-11-15') },
      expected: ['governance/r.yaml:5:13'],
    },
    {
      name: 'skips invalid dates, unknown cadences and reviews of the wrong shape (the schema rule reports them)',
      files: {
        'governance/a.yaml': lines(
          'kpis:',
          '  - id: a',
          '    review: {every: fortnightly, last: 2020-01-01}',
          '  - id: b',
          '    review: {every: yearly, last: 2020-02-30}',
          '  - id: c',
          '    review: {every: PT4H, last: 2020-01-01}',
          '  - id: d',
          '    review: {every: yearly}',
          '  - id: e',
          '    review: {last: 2020-01-01}',
          '  - id: f',
          '    review: {every: Yearly, last: 2020-01-01}',
          '  - id: g',
          '    review: {every: P, last: 2020-01-01}',
          '  - id: h',
          '    review: {every: P1.5M, last: 2020-01-01}',
          '  - id: i',
          '    review: {every: yearly, last: 20-01-01}',
          '  - id: j',
          '    review: yearly',
        ),
      },
      expected: [],
    },
    {
      // Due dates are remembered by date and cadence: no other pair may share a remembered due date.
      name: 'tells a review from another whose date and cadence join to the same text',
      files: {
        'governance/a.yaml': lines(
          'kpis:',
          '  - id: a',
          '    review: {every: yearly, last: "2020-01-01\\0yearly"}',
          '  - id: b',
          '    review: {every: "\\0yearly", last: 2020-01-01}',
          '  - id: c',
          '    review: {every: 1yearly, last: 2020-01-0}',
          '  - id: d',
          '    review: {every: yearly, last: 2020-01-01}',
        ),
      },
      expected: ['governance/a.yaml:9:35'],
    },
    { name: 'never throws on malformed data', files: MALFORMED, expected: [] },
  ]);

  it('says when the review was due and what to do', async () => {
    const messages = await ruleMessages('review-overdue', { 'governance/a.yaml': reviews });
    assert.equal(messages[0], 'The review of standard "no-call-scripts" was due on 2026-03-31 (last reviewed 2025-03-31, every yearly). Review it and update "last".');
    assert.equal(messages[1], 'The review of KPI "nps" was due on 2026-11-22 (last reviewed 2026-05-22, every P6M). Review it and update "last".');
  });

  describe('computes due dates on calendar days, clamping to the end of shorter months', () => {
    const table: { last: string; every: string; due: string | undefined }[] = [
      { last: '2026-01-31', every: 'monthly', due: '2026-02-28' },
      { last: '2024-01-31', every: 'P1M', due: '2024-02-29' },
      { last: '2024-02-29', every: 'yearly', due: '2025-02-28' },
      { last: '2024-02-29', every: 'P4Y', due: '2028-02-29' },
      { last: '2026-03-31', every: 'quarterly', due: '2026-06-30' },
      { last: '2026-11-30', every: 'quarterly', due: '2027-02-28' },
      { last: '2026-12-31', every: 'daily', due: '2027-01-01' },
      { last: '2026-12-28', every: 'weekly', due: '2027-01-04' },
      { last: '2026-03-28', every: 'weekly', due: '2026-04-04' },
      { last: '2026-10-24', every: 'P2W', due: '2026-11-07' },
      { last: '2026-01-01', every: 'P10D', due: '2026-01-11' },
      { last: '2025-01-31', every: 'P1Y6M2W3D', due: '2026-08-17' },
      { last: '2026-01-31', every: 'P1M1D', due: '2026-03-01' },
      { last: '2026-05-15', every: 'P0D', due: '2026-05-15' },
      { last: '2020-06-30', every: 'P18M', due: '2021-12-30' },
      { last: '0099-06-15', every: 'yearly', due: '0100-06-15' },
      { last: '9999-06-15', every: 'yearly', due: undefined },
      { last: '2020-01-01', every: 'P99999999999999999999Y', due: undefined },
      { last: '2026-02-29', every: 'yearly', due: undefined },
    ];
    for (const { last, every, due } of table) {
      it(`${last} + ${every} → ${due ?? 'not computed'}`, async () => {
        const files = { 'governance/a.yaml': lines('kpis:', '  - id: k', '    review:', `      every: ${every}`, `      last: ${last}`) };
        const messages = await ruleMessages('review-overdue', files, '9999-12-31');
        assert.deepEqual(messages.map((message) => /was due on (\S+) /.exec(message)?.[1]), due ? [due] : []);
      });
    }
  });
});
