import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse, parseDocument } from 'yaml';
import { REFERENCE_FIELDS, RULES } from 'cxgov';

// The JSON Schemas are the single source of truth for the shape of governance files and of cxgov.yaml.
// Three consumers read them: our ajv validator, our language server (hover, completion) and the
// Red Hat YAML extension. These tests hold the guarantees each of them relies on.

type Schema = Record<string, unknown>;

const SOURCE_ID = 'https://cxgov.dev/schemas/source.schema.json';
const CONFIG_ID = 'https://cxgov.dev/schemas/cxgov.schema.json';
const EDITOR_KEYWORDS = ['markdownDescription', 'patternErrorMessage', 'errorMessage', 'defaultSnippets', 'doNotSuggest', 'deprecationMessage'];
/** Keywords whose errors cannot be rewritten into one plain sentence: the schemas must not use them. */
const UNREADABLE_KEYWORDS = ['oneOf', 'anyOf', 'allOf', 'not', 'if', 'then', 'else', 'dependentSchemas'];
const ANNOTATIONS = ['title', 'description', 'markdownDescription', 'examples'] as const;

function readSchema(name: string): Schema {
  return JSON.parse(readFileSync(new URL(`../../schemas/${name}`, import.meta.url), 'utf8')) as Schema;
}

const sourceSchema = readSchema('source.schema.json');
const configSchema = readSchema('cxgov.schema.json');

/** An ajv set up exactly as the validator sets it up: 2020-12, strict, every error, editor keywords accepted. */
function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
  ajv.addVocabulary(EDITOR_KEYWORDS);
  (addFormats as unknown as (ajv: Ajv2020, formats: string[]) => void)(ajv, ['date', 'email']);
  return ajv;
}

const ajv = createAjv();
ajv.addSchema(sourceSchema);
ajv.addSchema(configSchema);

function validator(ref: string): ValidateFunction {
  const validate = ajv.getSchema(ref);
  assert.ok(validate, `no schema at ${ref}`);
  return validate;
}

const validateSource = validator(SOURCE_ID);
const validateConfig = validator(CONFIG_ID);

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Every schema node of a schema with its JSON pointer: the root, $defs, properties, patternProperties, items… */
function* schemaNodes(schema: Schema, pointer = ''): Generator<[string, Schema]> {
  yield [pointer, schema];
  for (const keyword of ['$defs', 'properties', 'patternProperties']) {
    const map = schema[keyword];
    if (!isSchema(map)) continue;
    for (const [key, sub] of Object.entries(map)) {
      if (isSchema(sub)) yield* schemaNodes(sub, `${pointer}/${keyword}/${escapePointer(key)}`);
    }
  }
  for (const keyword of ['items', 'additionalProperties', 'contains', 'propertyNames']) {
    const sub = schema[keyword];
    if (isSchema(sub)) yield* schemaNodes(sub, `${pointer}/${keyword}`);
  }
}

/** The validator of the schema node at a JSON pointer, for checking its examples. */
function validatorAt(id: string, pointer: string): ValidateFunction {
  const fragment = pointer.split('/').map(encodeURIComponent).join('/');
  return validator(`${id}#${fragment}`);
}

/** `keyword at instancePath` for each error, to compare with what a test expects. */
function errorsOf(validate: ValidateFunction, data: unknown): string[] {
  validate(data);
  return (validate.errors ?? []).map((error: ErrorObject) => `${error.keyword} at ${error.instancePath || '/'}`);
}

function deref(schema: Schema, node: Schema): Schema {
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  const name = /^#\/\$defs\/(.+)$/.exec(ref)?.[1];
  assert.ok(name, `unexpected $ref ${ref}`);
  return (schema.$defs as Record<string, Schema>)[name]!;
}

const SCHEMAS: ReadonlyArray<[string, string, Schema]> = [
  ['source.schema.json', SOURCE_ID, sourceSchema],
  ['cxgov.schema.json', CONFIG_ID, configSchema],
];

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

const VALID_CONFIG = `
name: bramble-cx
description: How Bramble keeps its promise to deliver WOW through service.
sources:
  include: ["governance/**/*.yaml"]
  exclude: ["governance/drafts/**"]
rules:
  target-without-baseline: warning
  owner-unused: "off"
  incentive-on-unvalidated-kpi: error
exceptions:
  - rule: kpi-no-owner
    entity: kpis/calls-per-hour
    reason: The new contact-centre analyst will own this number.
    expires: 2027-03-31
  - rule: pillar-unmeasured
    entity: pillars/effortless-shopping
    reason: The customer effort survey starts next quarter.
handbook:
  out: handbook
  title: The Bramble Customer Handbook
  singlePage: false
  frontMatter: mkdocs
`;

