// The floor: the least work any checker of these files must do, in one plain process. It reads
// every source, parses it with positions (`yaml`'s parseDocument and a LineCounter), validates it
// with ajv against schemas/source.schema.json, and checks ids across files (defined once, every
// reference defined). `cxgov lint` is judged against this process's wall time on the same files.
// With --parse-only it is the parse-only floor: no positions and no ajv, only `parseDocument` +
// `toJS` and the ids, the least any reader of these files can do.
//
// Usage: node bench/dist/floor.js PROJECT_DIR [--parse-only]   (prints one JSON line of counts and phase times)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { LineCounter, parseDocument } from 'yaml';
// Only the table of reference fields (a plain object, no other imports): the same links lint follows.
import { REFERENCE_FIELDS } from 'cxgov/internal/references';
import { ROOT } from './paths.js';

type Data = Record<string, unknown>;
const isRecord = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);
const SECTION_KIND: Record<string, string> = { values: 'value', owners: 'owner', standards: 'standard', kpis: 'kpi', initiatives: 'initiative', rituals: 'ritual' };

/** Every YAML file of the project except its configuration. */
function sources(root: string): string[] {
  return (readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((path) => /\.ya?ml$/.test(path) && path !== 'cxgov.yaml')
    .map((path) => join(root, path))
    .sort();
}

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  (addFormats as unknown as (ajv: Ajv2020, formats: string[]) => void)(ajv, ['date', 'email']);
  return ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas/source.schema.json'), 'utf8')) as object);
}

/** Ids defined per kind (with how often) and ids referenced, from one file's data. */
function collectIds(data: unknown, defined: Map<string, number>, referenced: string[]): void {
  if (!isRecord(data)) return;
  const entity = (kind: string, fields: keyof typeof REFERENCE_FIELDS, item: unknown) => {
    if (!isRecord(item)) return;
    if (typeof item.id === 'string') defined.set(`${kind}:${item.id}`, (defined.get(`${kind}:${item.id}`) ?? 0) + 1);
    for (const { field, kind: target, many } of REFERENCE_FIELDS[fields]) {
      const value = item[field];
      for (const id of many ? (Array.isArray(value) ? value : []) : [value]) if (typeof id === 'string') referenced.push(`${target}:${id}`);
    }
  };
  for (const [key, value] of Object.entries(data)) {
    if (key === 'mission' && isRecord(value)) {
      entity('mission', 'mission', { ...value, id: undefined });
      if (Array.isArray(value.pillars)) value.pillars.forEach((pillar) => entity('pillar', 'pillars', pillar));
    } else if (SECTION_KIND[key] && Array.isArray(value)) {
      value.forEach((item) => entity(SECTION_KIND[key]!, key as keyof typeof REFERENCE_FIELDS, item));
    }
  }
}

function main(root: string, parseOnly: boolean): void {
  const started = performance.now();
  const phase = { readMs: 0, parseMs: 0, validateMs: 0, idsMs: 0 };
  const validate = parseOnly ? undefined : validator();
  const defined = new Map<string, number>();
  const referenced: string[] = [];
  let syntaxErrors = 0;
  let schemaErrors = 0;
  const files = sources(root);
  for (const path of files) {
    let t = performance.now();
    const text = readFileSync(path, 'utf8');
    phase.readMs += performance.now() - t;
    t = performance.now();
    const lineCounter = parseOnly ? undefined : new LineCounter();
    const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const data: unknown = document.toJS({ maxAliasCount: 100 });
    syntaxErrors += document.errors.length;
    phase.parseMs += performance.now() - t;
    t = performance.now();
    if (validate && data !== null && data !== undefined && !validate(data)) schemaErrors += validate.errors?.length ?? 0;
    phase.validateMs += performance.now() - t;
    t = performance.now();
    collectIds(data, defined, referenced);
    phase.idsMs += performance.now() - t;
  }
  const t = performance.now();
  const unknownReferences = referenced.filter((key) => !defined.has(key)).length;
  const duplicateIds = [...defined.values()].reduce((sum, count) => sum + count - 1, 0);
  phase.idsMs += performance.now() - t;
  const round = (ms: number) => Math.round(ms);
  process.stdout.write(
    `${JSON.stringify({
      files: files.length,
      syntaxErrors,
      schemaErrors,
      ids: defined.size,
      references: referenced.length,
      unknownReferences,
      duplicateIds,
      totalMs: round(performance.now() - started),
      readMs: round(phase.readMs),
      parseMs: round(phase.parseMs),
      validateMs: round(phase.validateMs),
      idsMs: round(phase.idsMs),
    })}\n`,
  );
}

const [root, flag] = process.argv.slice(2);
if (!root || (flag !== undefined && flag !== '--parse-only')) {
  process.stderr.write('usage: node bench/dist/floor.js PROJECT_DIR [--parse-only]\n');
  process.exit(2);
}
main(root, flag === '--parse-only');
