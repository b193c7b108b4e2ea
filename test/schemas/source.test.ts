import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { RULES } from 'cxgov';
import { REFERENCE_FIELDS } from 'cxgov/internal';
import { deref, errorsOf, isSchema, kpi, sourceSchema, validateSource, type Schema } from './schemaKit.js';

/** A realistic, complete governance source: the mission with pillars and one entry of every other section. */
const VALID_SOURCE = `
mission:
  statement: >-
    Deliver WOW through service: every customer who shops with us, calls us
    or sends something back should leave happier than they came.
  owner: maya-okafor
  pillars:
    - id: wow-service
      name: WOW service
      description: Real people who listen and go beyond what the customer expected.
    - id: effortless-shopping
      name: Effortless shopping
  x-slogan-history: Adopted in 2024

values:
  - id: deliver-wow
    name: Deliver WOW through service
    description: We go beyond what customers expect, and we let our people decide how.
    behaviours:
      - Do the unexpected for the customer
      - Stay on the call until the customer is happy

owners:
  - id: maya-okafor
    name: Maya Okafor
    type: person
    email: maya.okafor@bramble.example
    description: Chief Executive Officer and sponsor of the customer promise.
    customers: [Every Bramble customer, Every Bramble employee]
  - id: loyalty-team
    name: Customer Loyalty Team
    type: team
    members: [maya-okafor]
    customers: [Shoppers who call, chat or email us]

standards:
  - id: no-call-scripts
    title: No call scripts
    description: We never give our people a script.
    owner: loyalty-team
    supports: [wow-service]
    values: [deliver-wow]
    measuredBy: [net-promoter-score, first-contact-resolution]
    appliesTo: [Phone, Live chat, Email]
    review: { every: yearly, last: 2026-09-15 }
    status: active

kpis:
  - id: net-promoter-score
    name: Net Promoter Score
    description: How likely customers are to recommend us to a friend.
    owner: loyalty-team
    supports: [wow-service, effortless-shopping]
    category: outcome
    unit: points
    direction: increase
    baseline: 62
    target: { value: 70, by: 2027-12-31 }
    formula: Percentage of promoters minus percentage of detractors.
    source: Post-contact survey
    cadence: daily
    incentive: true
    status: validated
    review: { every: P6M, last: 2026-09-01 }
  - id: average-handle-time
    name: Average handle time
    owner: loyalty-team
    supports: [wow-service]
    category: efficiency
    unit: minutes
    direction: decrease
    baseline: 7.5
    guardrails: [net-promoter-score]
    incentive: false
    status: active
    x-dashboard: https://dashboards.example.com/aht

initiatives:
  - id: handwritten-thank-you-notes
    name: Handwritten thank-you notes
    description: A four-week experiment with notes in a tenth of first orders.
    owner: loyalty-team
    supports: [wow-service]
    door: two-way
    kpis: [net-promoter-score]
    approvedBy: maya-okafor
    status: in-progress

rituals:
  - id: customer-call-at-all-hands
    name: A customer call at every all-hands
    description: Every all-hands opens with a recording of a real customer call.
    cadence: monthly
    owner: maya-okafor
    audience: The whole company
    supports: [wow-service]
`;

