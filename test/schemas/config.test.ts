import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { RULES } from 'cxgov';
import { configSchema, deref, errorsOf, validateConfig, type Schema } from './schemaKit.js';

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
    assert.deepEqual([handbook.out!.default, handbook.singlePage!.default, handbook.frontMatter!.default, handbook.health!.default], ['handbook', false, 'none', true]);
    assert.deepEqual(errorsOf(validateConfig, { handbook: { frontMatter: 'hugo' } }), ['enum at /handbook/frontMatter']);
    assert.deepEqual(errorsOf(validateConfig, { handbook: { health: false } }), []);
    assert.deepEqual(errorsOf(validateConfig, { handbook: { health: 'no' } }), ['type at /handbook/health']);
  });
});
