import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';

/** Keywords that editors (and the Red Hat YAML extension) read; ajv only needs to accept them. */
const EDITOR_KEYWORDS = ['markdownDescription', 'patternErrorMessage', 'errorMessage', 'defaultSnippets', 'doNotSuggest', 'deprecationMessage'];

/** The schema files of `schemas/` and the name each validator is exported under. */
export const VALIDATED_SCHEMAS = { source: 'source.schema.json', config: 'cxgov.schema.json' } as const;

/**
 * The validators of `schemasDir`'s schemas as one ES module, compiled by ajv at build time:
 * compiling them in every process and worker took ~140 ms and loading ajv ~70 ms more, against
 * ~20 ms to load the compiled module. The module imports only ajv's runtime and ajv-formats' formats.
 * Beside each whole schema, `items` holds the validator of one item of each top-level list of a
 * source (`kpis`, `owners`…), which an edit of one entry is checked with.
 */
export function compileValidators(schemasDir: string): string {
  // validateSchema: test/schemas checks our schemas against the meta-schema instead.
  // allowUnionTypes: a size is a number of bytes or a text such as "8MB".
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true, validateSchema: false, code: { source: true, esm: true } });
  ajv.addVocabulary(EDITOR_KEYWORDS);
  (addFormats as unknown as (ajv: Ajv2020, formats: string[]) => void)(ajv, ['date', 'email']);
  const exports: Record<string, string> = {};
  const items: Record<string, string> = {};
  for (const [name, file] of Object.entries(VALIDATED_SCHEMAS)) {
    const schema = JSON.parse(readFileSync(join(schemasDir, file), 'utf8')) as Schema;
    ajv.addSchema(schema);
    exports[name] = schema.$id;
    if (name === 'source') {
      for (const [section, ref] of listItemRefs(schema)) {
        items[section] = `${name}Item${Object.keys(items).length}`;
        exports[items[section]] = `${schema.$id}${ref}`;
      }
    }
  }
  const code = (standaloneCode as unknown as (ajv: Ajv2020, refs: Record<string, string>) => string)(ajv, exports);
  const itemTable = Object.entries(items).map(([section, name]) => `${JSON.stringify(section)}: ${name}`);
  return `${withImports(code)}\nexport const items = { ${itemTable.join(', ')} };\n`;
}

interface Schema {
  $id: string;
  properties?: Record<string, { type?: unknown; items?: { $ref?: unknown } }>;
}

/** The sections that are lists of one kind of item, with the item schema's `#/$defs/…` reference. */
function listItemRefs(schema: Schema): [section: string, ref: string][] {
  return Object.entries(schema.properties ?? {}).flatMap(([section, property]) => {
    const ref = property.type === 'array' ? property.items?.$ref : undefined;
    return typeof ref === 'string' && ref.startsWith('#/$defs/') ? [[section, ref] as [string, string]] : [];
  });
}
/**
 * Even with `esm: true`, ajv's code takes its runtime helpers with `require("…")`, which an ES module
 * lacks. Each module required becomes a default import, which Node and esbuild give as the
 * CommonJS module's `exports`, as `require` would.
 */
function withImports(code: string): string {
  const modules = new Map<string, string>();
  const body = code.replace(/\brequire\("([^"]+)"\)/g, (_, name: string) => {
    if (!modules.has(name)) modules.set(name, `runtime${modules.size}`);
    return modules.get(name)!;
  });
  const imports = [...modules].map(([name, binding]) => `import ${binding} from ${JSON.stringify(`${name}.js`)};\n`);
  return imports.join('') + body;
}
