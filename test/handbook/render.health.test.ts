import assert from 'node:assert/strict';
import { RULES } from 'cxgov';
import { gapWords } from 'cxgov/internal';
import { page, renderFiles, renderProject, sampleDir } from './renderProject.js';

/** A project with one KPI that has an owner but no target, and one without an owner. */
const GAPS = {
  'cxgov.yaml': 'name: Gaps\n',
  'governance/gaps.yaml': `mission:
  statement: We answer every customer.
  pillars:
    - { id: answer-fast, name: Answer fast }
owners:
  - { id: insights, name: CX Insights Lead, type: role, customers: [the contact centre] }
kpis:
  - id: aht
    name: Average handle time
    owner: insights
    supports: [answer-fast]
    category: efficiency
    direction: decrease
    target: { value: 300, by: "2027-06-30" }
  - id: nps
    name: Net Promoter Score
    supports: [answer-fast]
    category: outcome
`,
};

describe('handbook rendering: the health page', () => {
  it('says what is missing in plain words and who owns it, linked to the entries, with no file paths or YAML instructions', async () => {
    const health = page(await renderFiles(GAPS), 'health.md');
    assert.match(health, /^# Health$/m);
    assert.match(health, /^\| KPIs with an owner \| 1 of 2 \|$/m);
    assert.match(health, /^- The KPI \[Average handle time\]\(kpis\.md#average-handle-time\) has a target but no baseline to judge it against yet — owner: \[CX Insights Lead\]\(owners\.md#cx-insights-lead\)$/m);
    assert.match(health, /^- The KPI \[Average handle time\]\(kpis\.md#average-handle-time\) has no guardrail KPI to protect customers yet — owner: \[CX Insights Lead\]\(owners\.md#cx-insights-lead\)$/m);
    assert.match(health, /^- The KPI \[Net Promoter Score\]\(kpis\.md#net-promoter-score\) has no owner yet$/m);
    assert.doesNotMatch(health, /\.ya?ml|governance\/|:\d+`|Add "|approvedBy|guardrails:/);
  });

  it('moves health off the front page, which lists the health page in "How to read this handbook"', async () => {
    const pages = await renderProject(sampleDir('every-rule'));
    const index = page(pages, 'index.md');
    assert.doesNotMatch(index, /^#+ Health$|^#+ Problems found|governance\/|\.yaml/m);
    assert.match(index, /^- \[Health\]\(health\.md\): /m);
    const health = page(pages, 'health.md');
    assert.match(health, /^## Reviews by due date\n\n- 2025-01-10: \[Every call follows the approved script\]\(standards\.md#every-call-follows-the-approved-script\)\n- 2025-01-10: \[Return rate\]\(kpis\.md#return-rate\)$/m);
    assert.match(health, /^- The pillar \[Happy staff\]\(index\.md#happy-staff\) is not measured by any active KPI yet$/m);
    assert.match(health, /^- The initiative \[[^\]]+\]\(initiatives\.md#replace-phone-support-with-a-chatbot\) is hard to undo, and nobody has approved it yet — owner: /m);
    assert.doesNotMatch(health, /\.ya?ml|governance\/|Add "|approvedBy|overdue|expired/i);
  });

  it('handbook.health: false leaves the page out, with its link and its section in single-page mode', async () => {
    const files = { ...GAPS, 'cxgov.yaml': 'name: Gaps\nhandbook:\n  health: false\n' };
    const pages = await renderFiles(files);
    assert.deepEqual(pages.map((p) => p.path), ['index.md', 'initiatives.md', 'kpis.md', 'owners.md', 'rituals.md', 'standards.md', 'values.md']);
    assert.doesNotMatch(page(pages, 'index.md'), /health/i);
    const single = page(await renderFiles(files, { singlePage: true }), 'index.md');
    assert.doesNotMatch(single, /^#+ Health$|has no owner yet/m);
    const withHealth = page(await renderFiles(GAPS, { singlePage: true }), 'index.md');
    assert.match(withHealth, /^## Health$/m);
    assert.match(withHealth, /^- The KPI \[Net Promoter Score\]\(#net-promoter-score\) has no owner yet$/m);
  });

  it('has plain words for every rule about an entry, so no new rule is only counted', () => {
    // These are about how files and suppressions are written, never about one entry.
    const aboutFiles = ['yaml-syntax', 'unknown-suppression', 'unused-suppression', 'expired-exception'];
    assert.deepEqual(RULES.map((rule) => rule.id).filter((id) => gapWords(id) === undefined), aboutFiles);
  });
});
