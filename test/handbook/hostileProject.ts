/** Text that tries to be HTML, a script, a link, a table cell, a heading, a Mermaid directive or a path. */
export const HOSTILE = `
mission:
  statement: "Promise <script>alert(1)</script> | pipes\\nand newlines"
  owner: evil
  pillars:
    - id: ../../x
      name: "<img src=x onerror=alert(1)>"
      description: "a | b\\n\\n# not a heading\\n<div>html</div>"
    - id: __proto__
      name: "[x](javascript:alert(1))"
owners:
  - id: evil
    name: "<script>alert(1)</script>"
    type: person
    email: "javascript:alert(1)//@x.com"
    customers: ["</li><script>alert(1)</script>", "| col | col |"]
kpis:
  - id: constructor
    name: "[x](javascript:alert(1))"
    description: "line one | cell\\nline two, see www.example.com or ask me@example.com\\n\\n<div>html</div>\\n\\nimport x from 'y'\\n\\nexport const answer = {42}"
    formula: "Answered in <20 seconds, {count} of calls; <!-- note --> and } alone; write to <a@b.example>"
    owner: evil
    supports: ["../../x", __proto__]
    category: efficiency
    unit: "a|b"
    direction: "<b>up</b>"
    baseline: { nested: object }
    target: { value: "1 | 2", by: "2027-01-01\\n| x | y |" }
    guardrails: [toString]
    status: "\`\`\`mermaid"
  - id: 'a"b'
    name: 'Quote " hash # %%{init: {"theme":"dark"}}%% \`tick\` <gt> & end'
    supports: ["../../x"]
standards:
  - id: "%%{init}%%"
    title: end
    owner: "[y](javascript:alert(2))"
    supports: [__proto__, ../../x]
    appliesTo: ["<script>", "a | b\\nc"]
`;
