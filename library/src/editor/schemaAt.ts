import { readSchema } from '../schema/loadSchema.js';
import type { Path } from '../source/locate.js';

/** The parts of a JSON Schema that editors show: documentation, allowed values and shape. */
export interface SchemaNode {
  title?: string;
  description?: string;
  markdownDescription?: string;
  examples?: unknown[];
  enum?: unknown[];
  type?: string | string[];
  pattern?: string;
  maxLength?: number;
  required?: string[];
  properties?: Record<string, SchemaNode>;
  patternProperties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  $ref?: string;
}

let root: SchemaNode | undefined;
let config: SchemaNode | undefined;

/** The source schema, read once per process. */
export function sourceSchema(): SchemaNode {
  root ??= readSchema('source.schema.json') as SchemaNode;
  return root;
}

/** The schema of `cxgov.yaml`, read once per process. */
export function configSchema(): SchemaNode {
  config ??= readSchema('cxgov.schema.json') as SchemaNode;
  return config;
}

/**
 * The subschema of a source at a path (keys and list indexes), with `$ref`s resolved; a field's own
 * title and description win over those of the definition it refers to. Undefined past the schema.
 */
export function schemaAt(path: Path, schema: SchemaNode = sourceSchema()): SchemaNode | undefined {
  let node: SchemaNode | undefined = resolve(schema, schema);
  for (const segment of path) {
    if (!node) return undefined;
    node = resolve(typeof segment === 'number' ? node.items : propertyOf(node, segment), schema);
  }
  return node;
}

/** The field names a mapping at a path may hold, with their schemas, in schema order. */
export function fieldsAt(path: Path, schema: SchemaNode = sourceSchema()): [string, SchemaNode][] {
  const node = schemaAt(path, schema);
  return Object.keys(node?.properties ?? {}).map((name) => [name, resolve(node!.properties![name], schema)!]);
}

function propertyOf(node: SchemaNode, key: string): SchemaNode | undefined {
  const own = node.properties && Object.hasOwn(node.properties, key) ? node.properties[key] : undefined;
  if (own) return own;
  for (const [pattern, sub] of Object.entries(node.patternProperties ?? {})) {
    if (new RegExp(pattern, 'u').test(key)) return sub;
  }
  return undefined;
}

/** Follows local `$ref`s (`#/$defs/name`), keeping the referring node's own annotations on top. */
function resolve(node: SchemaNode | undefined, schema: SchemaNode): SchemaNode | undefined {
  let result = node;
  for (let depth = 0; result?.$ref && depth < 10; depth++) {
    const { $ref, ...own } = result;
    const target = pointer(schema, $ref);
    if (!target) return own;
    result = { ...target, ...own };
  }
  return result;
}

function pointer(schema: SchemaNode, ref: string): SchemaNode | undefined {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = schema;
  for (const part of ref.slice(2).split('/')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return typeof node === 'object' && node !== null ? (node as SchemaNode) : undefined;
}
