import assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { ANNOTATIONS, createAjv, isSchema, SCHEMAS, schemaNodes, sourceSchema, UNREADABLE_KEYWORDS, validateSource, validatorAt, type Schema } from './schemaKit.js';

// What every consumer of the schemas relies on: they compile, they document every node for hover
// and completion, and their errors can be rewritten into plain words.

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
});