describe('source.schema.json', () => {
  it('accepts a realistic source: a mission with pillars and one entry of every section', () => {
    const data: unknown = parse(VALID_SOURCE);
    assert.deepEqual(errorsOf(validateSource, data), []);
  });

  it('accepts an empty file and any subset of the sections', () => {
    assert.deepEqual(errorsOf(validateSource, {}), []);
    assert.deepEqual(errorsOf(validateSource, { owners: [], kpis: [] }), []);
    assert.deepEqual(errorsOf(validateSource, { mission: { statement: 'Deliver WOW through service.' } }), []);
  });

  it('does not require a KPI owner or pillar (kpi-no-owner and kpi-no-mission-link warn instead)', () => {
    assert.deepEqual(errorsOf(validateSource, kpi({})), []);
  });

  it('reports a section of the wrong type with "type"', () => {
    assert.deepEqual(errorsOf(validateSource, parse('kpis: "x"\n')), ['type at /kpis']);
  });

  it('reports an unknown field with "additionalProperties", and allows fields starting with x-', () => {
    validateSource(kpi({ ownr: 'loyalty-team', 'x-notes': 'ours' }));
    assert.deepEqual(
      validateSource.errors?.map((error) => [error.keyword, error.instancePath, error.params.additionalProperty]),
      [['additionalProperties', '/kpis/0', 'ownr']],
    );
    assert.deepEqual(errorsOf(validateSource, { kpi: [] }), ['additionalProperties at /']);
  });

  it('reports a door that is neither one-way nor two-way with "enum"', () => {
    const data = { initiatives: [{ id: 'new-returns-policy', name: 'New returns policy', door: 'sideways' }] };
    assert.deepEqual(errorsOf(validateSource, data), ['enum at /initiatives/0/door']);
  });

  it('reports a missing required field with "required"', () => {
    assert.deepEqual(errorsOf(validateSource, { initiatives: [{ id: 'new-returns-policy', name: 'New returns policy' }] }), ['required at /initiatives/0']);
    assert.deepEqual(errorsOf(validateSource, { mission: { owner: 'maya-okafor' } }), ['required at /mission']);
  });

  const cadences: Array<[string, boolean]> = [
    ['daily', true], ['weekly', true], ['monthly', true], ['quarterly', true], ['yearly', true],
    ['P3M', true], ['P1Y', true], ['P2W', true], ['P10D', true], ['P1Y6M', true], ['P1Y2M3W4D', true],
    ['fortnightly', false], ['Weekly', false], ['P', false], ['PT4H', false], ['P3m', false], ['P1M1Y', false], ['3M', false], ['', false],
  ];
  for (const [cadence, ok] of cadences) {
    it(`${ok ? 'accepts' : 'rejects with "pattern"'} the cadence ${JSON.stringify(cadence)}`, () => {
      const data = { rituals: [{ id: 'customer-call', name: 'Customer call', cadence }] };
      assert.deepEqual(errorsOf(validateSource, data), ok ? [] : ['pattern at /rituals/0/cadence']);
    });
  }

  it('reports a date that does not exist with "format"', () => {
    const data = parse('standards:\n  - id: no-call-scripts\n    title: No call scripts\n    review: { every: yearly, last: 2026-13-45 }\n');
    assert.deepEqual(errorsOf(validateSource, data), ['format at /standards/0/review/last']);
    assert.deepEqual(errorsOf(validateSource, kpi({ target: { value: 70, by: '2027-02-30' } })), ['format at /kpis/0/target/by']);
  });

  it('reports an email address that is not one with "format"', () => {
    const data = { owners: [{ id: 'maya-okafor', name: 'Maya Okafor', type: 'person', email: 'maya at bramble' }] };
    assert.deepEqual(errorsOf(validateSource, data), ['format at /owners/0/email']);
  });

  const ids: Array<[string, boolean]> = [
    ['first-contact-resolution', true], ['nps', true], ['q3-2026', true], ['a'.repeat(100), true],
    ['First-Contact', false], ['first contact', false], ['first_contact', false], ['-nps', false], ['nps-', false], ['nps--score', false], ['a'.repeat(101), false],
  ];
  for (const [id, ok] of ids) {
    it(`${ok ? 'accepts' : 'rejects'} the id ${JSON.stringify(id.length > 30 ? `${id.slice(0, 5)}… (${id.length} characters)` : id)}`, () => {
      const keyword = id.length > 100 ? 'maxLength' : 'pattern';
      assert.deepEqual(errorsOf(validateSource, { values: [{ id, name: 'Deliver WOW' }] }), ok ? [] : [`${keyword} at /values/0/id`]);
    });
  }

  it('accepts any text as a reference: unknown-reference reports ids that name nothing, with a did-you-mean', () => {
    assert.deepEqual(errorsOf(validateSource, kpi({ owner: 'Loyalty Team', supports: ['WOW service'] })), []);
  });

  it('declares exactly the reference fields the engine resolves, as one id or a list of ids', () => {
    const defOf: Record<string, string> = {
      mission: 'mission', pillars: 'pillar', values: 'value', owners: 'owner', standards: 'standard', kpis: 'kpi', initiatives: 'initiative', rituals: 'ritual',
    };
    const defs = sourceSchema.$defs as Record<string, Schema>;
    for (const [section, fields] of Object.entries(REFERENCE_FIELDS)) {
      const properties = defs[defOf[section]!]!.properties as Record<string, Schema>;
      const inSchema = Object.entries(properties)
        .filter(([, property]) => property.$ref === '#/$defs/idRef' || (isSchema(property.items) && property.items.$ref === '#/$defs/idRef'))
        .map(([field, property]) => `${field}${property.type === 'array' ? '[]' : ''}`)
        .sort();
      assert.deepEqual(inSchema, fields.map(({ field, many }) => `${field}${many ? '[]' : ''}`).sort(), section);
    }
  });

  it('requires only what an entry cannot do without, and gives every entity a kebab-case id', () => {
    const defs = sourceSchema.$defs as Record<string, Schema>;
    const required = Object.fromEntries(
      ['pillar', 'mission', 'value', 'owner', 'standard', 'kpi', 'initiative', 'ritual'].map((name) => [name, defs[name]!.required]),
    );
    assert.deepEqual(required, {
      pillar: ['id', 'name'],
      mission: ['statement'],
      value: ['id', 'name'],
      owner: ['id', 'name', 'type'],
      standard: ['id', 'title'],
      kpi: ['id', 'name'],
      initiative: ['id', 'name', 'door'],
      ritual: ['id', 'name', 'cadence'],
    });
    for (const name of ['pillar', 'value', 'owner', 'standard', 'kpi', 'initiative', 'ritual']) {
      assert.equal(((defs[name]!.properties as Record<string, Schema>).id as Schema).$ref, '#/$defs/id', name);
    }
  });
});