/** A source made of one KPI with these fields added to a valid minimum. */
function kpi(fields: Schema): Schema {
  return { kpis: [{ id: 'net-promoter-score', name: 'Net Promoter Score', ...fields }] };
}

describe('JSON Schemas', () => {
  describe('compile', () => {
    for (const [name, id, schema] of SCHEMAS) {
      it(`${name} compiles with Ajv2020 in strict mode, with the editor keywords and the date and email formats`, () => {
        assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
        assert.equal(schema.$id, id);
        assert.doesNotThrow(() => createAjv().compile(schema));
      });
    }
  });

  describe('documentation for hover and completion', () => {
    for (const [name, , schema] of SCHEMAS) {
      it(`every node of ${name} has a title, a description, a markdownDescription and examples`, () => {
        const missing: string[] = [];
        for (const [pointer, node] of schemaNodes(schema)) {
          const lacks = ANNOTATIONS.filter((keyword) =>
            keyword === 'examples' ? !Array.isArray(node.examples) || node.examples.length === 0 : typeof node[keyword] !== 'string' || node[keyword] === '',
          );
          if (lacks.length > 0) missing.push(`${pointer || '/'} lacks ${lacks.join(', ')}`);
        }
        assert.deepEqual(missing, []);
      });
    }

    for (const [name, id, schema] of SCHEMAS) {
      it(`every example in ${name} is valid where it is shown`, () => {
        const invalid: string[] = [];
        for (const [pointer, node] of schemaNodes(schema)) {
          const validate = validatorAt(id, pointer);
          (node.examples as unknown[]).forEach((example, index) => {
            if (!validate(example)) invalid.push(`${pointer || '/'}/examples/${index}: ${JSON.stringify(validate.errors?.map((e) => `${e.instancePath} ${e.message}`))}`);
          });
        }
        assert.deepEqual(invalid, []);
      });
    }

    for (const [name, , schema] of SCHEMAS) {
      it(`every text in the examples of ${name} can be typed into YAML as it is, without quotes`, () => {
        const unsafe: string[] = [];
        const check = (value: unknown): void => {
          if (typeof value === 'string') {
            const document = parseDocument(`key: ${value}\n`);
            if (document.errors.length > 0 || (document.toJS() as Schema).key !== value) unsafe.push(value);
          } else if (Array.isArray(value)) value.forEach(check);
          else if (isSchema(value)) Object.values(value).forEach(check);
        };
        for (const [, node] of schemaNodes(schema)) check(node.examples);
        assert.deepEqual(unsafe, []);
      });
    }

    it('every section and every entity is described in the $defs the language server looks up', () => {
      assert.deepEqual(Object.keys(sourceSchema.$defs as Schema).sort(), [
        'cadence', 'id', 'idRef', 'initiative', 'isoDate', 'kpi', 'mission', 'owner', 'pillar', 'review', 'ritual', 'standard', 'value',
      ]);
      assert.deepEqual(Object.keys(sourceSchema.properties as Schema), ['mission', 'values', 'owners', 'standards', 'kpis', 'initiatives', 'rituals']);
    });
  });

  describe('messages the validator can rewrite into plain words', () => {
    for (const [name, , schema] of SCHEMAS) {
      it(`${name} uses no oneOf, anyOf, allOf, not or if/then/else`, () => {
        const found: string[] = [];
        for (const [pointer, node] of schemaNodes(schema)) {
          for (const keyword of UNREADABLE_KEYWORDS) if (keyword in node) found.push(`${pointer || '/'}/${keyword}`);
        }
        assert.deepEqual(found, []);
      });

      it(`every pattern in ${name} has a patternErrorMessage next to it`, () => {
        const bare: string[] = [];
        for (const [pointer, node] of schemaNodes(schema)) {
          if ('pattern' in node && typeof node.patternErrorMessage !== 'string') bare.push(pointer);
        }
        assert.deepEqual(bare, []);
      });

      it(`every mapping in ${name} is closed, so that a misspelt field is reported with a did-you-mean`, () => {
        const open: string[] = [];
        for (const [pointer, node] of schemaNodes(schema)) {
          if (node.type === 'object' && node.additionalProperties !== false) open.push(pointer || '/');
        }
        assert.deepEqual(open, []);
      });
    }

    it('a pattern error carries the patternErrorMessage on its parent schema', () => {
      validateSource({ rituals: [{ id: 'weekly-review', name: 'Weekly review', cadence: 'fortnightly' }] });
      const [error] = validateSource.errors ?? [];
      assert.equal(error?.keyword, 'pattern');
      assert.match(String((error?.parentSchema as Schema | undefined)?.patternErrorMessage), /P2W/);
    });
  });

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

  describe('cxgov.schema.json', () => {
    it('accepts a realistic cxgov.yaml, and an empty one', () => {
      assert.deepEqual(errorsOf(validateConfig, parse(VALID_CONFIG)), []);
      assert.deepEqual(errorsOf(validateConfig, {}), []);
    });

    it('lets every rule be configured, with its real default severity', () => {
      const rules = (configSchema.properties as Record<string, Schema>).rules!;
      const configurable = Object.entries(rules.properties as Record<string, Schema>).map(([id, property]) => `${id}: ${String(property.default)}`);
      assert.deepEqual(configurable, RULES.map((rule) => `${rule.id}: ${rule.defaultSeverity}`));
      const ruleIds = deref(configSchema, { $ref: '#/$defs/ruleId' }).enum;
      assert.deepEqual(ruleIds, RULES.map((rule) => rule.id));
    });

    it('reports a severity that does not exist with "enum", and a rule that does not exist with "additionalProperties"', () => {
      assert.deepEqual(errorsOf(validateConfig, { rules: { 'kpi-no-owner': 'warn' } }), ['enum at /rules/kpi-no-owner']);
      assert.deepEqual(errorsOf(validateConfig, { rules: { 'kpi-without-owner': 'off' } }), ['additionalProperties at /rules']);
    });

    it('checks each exception: a known rule, an entity written section/id, a reason and a real date', () => {
      const exception = { rule: 'kpi-no-owner', entity: 'kpis/calls-per-hour', reason: 'Owner being hired.', expires: '2027-03-31' };
      assert.deepEqual(errorsOf(validateConfig, { exceptions: [exception] }), []);
      assert.deepEqual(errorsOf(validateConfig, { exceptions: [{ ...exception, entity: 'mission/mission' }] }), []);
      assert.deepEqual(errorsOf(validateConfig, { exceptions: [{ ...exception, rule: 'kpi-owner' }] }), ['enum at /exceptions/0/rule']);
      assert.deepEqual(errorsOf(validateConfig, { exceptions: [{ ...exception, entity: 'calls-per-hour' }] }), ['pattern at /exceptions/0/entity']);
      assert.deepEqual(errorsOf(validateConfig, { exceptions: [{ ...exception, entity: 'kpi/calls-per-hour' }] }), ['pattern at /exceptions/0/entity']);
      assert.deepEqual(errorsOf(validateConfig, { exceptions: [{ ...exception, reason: '' }] }), ['minLength at /exceptions/0/reason']);
      assert.deepEqual(errorsOf(validateConfig, { exceptions: [{ ...exception, expires: '31/03/2027' }] }), ['format at /exceptions/0/expires']);
      assert.deepEqual(errorsOf(validateConfig, { exceptions: [{ rule: 'kpi-no-owner', entity: 'kpis/calls-per-hour' }] }), ['required at /exceptions/0']);
    });

    it('documents the default sources and the handbook defaults the engine uses', () => {
      const properties = configSchema.properties as Record<string, Schema>;
      const sources = properties.sources!.properties as Record<string, Schema>;
      assert.deepEqual(sources.include!.default, ['governance/**/*.{yaml,yml}', '**/*.cxgov.{yaml,yml}']);
      assert.match(String(properties.sources!.markdownDescription), /node_modules.*\.git/s);
      const handbook = properties.handbook!.properties as Record<string, Schema>;
      assert.deepEqual([handbook.out!.default, handbook.singlePage!.default, handbook.frontMatter!.default], ['handbook', false, 'none']);
      assert.deepEqual(errorsOf(validateConfig, { handbook: { frontMatter: 'hugo' } }), ['enum at /handbook/frontMatter']);
    });
  });
});
